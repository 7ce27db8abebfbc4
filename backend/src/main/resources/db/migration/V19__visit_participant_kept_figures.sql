-- The visits' report figures by who took part (a member, an activity group, a sector), kept like visit_day (V18) in
-- the same transaction as the visits, their members and the members' group and sector, so a year's breakdown by
-- group is a sum over the year's few month rows instead of every (group, visit) pair of the year's visits.
-- Each is defined as the visit list filtered by memberId, groupId or sectorId counts it: a visit dated in the period
-- counts once for a group when one or more of its members (as the roster has them now) was present, with its people
-- received and every member present.
--
-- visit_participant holds what each visit counts for now: a row per visit and member, group or sector present,
-- with the visit's day, kind, people received and members present. visit_participant_refresh(visit) replaces a
-- visit's rows from the visit as it stands; a change of a visit, of its members or of a member's group or sector
-- calls it. visit_participant_month sums the rows by committee, month, participant and kind, kept by the same
-- function, so a period of whole months reads its months, and its first and last part month read
-- visit_participant itself. visit_participant_month_live gives the month rows from the visits, and
-- visit_participant_rebuild() replaces both tables' rows from the visits.

create table visit_participant (
    visit_id        bigint      not null,
    participant     varchar(6)  not null check (participant in ('MEMBER', 'GROUP', 'SECTOR')),
    participant_id  bigint      not null,
    committee_id    bigint      not null references committee (id) on delete cascade,
    day             date        not null,
    kind            varchar(20) not null,
    people_received bigint      not null,
    members_present integer     not null,
    primary key (visit_id, participant, participant_id)
);
create index visit_participant_day_idx on visit_participant (committee_id, participant, day);

create table visit_participant_month (
    committee_id    bigint      not null references committee (id) on delete cascade,
    participant     varchar(6)  not null,
    month           date        not null,
    participant_id  bigint      not null,
    kind            varchar(20) not null,
    visits          integer     not null default 0,
    people_received bigint      not null default 0,
    members_present integer     not null default 0,
    primary key (committee_id, participant, month, participant_id, kind)
);

-- What a visit counts for now, from the visit and its members as they stand.
create function visit_participant_rows(visit_ids bigint[])
returns table (visit_id bigint, participant varchar, participant_id bigint, committee_id bigint, day date,
               kind varchar, people_received bigint, members_present integer)
language sql stable as $$
    with present as (
        select vm.visit_id, m.id as member_id, m.group_id, m.sector_id
        from visit_member vm join member m on m.id = vm.member_id
        where vm.visit_id = any (visit_ids)
    ), counted as (
        select p.visit_id, count(*)::integer as members_present from present p group by p.visit_id
    ), who as (
        select p.visit_id, 'MEMBER'::varchar as participant, p.member_id as participant_id from present p
        union
        select p.visit_id, 'GROUP', p.group_id from present p where p.group_id is not null
        union
        select p.visit_id, 'SECTOR', p.sector_id from present p where p.sector_id is not null
    )
    select w.visit_id, w.participant, w.participant_id, v.committee_id, v.visit_date, v.kind,
           coalesce(v.people_received, 0)::bigint, c.members_present
    from who w
    join visit v on v.id = w.visit_id
    join counted c on c.visit_id = w.visit_id
$$;

create view visit_participant_live as
select * from visit_participant_rows(array(select id from visit));

create view visit_participant_month_live as
select r.committee_id, r.participant, date_trunc('month', r.day)::date as month, r.participant_id, r.kind,
       count(*)::integer as visits, sum(r.people_received)::bigint as people_received,
       sum(r.members_present)::integer as members_present
from visit_participant_rows(array(select id from visit)) r
group by 1, 2, 3, 4, 5;

-- A visit's rows replaced by what it counts for now (none for a visit no longer there), and the difference added to
-- the month rows in one statement in their key's order, so two transactions touching the same months take their
-- row locks in the same order; a change that counts the same writes no month row.
create function visit_participant_refresh(visit_ids bigint[]) returns void
language plpgsql as $$
declare
    counted visit_participant[] := array(select r::visit_participant from visit_participant_rows(visit_ids) r);
begin
    insert into visit_participant_month as m (committee_id, participant, month, participant_id, kind, visits,
                                              people_received, members_present)
    select c.committee_id, c.participant, c.month, c.participant_id, c.kind, sum(c.visits), sum(c.people_received),
           sum(c.members_present)
    from (
        select committee_id, participant, date_trunc('month', day)::date as month, participant_id, kind,
               -1 as visits, -people_received as people_received, -members_present as members_present
        from visit_participant where visit_id = any (visit_ids)
        union all
        select committee_id, participant, date_trunc('month', day)::date, participant_id, kind, 1, people_received,
               members_present
        from unnest(counted)
    ) c
    group by 1, 2, 3, 4, 5
    having sum(c.visits) <> 0 or sum(c.people_received) <> 0 or sum(c.members_present) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (committee_id, participant, month, participant_id, kind) do update set
        visits = m.visits + excluded.visits, people_received = m.people_received + excluded.people_received,
        members_present = m.members_present + excluded.members_present;
    delete from visit_participant where visit_id = any (visit_ids);
    insert into visit_participant select * from unnest(counted) order by 1, 2, 3;
end $$;

-- A visit's day, kind, people or committee changed, or the visit deleted (its members are taken first, so it counts
-- for no one by then; this holds the rows to the visits whatever the order).
create function visit_participant_visit() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform visit_participant_refresh(array[old.id]);
    elsif (old.committee_id, old.visit_date, old.kind, old.people_received)
        is distinct from (new.committee_id, new.visit_date, new.kind, new.people_received) then
        perform visit_participant_refresh(array[new.id]);
    end if;
    return null;
end $$;

create trigger visit_participant_visit after update or delete on visit
for each row execute function visit_participant_visit();

-- A member added to or taken from a visit.
create function visit_participant_member() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform visit_participant_refresh(array[old.visit_id]);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.visit_id <> old.visit_id) then
        perform visit_participant_refresh(array[new.visit_id]);
    end if;
    return null;
end $$;

create trigger visit_participant_member after insert or update or delete on visit_member
for each row execute function visit_participant_member();

-- A member moved to another group or sector: the visits they were present at count for the new one.
create function visit_participant_roster() returns trigger
language plpgsql as $$
begin
    if (old.group_id, old.sector_id) is distinct from (new.group_id, new.sector_id) then
        perform visit_participant_refresh(array(select visit_id from visit_member where member_id = new.id
                                                order by visit_id));
    end if;
    return null;
end $$;

create trigger visit_participant_roster after update on member
for each row execute function visit_participant_roster();

-- The rows again from the visits: after a bulk load with the triggers disabled.
create function visit_participant_rebuild() returns void
language sql as $$
    lock table visit_participant, visit_participant_month in exclusive mode;
    delete from visit_participant;
    insert into visit_participant select * from visit_participant_rows(array(select id from visit));
    delete from visit_participant_month;
    insert into visit_participant_month
    select committee_id, participant, date_trunc('month', day)::date, participant_id, kind, count(*),
           sum(people_received), sum(members_present)
    from visit_participant group by 1, 2, 3, 4, 5;
$$;

-- The visits recorded before this migration.
select visit_participant_rebuild();
