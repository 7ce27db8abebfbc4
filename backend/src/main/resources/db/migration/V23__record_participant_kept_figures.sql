-- The consultations', activities' and proposals' report figures by who took part (a member, an activity group, a
-- sector), kept
-- like visit_participant (V19) in the same transaction as the records, their members and the members' group and
-- sector, so a year's breakdown by group sums the year's few month rows instead of reading every (group, record)
-- pair of the year. Each is defined as the list filtered by memberId, groupId or sectorId counts it: a consultation
-- held in the period counts once for a group when one or more of its members (as the roster has them now) attended
-- it (PRESENT), as the list counts it with attendance=PRESENT; an activity dated in the period counts once for a
-- group when one or more of its members took part, with all its people reached; a proposal counts once for a group
-- in each figure (提交, 立案, 答复) whose day falls in the period when its lead or a co-signer is of the group, as the
-- list counts it with figure=.
--
-- record_participant holds what each record counts for now: a row per record, member, group or sector and kind, with
-- the day and people reached (0 but for an activity): a consultation's or activity's kind on its day, a proposal's
-- FILED, ACCEPTED and ANSWERED on the day of each it has counted. record_participant_refresh(source, ids) replaces the
-- records' rows from the records as they stand; a change of a record, of its members or of a member's group or
-- sector calls it. record_participant_month sums the rows by committee, source, participant, month and kind, kept by
-- the same function, so a period of whole months reads its months and its first and last part month read
-- record_participant itself. The _live views give both from the records; record_participant_rebuild() replaces them.

create table record_participant (
    source         varchar(12) not null check (source in ('CONSULTATION', 'ACTIVITY', 'PROPOSAL')),
    record_id      bigint      not null,
    participant    varchar(6)  not null check (participant in ('MEMBER', 'GROUP', 'SECTOR')),
    participant_id bigint      not null,
    committee_id   bigint      not null references committee (id) on delete cascade,
    day            date        not null,
    kind           varchar(20) not null,
    people         bigint      not null,
    primary key (source, record_id, participant, participant_id, kind)
);
create index record_participant_day_idx on record_participant (committee_id, source, participant, day);

create table record_participant_month (
    committee_id   bigint      not null references committee (id) on delete cascade,
    source         varchar(12) not null,
    participant    varchar(6)  not null,
    month          date        not null,
    participant_id bigint      not null,
    kind           varchar(20) not null,
    records        integer     not null default 0,
    people         bigint      not null default 0,
    primary key (committee_id, source, participant, month, participant_id, kind)
);

-- What the records of a source count for now, from the records and their members as they stand.
create function record_participant_rows(record_source varchar, record_ids bigint[])
returns table (source varchar, record_id bigint, participant varchar, participant_id bigint, committee_id bigint,
               day date, kind varchar, people bigint)
