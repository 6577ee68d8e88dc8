"""The release, measured (issue 21): the folder's size, the cold start of `bin/parity serve` to
its first answer (an empty database, and one it seeds with the demo region), and requests per
second straight to an instance and through the shipped nginx site (TLS, HTTP/1.1 keep-alive from
wrk) side by side in the same run: `/health`, and the anonymous region page from the page cache.

    python3 bench/release.py dist/parity-VERSION      # `make release` first; needs nginx, wrk
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "deploy"))
from test_deployment import UNVERIFIED, free_port, nginx  # noqa: E402  the shipped site, on loopback


def size(path: Path) -> int:
    return int(subprocess.run(["du", "-sb", str(path)], check=True, capture_output=True, text=True).stdout.split()[0])


def start(binary: Path, database: Path, port: int, demo: bool) -> subprocess.Popen:
    arguments = [str(binary), "serve", "--hostname", "127.0.0.1", "--port", str(port)] + ([] if demo else ["--no-demo"])
    environment = dict(os.environ, DATABASE_URL=f"sqlite:{database}", LOG_LEVEL="notice")
    environment.pop("PARITY_RESOURCES", None)
    return subprocess.Popen(arguments, cwd="/", env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def first_answer(base: str, path: str, process: subprocess.Popen, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(base + path, timeout=30, context=UNVERIFIED) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.02)
    sys.exit(f"no answer from {base}{path} in {timeout} s")


def cold_start(binary: Path, folder: Path, demo: bool, runs: int = 3) -> tuple[float, float]:
    """Median seconds from exec to the first 200 from /health, and from `/`."""
    health, home = [], []
    for run in range(runs):
        database = folder / f"cold-{demo}-{run}.sqlite"
        port = free_port()
        began = time.monotonic()
        process = start(binary, database, port, demo)
        try:
            first_answer(f"http://127.0.0.1:{port}", "/health", process)
            health.append(time.monotonic() - began)
            first_answer(f"http://127.0.0.1:{port}", "/", process)
            home.append(time.monotonic() - began)
        finally:
            process.terminate()
            process.wait()
    return statistics.median(health), statistics.median(home)


def requests_per_second(url: str, seconds: int = 10) -> float:
    output = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", url], check=True, capture_output=True, text=True).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def main() -> None:
    release = Path(sys.argv[1]).resolve()
    binary = release / "bin" / "parity"
    archive = release.with_name(release.name + ".tar.gz")
    folder = Path(tempfile.mkdtemp(prefix="parity-release-bench-"))
    try:
        print(f"release folder {size(release) / 1e6:.1f} MB (executable {size(binary) / 1e6:.1f} MB)"
              + (f", archive {size(archive) / 1e6:.1f} MB" if archive.exists() else ""))
        for demo in (False, True):
            health, home = cold_start(binary, folder, demo)
            print(f"cold start, {'demo region seeded' if demo else 'empty database'}: first answer (/health) {health:.2f} s, "
                  f"region page {home:.2f} s (median of 3)")

        port, proxy_port = free_port(), free_port()
        process = start(binary, folder / "served.sqlite", port, demo=True)
        first_answer(f"http://127.0.0.1:{port}", "/", process)
        proxy = nginx(folder, proxy_port, [port])
        try:
            direct, proxied = f"http://127.0.0.1:{port}", f"https://127.0.0.1:{proxy_port}"
            first_answer(proxied, "/health", process)
            for path in ("/health", "/"):
                straight, through = requests_per_second(direct + path), requests_per_second(proxied + path)
                print(f"GET {path}: {straight:,.0f} requests/s direct, {through:,.0f} through nginx (TLS) — "
                      f"ratio {through / straight:.2f}")
        finally:
            proxy.terminate()
            process.terminate()
            process.wait()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
