#!/usr/bin/env bash
# Starts the built service on a bench database of 100,000 members and 1,000,000 opinions and times its queries.
# CPPCC_BENCH_JDBC_URL names another bench database (default cppcc_bench), BENCH_PORT another port.
# BENCH_CASES=evaluation times only the yearly evaluation (committees of 200 and 4,000 members), without seeding
# the 1,000,000 opinions; either way the evaluation's SQL is then run through psql for the database's own time.
set -euo pipefail
cd "$(dirname "$0")/.."

URL=${CPPCC_BENCH_JDBC_URL:-jdbc:postgresql://localhost:5432/cppcc_bench}
PORT=${BENCH_PORT:-8089}
export PGPASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-cppcc}
HOSTPORT=${URL#jdbc:postgresql://}; DB=${HOSTPORT#*/}; DB=${DB%%\?*}; HOSTPORT=${HOSTPORT%%/*}
HOST=${HOSTPORT%%:*}; DBPORT=5432; [[ $HOSTPORT == *:* ]] && DBPORT=${HOSTPORT##*:}

QUARKUS_DATASOURCE_JDBC_URL=$URL scripts/db-up.sh "$DB"
# The bench signs in as the administrator the service creates at its first start on this database.
export BENCH_USERNAME=${BENCH_USERNAME:-bench-admin} BENCH_PASSWORD=${BENCH_PASSWORD:-Bench2026admin}
QUARKUS_DATASOURCE_JDBC_URL=$URL QUARKUS_HTTP_PORT=$PORT ADMIN_USERNAME=$BENCH_USERNAME ADMIN_PASSWORD=$BENCH_PASSWORD \
  java -jar backend/target/quarkus-app/quarkus-run.jar \
  > backend/target/bench-service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  kill -0 $service 2>/dev/null || break
  curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
# Another service answering on the port would be timed instead of this build: stop when this one did not start.
kill -0 $service 2>/dev/null || { echo "the service did not start: see backend/target/bench-service.log"; exit 1; }

CASES=${BENCH_CASES:-all}
[[ $CASES == all || $CASES == evaluation ]] || { echo "BENCH_CASES is all (the default) or evaluation"; exit 2; }
psql="psql -X -q -h $HOST -p $DBPORT -U ${QUARKUS_DATASOURCE_USERNAME:-cppcc} -d $DB"
# Each seed runs once, when what it makes is missing: seed.sql first, so its committees come first.
if [[ $($psql -tAc "select count(*) from committee where region = '基准1市'") == 0 ]]; then
  echo "seeding 100,000 members…"
  $psql -f bench/seed.sql >/dev/null
fi
if [[ $CASES == all && $($psql -tAc "select count(*) from committee where region = '基准省'") == 0 ]]; then
  echo "seeding 1,000,000 opinions (a few minutes)…"
  started=$SECONDS
  $psql -f bench/seed-opinions.sql >/dev/null
  echo "opinions seeded in $((SECONDS - started)) s"
fi
if [[ $($psql -tAc "select count(*) from committee where name = '基准政协（4000名委员）'") == 0 ]]; then
  echo "seeding the 2025 evaluation's committees of 200 and 4,000 members…"
  started=$SECONDS
  $psql -f bench/seed-evaluation.sql >/dev/null
  echo "evaluation's year seeded in $((SECONDS - started)) s"
fi
results=backend/target/bench-evaluation.json
rm -f "$results"
BENCH_CASES=$CASES BENCH_RESULTS=$results python3 bench/run.py "http://localhost:$PORT" "${BENCH_REQUESTS:-200}"
echo
# The database's own time for the same statements: the compute's SQL for the 4,000 members through psql, 3 runs.
committee=$($psql -tAc "select id from committee where name = '基准政协（4000名委员）'")
for run in 1 2 3; do
  $psql -v committee="$committee" -f bench/evaluation-compute.sql > "backend/target/bench-evaluation-sql-$run.txt"
done
python3 - "$results" backend/target/bench-evaluation-sql-{1,2,3}.txt <<'EOF'
import json, re, statistics, sys
runs = []
for name in sys.argv[2:]:
    times, label = {}, "-"
    for line in open(name):
        if line.startswith("@"):
            label = line[1:].strip()
        elif (m := re.match(r"Time: ([0-9.]+) ms", line)) and label != "-":
            times[label] = times.get(label, 0) + float(m.group(1))
    runs.append(times)
print("The compute's statements for the 4,000 members through psql, median of 3 runs:\n")
print("| statement | ms |")
print("|---|---:|")
for label in runs[0]:
    print(f"| {label} | {statistics.median(r[label] for r in runs):.1f} |")
database = statistics.median(sum(r.values()) for r in runs)
print(f"| all of them | {database:.1f} |")
http = json.load(open(sys.argv[1]))["compute4000"]
print(f"\ncompute 4,000 members: {http['median']:.0f} ms over HTTP (median of {http['requests']}, p95 {http['p95']:.0f} ms),"
      f" of which the database's own time for the same statements is {database:.0f} ms")
# A what-if runs the same reads and writes nothing: its database time is the reads alone.
reads = statistics.median(sum(t for label, t in r.items() if not label.startswith("table:")) for r in runs)
whatif = json.load(open(sys.argv[1]))["whatif4000"]
print(f"what-if 4,000 members: {whatif['median']:.0f} ms over HTTP (median of {whatif['requests']}, p95 {whatif['p95']:.0f} ms,"
      f" {whatif['changes']} ratings changed), of which the database's own time for the same reads is {reads:.0f} ms")
EOF
[[ $CASES == all ]] || exit 0
echo
echo "How PostgreSQL runs a two-character search over every committee:"
$psql -c "explain (analyze, costs off, timing off, summary on) select id from member where name ilike '%王淳%' or employer ilike '%王淳%' order by id limit 20"
echo
echo "How PostgreSQL runs a two-character opinion search over all 1,000,000 (opinion_matches inlined onto opinion_search_idx):"
$psql -c "explain (analyze, costs off, timing off, summary on) select id from opinion where opinion_matches(title, content, '路灯') order by collected_on desc, id desc limit 20"
