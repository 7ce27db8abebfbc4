-- The opinions' report figures kept per committee and Beijing day, in the same transaction as the opinions
-- themselves, so a year's figures are a sum over at most 366 small rows instead of a scan of the committee's
-- opinions. Each figure is defined as OpinionFigure defines it for the list (status counted: not a draft, not a
-- merged duplicate):
--   collected, accepted, forwarded, adopted, resolved, solved: how many had that event on the day, so the figure
--     for a period is the sum over its days;
--   open_change, overdue_change: the day's change in how many stood open or overdue, so the figure at the end of
--     a period (its asOf) is the sum over every day up to it: an opinion open from the day it was collected to the
--     day before it was resolved counts +1 on the first and -1 on the day it was resolved.
-- opinion_day_live gives the same rows from the opinions, opinion_day_rebuild() replaces the table's rows with
-- them (after a bulk load with the trigger off, or when the quiet days change), and the tests compare the two.

-- 已解决 after the quiet days: the days of the service's setting (cppcc.opinions.confirm-after-days), which the
-- service writes here at start and, when it changed, rebuilds the rows with.
create table opinion_day_setting (
    id                 integer primary key default 1 check (id = 1),
    confirm_after_days integer not null check (confirm_after_days >= 0)
);
insert into opinion_day_setting (confirm_after_days) values (30);

create table opinion_day (
    committee_id   bigint  not null references committee (id) on delete cascade,
    day            date    not null,
    collected      integer not null default 0,
    accepted       integer not null default 0,
    forwarded      integer not null default 0,
    adopted        integer not null default 0,
    resolved       integer not null default 0,
    solved         integer not null default 0,
    open_change    integer not null default 0,
    overdue_change integer not null default 0,
    primary key (committee_id, day)
);

-- One opinion's events, a row per day it has any: what it adds to opinion_day.
create function opinion_day_events(o opinion, quiet integer)
returns table (day date, collected integer, accepted integer, forwarded integer, adopted integer, resolved integer,
               solved integer, open_change integer, overdue_change integer)
language sql stable as $$
    select e.day, sum(e.collected)::integer, sum(e.accepted)::integer, sum(e.forwarded)::integer,
           sum(e.adopted)::integer, sum(e.resolved)::integer, sum(e.solved)::integer, sum(e.open_change)::integer,
           sum(e.overdue_change)::integer
    from (
        select o.collected_on as day, 1 as collected, 0 as accepted, 0 as forwarded, 0 as adopted, 0 as resolved,
               0 as solved, 0 as open_change, 0 as overdue_change
        union all
        select o.accepted_on, 0, 1, 0, 0, 0, 0, 0, 0
        union all
        select (o.forwarded_at at time zone 'Asia/Shanghai')::date, 0, 0, 1, 0, 0, 0, 0, 0
        union all
        select (o.adopted_at at time zone 'Asia/Shanghai')::date, 0, 0, 0, 1, 0, 0, 0, 0
        union all
        select o.resolved_on, 0, 0, 0, 0, 1, 0, 0, 0 where o.status in ('RESOLVED', 'CLOSED')
        -- Solved when the quiet days after the resolution's entry end, or on a confirming feedback before that.
        union all
        select o.resolution_entered_on + quiet, 0, 0, 0, 0, 0, 1, 0, 0 where o.status = 'RESOLVED'
        union all
        select least(o.closed_on, o.resolution_entered_on + quiet), 0, 0, 0, 0, 0, 1, 0, 0
        where o.status = 'CLOSED' and o.feedback in ('SATISFIED', 'BASICALLY_SATISFIED')
          and o.closed_on is not null and o.resolution_entered_on is not null
        -- Open from the day collected while it is being handled, or until the day it was resolved.
        union all
        select o.collected_on, 0, 0, 0, 0, 0, 0, 1, 0
        where o.status in ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS')
           or o.status in ('RESOLVED', 'CLOSED') and o.resolved_on is not null
        union all
        select greatest(o.collected_on, o.resolved_on), 0, 0, 0, 0, 0, 0, -1, 0
        where o.status in ('RESOLVED', 'CLOSED') and o.resolved_on is not null
        -- Overdue from the day after its due date while in hand, or until the day it was resolved.
        union all
        select o.due_date + 1, 0, 0, 0, 0, 0, 0, 0, 1
        where o.status in ('ASSIGNED', 'IN_PROGRESS')
           or o.status in ('RESOLVED', 'CLOSED') and o.resolved_on > o.due_date + 1
        union all
        select o.resolved_on, 0, 0, 0, 0, 0, 0, 0, -1
        where o.status in ('RESOLVED', 'CLOSED') and o.resolved_on > o.due_date + 1
    ) e
    where o.status not in ('DRAFT', 'MERGED') and e.day is not null
    group by e.day
$$;

