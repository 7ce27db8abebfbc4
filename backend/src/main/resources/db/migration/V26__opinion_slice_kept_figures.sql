-- The opinions' report figures by township, category and who submitted them (a member, an activity group, a
-- sector), kept like opinion_day (V17) in the same transaction as the opinions, their submitters and the submitters'
-- group and sector, so a year's breakdown by township or group sums the year's month rows instead of reading every
-- (group, opinion) pair or every opinion of the year. Each is defined as the opinion list filtered by townshipId,
-- categoryId, memberId, groupId or sectorId counts it with figure=: an opinion counts for its township and its
-- category, and once for a group when one or more of its submitters is of the group (as the roster has them now),
-- with its events as opinion_day_events dates them.
--
-- opinion_slice holds what each opinion counts for now: a row per opinion and township, category, member, group or
-- sector. opinion_slice_day and _month hold the events of those opinions per slice and day or month (the columns of
-- opinion_day, so 在办 and 逾期 at a day are the sum of their changes up to it), and opinion_slice_solution 办理时长
-- per slice and day solved (as opinion_solution_day). An opinion's change takes its old events away from the slices
-- it counted for and adds its new ones to those it counts for now; so does a change of its submitters or of their
-- group or sector. The _live views give every table from the opinions; opinion_day_rebuild() rebuilds these with the
-- committee's days.

create table opinion_slice (
    opinion_id     bigint     not null,
    slice    varchar(8) not null check (slice in ('TOWNSHIP', 'CATEGORY', 'MEMBER', 'GROUP', 'SECTOR')),
    slice_id bigint     not null,
    committee_id   bigint     not null references committee (id) on delete cascade,
    primary key (opinion_id, slice, slice_id)
);

create table opinion_slice_day (
    committee_id   bigint     not null references committee (id) on delete cascade,
    slice    varchar(8) not null,
    day            date       not null,
    slice_id bigint     not null,
    collected      integer    not null default 0,
    accepted       integer    not null default 0,
    forwarded      integer    not null default 0,
    adopted        integer    not null default 0,
    resolved       integer    not null default 0,
    solved         integer    not null default 0,
    open_change    integer    not null default 0,
    overdue_change integer    not null default 0,
    -- The figures ride in the key's index, so a report reads them from the index alone.
    primary key (committee_id, slice, day, slice_id)
        include (collected, accepted, forwarded, adopted, resolved, solved, open_change, overdue_change)
);

create table opinion_slice_month (
    committee_id   bigint     not null references committee (id) on delete cascade,
    slice    varchar(8) not null,
    month          date       not null,
    slice_id bigint     not null,
    collected      integer    not null default 0,
    accepted       integer    not null default 0,
    forwarded      integer    not null default 0,
    adopted        integer    not null default 0,
    resolved       integer    not null default 0,
    solved         integer    not null default 0,
    open_change    integer    not null default 0,
    overdue_change integer    not null default 0,
    primary key (committee_id, slice, month, slice_id)
        include (collected, accepted, forwarded, adopted, resolved, solved, open_change, overdue_change)
);

create table opinion_slice_solution (
    committee_id   bigint     not null references committee (id) on delete cascade,
    slice    varchar(8) not null,
    day            date       not null,
    slice_id bigint     not null,
    days           integer    not null,
    opinions       integer    not null default 0,
    primary key (committee_id, slice, day, slice_id, days) include (opinions)
);

