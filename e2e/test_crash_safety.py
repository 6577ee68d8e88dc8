"""Crash safety (issue 12): `parity import` killed with SIGKILL half-way through writing a
large file leaves the database exactly as it was before the import, and the server then
starts normally and the same import succeeds. Runs the real binary ($PARITY_BIN) on its own
SQLite file; no browser."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
FIRST_YEAR, LAST_YEAR = 2015, 2026
# Counts that pass every cross-check of the return contract (appointed ≤ shortlisted, …).
COUNTS = {
    "headcount": 40, "shortlisted": 50, "appointed": 10, "entered-disciplinary": 2,
    "accessed-training": 30, "survey-respondents": 100, "survey-yes": 30, "board": 1,
}


def _binary() -> str:
    binary = os.environ.get("PARITY_BIN", str(REPO_ROOT / ".build/debug/parity"))
    if not Path(binary).exists():
        pytest.skip(f"no parity binary at {binary}")
    return binary


def _run(binary: str, database: Path, *arguments: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": f"sqlite:{database}"}
    return subprocess.run([binary, *arguments], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def _digest(database: Path) -> dict[str, str]:
    """Every table's rows, hashed in a stable order: equal digests mean equal contents."""
    connection = sqlite3.connect(database)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        digests = {}
        for table in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
            digests[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return digests
    finally:
        connection.close()


def _big_return_file(path: Path, binary: str, database: Path) -> int:
    """Every demo organisation's WRES return for 2015–2026 from the template's measures: about
    75,000 rows and 550 new return versions in one transaction."""
    template = _run(binary, database, "template", "wres").stdout.splitlines()
    measures = [line.split(",")[3:6] for line in template[1:]]
    connection = sqlite3.connect(database)
    codes = [row[0] for row in connection.execute("SELECT code FROM organisations ORDER BY code")]
    connection.close()
    rows = 0
    with path.open("w") as out:
        out.write(template[0] + "\n")
        for code in codes:
            for year in range(FIRST_YEAR, LAST_YEAR + 1):
                for indicator, measure, group in measures:
                    out.write(f"{code},{year},WRES,{indicator},{measure},{group},{COUNTS[measure.split(':')[0]]}\n")
                    rows += 1
    return rows


def _wal_size(database: Path) -> int:
    wal = Path(f"{database}-wal")
    return wal.stat().st_size if wal.exists() else 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_killed_import_leaves_the_database_as_it_was(tmp_path):
    binary = _binary()
    database = tmp_path / "parity.sqlite"
    seeded = _run(binary, database, "demo")
    assert seeded.returncode == 0, seeded.stderr[-2000:]
    big = tmp_path / "big-return.csv"
    rows = _big_return_file(big, binary, database)
    assert rows > 50_000
    # Start from a checkpointed database, so that any frame in the log is the import's.
    sqlite3.connect(database).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    before = _digest(database)
    wal_before = _wal_size(database)

    env = {**os.environ, "DATABASE_URL": f"sqlite:{database}"}
    process = subprocess.Popen([binary, "import", "returns", str(big), "--reason", "Reloaded from the staff record."], cwd=REPO_ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Half-way: the file is parsed and the transaction has started writing pages to the log.
    deadline = time.monotonic() + 120
    while _wal_size(database) < wal_before + 256 * 1024:
        assert process.poll() is None, "the import finished before it could be killed half-way: make the file larger"
        assert time.monotonic() < deadline, "the import never started writing"
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    assert _digest(database) == before, "a killed import left part of its rows behind"

    # The server starts normally on the same file and answers /health.
    port = _free_port()
    server = subprocess.Popen([binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)], cwd=REPO_ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert server.poll() is None, "the server did not start after the crash"
                assert time.monotonic() < deadline, "no answer from /health"
                time.sleep(0.25)
    finally:
        server.terminate()
        server.wait(timeout=30)

    # And the same import, left to finish, writes every version.
    done = _run(binary, database, "import", "returns", str(big), "--reason", "Reloaded from the staff record.")
    assert done.returncode == 0, done.stderr[-2000:]
    connection = sqlite3.connect(database)
    organisations = connection.execute("SELECT count(*) FROM organisations").fetchone()[0]
    written = connection.execute("SELECT count(*) FROM return_versions WHERE imported_at >= (SELECT max(imported_at) FROM return_versions)").fetchone()[0]
    connection.close()
    assert written == organisations * (LAST_YEAR - FIRST_YEAR + 1)
