#!/usr/bin/env python3
"""Times the roster's list, filter and search operations against a running service.

    bench/run.py http://localhost:8089 [requests per case]

Prints one table row per case: the median, 95th percentile and worst latency, and the total the
answer reported, so a slow query or a missing index shows up as a number, not a feeling. Signs in
as BENCH_USERNAME / BENCH_PASSWORD (an administrator), and makes a reporting API token for the
cases a read-only script would run.

BENCH_CASES=evaluation runs only the yearly evaluation's cases (computing 2025 for the committees of
200 and 4,000 members that seed-evaluation.sql makes, and reading the table); the default runs all.
BENCH_COMPUTE_REQUESTS=10,5 sets how many computations of each are timed. BENCH_RESULTS names a JSON
file the evaluation's medians are written to, for bench.sh to print beside the database's own time.
"""
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/")
N = int(sys.argv[2]) if len(sys.argv) > 2 else 200


TOKEN = None
# How long the last call took to answer, its last byte read: the service's time and the transfer, not this
# script's parsing of the JSON (which for a breakdown of 1.3 MB takes longer than the service's answer).
ANSWERED_MS = 0.0


def call(method, path, body=None, token=None, timeout=30):
    global ANSWERED_MS
    headers = {"Accept": "application/json"}
    if token or TOKEN:
        headers["Authorization"] = "Bearer " + (token or TOKEN)
    data = None
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    request = urllib.request.Request(BASE + path, data=data, headers=headers, method=method)
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        answer = response.read()
    ANSWERED_MS = (time.perf_counter() - start) * 1000
    return json.loads(answer)


def get(path, token=None):
    return call("GET", path, token=token)


def sign_in():
    return call("POST", "/api/v1/auth/token",
                {"username": os.environ.get("BENCH_USERNAME", "bench-admin"),
                 "password": os.environ.get("BENCH_PASSWORD", "Bench2026admin")})["accessToken"]


def reporter_token():
    expires = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 30 * 86400))
    return call("POST", "/api/v1/api-tokens", {"name": "基准统计脚本", "role": "REPORTER", "expiresOn": expires})["secret"]


def get_text(path):
    """A non-JSON answer (the CSV export); returns its size in lines."""
    request = urllib.request.Request(BASE + path, headers={"Authorization": "Bearer " + TOKEN}, method="GET")
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read().count(b"\n")


def first_id(path):
    return get(path)["items"][0]["id"]


def q(text):
    return urllib.parse.quote(text)


def cases():
    committee = first_id("/api/v1/committees?size=1")
    sector = first_id(f"/api/v1/sectors?committeeId={committee}&size=1")
    township = first_id(f"/api/v1/townships?committeeId={committee}&size=1")
    member = first_id(f"/api/v1/members?committeeId={committee}&size=1")
    return [
        ("committees, first page", "/api/v1/committees"),
        ("members of a committee, page 1 of 20", f"/api/v1/members?committeeId={committee}"),
        ("members of a committee, page 100", f"/api/v1/members?committeeId={committee}&page=100"),
        ("members, all committees, 200 a page, by name", "/api/v1/members?size=200&sort=name"),
        ("members, all committees, deep page 400", "/api/v1/members?page=400&size=200"),
        ("members by sector", f"/api/v1/members?sectorId={sector}"),
        ("members by township and status", f"/api/v1/members?townshipId={township}&status=ACTIVE"),
        ("search one character 王, all committees", f"/api/v1/members?q={q('王')}"),
        ("search two characters 王淳, all committees", f"/api/v1/members?q={q('王淳')}"),
        ("search employer 林业局, all committees", f"/api/v1/members?q={q('林业局')}"),
        ("search 3 characters in a committee", f"/api/v1/members?committeeId={committee}&q={q('王淳华')}"),
        ("one member", f"/api/v1/members/{member}"),
        ("sectors of a committee", f"/api/v1/sectors?committeeId={committee}"),
        ("groups of a committee with member counts", f"/api/v1/groups?committeeId={committee}"),
        ("platforms of a committee", f"/api/v1/platforms?committeeId={committee}"),
    ]


def measure(path, token=None, n=None):
    total = get(path, token).get("total")  # warm-up, and the size of the answer
    times = []
    for _ in range(n or N):
        get(path, token)
        times.append(ANSWERED_MS)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], times[-1], total


def measure_text(path, n):
    lines = get_text(path)
    times = []
    for _ in range(n):
        start = time.perf_counter()
        get_text(path)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], times[-1], lines - 1