-- What the opinions give now: the rows opinion_day must hold.
create view opinion_day_live as
select o.committee_id, e.day, sum(e.collected)::integer as collected, sum(e.accepted)::integer as accepted,
       sum(e.forwarded)::integer as forwarded, sum(e.adopted)::integer as adopted,
       sum(e.resolved)::integer as resolved, sum(e.solved)::integer as solved,
       sum(e.open_change)::integer as open_change, sum(e.overdue_change)::integer as overdue_change
from opinion o
cross join opinion_day_setting s
cross join lateral opinion_day_events(o, s.confirm_after_days) e
group by o.committee_id, e.day;

-- An opinion written, changed or deleted: its old events taken away and its new ones added, in one statement with
-- the days in order, so two transactions touching the same days take their row locks in the same order.
create function opinion_day_change() returns trigger
language plpgsql as $$
declare
    quiet integer := (select confirm_after_days from opinion_day_setting);
begin
    insert into opinion_day as d (committee_id, day, collected, accepted, forwarded, adopted, resolved, solved,
                                  open_change, overdue_change)
    select c.committee_id, c.day, sum(c.collected), sum(c.accepted), sum(c.forwarded), sum(c.adopted),
           sum(c.resolved), sum(c.solved), sum(c.open_change), sum(c.overdue_change)
    from (
        select old.committee_id, e.day, -e.collected as collected, -e.accepted as accepted,
               -e.forwarded as forwarded, -e.adopted as adopted, -e.resolved as resolved, -e.solved as solved,
               -e.open_change as open_change, -e.overdue_change as overdue_change
        from opinion_day_events(old, quiet) e where tg_op in ('UPDATE', 'DELETE')
        union all
        select new.committee_id, e.*
        from opinion_day_events(new, quiet) e where tg_op in ('INSERT', 'UPDATE')
    ) c
    group by c.committee_id, c.day
    -- An edit that leaves the figures as they were (a title, a progress note) writes nothing.
    having (sum(c.collected) <> 0 or sum(c.accepted) <> 0 or sum(c.forwarded) <> 0 or sum(c.adopted) <> 0
            or sum(c.resolved) <> 0 or sum(c.solved) <> 0 or sum(c.open_change) <> 0 or sum(c.overdue_change) <> 0)
    order by c.committee_id, c.day
    on conflict (committee_id, day) do update set
        collected = d.collected + excluded.collected, accepted = d.accepted + excluded.accepted,
        forwarded = d.forwarded + excluded.forwarded, adopted = d.adopted + excluded.adopted,
        resolved = d.resolved + excluded.resolved, solved = d.solved + excluded.solved,
        open_change = d.open_change + excluded.open_change, overdue_change = d.overdue_change + excluded.overdue_change;
    return null;
end $$;

create trigger opinion_day_change after insert or update or delete on opinion
for each row execute function opinion_day_change();

-- 办理时长 kept like opinion_day: per committee and the Beijing day an opinion counts as solved, how many
-- solved opinions took each number of days from their submission (Beijing date) to that day. The median and the
-- 90th percentile of a period are then read off the period's few hundred rows by nearest rank, as the service
-- reads them off the solved opinions' list. Kept by a trigger in the same transaction as the opinions, given
-- again by opinion_solution_day_live and rebuilt by opinion_day_rebuild() with opinion_day.

create table opinion_solution_day (
    committee_id bigint  not null references committee (id) on delete cascade,
    day          date    not null,
    days         integer not null,
    opinions     integer not null default 0,
    primary key (committee_id, day, days)
);

-- The day an opinion counts as solved (as opinion_day_events dates 已解决) and the days it took; none while not.
create function opinion_solution_days(o opinion, quiet integer)
returns table (day date, days integer)
language sql stable as $$
    select s.day, greatest(0, s.day - (o.submitted_at at time zone 'Asia/Shanghai')::date)
    from (
        select o.resolution_entered_on + quiet as day where o.status = 'RESOLVED'
        union all
        select least(o.closed_on, o.resolution_entered_on + quiet)
        where o.status = 'CLOSED' and o.feedback in ('SATISFIED', 'BASICALLY_SATISFIED')
          and o.closed_on is not null and o.resolution_entered_on is not null
    ) s
    where s.day is not null and o.submitted_at is not null
$$;

create view opinion_solution_day_live as
select o.committee_id, e.day, e.days, count(*)::integer as opinions
from opinion o
cross join opinion_day_setting s
cross join lateral opinion_solution_days(o, s.confirm_after_days) e
group by o.committee_id, e.day, e.days;

create function opinion_solution_day_change() returns trigger
language plpgsql as $$
declare
    quiet integer := (select confirm_after_days from opinion_day_setting);
