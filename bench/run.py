#!/usr/bin/env python3
"""Times the roster's list, filter and search operations against a running service.

    bench/run.py http://localhost:8089 [requests per case]

Prints one table row per case: the median, 95th percentile and worst latency, and the total the
answer reported, so a slow query or a missing index shows up as a number, not a feeling.
"""
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/")
N = int(sys.argv[2]) if len(sys.argv) > 2 else 200


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as response:
        return json.loads(response.read())


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


def measure(path):
    total = get(path).get("total")  # warm-up, and the size of the answer
    times = []
    for _ in range(N):
        start = time.perf_counter()
        get(path)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], times[-1], total


def main():
    print(f"{N} sequential requests per case against {BASE}\n")
    print("| case | median ms | p95 ms | max ms | total |")
    print("|---|---:|---:|---:|---:|")
    for label, path in cases():
        median, p95, worst, total = measure(path)
        print(f"| {label} | {median:.1f} | {p95:.1f} | {worst:.1f} | {total if total is not None else '—'} |")


if __name__ == "__main__":
    main()