def opinion_cases(committee):
    """社情民意 over 1,000,000 opinions: the busiest committee's lists, filters, searches and reports."""
    township = first_id(f"/api/v1/townships?committeeId={committee}&size=1")
    category = next(c["id"] for c in get(f"/api/v1/opinion-categories?committeeId={committee}&size=100")["items"]
                    if c["name"] == "基础设施")
    newest = get(f"/api/v1/opinions?committeeId={committee}&status=CLOSED&size=50")["items"]
    member = newest[0]["submitters"][0]["id"]
    with_history = next(o["id"] for o in newest if o["id"] % 3 == 0)
    quarter_ago = time.strftime("%Y-%m-%d", time.gmtime(time.time() - 91 * 86400))
    similar = q("村内道路破损严重，雨天积水，群众出行不便，建议尽快修缮路面。")
    base = "/api/v1/opinions"
    return [
        ("opinions of a committee, newest page", f"{base}?committeeId={committee}"),
        ("opinions, all committees, newest page", base),
        ("status ASSIGNED or IN_PROGRESS, a committee", f"{base}?committeeId={committee}&status=ASSIGNED&status=IN_PROGRESS"),
        ("overdue, a committee", f"{base}?committeeId={committee}&overdue=true"),
        ("overdue, all committees", f"{base}?overdue=true"),
        ("solved, a committee", f"{base}?committeeId={committee}&solved=true"),
        ("category 基础设施 of a committee", f"{base}?categoryId={category}"),
        ("opinions one member submitted", f"{base}?memberId={member}"),
        ("search 道路 (common), all committees", f"{base}?q={q('道路')}"),
        ("search 路灯 (rarer), all committees", f"{base}?q={q('路灯')}"),
        ("search 网络 in a committee", f"{base}?committeeId={committee}&q={q('网络')}"),
        ("search phrase 冬季供暖, all committees", f"{base}?q={q('冬季供暖')}"),
        ("search 量子通信 (no hits), all committees", f"{base}?q={q('量子通信')}"),
        ("summary of a committee", f"{base}/summary?committeeId={committee}"),
        ("summary, all committees", f"{base}/summary"),
        ("summary of a committee, last quarter", f"{base}/summary?committeeId={committee}&from={quarter_ago}"),
        ("solved in the last quarter, a committee", f"{base}?committeeId={committee}&figure=SOLVED&from={quarter_ago}"),
        ("accepted in the last quarter, all committees", f"{base}?figure=ACCEPTED&from={quarter_ago}"),
        ("similar open opinions in a township", f"{base}/similar?townshipId={township}&text={similar}"),
        ("history of one opinion", f"{base}/{with_history}/history"),
        ("export CSV, a township's last quarter", f"{base}/export?townshipId={township}&from={quarter_ago}"),
    ]


def measure_sign_in(n=20):
    times = []
    for _ in range(n):
        sign_in()
        times.append(ANSWERED_MS)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], times[-1]


EVALUATION_COMMITTEES = {200: "基准政协（200名委员）", 4000: "基准政协（4000名委员）"}


def timed(run, n):
    """Runs `run`, one call, once to warm up and n times timed: median, p95 and worst in ms to its answer's last
    byte, and the warm-up's answer."""
    answer = run()
    times = []
    for _ in range(n):
        run()
        times.append(ANSWERED_MS)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], times[-1], answer


def row(label, median, p95, worst, total):
    print(f"| {label} | {median:.1f} | {p95:.1f} | {worst:.1f} | {total if total is not None else '—'} |", flush=True)