language sql stable as $$
    with took_part as (
        select cm.consultation_id as record_id, m.id as member_id, m.group_id, m.sector_id
        from consultation_member cm join member m on m.id = cm.member_id
        where record_source = 'CONSULTATION' and cm.consultation_id = any (record_ids) and cm.attendance = 'PRESENT'
        union all
        select am.activity_id, m.id, m.group_id, m.sector_id
        from activity_member am join member m on m.id = am.member_id
        where record_source = 'ACTIVITY' and am.activity_id = any (record_ids)
        union all
        select p.id, m.id, m.group_id, m.sector_id
        from proposal p join member m on m.id = p.lead_member_id
        where record_source = 'PROPOSAL' and p.id = any (record_ids)
        union all
        select pm.proposal_id, m.id, m.group_id, m.sector_id
        from proposal_member pm join member m on m.id = pm.member_id
        where record_source = 'PROPOSAL' and pm.proposal_id = any (record_ids)
    ), who as (
        select t.record_id, 'MEMBER'::varchar as participant, t.member_id as participant_id from took_part t
        union
        select t.record_id, 'GROUP', t.group_id from took_part t where t.group_id is not null
        union
        select t.record_id, 'SECTOR', t.sector_id from took_part t where t.sector_id is not null
    ), dated as (
        select c.id, c.committee_id, c.held_on as day, c.kind::varchar as kind, 0::bigint as people
        from consultation c where record_source = 'CONSULTATION' and c.id = any (record_ids)
        union all
        select a.id, a.committee_id, a.activity_date, a.kind::varchar, a.people_reached::bigint
        from activity a where record_source = 'ACTIVITY' and a.id = any (record_ids)
        -- A proposal's figures as ProposalFigure counts them: filed; accepted (立案) once accepted, answered or closed;
        -- answered once answered or closed.
        union all
        select p.id, p.committee_id, e.day, e.kind, 0
        from proposal p
        cross join lateral (values ('FILED'::varchar, p.filed_on, true),
                                   ('ACCEPTED', p.accepted_on, p.status in ('ACCEPTED', 'ANSWERED', 'CLOSED')),
                                   ('ANSWERED', p.answered_on, p.status in ('ANSWERED', 'CLOSED'))) e (kind, day, counts)
        where record_source = 'PROPOSAL' and p.id = any (record_ids) and e.counts and e.day is not null
    )
    select record_source, w.record_id, w.participant, w.participant_id, r.committee_id, r.day, r.kind, r.people
    from who w join dated r on r.id = w.record_id
$$;

create view record_participant_live as
select * from record_participant_rows('CONSULTATION', array(select id from consultation))
union all
select * from record_participant_rows('ACTIVITY', array(select id from activity))
union all
select * from record_participant_rows('PROPOSAL', array(select id from proposal));

create view record_participant_month_live as
select r.committee_id, r.source, r.participant, date_trunc('month', r.day)::date as month, r.participant_id, r.kind,
       count(*)::integer as records, sum(r.people)::bigint as people
from record_participant_live r
group by 1, 2, 3, 4, 5, 6;

-- The records' rows replaced by what they count for now (none for a record no longer there), and the difference
-- added to the month rows in one statement in their key's order, so two transactions touching the same months take
-- their row locks in the same order; a change that counts the same writes no month row.
create function record_participant_refresh(record_source varchar, record_ids bigint[]) returns void
language plpgsql as $$
declare
    counted record_participant[] := array(select r::record_participant
                                          from record_participant_rows(record_source, record_ids) r);
begin
    insert into record_participant_month as m (committee_id, source, participant, month, participant_id, kind,
                                               records, people)
    select c.committee_id, c.source, c.participant, c.month, c.participant_id, c.kind, sum(c.records), sum(c.people)
    from (
        select p.committee_id, p.source, p.participant, date_trunc('month', p.day)::date as month, p.participant_id,
               p.kind, -1 as records, -p.people as people
        from record_participant p where p.source = record_source and p.record_id = any (record_ids)
        union all
        select u.committee_id, u.source, u.participant, date_trunc('month', u.day)::date, u.participant_id, u.kind, 1,
               u.people
        from unnest(counted) u
    ) c
    group by 1, 2, 3, 4, 5, 6
    having sum(c.records) <> 0 or sum(c.people) <> 0
    order by 1, 2, 3, 4, 5, 6
    on conflict (committee_id, source, participant, month, participant_id, kind) do update set
        records = m.records + excluded.records, people = m.people + excluded.people;
    delete from record_participant p where p.source = record_source and p.record_id = any (record_ids);
    insert into record_participant select * from unnest(counted) order by 1, 2, 3, 4, 7;
end $$;

-- A record written or deleted (TG_ARGV[0] its source), or changed in what it counts for: the triggers' WHEN says
-- which columns count. A consultation or an activity has no one who took part until its members are added.
create function record_participant_record() returns trigger
language plpgsql as $$
begin
    perform record_participant_refresh(tg_argv[0], array[case when tg_op = 'DELETE' then old.id else new.id end]);
    return null;