begin
    insert into opinion_solution_day as d (committee_id, day, days, opinions)
    select c.committee_id, c.day, c.days, sum(c.opinions)
    from (
        select old.committee_id, e.day, e.days, -1 as opinions
        from opinion_solution_days(old, quiet) e where tg_op in ('UPDATE', 'DELETE')
        union all
        select new.committee_id, e.day, e.days, 1
        from opinion_solution_days(new, quiet) e where tg_op in ('INSERT', 'UPDATE')
    ) c
    group by c.committee_id, c.day, c.days
    having sum(c.opinions) <> 0
    order by c.committee_id, c.day, c.days
    on conflict (committee_id, day, days) do update set opinions = d.opinions + excluded.opinions;
    return null;
end $$;

create trigger opinion_solution_day_change after insert or update or delete on opinion
for each row execute function opinion_solution_day_change();

-- Each submitting member's work with opinions kept per Beijing day, like opinion_day for the committee: on
-- how many of their opinions something counted as the member's work happened that day (collected, accepted,
-- forwarded to the committee above, adopted there: work; solved: solved, which counts up to the period's asOf
-- rather than its last day). 挂牌委员 asks it who worked in a period: one index probe per member instead of a scan
-- of the committee's opinions. Kept by triggers on opinion and opinion_member in the same transaction, given again
-- by opinion_member_day_live and rebuilt by opinion_day_rebuild().

create table opinion_member_day (
    committee_id bigint  not null references committee (id) on delete cascade,
    member_id    bigint  not null,
    day          date    not null,
    work         integer not null default 0,
    solved       integer not null default 0,
    primary key (member_id, day)
);
create index opinion_member_day_committee_idx on opinion_member_day (committee_id, day);

create view opinion_member_day_live as
select o.committee_id, om.member_id, e.day,
       sum(e.collected + e.accepted + e.forwarded + e.adopted)::integer as work, sum(e.solved)::integer as solved
from opinion o
join opinion_member om on om.opinion_id = o.id
cross join opinion_day_setting s
cross join lateral opinion_day_events(o, s.confirm_after_days) e
where e.collected + e.accepted + e.forwarded + e.adopted + e.solved > 0
group by o.committee_id, om.member_id, e.day;

-- Adds sign × the opinion's events to each of the members' days.
create function opinion_member_day_apply(o opinion, members bigint[], sign integer) returns void
language sql as $$
    insert into opinion_member_day as d (committee_id, member_id, day, work, solved)
    select o.committee_id, m.member_id, e.day, sign * (e.collected + e.accepted + e.forwarded + e.adopted),
           sign * e.solved
    from unnest(members) as m (member_id)
    cross join opinion_day_events(o, (select confirm_after_days from opinion_day_setting)) e
    where e.collected + e.accepted + e.forwarded + e.adopted + e.solved > 0
    order by m.member_id, e.day
    on conflict (member_id, day) do update set work = d.work + excluded.work, solved = d.solved + excluded.solved;
$$;

-- An opinion changed: its submitters lose its old events and gain its new ones. Deleted: before the row goes, so
-- its submitters' rows still name it (opinion_member's cascade then finds no opinion and does nothing).
create function opinion_member_day_opinion() returns trigger
language plpgsql as $$
declare
    members bigint[];
begin
    if tg_op = 'DELETE' then
        members := array(select member_id from opinion_member where opinion_id = old.id);
        perform opinion_member_day_apply(old, members, -1);
        return old;
    end if;
    members := array(select member_id from opinion_member where opinion_id = new.id);
    if cardinality(members) > 0 then
        perform opinion_member_day_apply(old, members, -1);
        perform opinion_member_day_apply(new, members, 1);
    end if;
    return null;
end $$;

create trigger opinion_member_day_opinion_update after update on opinion
for each row execute function opinion_member_day_opinion();
create trigger opinion_member_day_opinion_delete before delete on opinion
for each row execute function opinion_member_day_opinion();

-- A submitter added to or taken from an opinion (written, edited, merged into): the opinion's events for them.
create function opinion_member_day_submitter() returns trigger
language plpgsql as $$
declare
    o opinion;
begin
    if tg_op in ('DELETE', 'UPDATE') then
        select * into o from opinion where id = old.opinion_id;
        if found then
            perform opinion_member_day_apply(o, array[old.member_id], -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into o from opinion where id = new.opinion_id;
        perform opinion_member_day_apply(o, array[new.member_id], 1);
    end if;
    return null;
end $$;

create trigger opinion_member_day_submitter after insert or update or delete on opinion_member
for each row execute function opinion_member_day_submitter();

-- The rows again from the opinions: after a bulk load with the triggers disabled, or a change of the quiet days.
create function opinion_day_rebuild() returns void
language sql as $$
    lock table opinion_day, opinion_solution_day, opinion_member_day in exclusive mode;
    delete from opinion_day;
    insert into opinion_day select * from opinion_day_live;
    delete from opinion_solution_day;
    insert into opinion_solution_day select * from opinion_solution_day_live;
    delete from opinion_member_day;
    insert into opinion_member_day select * from opinion_member_day_live;
$$;

-- The opinions recorded before this migration.
select opinion_day_rebuild();
