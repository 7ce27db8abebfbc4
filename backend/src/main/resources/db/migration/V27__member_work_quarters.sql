-- Who worked when (member_work, V20) kept per quarter too (span Q, its first day): a period reads its whole years,
-- then its whole quarters, then its whole months, then its days. A year's quarters or a quarter read as one row per
-- member who worked, so 挂牌委员 of a breakdown by quarter counts rows instead of the distinct members of three
-- months' rows each.

alter table member_work drop constraint member_work_span_check;
alter table member_work add constraint member_work_span_check check (span in ('D', 'M', 'Q', 'Y'));

-- Adds work and solved items on a day to its day, month, quarter and year, in that order (row locks in one order).
create or replace function member_work_apply(committee bigint, member bigint, day date, work integer, solved integer)
returns void
language sql as $$
    insert into member_work as k (committee_id, member_id, span, start, work, solved)
    select committee, member, s.span, s.start, work, solved
    from (values ('D', day), ('M', date_trunc('month', day)::date), ('Q', date_trunc('quarter', day)::date),
                 ('Y', date_trunc('year', day)::date)) as s (span, start)
    where (work <> 0 or solved <> 0) and coalesce(current_setting('cppcc.member_work', true), '') <> 'off'
    on conflict (member_id, span, start) do update set work = k.work + excluded.work,
                                                       solved = k.solved + excluded.solved;
$$;

-- What the records give now, quarters included.
create or replace view member_work_live as
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
                           ('Q', date_trunc('quarter', i.day)::date), ('Y', date_trunc('year', i.day)::date))
     as s (span, start)
group by 1, 2, 3, 4
having sum(i.work) <> 0 or sum(i.solved) <> 0;

-- The work recorded before this migration, with its quarters.
select member_work_rebuild();