end $$;

create trigger record_participant_consultation after delete on consultation
for each row execute function record_participant_record('CONSULTATION');
create trigger record_participant_consultation_change after update on consultation
for each row when ((old.committee_id, old.held_on, old.kind) is distinct from (new.committee_id, new.held_on, new.kind))
execute function record_participant_record('CONSULTATION');

create trigger record_participant_activity after delete on activity
for each row execute function record_participant_record('ACTIVITY');
create trigger record_participant_activity_change after update on activity
for each row when ((old.committee_id, old.activity_date, old.kind, old.people_reached)
                   is distinct from (new.committee_id, new.activity_date, new.kind, new.people_reached))
execute function record_participant_record('ACTIVITY');

-- A proposal names its lead itself, so it counts from the day it is written.
create trigger record_participant_proposal after insert or delete on proposal
for each row execute function record_participant_record('PROPOSAL');
create trigger record_participant_proposal_change after update on proposal
for each row when ((old.committee_id, old.lead_member_id, old.filed_on, old.accepted_on, old.answered_on, old.status)
                   is distinct from (new.committee_id, new.lead_member_id, new.filed_on, new.accepted_on,
                                     new.answered_on, new.status))
execute function record_participant_record('PROPOSAL');

-- A member added to, taken from or (a consultation's) marked present or absent at a record: TG_ARGV[0] names its
-- source and TG_ARGV[1] the column naming the record.
create function record_participant_took_part() returns trigger
language plpgsql as $$
declare
    was bigint := case when tg_op in ('UPDATE', 'DELETE') then (to_jsonb(old) ->> tg_argv[1])::bigint end;
    becomes bigint := case when tg_op in ('INSERT', 'UPDATE') then (to_jsonb(new) ->> tg_argv[1])::bigint end;
begin
    perform record_participant_refresh(tg_argv[0], array(select distinct r from unnest(array[was, becomes]) r
                                                         where r is not null order by 1));
    return null;
end $$;

create trigger record_participant_attendance after insert or update or delete on consultation_member
for each row execute function record_participant_took_part('CONSULTATION', 'consultation_id');
create trigger record_participant_activity_member after insert or update or delete on activity_member
for each row execute function record_participant_took_part('ACTIVITY', 'activity_id');
create trigger record_participant_cosigner after insert or update or delete on proposal_member
for each row execute function record_participant_took_part('PROPOSAL', 'proposal_id');

-- A member moved to another group or sector: the consultations, activities and proposals they took part in count
-- for the new ones.
create function record_participant_roster() returns trigger
language plpgsql as $$
begin
    if (old.group_id, old.sector_id) is distinct from (new.group_id, new.sector_id) then
        perform record_participant_refresh('CONSULTATION', array(select consultation_id from consultation_member
                                                                 where member_id = new.id order by 1));
        perform record_participant_refresh('ACTIVITY', array(select activity_id from activity_member
                                                             where member_id = new.id order by 1));
        perform record_participant_refresh('PROPOSAL', array(select id from proposal where lead_member_id = new.id
                                                             union select proposal_id from proposal_member
                                                             where member_id = new.id order by 1));
    end if;
    return null;
end $$;

create trigger record_participant_roster after update on member
for each row execute function record_participant_roster();

-- The rows again from the records: after a bulk load with the triggers disabled.
create function record_participant_rebuild() returns void
language sql as $$
    lock table record_participant, record_participant_month in exclusive mode;
    delete from record_participant;
    insert into record_participant select * from record_participant_live;
    delete from record_participant_month;
    insert into record_participant_month
    select committee_id, source, participant, date_trunc('month', day)::date, participant_id, kind, count(*),
           sum(people)
    from record_participant group by 1, 2, 3, 4, 5, 6;
$$;

-- The records kept before this migration.
select record_participant_rebuild();
