#!/usr/bin/env bash
# Rebuilds the reports' kept daily figures (the opinions' and the visits') from the records themselves: after a
# bulk load that ran with their triggers disabled, or to check nothing drifted. The database is the one named by
# QUARKUS_DATASOURCE_JDBC_URL (default localhost:5432/cppcc), as QUARKUS_DATASOURCE_USERNAME / _PASSWORD.
set -euo pipefail
URL=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:5432/cppcc}
HOSTPORT=${URL#jdbc:postgresql://}; DB=${HOSTPORT#*/}; DB=${DB%%\?*}; HOSTPORT=${HOSTPORT%%/*}
HOST=${HOSTPORT%%:*}; PORT=5432; [[ $HOSTPORT == *:* ]] && PORT=${HOSTPORT##*:}
export PGPASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-cppcc}
psql="psql -X -q -v ON_ERROR_STOP=1 -h $HOST -p $PORT -U ${QUARKUS_DATASOURCE_USERNAME:-cppcc} -d $DB"
# What differed from the records before the rebuild, either way, so a drift is seen, not only mended: the rows of
# table $1 other than all-zero ones ($2 keeps them), against its live view.
drift() {
  local kept="select * from $1 where $2"
  $psql -tAc "select count(*) from (($kept except select * from $1_live) union all (select * from $1_live except $kept)) d"
}
drifted=$(drift opinion_day "(collected, accepted, forwarded, adopted, resolved, solved, open_change,
    overdue_change) <> (0, 0, 0, 0, 0, 0, 0, 0)")
drifted_solutions=$(drift opinion_solution_day "opinions <> 0")
drifted_members=$(drift opinion_member_day "(work, solved) <> (0, 0)")
drifted_slices=$(drift opinion_slice "true")
drifted_slice_figures=$(( $(drift opinion_slice_day "(collected, accepted, forwarded, adopted, resolved, solved,
    open_change, overdue_change) <> (0, 0, 0, 0, 0, 0, 0, 0)") + $(drift opinion_slice_month "(collected,
    accepted, forwarded, adopted, resolved, solved, open_change, overdue_change) <> (0, 0, 0, 0, 0, 0, 0, 0)")
    + $(drift opinion_slice_solution "opinions <> 0") ))
drifted_visits=$(drift visit_day "(visits, people_received, members_present) <> (0, 0, 0)")
drifted_present=$(drift visit_member_day "visits <> 0")
drifted_participants=$(drift visit_participant "true")
drifted_work=$(drift member_work "(work, solved) <> (0, 0)")
drifted_participant_months=$(drift visit_participant_month "(visits, people_received, members_present) <> (0, 0, 0)")
drifted_records=$(drift record_participant "true")
drifted_record_months=$(drift record_participant_month "(records, people) <> (0, 0)")
started=$(date +%s%N)
# Who worked when is not kept row by row while the members' days are written again, but rebuilt once, last.
$psql -c "set cppcc.member_work = 'off'; select opinion_day_rebuild(), visit_day_rebuild(), visit_participant_rebuild(),
  record_participant_rebuild();
  set cppcc.member_work = 'on'; select member_work_rebuild()" >/dev/null
echo "[rollups] opinion_day, opinion_solution_day and opinion_member_day rebuilt on $HOST:$PORT/$DB in" \
  "$(( ($(date +%s%N) - started) / 1000000 )) ms; $drifted, $drifted_solutions and $drifted_members row(s) had" \
  "differed from the opinions; opinion_slice and its day, month and solution rows rebuilt with them," \
  "$drifted_slices and $drifted_slice_figures row(s) had differed; visit_day, visit_member_day, visit_participant" \
  "and visit_participant_month rebuilt too, $drifted_visits, $drifted_present, $drifted_participants and $drifted_participant_months row(s) had" \
  "differed from the visits; record_participant and record_participant_month rebuilt too, $drifted_records and" \
  "$drifted_record_months row(s) had differed from the consultations and activities; member_work rebuilt last," \
  "$drifted_work row(s) had differed from the records"
