-- The visits' report figures kept per committee, Beijing day, kind and place, in the same transaction as the visits
-- themselves, so a year's 接待走访, 接待群众 and 委员参与 (all visits, a kind's, a township's, platform's or studio's)
-- are a sum over the year's few rows instead of a scan of the visits joined to their members. Each is defined as
-- the visit list counts it (VisitFigure): a visit dated in the period counts once, with its people received and
-- every member present. A visit with no platform or studio is kept under 0.
-- visit_day_live gives the same rows from the visits, visit_day_rebuild() replaces the rows with them, and the
-- tests compare the two after every kind of change.
create table visit_day (
    committee_id    bigint      not null references committee (id) on delete cascade,
    day             date        not null,
    kind            varchar(20) not null,
    township_id     bigint      not null,
    platform_id     bigint      not null,
    studio_id       bigint      not null,
    visits          integer     not null default 0,
    people_received bigint      not null default 0,
    members_present integer     not null default 0,
    primary key (committee_id, day, kind, township_id, platform_id, studio_id)
);

-- Who was present at a visit on each day: 挂牌委员 asks it who worked in a period, one index range instead of the
-- period's visits joined to their members.
create table visit_member_day (
    committee_id bigint  not null references committee (id) on delete cascade,
    member_id    bigint  not null,
    day          date    not null,
    visits       integer not null default 0,
    primary key (member_id, day)
);
create index visit_member_day_committee_idx on visit_member_day (committee_id, day, member_id);

create view visit_day_live as
select v.committee_id, v.visit_date as day, v.kind, v.township_id, coalesce(v.platform_id, 0) as platform_id,
       coalesce(v.studio_id, 0) as studio_id, count(*)::integer as visits,
       sum(v.people_received)::bigint as people_received,
       sum((select count(*) from visit_member m where m.visit_id = v.id))::integer as members_present
from visit v
group by 1, 2, 3, 4, 5, 6;

create view visit_member_day_live as
select v.committee_id, m.member_id, v.visit_date as day, count(*)::integer as visits
from visit v
join visit_member m on m.visit_id = v.id
group by 1, 2, 3;

-- Adds sign × the visit, its people received and its members present now, to its day.
create function visit_day_apply(v visit, sign integer) returns void
language sql as $$
    insert into visit_day as d (committee_id, day, kind, township_id, platform_id, studio_id, visits,
                                people_received, members_present)
    values (v.committee_id, v.visit_date, v.kind, v.township_id, coalesce(v.platform_id, 0),
            coalesce(v.studio_id, 0), sign, sign * v.people_received,
            sign * (select count(*) from visit_member m where m.visit_id = v.id))
    on conflict (committee_id, day, kind, township_id, platform_id, studio_id) do update set
        visits = d.visits + excluded.visits, people_received = d.people_received + excluded.people_received,
        members_present = d.members_present + excluded.members_present;
$$;

-- Adds sign × one visit to each of the members' day, in the members' order (row locks in one order).
create function visit_member_day_apply(v visit, members bigint[], sign integer) returns void
language sql as $$
    insert into visit_member_day as d (committee_id, member_id, day, visits)
    select v.committee_id, m.member_id, v.visit_date, sign
    from unnest(members) as m (member_id)
    order by m.member_id
    on conflict (member_id, day) do update set visits = d.visits + excluded.visits;
$$;

-- A visit written, changed or deleted. Its members are rows of their own (visit_member, which a visit's delete
-- empties first: the foreign key has no cascade), so a new visit has none yet and a deleted one none left; a change
-- of day, kind, place or people moves the visit with the members it has.
create function visit_kept_visit() returns trigger
language plpgsql as $$
declare
    members bigint[];
begin
    if tg_op = 'INSERT' then
        perform visit_day_apply(new, 1);
        return null;
    end if;
    if tg_op = 'DELETE' then
        perform visit_day_apply(old, -1);
        perform visit_member_day_apply(old, array(select member_id from visit_member where visit_id = old.id), -1);
        return null;
    end if;
    if (old.committee_id, old.visit_date, old.kind, old.township_id, old.platform_id, old.studio_id,
        old.people_received) is distinct from (new.committee_id, new.visit_date, new.kind, new.township_id,
        new.platform_id, new.studio_id, new.people_received) then
        perform visit_day_apply(old, -1);
        perform visit_day_apply(new, 1);
    end if;
    if (old.committee_id, old.visit_date) is distinct from (new.committee_id, new.visit_date) then
        members := array(select member_id from visit_member where visit_id = new.id);
        perform visit_member_day_apply(old, members, -1);
        perform visit_member_day_apply(new, members, 1);
    end if;
    return null;
end $$;

create trigger visit_kept_visit after insert or update or delete on visit
for each row execute function visit_kept_visit();

-- One member more (delta 1) or fewer (-1) present at a visit: on the member's day and in the visit's kept row.
create function visit_member_present(v visit, member bigint, delta integer) returns void
language sql as $$
    select visit_member_day_apply(v, array[member], delta);
    update visit_day set members_present = members_present + delta
    where committee_id = v.committee_id and day = v.visit_date and kind = v.kind and township_id = v.township_id
      and platform_id = coalesce(v.platform_id, 0) and studio_id = coalesce(v.studio_id, 0);
$$;

-- A member added to or taken from a visit (a deleted visit has none left to take).
create function visit_kept_member() returns trigger
language plpgsql as $$
declare
    v visit;
begin
    if tg_op in ('DELETE', 'UPDATE') then
        select * into v from visit where id = old.visit_id;
        if found then
            perform visit_member_present(v, old.member_id, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into v from visit where id = new.visit_id;
        perform visit_member_present(v, new.member_id, 1);
    end if;
    return null;
end $$;

create trigger visit_kept_member after insert or update or delete on visit_member
for each row execute function visit_kept_member();

-- The rows again from the visits: after a bulk load with the triggers disabled.
create function visit_day_rebuild() returns void
language sql as $$
    lock table visit_day, visit_member_day in exclusive mode;
    delete from visit_day;
    insert into visit_day select * from visit_day_live;
    delete from visit_member_day;
    insert into visit_member_day select * from visit_member_day_live;
$$;

-- The visits recorded before this migration.
select visit_day_rebuild();