def evaluation_cases():
    """一年一考评 for 2025: the rules from the 铁力 template, computing the year, and reading the stored table."""
    found = {c["name"]: c["id"] for c in get(f"/api/v1/committees?q={q('基准政协')}&size=10")["items"]}
    missing = [name for name in EVALUATION_COMMITTEES.values() if name not in found]
    if missing:
        raise SystemExit(f"no committee {missing}: bench/seed-evaluation.sql has not run")
    counts = [int(c) for c in os.environ.get("BENCH_COMPUTE_REQUESTS", "10,5").split(",")]
    # The reports' and the table's reads, as many as the other cases': a 95th percentile of 20 was their 19th.
    reads = N
    results = {}
    for size, n in zip(EVALUATION_COMMITTEES, counts):
        committee = found[EVALUATION_COMMITTEES[size]]
        try:
            call("POST", f"/api/v1/evaluation-rules/2025?committeeId={committee}", {"from": "TIELI"})
        except urllib.error.HTTPError as e:
            if e.code != 409:  # the rules of an earlier run
                raise
        compute = f"/api/v1/evaluations/2025/compute?committeeId={committee}"
        median, p95, worst, year = timed(lambda: call("POST", compute, timeout=300), n)
        row(f"考评: compute 2025, {size:,} members ({n} requests)", median, p95, worst, year["members"])
        results[f"compute{size}"] = {"median": median, "p95": p95, "worst": worst, "members": year["members"],
                                     "committeeId": committee, "requests": n}
        # 试算: the year's rules with a visit worth one point more, scored beside the rules in force, nothing stored.
        rules = get(f"/api/v1/evaluation-rules/2025?committeeId={committee}")
        draft = {k: rules[k] for k in ("name", "baseScore", "maxScore", "items", "proposalLeadShare", "minimum",
                                       "belowMinimumRating", "ratings") if k in rules}
        draft["items"] = [dict(i, points=i["points"] + 1) if i["kind"] == "VISIT" else i for i in draft["items"]]
        whatif = f"/api/v1/evaluations/2025/what-if?committeeId={committee}"
        median, p95, worst, answer = timed(lambda: call("POST", whatif, draft, timeout=300), n)
        row(f"考评: what-if 2025, {size:,} members ({n} requests)", median, p95, worst, answer["changes"])
        results[f"whatif{size}"] = {"median": median, "p95": p95, "worst": worst, "changes": answer["changes"],
                                    "requests": n}
        table = f"/api/v1/evaluations?year=2025&committeeId={committee}"
        top = get(table + "&sort=-score")["items"]
        member = top[len(top) // 2]["memberId"]
        group = top[0]["groupId"]
        for label, path in [
            ("the table, page 1 by score", table + "&sort=-score"),
            ("the table, a group's COMPETENT and BASICALLY_COMPETENT by name",
             f"{table}&groupId={group}&rating=COMPETENT&rating=BASICALLY_COMPETENT&sort=name"),
            ("one member's breakdown", f"/api/v1/evaluations/2025/members/{member}?committeeId={committee}"),
            ("the groups", f"/api/v1/evaluations/2025/groups?committeeId={committee}"),
            ("the members to talk to (inactive)", f"/api/v1/evaluations/2025/inactive?committeeId={committee}"),
            ("one member's record of 2025", f"/api/v1/members/{member}/record?year=2025"),
            ("report: 2025's summary (with 2024 and the year before compared)",
             f"/api/v1/reports/summary?committeeId={committee}&year=2025"),
            ("report: 2025 by quarter", f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=QUARTER"),
            ("report: 2025 by month", f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=MONTH"),
            ("report: 2025 by township", f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=TOWNSHIP"),
            ("report: 2025 by platform", f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=PLATFORM"),
            ("report: 2025 by studio", f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=STUDIO"),
            ("report: 2025 by opinion category",
             f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=CATEGORY"),
            ("report: 2025 by activity group", f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=GROUP"),
            ("report: 2025 by sector", f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=SECTOR"),
            ("report: 2025 by member, a page of 50",
             f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=MEMBER&size=50"),
        ]:
            median, p95, worst, answer = timed(lambda: call("GET", path, timeout=60), reads)
            total = answer.get("total") if isinstance(answer, dict) else len(answer)
            if isinstance(answer, dict) and "items" in answer and "total" not in answer:
                total = len(answer["items"])
            if isinstance(answer, dict) and "figures" in answer:
                total = len(answer["figures"])
            if isinstance(answer, dict) and "rows" in answer:
                total = len(answer["rows"])
            row(f"考评 {size:,}: {label}", median, p95, worst, total)
            results[f"{label} {size}"] = {"median": median, "p95": p95}
    if os.environ.get("BENCH_RESULTS"):
        with open(os.environ["BENCH_RESULTS"], "w") as out:
            json.dump(results, out, ensure_ascii=False, indent=1)


def main():
    global TOKEN
    TOKEN = sign_in()
    cases_asked = os.environ.get("BENCH_CASES", "all")
    if cases_asked == "evaluation":
        print(f"{max(20, N // 4)} sequential requests per read against {BASE}\n")
        print("| case | median ms | p95 ms | max ms | total |")
        print("|---|---:|---:|---:|---:|")
        evaluation_cases()
        return
    if cases_asked != "all":
        raise SystemExit(f"BENCH_CASES is all (the default) or evaluation, not {cases_asked}")
    reporter = reporter_token()
    committee = first_id("/api/v1/committees?size=1")
    member = first_id(f"/api/v1/members?committeeId={committee}&size=1")
    print(f"{N} sequential requests per case against {BASE}\n")
    print("| case | median ms | p95 ms | max ms | total |")
    print("|---|---:|---:|---:|---:|")
    for label, path in cases():
        median, p95, worst, total = measure(path)
        print(f"| {label} | {median:.1f} | {p95:.1f} | {worst:.1f} | {total if total is not None else '—'} |")
    for label, path in [
        ("reporter token: members of a committee (phones masked, no read logged)", f"/api/v1/members?committeeId={committee}"),
        ("reporter token: one member", f"/api/v1/members/{member}"),
    ]:
        median, p95, worst, total = measure(path, reporter)
        print(f"| {label} | {median:.1f} | {p95:.1f} | {worst:.1f} | {total if total is not None else '—'} |")
    for label, path in [
        ("audit trail, newest page", "/api/v1/audit"),
        ("audit trail of one member", f"/api/v1/audit?recordType=MEMBER&recordId={member}"),
        ("audit trail of one committee", f"/api/v1/audit?committeeId={committee}"),
        ("audit trail by actor and period", f"/api/v1/audit?actor=bench-office-{committee}&from=2022-01-01&to=2022-01-31"),
        ("personal data reads of one member", f"/api/v1/audit/reads?recordType=MEMBER&recordId={member}"),
    ]:
        median, p95, worst, total = measure(path, n=max(20, N // 4))
        print(f"| {label} | {median:.1f} | {p95:.1f} | {worst:.1f} | {total if total is not None else '—'} |")
    platform = first_id(f"/api/v1/platforms?committeeId={committee}&size=1")
    visitor = get(f"/api/v1/visits?committeeId={committee}&size=1")["items"][0]["members"][0]["id"]
    for label, path in [
        ("studios of a committee", f"/api/v1/studios?committeeId={committee}"),
        ("visits of a committee in a quarter, with people received", f"/api/v1/visits?committeeId={committee}&from=2025-01-01&to=2025-03-31"),
        ("visits of a committee, all, with people received", f"/api/v1/visits?committeeId={committee}"),
        ("reception days of a committee", f"/api/v1/visits?committeeId={committee}&kind=RECEPTION_DAY"),
        ("visits of one member", f"/api/v1/visits?memberId={visitor}"),
        ("visits, all committees, 200 a page", "/api/v1/visits?size=200"),
    ]:
        median, p95, worst, total = measure(path)
        print(f"| {label} | {median:.1f} | {p95:.1f} | {worst:.1f} | {total if total is not None else '—'} |")
    for label, path in [
        ("duty turns of a platform's year", f"/api/v1/duty-turns?platformId={platform}&year=2025"),
        ("overdue duty turns of a committee", f"/api/v1/duty-turns?committeeId={committee}&overdue=true"),
        ("overdue duty turns, all committees", "/api/v1/duty-turns?overdue=true&size=200"),
    ]:
        median, p95, worst, total = measure(path)
        print(f"| {label} | {median:.1f} | {p95:.1f} | {worst:.1f} | {total if total is not None else '—'} |")
    times = []
    for _ in range(max(20, N // 4)):
        call("POST", "/api/v1/duty-turns/roster", {"platformId": platform, "year": 2026, "save": False})
        times.append(ANSWERED_MS)
    times.sort()
    print(f"| duty roster preview, a platform of about 200 members | {statistics.median(times):.1f} | "
          f"{times[int(len(times) * 0.95) - 1]:.1f} | {times[-1]:.1f} | — |")
    opinion_n = max(20, N // 4)
    for label, path in opinion_cases(committee):
        try:
            if "/export" in path:
                median, p95, worst, total = measure_text(path, max(10, opinion_n // 5))
            else:
                median, p95, worst, total = measure(path, n=opinion_n)
        except (TimeoutError, urllib.error.URLError) as e:  # a case too slow to time is itself the finding
            print(f"| 社情民意: {label} | failed: {e} | — | — | — |", flush=True)
            continue
        print(f"| 社情民意: {label} | {median:.1f} | {p95:.1f} | {worst:.1f} | {total if total is not None else '—'} |")
    # The year's report as the committee's statistician reads it (a reporter token of the committee): its opinion
    # figures come from the opinions' daily figures; beside it the same year counted from the opinions themselves.
    expires = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 30 * 86400))
    statistician = call("POST", "/api/v1/api-tokens", {"name": "基准报表", "role": "REPORTER", "committeeId": committee,
                                                       "expiresOn": expires})["secret"]
    for label, path in [
        ("report: 2025's summary, with 2024 and the year before", f"/api/v1/reports/summary?committeeId={committee}&year=2025"),
        ("report: 2025 by quarter", f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=QUARTER"),
        ("report: 2025 by month", f"/api/v1/reports/breakdown?committeeId={committee}&year=2025&by=MONTH"),
        ("report: the last quarter", f"/api/v1/reports/summary?committeeId={committee}&year=2026&quarter=3"),
        ("opinion summary of 2025 counted from the opinions (one scan)",
         f"/api/v1/opinions/summary?committeeId={committee}&from=2025-01-01&to=2025-12-31"),
    ]:
        median, p95, worst, total = measure(path, statistician, n=opinion_n)
        print(f"| 社情民意 {label} | {median:.1f} | {p95:.1f} | {worst:.1f} | — |", flush=True)
    median, p95, worst = measure_sign_in()
    print(f"| sign in (bcrypt, cost 10) | {median:.1f} | {p95:.1f} | {worst:.1f} | — |")
    evaluation_cases()


if __name__ == "__main__":
    main()
