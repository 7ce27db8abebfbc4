-- 办理时长 kept like opinion_day (V17): per committee and the Beijing day an opinion counts as solved, how many
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

create or replace function opinion_day_rebuild() returns void
language sql as $$
    lock table opinion_day, opinion_solution_day in exclusive mode;
    delete from opinion_day;
    insert into opinion_day select * from opinion_day_live;
    delete from opinion_solution_day;
    insert into opinion_solution_day select * from opinion_solution_day_live;
$$;

insert into opinion_solution_day select * from opinion_solution_day_live;
