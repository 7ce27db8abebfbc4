#!/usr/bin/env bash
# Last month's report of a committee, fetched with a REPORTER API token into dated files:
#   report-2026-05.json                  the summary (每项数字、上期、去年同期、口径、下钻) as JSON
#   report-2026-05.xlsx                  the same summary as Excel
#   report-2026-05-by-township.csv       last month by township (or CPPCC_BY), as CSV
# "Last month" is the office's (the service's clock), so the script does no date arithmetic of its own.
#
#   CPPCC_URL=https://cppcc.example.org CPPCC_TOKEN=… examples/monthly-report.sh [directory]
#
# From cron, on the 1st of each month at 07:00, into /srv/reports:
#   0 7 1 * * CPPCC_URL=https://cppcc.example.org CPPCC_TOKEN_FILE=/etc/cppcc/reporter.token /opt/cppcc/examples/monthly-report.sh /srv/reports >>/var/log/cppcc-report.log 2>&1
#
# CPPCC_TOKEN (or CPPCC_TOKEN_FILE, a file holding it) is an API token with the REPORTER role, made by the
# administrator under API 令牌; a token bound to a committee needs no CPPCC_COMMITTEE. CPPCC_BY names the
# breakdown: TOWNSHIP (default), PLATFORM, STUDIO, CATEGORY, GROUP, SECTOR or MEMBER.
# Needs curl and jq. A file appears only when whole: each is written beside its name and then moved in place.
# On an error the service's problem (its Chinese title and detail) is printed and the script exits 1.
set -euo pipefail

url=${CPPCC_URL:?set CPPCC_URL, the service address, such as https://cppcc.example.org}
token=${CPPCC_TOKEN:-}
if [[ -z $token && -n ${CPPCC_TOKEN_FILE:-} ]]; then
  token=$(<"$CPPCC_TOKEN_FILE")
fi
[[ -n $token ]] || { echo "set CPPCC_TOKEN or CPPCC_TOKEN_FILE (an API token with the REPORTER role)" >&2; exit 2; }
by=${CPPCC_BY:-TOWNSHIP}
dir=${1:-.}
mkdir -p "$dir"
query="preset=LAST_MONTH${CPPCC_COMMITTEE:+&committeeId=$CPPCC_COMMITTEE}"
xlsx=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet

# fetch ACCEPT PATH FILE: the answer into FILE, or the service's problem on stderr and exit 1.
fetch() {
  local part="$3.part" status
  status=$(curl -sS --retry 3 --retry-connrefused -o "$part" -w '%{http_code}' \
    -H "Authorization: Bearer $token" -H "Accept: $1, application/problem+json" "$url$2") || {
    rm -f "$part"; echo "cannot reach $url" >&2; exit 1; }
  if [[ $status != 200 ]]; then
    echo "$2: HTTP $status $(jq -r '[.title, .detail] | join("：")' "$part" 2>/dev/null || head -c 300 "$part")" >&2
    rm -f "$part"
    exit 1
  fi
  mv "$part" "$3"
}

tmp="$dir/.summary-$$.json"
fetch application/json "/api/v1/reports/summary?$query" "$tmp"
month=$(jq -r '.period.from[0:7]' "$tmp")
mv "$tmp" "$dir/report-$month.json"
fetch "$xlsx" "/api/v1/reports/summary/export?$query" "$dir/report-$month.xlsx"
slice=$(tr '[:upper:]' '[:lower:]' <<<"$by")
fetch text/csv "/api/v1/reports/breakdown/export?$query&by=$by" "$dir/report-$month-by-$slice.csv"
echo "$(jq -r '.committeeName + " " + .period.label' "$dir/report-$month.json"): $dir/report-$month.json," \
  "$dir/report-$month.xlsx, $dir/report-$month-by-$slice.csv"
