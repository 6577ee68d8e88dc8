"""What the server benchmarks share: a free loopback port, and one value read from the SQLite
file a benchmark's server uses."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def scalar(database: Path, query: str):
    connection = sqlite3.connect(database)
    try:
        return connection.execute(query).fetchone()[0]
    finally:
        connection.close()
