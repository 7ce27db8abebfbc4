-- Each submitting member's work with opinions kept per Beijing day, like opinion_day (V17) for the committee: on
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

create or replace function opinion_day_rebuild() returns void
language sql as $$
    lock table opinion_day, opinion_solution_day, opinion_member_day in exclusive mode;
    delete from opinion_day;
    insert into opinion_day select * from opinion_day_live;
    delete from opinion_solution_day;
    insert into opinion_solution_day select * from opinion_solution_day_live;
    delete from opinion_member_day;
    insert into opinion_member_day select * from opinion_member_day_live;
$$;

insert into opinion_member_day select * from opinion_member_day_live;
