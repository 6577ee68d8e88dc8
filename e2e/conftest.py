"""Fixtures for Parity's browser tests: the real server, and headless Chromium.

The server is $PARITY_BIN (default .build/debug/parity), started once per session on a free
loopback port with a fresh SQLite file. Set PARITY_E2E_BASE_URL to test a server that is
already running instead; then nothing is started.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import support

REPO_ROOT = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT_S = 120  # the first start migrates and seeds the demo region
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

_server_log: Path | None = None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _health_status(base: str) -> int | None:
    try:
        with urllib.request.urlopen(f"{base}/health", timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def _log_tail(lines: int = 40) -> str:
    if _server_log is None or not _server_log.exists():
        return "(no server log)"
    return "\n".join(_server_log.read_text(errors="replace").splitlines()[-lines:])


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@pytest.fixture(scope="session")
def base_url(tmp_path_factory) -> str:
    """The server under test, answering 200 on /health; stopped after the session."""
    global _server_log
    shutil.rmtree(support.SCREENSHOT_DIR, ignore_errors=True)

    given = os.environ.get("PARITY_E2E_BASE_URL")
    if given:
        support.set_base_url(given)
        status = _health_status(support.base_url())
        if status != 200:
            pytest.exit(f"PARITY_E2E_BASE_URL={given}: GET /health answered {status}", returncode=1)
        yield support.base_url()
        return

    binary = Path(os.environ.get("PARITY_BIN", REPO_ROOT / ".build/debug/parity"))
    if not os.access(binary, os.X_OK):
        pytest.exit(f"no server binary at {binary}: run `swift build --product parity`", returncode=1)
    workdir = tmp_path_factory.mktemp("parity-e2e")
    port = _free_port()
    _server_log = workdir / "server.log"
    # Links Parity shows and mails (invitations) start with PARITY_BASE_URL: this server.
    env = dict(os.environ, DATABASE_URL=f"sqlite:{workdir / 'e2e.sqlite'}", LOG_LEVEL="warning",
               PARITY_BASE_URL=f"http://127.0.0.1:{port}")
    with open(_server_log, "wb") as log:
        process = subprocess.Popen(
            [str(binary), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
            cwd=REPO_ROOT,  # any folder would do (test_runs_anywhere.py); the checkout keeps relative paths short
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while _health_status(base) != 200:
            if process.poll() is not None:
                pytest.exit(f"server exited with {process.returncode}:\n{_log_tail()}", returncode=1)
            if time.monotonic() > deadline:
                pytest.exit(f"no 200 from {base}/health in {STARTUP_TIMEOUT_S} s:\n{_log_tail()}", returncode=1)
            time.sleep(0.25)
        support.set_base_url(base)
        yield base
    finally:
        _stop(process)


def _chromium(prefs: dict | None = None) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(argument)
    if prefs:
        options.add_experimental_option("prefs", prefs)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


@pytest.fixture
def driver(base_url):
    """Headless Chromium, 1280 x 1000, fresh for each test (no cookies carried over)."""
    browser = _chromium()
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture
def download_dir(tmp_path) -> Path:
    """An empty folder that `download_driver` saves downloaded files into."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


@pytest.fixture
def download_driver(base_url, download_dir):
    """Headless Chromium like `driver`, but files it downloads land in `download_dir`
    without asking (see support.wait_for_download)."""
    browser = _chromium({
        "download.default_directory": str(download_dir),
        "download.prompt_for_download": False,
        "download.directory_upgrade": True,
        "safebrowsing.enabled": False,
    })
    try:
        yield browser
    finally:
        browser.quit()


def pytest_terminal_summary(terminalreporter, exitstatus):
    """On failure, the server's last log lines, which usually say why."""
    if exitstatus != 0 and _server_log is not None:
        terminalreporter.section("parity server log (last 40 lines)")
        terminalreporter.write_line(_log_tail())
