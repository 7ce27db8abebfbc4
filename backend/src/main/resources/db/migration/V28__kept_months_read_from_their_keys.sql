-- The month rows a breakdown sums (by place, and by who took part) carry their figures in their key's index, so a
-- year by group reads 6,000 rows from the index alone instead of 2,500 heap pages for them: the visits by group went
-- from 20 ms to 3 over the bench's 4,000 members (V25 did the same for member_work).

alter table visit_month drop constraint visit_month_pkey,
    add constraint visit_month_pkey primary key (committee_id, month, kind, township_id, platform_id, studio_id)
        include (visits, people_received, members_present);

alter table visit_participant_month drop constraint visit_participant_month_pkey,
    add constraint visit_participant_month_pkey primary key (committee_id, participant, month, participant_id, kind)
        include (visits, people_received, members_present);

alter table record_participant_month drop constraint record_participant_month_pkey,
    add constraint record_participant_month_pkey
        primary key (committee_id, source, participant, month, participant_id, kind) include (records, people);