-- What the opinions count for now: their township and category, each submitter, and the group and sector of each,
-- once per opinion.
create function opinion_slice_who(opinion_ids bigint[])
returns setof opinion_slice
language sql stable as $$
    select o.id, 'TOWNSHIP'::varchar, o.township_id, o.committee_id
    from opinion o where o.id = any (opinion_ids) and o.township_id is not null
    union all
    select o.id, 'CATEGORY', o.category_id, o.committee_id
    from opinion o where o.id = any (opinion_ids) and o.category_id is not null
    union all
    select om.opinion_id, 'MEMBER', om.member_id, o.committee_id
    from opinion_member om join opinion o on o.id = om.opinion_id
    where om.opinion_id = any (opinion_ids)
    union all
    (select om.opinion_id, 'GROUP', m.group_id, o.committee_id
     from opinion_member om join opinion o on o.id = om.opinion_id join member m on m.id = om.member_id
     where om.opinion_id = any (opinion_ids) and m.group_id is not null
     union
     select om.opinion_id, 'SECTOR', m.sector_id, o.committee_id
     from opinion_member om join opinion o on o.id = om.opinion_id join member m on m.id = om.member_id
     where om.opinion_id = any (opinion_ids) and m.sector_id is not null)
$$;

create view opinion_slice_live as
select o.id as opinion_id, 'TOWNSHIP'::varchar as slice, o.township_id as slice_id, o.committee_id
from opinion o where o.township_id is not null
union all
select o.id, 'CATEGORY', o.category_id, o.committee_id from opinion o where o.category_id is not null
union all
select om.opinion_id, 'MEMBER', om.member_id, o.committee_id
from opinion_member om join opinion o on o.id = om.opinion_id
union all
(select om.opinion_id, 'GROUP', m.group_id, o.committee_id
 from opinion_member om join opinion o on o.id = om.opinion_id join member m on m.id = om.member_id
 where m.group_id is not null
 union
 select om.opinion_id, 'SECTOR', m.sector_id, o.committee_id
 from opinion_member om join opinion o on o.id = om.opinion_id join member m on m.id = om.member_id
 where m.sector_id is not null);

create view opinion_slice_day_live as
select w.committee_id, w.slice, e.day, w.slice_id, sum(e.collected)::integer as collected,
       sum(e.accepted)::integer as accepted, sum(e.forwarded)::integer as forwarded,
       sum(e.adopted)::integer as adopted, sum(e.resolved)::integer as resolved, sum(e.solved)::integer as solved,
       sum(e.open_change)::integer as open_change, sum(e.overdue_change)::integer as overdue_change
from opinion_slice_live w
join opinion o on o.id = w.opinion_id
cross join opinion_day_setting s
cross join lateral opinion_day_events(o, s.confirm_after_days) e
group by 1, 2, 3, 4;

create view opinion_slice_month_live as
select committee_id, slice, date_trunc('month', day)::date as month, slice_id,
       sum(collected)::integer as collected, sum(accepted)::integer as accepted, sum(forwarded)::integer as forwarded,
       sum(adopted)::integer as adopted, sum(resolved)::integer as resolved, sum(solved)::integer as solved,
       sum(open_change)::integer as open_change, sum(overdue_change)::integer as overdue_change
from opinion_slice_day_live
group by 1, 2, 3, 4;

create view opinion_slice_solution_live as
select w.committee_id, w.slice, e.day, w.slice_id, e.days, count(*)::integer as opinions
from opinion_slice_live w
join opinion o on o.id = w.opinion_id
cross join opinion_day_setting s
cross join lateral opinion_solution_days(o, s.confirm_after_days) e
group by 1, 2, 3, 4, 5;

-- Adds sign × the opinion's events and 办理时长 to each of the slices' days and months, in one statement per
-- table with the keys in order, so two transactions touching the same rows take their locks in the same order.
create function opinion_slice_apply(o opinion, who opinion_slice[], sign integer) returns void
language plpgsql as $$
declare
    quiet integer := (select confirm_after_days from opinion_day_setting);
