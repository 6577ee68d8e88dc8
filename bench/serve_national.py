#!/usr/bin/env python3
"""Serving at national scale (issue 10): the national demo in a release server, driven by wrk.

Builds nothing. Given a `parity` binary (a release build: `swift build -c release --product
parity`), it loads the fictional country (`parity demo --scale national`: 42 systems, 221
organisations, five years of WRES and WDES returns) into a fresh SQLite file, timing the load,
checks its shape, starts `parity serve` on a free loopback port, then runs wrk against each
route in turn, in this one run:

    /health                                   the floor: one database read and a tiny answer
    /                                         the region page (what the targets are about)
    /systems/D12                              a system page
    /api/v1/organisations/D12A/wres/YEAR      an organisation's figures as JSON
    / signed in                               the region page built for a signed-in reader
                                              (never served from the public page cache; driven
                                              by 4 connections, since each takes a core for a
                                              while; no target)

It prints a table of requests per second, p50 and p99 latency and each route's throughput as a
share of /health's, and checks the targets: region page p99 under 50 ms, and its throughput at
least half that of /health. It exits non-zero when a target is missed or a response was not 2xx.

    python3 bench/serve_national.py .build/release/parity [--seconds 20] [--connections 64]

Needs wrk on the PATH (`apt-get install -y wrk` on Debian). Standard library only otherwise.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from local_server import free_port, scalar

REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSWORD = "northmere-demo-only"
P99_TARGET_MS = 50.0
RATIO_TARGET = 0.5


def get(port: int, path: str, headers: dict | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


def sign_in(port: int, email: str) -> str:
    """Signs in through the form as a browser would; returns the session cookie's value."""
    page = get(port, "/sign-in")
    csrf = re.search(r"parity_csrf=([^;]+)", page.getheader("Set-Cookie") or "").group(1)
    form = urllib.parse.urlencode({"email": email, "password": DEMO_PASSWORD, "_csrf": csrf})
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("POST", "/sign-in", body=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"parity_csrf={csrf}"})
    response = connection.getresponse()
    response.read()
    cookies = " ".join(value for name, value in response.getheaders() if name.lower() == "set-cookie")
    session = re.search(r"parity_session=([^;]+)", cookies)
    if not session:
        sys.exit(f"signing in as {email} failed: {response.status}")
    return session.group(1)


def milliseconds(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def run_wrk(url: str, seconds: int, connections: int, threads: int, headers: list[str]) -> dict:
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--latency", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(command + [url], check=True, capture_output=True, text=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    if set(latency) != {"50", "99"}:
        sys.exit(f"could not read wrk's output for {url}:\n{output}")
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "p50": milliseconds(latency["50"]),
        "p99": milliseconds(latency["99"]),
        "bad": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(map(int, errors.groups())) if errors else 0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", help="the parity binary to measure (a release build)")
    parser.add_argument("--seconds", type=int, default=20, help="how long wrk drives each route (default 20)")
    parser.add_argument("--connections", type=int, default=64, help="wrk's open connections (default 64)")
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads (default 2)")
    args = parser.parse_args()
    binary = Path(args.binary).resolve()
    if not binary.exists():
        sys.exit(f"no parity binary at {binary}: build one with `swift build -c release --product parity`")
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: `apt-get install -y wrk` (Debian)")

    folder = Path(tempfile.mkdtemp(prefix="parity-national-"))
    database = folder / "parity.sqlite"
    env = {**os.environ, "DATABASE_URL": f"sqlite:{database}"}
    started = time.monotonic()
    seeded = subprocess.run([str(binary), "demo", "--scale", "national"], cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    load_seconds = time.monotonic() - started
    if seeded.returncode != 0:
        sys.exit(f"parity demo --scale national failed:\n{seeded.stderr}")
    systems = scalar(database, "SELECT count(*) FROM systems")
    organisations = scalar(database, "SELECT count(*) FROM organisations")
    returns = scalar(database, "SELECT count(*) FROM return_versions")
    figures = scalar(database, "SELECT count(*) FROM stored_figures")
    year = scalar(database, "SELECT max(year) FROM return_versions WHERE standard = 'WRES'")
    print(f"National demo: {systems} systems, {organisations} organisations, {returns} return versions, "
          f"{figures} stored figures; loaded in {load_seconds:.1f} s ({seeded.stdout.strip()})")
    shape_ok = systems == 42 and 200 <= organisations <= 240

    port = free_port()
    log = (folder / "server.log").open("w")
    server = subprocess.Popen([str(binary), "serve", "--hostname", "127.0.0.1", "--port", str(port), "--log", "notice"],
                              cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    results: list[tuple[str, dict]] = []
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if get(port, "/health").status == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"the server did not start; see {folder / 'server.log'}")
            time.sleep(0.2)
        session = sign_in(port, "admin@demo.parity.invalid")
        routes = [
            ("/health", "/health", [], args.connections),
            ("region page", "/", [], args.connections),
            ("system page", "/systems/D12", [], args.connections),
            ("organisation API", f"/api/v1/organisations/D12A/wres/{year}", [], args.connections),
            ("region page, signed in (4 connections)", "/", [f"Cookie: parity_session={session}"], 4),
        ]
        region = get(port, "/")
        shape_ok = shape_ok and len(re.findall(rb'href="/systems/[A-Z0-9]+\?year=', region.body)) == 42
        # Each route once before it is measured, so wrk sees it as readers would after the
        # first: every later change is recomputed when it is written, not when it is read.
        sizes = {}
        for name, path, headers, _ in routes:
            response = get(port, path, dict(header.split(": ", 1) for header in headers))
            if response.status != 200:
                sys.exit(f"{path} answered {response.status}")
            sizes[name] = len(response.body)
        for name, path, headers, connections in routes:
            result = run_wrk(f"http://127.0.0.1:{port}{path}", args.seconds, connections, min(args.threads, connections), headers)
            results.append((name, {**result, "bytes": sizes[name]}))
    finally:
        server.terminate()
        server.wait(timeout=60)

    health = results[0][1]["rps"]
    print(f"\nwrk: {args.connections} connections, {args.threads} threads, {args.seconds} s per route, loopback, binary {binary}\n")
    print("| route | requests/s | p50 | p99 | throughput ÷ /health | response |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, result in results:
        print(f"| {name} | {result['rps']:,.0f} | {result['p50']:.2f} ms | {result['p99']:.2f} ms | {result['rps'] / health:.2f} "
              f"| {result['bytes'] / 1024:,.0f} KB |")
    region = dict(results)["region page"]
    checks = [
        (f"national demo has 42 systems and about 220 organisations", shape_ok),
        (f"region page p99 {region['p99']:.1f} ms < {P99_TARGET_MS:.0f} ms", region["p99"] < P99_TARGET_MS),
        (f"region page throughput {region['rps'] / health:.2f} of /health's >= {RATIO_TARGET}", region["rps"] >= RATIO_TARGET * health),
        ("every response 2xx, no socket errors", all(r["bad"] == 0 and r["socket_errors"] == 0 for _, r in results)),
    ]
    print()
    for text, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}: {text}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
