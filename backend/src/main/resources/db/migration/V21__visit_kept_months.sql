-- The visits' kept figures (visit_day, V18) summed by month as well, kept by the same functions in the same
-- transaction, so a year reads its twelve months' rows instead of every day's (a day has a row per kind and place,
-- which for a busy committee is about a row per visit). A period reads its whole months here and the days before
-- and after them in visit_day. visit_month_live gives the rows from the visits and visit_day_rebuild() rebuilds
-- them with the days.

create table visit_month (
    committee_id    bigint      not null references committee (id) on delete cascade,
    month           date        not null,
    kind            varchar(20) not null,
    township_id     bigint      not null,
    platform_id     bigint      not null,
    studio_id       bigint      not null,
    visits          integer     not null default 0,
    people_received bigint      not null default 0,
    members_present integer     not null default 0,
    primary key (committee_id, month, kind, township_id, platform_id, studio_id)
);

create view visit_month_live as
select committee_id, date_trunc('month', day)::date as month, kind, township_id, platform_id, studio_id,
       sum(visits)::integer as visits, sum(people_received)::bigint as people_received,
       sum(members_present)::integer as members_present
from visit_day_live
group by 1, 2, 3, 4, 5, 6;

-- Adds sign × the visit, its people received and its members present now, to its day and its month.
create or replace function visit_day_apply(v visit, sign integer) returns void
language sql as $$
    insert into visit_day as d (committee_id, day, kind, township_id, platform_id, studio_id, visits,
                                people_received, members_present)
    values (v.committee_id, v.visit_date, v.kind, v.township_id, coalesce(v.platform_id, 0),
            coalesce(v.studio_id, 0), sign, sign * v.people_received,
            sign * (select count(*) from visit_member m where m.visit_id = v.id))
    on conflict (committee_id, day, kind, township_id, platform_id, studio_id) do update set
        visits = d.visits + excluded.visits, people_received = d.people_received + excluded.people_received,
        members_present = d.members_present + excluded.members_present;
    insert into visit_month as d (committee_id, month, kind, township_id, platform_id, studio_id, visits,
                                  people_received, members_present)
    values (v.committee_id, date_trunc('month', v.visit_date)::date, v.kind, v.township_id,
            coalesce(v.platform_id, 0), coalesce(v.studio_id, 0), sign, sign * v.people_received,
            sign * (select count(*) from visit_member m where m.visit_id = v.id))
    on conflict (committee_id, month, kind, township_id, platform_id, studio_id) do update set
        visits = d.visits + excluded.visits, people_received = d.people_received + excluded.people_received,
        members_present = d.members_present + excluded.members_present;
$$;

-- One member more (delta 1) or fewer (-1) present at a visit: on the member's day and in the visit's kept rows.
create or replace function visit_member_present(v visit, member bigint, delta integer) returns void
language sql as $$
    select visit_member_day_apply(v, array[member], delta);
    update visit_day set members_present = members_present + delta
    where committee_id = v.committee_id and day = v.visit_date and kind = v.kind and township_id = v.township_id
      and platform_id = coalesce(v.platform_id, 0) and studio_id = coalesce(v.studio_id, 0);
    update visit_month set members_present = members_present + delta
    where committee_id = v.committee_id and month = date_trunc('month', v.visit_date)::date and kind = v.kind
      and township_id = v.township_id and platform_id = coalesce(v.platform_id, 0)
      and studio_id = coalesce(v.studio_id, 0);
$$;

create or replace function visit_day_rebuild() returns void
language sql as $$
    lock table visit_day, visit_month, visit_member_day in exclusive mode;
    delete from visit_day;
    insert into visit_day select * from visit_day_live;
    delete from visit_month;
    insert into visit_month select * from visit_month_live;
    delete from visit_member_day;
    insert into visit_member_day select * from visit_member_day_live;
$$;

-- The visits recorded before this migration.
insert into visit_month select * from visit_month_live;
