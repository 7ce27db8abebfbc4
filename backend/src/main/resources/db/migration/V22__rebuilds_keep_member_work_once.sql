-- Rebuilding the opinions' or the visits' kept days deletes and writes again every member's day, and member_work
-- (V20) follows each of those rows by trigger: over a million opinions, minutes of work to arrive where it was.
-- The rebuilds now stop keeping member_work row by row while they run and rebuild it once at their end, unless
-- their caller has stopped keeping it already (a bulk load, which rebuilds it itself at its own end).

create function member_work_paused(rebuild text) returns void
language plpgsql as $$
declare
    before text := coalesce(current_setting('cppcc.member_work', true), '');
begin
    perform set_config('cppcc.member_work', 'off', true);
    execute format('select %I()', rebuild);
    perform set_config('cppcc.member_work', before, true);
    if before <> 'off' then
        perform member_work_rebuild();
    end if;
end $$;

alter function opinion_day_rebuild() rename to opinion_day_rebuild_rows;
alter function visit_day_rebuild() rename to visit_day_rebuild_rows;

create function opinion_day_rebuild() returns void
language sql as $$
    select member_work_paused('opinion_day_rebuild_rows');
$$;

create function visit_day_rebuild() returns void
language sql as $$
    select member_work_paused('visit_day_rebuild_rows');
$$;
