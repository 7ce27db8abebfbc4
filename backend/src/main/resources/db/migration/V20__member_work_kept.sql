-- Each member's work (履职) kept per day, month and year, in the same transaction as the records it comes from, so
-- 挂牌委员 (the members in office who did no work in a period) reads at most one row per member for a whole year
-- instead of every feature's records of the year. Work is what the member's record counts as work (WorkKind.isWork),
-- dated as its items are:
--   being present at a visit, on its day (from visit_member_day, V18);
--   submitting an opinion that was collected, accepted, forwarded or adopted on a day (work), or solved (solved,
--     which counts up to a period's asOf rather than its last day) (from opinion_member_day, V17);
--   a duty turn recorded done, on the first day of its month;
--   attending a consultation (PRESENT), on its day;
--   leading or co-signing a proposal, on the day it was filed and, once accepted as a case (ACCEPTED, ANSWERED or
--     CLOSED), on the day it was accepted;
--   taking part in an activity, on its day.
-- A row per member and day (span D), month (M, its first day) and year (Y, its first day) holds how many items of
-- work and of solved fell in it; a period reads its whole years, then its whole months, then its days.
-- member_work_live gives the same rows from the records, member_work_rebuild() replaces the rows with them, and the
-- tests compare the two after every kind of change.

create table member_work (
    committee_id bigint  not null references committee (id) on delete cascade,
    member_id    bigint  not null,
    span         char(1) not null check (span in ('D', 'M', 'Y')),
    start        date    not null,
    work         integer not null default 0,
    solved       integer not null default 0,
    primary key (member_id, span, start)
);
create index member_work_committee_idx on member_work (committee_id, span, start, member_id);

-- Adds work and solved items on a day to its day, month and year, in that order (row locks in one order). A bulk
-- load sets cppcc.member_work to 'off' for its session and calls member_work_rebuild() once at its end instead.
create function member_work_apply(committee bigint, member bigint, day date, work integer, solved integer)
returns void
language sql as $$
    insert into member_work as k (committee_id, member_id, span, start, work, solved)
    select committee, member, s.span, s.start, work, solved
    from (values ('D', day), ('M', date_trunc('month', day)::date), ('Y', date_trunc('year', day)::date))
         as s (span, start)
    where (work <> 0 or solved <> 0) and coalesce(current_setting('cppcc.member_work', true), '') <> 'off'
    on conflict (member_id, span, start) do update set work = k.work + excluded.work,
                                                       solved = k.solved + excluded.solved;
$$;

-- Visits and opinions: the change of their members' kept days.
create function member_work_visit_day() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform member_work_apply(old.committee_id, old.member_id, old.day, -old.visits, 0);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform member_work_apply(new.committee_id, new.member_id, new.day, new.visits, 0);
    end if;
    return null;
end $$;

create trigger member_work_visit_day after insert or update or delete on visit_member_day
for each row execute function member_work_visit_day();

create function member_work_opinion_day() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform member_work_apply(old.committee_id, old.member_id, old.day, -old.work, -old.solved);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform member_work_apply(new.committee_id, new.member_id, new.day, new.work, new.solved);
    end if;
    return null;
end $$;

create trigger member_work_opinion_day after insert or update or delete on opinion_member_day
for each row execute function member_work_opinion_day();

-- Duty turns: one done is an item on its month's first day.
create function member_work_duty_turn() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'DONE' then
        perform member_work_apply(old.committee_id, old.member_id, old.month, -1, 0);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status = 'DONE' then
        perform member_work_apply(new.committee_id, new.member_id, new.month, 1, 0);
    end if;
    return null;
end $$;

create trigger member_work_duty_turn after insert or delete or update of committee_id, member_id, month, status
on duty_turn for each row execute function member_work_duty_turn();

-- Consultations: each member present is an item on its day. A consultation deleted takes its members' items before
-- it goes (its attendance rows then find no consultation); moved to another day, it moves them.
create function member_work_attendance() returns trigger
language plpgsql as $$
declare
    c consultation;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.attendance = 'PRESENT' then
        select * into c from consultation where id = old.consultation_id;
        if found then
            perform member_work_apply(c.committee_id, old.member_id, c.held_on, -1, 0);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.attendance = 'PRESENT' then
        select * into c from consultation where id = new.consultation_id;
        perform member_work_apply(c.committee_id, new.member_id, c.held_on, 1, 0);
    end if;
    return null;
end $$;

create trigger member_work_attendance after insert or update or delete on consultation_member
for each row execute function member_work_attendance();

create function member_work_consultation() returns trigger
language plpgsql as $$
declare
    m bigint;
begin
    for m in select member_id from consultation_member where consultation_id = old.id and attendance = 'PRESENT'
             order by member_id loop
        perform member_work_apply(old.committee_id, m, old.held_on, -1, 0);
        if tg_op = 'UPDATE' then
            perform member_work_apply(new.committee_id, m, new.held_on, 1, 0);
        end if;
    end loop;
    return case when tg_op = 'DELETE' then old else null end;
end $$;

create trigger member_work_consultation_moved after update of committee_id, held_on on consultation
for each row when ((old.committee_id, old.held_on) is distinct from (new.committee_id, new.held_on))
execute function member_work_consultation();
create trigger member_work_consultation_deleted before delete on consultation
for each row execute function member_work_consultation();

-- Proposals: the lead's and each co-signer's items, on the day filed and, accepted as a case, the day accepted.
create function member_work_proposal_days(p proposal) returns setof date
language sql immutable as $$
    select p.filed_on where p.filed_on is not null
    union all
    select p.accepted_on where p.status in ('ACCEPTED', 'ANSWERED', 'CLOSED') and p.accepted_on is not null
$$;

-- Adds sign × a proposal's items for each of the members.
create function member_work_proposal_apply(p proposal, members bigint[], sign integer) returns void
language sql as $$
    select member_work_apply(p.committee_id, m.member_id, d.day, sign, 0)
    from unnest(members) as m (member_id)
    cross join member_work_proposal_days(p) as d (day)
    order by m.member_id, d.day;
$$;

create function member_work_proposal() returns trigger
language plpgsql as $$
declare
    signers bigint[];
begin
    if tg_op = 'INSERT' then
        -- Its co-signers are rows of their own, written after it.
        perform member_work_proposal_apply(new, array[new.lead_member_id], 1);
        return null;
    end if;
    signers := array(select member_id from proposal_member where proposal_id = old.id order by member_id);
    if tg_op = 'DELETE' then
        perform member_work_proposal_apply(old, old.lead_member_id || signers, -1);
        return old;
    end if;
    perform member_work_proposal_apply(old, old.lead_member_id || signers, -1);
    perform member_work_proposal_apply(new, new.lead_member_id || signers, 1);
    return null;
end $$;

create trigger member_work_proposal_written after insert or update of committee_id, lead_member_id, filed_on,
accepted_on, status on proposal for each row execute function member_work_proposal();
create trigger member_work_proposal_deleted before delete on proposal
for each row execute function member_work_proposal();

create function member_work_cosigner() returns trigger
language plpgsql as $$
declare
    p proposal;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select * into p from proposal where id = old.proposal_id;
        if found then
            perform member_work_proposal_apply(p, array[old.member_id], -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into p from proposal where id = new.proposal_id;
        perform member_work_proposal_apply(p, array[new.member_id], 1);
    end if;
    return null;
end $$;

create trigger member_work_cosigner after insert or update or delete on proposal_member
for each row execute function member_work_cosigner();

-- Activities: each member taking part is an item on its day.
create function member_work_participant() returns trigger
language plpgsql as $$
declare
    a activity;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select * into a from activity where id = old.activity_id;
        if found then
            perform member_work_apply(a.committee_id, old.member_id, a.activity_date, -1, 0);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into a from activity where id = new.activity_id;
        perform member_work_apply(a.committee_id, new.member_id, a.activity_date, 1, 0);
    end if;
    return null;
end $$;

create trigger member_work_participant after insert or update or delete on activity_member
for each row execute function member_work_participant();

create function member_work_activity() returns trigger
language plpgsql as $$
declare
    m bigint;
begin
    for m in select member_id from activity_member where activity_id = old.id order by member_id loop
        perform member_work_apply(old.committee_id, m, old.activity_date, -1, 0);
        if tg_op = 'UPDATE' then
            perform member_work_apply(new.committee_id, m, new.activity_date, 1, 0);
        end if;
    end loop;
    return case when tg_op = 'DELETE' then old else null end;
end $$;

create trigger member_work_activity_moved after update of committee_id, activity_date on activity
for each row when ((old.committee_id, old.activity_date) is distinct from (new.committee_id, new.activity_date))
execute function member_work_activity();
create trigger member_work_activity_deleted before delete on activity
for each row execute function member_work_activity();

-- What the records give now: the rows member_work must hold.
create view member_work_live as
with item as (
    select committee_id, member_id, day, visits as work, 0 as solved from visit_member_day_live
    union all
    select committee_id, member_id, day, work, solved from opinion_member_day_live
    union all
    select committee_id, member_id, month, 1, 0 from duty_turn where status = 'DONE'
    union all
    select c.committee_id, m.member_id, c.held_on, 1, 0
    from consultation c join consultation_member m on m.consultation_id = c.id where m.attendance = 'PRESENT'
    union all
    select p.committee_id, s.member_id, d.day, 1, 0
    from proposal p
    cross join lateral (select p.lead_member_id as member_id
                        union all select member_id from proposal_member where proposal_id = p.id) s
    cross join lateral member_work_proposal_days(p) as d (day)
    union all
    select a.committee_id, m.member_id, a.activity_date, 1, 0
    from activity a join activity_member m on m.activity_id = a.id
)
select i.committee_id, i.member_id, s.span, s.start, sum(i.work)::integer as work, sum(i.solved)::integer as solved
from item i
cross join lateral (values ('D'::char(1), i.day), ('M', date_trunc('month', i.day)::date),
                           ('Y', date_trunc('year', i.day)::date)) as s (span, start)
group by 1, 2, 3, 4
having sum(i.work) <> 0 or sum(i.solved) <> 0;

-- The rows again from the records: after a bulk load with the triggers disabled.
create function member_work_rebuild() returns void
language sql as $$
    lock table member_work in exclusive mode;
    delete from member_work;
    insert into member_work select * from member_work_live;
$$;

-- The work recorded before this migration.
select member_work_rebuild();