begin
    if cardinality(who) = 0 then
        return;
    end if;
    insert into opinion_slice_day as d (committee_id, slice, day, slice_id, collected, accepted,
                                              forwarded, adopted, resolved, solved, open_change, overdue_change)
    select o.committee_id, w.slice, e.day, w.slice_id, sign * e.collected, sign * e.accepted,
           sign * e.forwarded, sign * e.adopted, sign * e.resolved, sign * e.solved, sign * e.open_change,
           sign * e.overdue_change
    from unnest(who) w cross join opinion_day_events(o, quiet) e
    order by 1, 2, 3, 4
    on conflict (committee_id, slice, day, slice_id) do update set
        collected = d.collected + excluded.collected, accepted = d.accepted + excluded.accepted,
        forwarded = d.forwarded + excluded.forwarded, adopted = d.adopted + excluded.adopted,
        resolved = d.resolved + excluded.resolved, solved = d.solved + excluded.solved,
        open_change = d.open_change + excluded.open_change, overdue_change = d.overdue_change + excluded.overdue_change;
    insert into opinion_slice_month as d (committee_id, slice, month, slice_id, collected, accepted,
                                                forwarded, adopted, resolved, solved, open_change, overdue_change)
    select o.committee_id, w.slice, date_trunc('month', e.day)::date, w.slice_id,
           sign * sum(e.collected), sign * sum(e.accepted), sign * sum(e.forwarded), sign * sum(e.adopted),
           sign * sum(e.resolved), sign * sum(e.solved), sign * sum(e.open_change), sign * sum(e.overdue_change)
    from unnest(who) w cross join opinion_day_events(o, quiet) e
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (committee_id, slice, month, slice_id) do update set
        collected = d.collected + excluded.collected, accepted = d.accepted + excluded.accepted,
        forwarded = d.forwarded + excluded.forwarded, adopted = d.adopted + excluded.adopted,
        resolved = d.resolved + excluded.resolved, solved = d.solved + excluded.solved,
        open_change = d.open_change + excluded.open_change, overdue_change = d.overdue_change + excluded.overdue_change;
    insert into opinion_slice_solution as d (committee_id, slice, day, slice_id, days, opinions)
    select o.committee_id, w.slice, e.day, w.slice_id, e.days, sign
    from unnest(who) w cross join opinion_solution_days(o, quiet) e
    order by 1, 2, 3, 4, 5
    on conflict (committee_id, slice, day, slice_id, days) do update set
        opinions = d.opinions + excluded.opinions;
end $$;

-- What the opinions count for, again from the opinions and their submitters as they stand: their events move from the
-- slices they no longer count for to the new ones. An opinion no longer there has nothing left to move.
create function opinion_slice_refresh(opinion_ids bigint[]) returns void
language plpgsql as $$
declare
    o opinion;
    was opinion_slice[];
    counts opinion_slice[];
begin
    for o in select * from opinion where id = any (opinion_ids) order by id loop
        was := array(select p from opinion_slice p where p.opinion_id = o.id);
        counts := array(select w from opinion_slice_who(array[o.id]) w);
        perform opinion_slice_apply(o, array(select x from unnest(was) x except select y from unnest(counts) y), -1);
        perform opinion_slice_apply(o, array(select y from unnest(counts) y except select x from unnest(was) x), 1);
        delete from opinion_slice where opinion_id = o.id;
        insert into opinion_slice select * from unnest(counts) order by 1, 2, 3;
    end loop;
end $$;

