#!/usr/bin/env python3
"""Load with no loss (issue 12): a bounded load test on loopback.

Seeds the demo region into a fresh SQLite file, starts `parity serve` on it, then runs
CLIENTS concurrent clients for SECONDS seconds, each looping over a mix of page reads, API
reads, /health and staff-voice submissions (the two-step form's final POST). At the end it
checks that no response was a 5xx and that the number of stored submissions equals the
number acknowledged with a receipt code, prints a table of the figures, and exits non-zero
when either check fails.

    python3 bench/load_no_loss.py [--binary .build/release/parity] [--clients 200] [--seconds 30]

Only the standard library is used. Clients are threads with keep-alive connections.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

from local_server import free_port, scalar

REPO_ROOT = Path(__file__).resolve().parent.parent
RECEIPT = re.compile(rb'id="receipt-code">[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}<')


class Client(threading.Thread):
    def __init__(self, port: int, deadline: float, plan, results, seed: int):
        super().__init__(daemon=True)
        self.port, self.deadline, self.plan, self.results = port, deadline, plan, results
        self.random = random.Random(seed)

    def run(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        statuses, latencies, acknowledged = Counter(), [], 0
        while time.monotonic() < self.deadline:
            kind, method, path, body = self.plan(self.random)
            headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
            started = time.monotonic()
            try:
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                content = response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                status, content = "connection error", b""
            latencies.append(time.monotonic() - started)
            statuses[(kind, status)] += 1
            if kind == "voice" and status == 201 and RECEIPT.search(content):
                acknowledged += 1
        connection.close()
        self.results.append((statuses, latencies, acknowledged))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.environ.get("PARITY_BIN", str(REPO_ROOT / ".build/release/parity")))
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    if not Path(args.binary).exists():
        sys.exit(f"no parity binary at {args.binary}: build it with `swift build -c release --product parity` or pass --binary")

    folder = Path(tempfile.mkdtemp(prefix="parity-load-"))
    database = folder / "parity.sqlite"
    env = {**os.environ, "DATABASE_URL": f"sqlite:{database}"}
    subprocess.run([args.binary, "demo"], cwd=REPO_ROOT, env=env, check=True, capture_output=True)
    slugs = [row[0] for row in sqlite3.connect(database).execute("SELECT slug FROM voice_links ORDER BY slug")]
    organisations = [row[0] for row in sqlite3.connect(database).execute("SELECT code FROM organisations ORDER BY code")]
    systems = [row[0] for row in sqlite3.connect(database).execute("SELECT code FROM systems ORDER BY code")]
    year = scalar(database, "SELECT max(year) FROM return_versions")
    stored_before = scalar(database, "SELECT count(*) FROM voice_submissions")

    def plan(rng: random.Random):
        roll = rng.random()
        if roll < 0.35:
            path = rng.choice(["/", f"/systems/{rng.choice(systems)}", f"/organisations/{rng.choice(organisations)}",
                               f"/cycles/WRES/{year}", "/what-staff-say", "/action-plans"])
            return "page", "GET", path, None
        if roll < 0.65:
            path = rng.choice([f"/api/v1/organisations/{rng.choice(organisations)}/wres/{year}", f"/api/v1/cycles/WRES/{year}",
                               f"/api/v1/systems/{rng.choice(systems)}/wres/{year}"])
            return "api", "GET", path, None
        if roll < 0.75:
            return "health", "GET", "/health", None
        fields = [("text", "Interview panels for band 7 posts are never mixed; feedback is not offered."),
                  ("themes[]", "recruitment"), ("ethnicity", "bme"), ("consent", "panel-only"), ("action", "send")]
        return "voice", "POST", f"/voice/{rng.choice(slugs)}/confirm", urllib.parse.urlencode(fields)

    port = free_port()
    log = (folder / "server.log").open("w")
    server = subprocess.Popen([args.binary, "serve", "--hostname", "127.0.0.1", "--port", str(port), "--log", "notice"],
                              cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/health")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit("the server did not start; see " + str(folder / "server.log"))
                time.sleep(0.2)
        results: list = []
        started = time.monotonic()
        clients = [Client(port, started + args.seconds, plan, results, seed) for seed in range(args.clients)]
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=60)

    statuses, latencies, acknowledged = Counter(), [], 0
    for client_statuses, client_latencies, client_acknowledged in results:
        statuses.update(client_statuses)
        latencies.extend(client_latencies)
        acknowledged += client_acknowledged
    stored = scalar(database, "SELECT count(*) FROM voice_submissions") - stored_before
    server_errors = sum(count for (_, status), count in statuses.items() if status == "connection error" or (isinstance(status, int) and status >= 500))
    latencies.sort()
    total = len(latencies)

    print(f"Parity load test: {args.clients} clients for {args.seconds:.0f} s on loopback, binary {args.binary}")
    print(f"| figure | value |\n|---|---|")
    print(f"| requests | {total} ({total / elapsed:.0f}/s) |")
    print(f"| latency p50 / p99 | {statistics.median(latencies) * 1000:.1f} ms / {latencies[int(total * 0.99) - 1] * 1000:.1f} ms |")
    for kind in ("page", "api", "health", "voice"):
        by_status = ", ".join(f"{status}: {count}" for (k, status), count in sorted(statuses.items(), key=lambda item: str(item[0][1])) if k == kind)
        print(f"| {kind} | {by_status} |")
    print(f"| 5xx or dropped | {server_errors} |")
    print(f"| voice acknowledged / stored | {acknowledged} / {stored} |")
    ok = server_errors == 0 and acknowledged == stored
    print("PASS: no 5xx, every acknowledged submission stored" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
