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
# What differed from the records before the rebuild, either way, so a drift is seen, not only mended.
kept="select * from opinion_day where (collected, accepted, forwarded, adopted, resolved, solved, open_change,
      overdue_change) <> (0, 0, 0, 0, 0, 0, 0, 0)"
solutions="select * from opinion_solution_day where opinions <> 0"
drifted=$($psql -tAc "select count(*) from (($kept except select * from opinion_day_live)
    union all (select * from opinion_day_live except $kept)) d")
members="select * from opinion_member_day where (work, solved) <> (0, 0)"
drifted_members=$($psql -tAc "select count(*) from (($members except select * from opinion_member_day_live)
    union all (select * from opinion_member_day_live except $members)) d")
drifted_solutions=$($psql -tAc "select count(*) from (($solutions except select * from opinion_solution_day_live)
    union all (select * from opinion_solution_day_live except $solutions)) d")
visits="select * from visit_day where (visits, people_received, members_present) <> (0, 0, 0)"
drifted_visits=$($psql -tAc "select count(*) from (($visits except select * from visit_day_live)
    union all (select * from visit_day_live except $visits)) d")
present="select * from visit_member_day where visits <> 0"
drifted_present=$($psql -tAc "select count(*) from (($present except select * from visit_member_day_live)
    union all (select * from visit_member_day_live except $present)) d")
started=$(date +%s%N)
$psql -c "select opinion_day_rebuild(), visit_day_rebuild()" >/dev/null
echo "[rollups] opinion_day, opinion_solution_day and opinion_member_day rebuilt on $HOST:$PORT/$DB in" \
  "$(( ($(date +%s%N) - started) / 1000000 )) ms; $drifted, $drifted_solutions and $drifted_members row(s) had" \
  "differed from the opinions; visit_day and visit_member_day rebuilt too, $drifted_visits and $drifted_present" \
  "row(s) had differed from the visits"