-- An opinion written, changed in its events, township or category, or deleted: the slices it counted for lose its old
-- events and those it counts for now gain its new ones. Deleted: before the row goes, so what it counted for is
-- still known (opinion_member's cascade then finds no opinion to refresh).
create function opinion_slice_opinion() returns trigger
language plpgsql as $$
declare
    counts opinion_slice[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform opinion_slice_apply(old, array(select p from opinion_slice p where p.opinion_id = old.id), -1);
        delete from opinion_slice where opinion_id = old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    counts := array(select w from opinion_slice_who(array[new.id]) w);
    perform opinion_slice_apply(new, counts, 1);
    insert into opinion_slice select * from unnest(counts) order by 1, 2, 3;
    return null;
end $$;

create trigger opinion_slice_opinion_delete before delete on opinion
for each row execute function opinion_slice_opinion();
create trigger opinion_slice_opinion_insert after insert on opinion
for each row execute function opinion_slice_opinion();
create trigger opinion_slice_opinion_update after update on opinion
for each row when ((old.committee_id, old.township_id, old.category_id, old.status, old.collected_on, old.accepted_on,
                    old.forwarded_at, old.adopted_at, old.resolved_on, old.resolution_entered_on, old.closed_on,
                    old.feedback, old.due_date, old.submitted_at)
                   is distinct from (new.committee_id, new.township_id, new.category_id, new.status, new.collected_on,
                                     new.accepted_on, new.forwarded_at, new.adopted_at, new.resolved_on,
                                     new.resolution_entered_on, new.closed_on, new.feedback, new.due_date,
                                     new.submitted_at))
execute function opinion_slice_opinion();

-- A submitter added to or taken from an opinion (written, edited, merged into).
create function opinion_slice_submitter() returns trigger
language plpgsql as $$
begin
    perform opinion_slice_refresh(array(select distinct r from unnest(array[
        case when tg_op in ('UPDATE', 'DELETE') then old.opinion_id end,
        case when tg_op in ('INSERT', 'UPDATE') then new.opinion_id end]) r where r is not null order by 1));
    return null;
end $$;

create trigger opinion_slice_submitter after insert or update or delete on opinion_member
for each row execute function opinion_slice_submitter();

-- A member moved to another group or sector: the opinions they submitted count for the new ones.
create function opinion_slice_roster() returns trigger
language plpgsql as $$
begin
    perform opinion_slice_refresh(array(select opinion_id from opinion_member where member_id = new.id order by 1));
    return null;
end $$;

create trigger opinion_slice_roster after update on member
for each row when ((old.group_id, old.sector_id) is distinct from (new.group_id, new.sector_id))
execute function opinion_slice_roster();

-- The opinions' kept rows again, these with them: after a bulk load with the triggers off, or a change of the quiet
-- days (opinion_day_rebuild() runs this with member_work paused).
create or replace function opinion_day_rebuild_rows() returns void
language sql as $$
    lock table opinion_day, opinion_solution_day, opinion_member_day, opinion_slice, opinion_slice_day,
        opinion_slice_month, opinion_slice_solution in exclusive mode;
    delete from opinion_day;
    insert into opinion_day select * from opinion_day_live;
    delete from opinion_solution_day;
    insert into opinion_solution_day select * from opinion_solution_day_live;
    delete from opinion_member_day;
    insert into opinion_member_day select * from opinion_member_day_live;
    delete from opinion_slice;
    insert into opinion_slice select * from opinion_slice_live;
    delete from opinion_slice_day;
    insert into opinion_slice_day
    select w.committee_id, w.slice, e.day, w.slice_id, sum(e.collected), sum(e.accepted),
           sum(e.forwarded), sum(e.adopted), sum(e.resolved), sum(e.solved), sum(e.open_change),
           sum(e.overdue_change)
    from opinion_slice w
    join opinion o on o.id = w.opinion_id
    cross join opinion_day_setting s
    cross join lateral opinion_day_events(o, s.confirm_after_days) e
    group by 1, 2, 3, 4;
    delete from opinion_slice_month;
    insert into opinion_slice_month
    select committee_id, slice, date_trunc('month', day)::date, slice_id, sum(collected), sum(accepted),
           sum(forwarded), sum(adopted), sum(resolved), sum(solved), sum(open_change), sum(overdue_change)
    from opinion_slice_day group by 1, 2, 3, 4;
    delete from opinion_slice_solution;
    insert into opinion_slice_solution
    select w.committee_id, w.slice, e.day, w.slice_id, e.days, count(*)
    from opinion_slice w
    join opinion o on o.id = w.opinion_id
    cross join opinion_day_setting s
    cross join lateral opinion_solution_days(o, s.confirm_after_days) e
    group by 1, 2, 3, 4, 5;
$$;

-- The opinions recorded before this migration.
select opinion_day_rebuild();
