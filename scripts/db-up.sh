#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers and holds the role and databases the service uses.
#
#   scripts/db-up.sh DB [DB...]
#
# The server is the one named by QUARKUS_DATASOURCE_JDBC_URL, else localhost:5432. Where none
# answers on this machine, an installed cluster is started, or Debian's postgresql is installed
# (apt-get) and started. A server that already runs is never upgraded or restarted.
set -euo pipefail

DB_USER=${QUARKUS_DATASOURCE_USERNAME:-cppcc}
DB_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-cppcc}
URL=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:5432/cppcc}
HOSTPORT=${URL#jdbc:postgresql://}
HOSTPORT=${HOSTPORT%%/*}
HOST=${HOSTPORT%%:*}
PORT=5432
[[ $HOSTPORT == *:* ]] && PORT=${HOSTPORT##*:}
DATABASES=("$@")

say() { printf '[db] %s\n' "$*"; }
as_root() { if [[ $(id -u) == 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
is_local() { [[ $HOST == localhost || $HOST == 127.0.0.1 || $HOST == ::1 ]]; }

answers() {
  if command -v pg_isready >/dev/null; then
    pg_isready -q -h "$HOST" -p "$PORT" -t 2
  else
    (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null
  fi
}

wait_until_answering() {
  for _ in $(seq 1 60); do answers && return 0; sleep 1; done
  return 1
}

start_local_server() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    command -v apt-get >/dev/null || { say "no PostgreSQL answers at $HOST:$PORT and apt-get is not available: install PostgreSQL 15+ or set QUARKUS_DATASOURCE_JDBC_URL"; exit 1; }
    say "installing Debian's postgresql (no server answered at $HOST:$PORT)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-upgrade postgresql >/dev/null
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if command -v pg_lsclusters >/dev/null && ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    say "creating cluster $version/main"
    as_root pg_createcluster --locale C.UTF-8 -p "$PORT" "$version" main >/dev/null
  fi
  say "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
    || as_root pg_ctlcluster "$version" main start
}

# Runs SQL as a superuser: over TCP as postgres (trust setups), else through the local socket as the postgres OS user.
superuser_sql() {
  psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U postgres -d postgres -tAc "$1" 2>/dev/null && return 0
  is_local || return 1
  (cd /tmp && as_root runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" -d postgres -tAc "$1" 2>/dev/null) && return 0
  return 1
}

if ! answers; then
  is_local || { say "PostgreSQL at $HOST:$PORT does not answer"; exit 1; }
  start_local_server
  wait_until_answering || { say "PostgreSQL did not come up on $HOST:$PORT"; exit 1; }
fi
command -v psql >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null

if superuser_sql "select 1" >/dev/null; then
  superuser_sql "do \$\$ begin
      if not exists (select from pg_roles where rolname = '$DB_USER') then
        create role \"$DB_USER\" login password '$DB_PASSWORD';
      end if; end \$\$;"
  for db in "${DATABASES[@]}"; do
    if [[ -z $(superuser_sql "select 1 from pg_database where datname = '$db'") ]]; then
      say "creating database $db"
      # A UTF-8 ctype makes pg_trgm index Chinese characters (under the C locale it would skip them).
      superuser_sql "create database \"$db\" owner \"$DB_USER\" template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'"
    fi
  done
else
  say "no superuser access at $HOST:$PORT; assuming role $DB_USER and databases ${DATABASES[*]} exist"
fi

for db in "${DATABASES[@]}"; do
  PGPASSWORD=$DB_PASSWORD psql -X -q -h "$HOST" -p "$PORT" -U "$DB_USER" -d "$db" -tAc "select 1" >/dev/null \
    || { say "cannot connect to $db at $HOST:$PORT as $DB_USER"; exit 1; }
done
say "PostgreSQL ready at $HOST:$PORT (${DATABASES[*]})"
