"""Issue 21: the built `parity` binary serves the same pages wherever it is started — from the
filesystem root, from a temporary directory, and as a release folder (bin/ beside share/parity/)
copied elsewhere — and says where its resources are (`parity version`). Before, it read its
templates from the working directory and answered 500 on every page anywhere but the checkout.

No browser: plain HTTP against servers this module starts itself, one after another, on one
demo database seeded once.
"""

from __future__ import annotations

import gzip
import http.client
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
BINARY = Path(os.environ.get("PARITY_BIN", REPO_ROOT / ".build/debug/parity"))
# One page of every kind the public and the API serve, and the files pages link to.
PATHS = [
    "/", "/?year=2024", "/systems/D01", "/organisations/DA1", "/wdes", "/systems/D02/wdes", "/what-staff-say",
    "/systems/D01/what-staff-say.csv", "/compare", "/cycles", "/open-data", "/api/docs", "/api/v1/region/wres/2026",
    "/sign-in", "/css/parity.css", "/img/parity-mark.svg",
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, headers: dict | None = None) -> tuple[int, bytes, "http.client.HTTPMessage"]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers


class Server:
    """`binary serve` started in `cwd` on `database`, until `stop`."""

    def __init__(self, binary: Path, cwd: Path, database: Path, log: Path, extra_env: dict | None = None):
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k != "PARITY_RESOURCES"}
        env.update(DATABASE_URL=f"sqlite:{database}", LOG_LEVEL="warning", PARITY_BASE_URL=self.base, **(extra_env or {}))
        self.log = log
        with open(log, "wb") as out:
            self.process = subprocess.Popen([str(binary), "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
                                            cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 180
        while True:
            if self.process.poll() is not None:
                pytest.fail(f"server in {cwd} exited with {self.process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
            try:
                if _get(f"{self.base}/health")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"no 200 from {self.base}/health in 180 s")
            time.sleep(0.25)

    def pages(self) -> dict[str, tuple[int, bytes]]:
        return {path: _get(self.base + path)[:2] for path in PATHS}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A demo database seeded once by a server started in the checkout, copied for each start."""
    if not os.access(BINARY, os.X_OK):
        pytest.fail(f"no server binary at {BINARY}: run `swift build --product parity`")
    folder = tmp_path_factory.mktemp("anywhere")
    database = folder / "seeded.sqlite"
    server = Server(BINARY, REPO_ROOT, database, folder / "seed.log")
    server.stop()
    return database


def _copy(database: Path, folder: Path) -> Path:
    copy = folder / "parity.sqlite"
    shutil.copyfile(database, copy)
    return copy


def _same_pages(server: Server, reference: dict[str, tuple[int, bytes]]) -> None:
    for path, (status, body) in server.pages().items():
        assert status == 200, f"{path} answered {status} from {server.base}"
        assert body == reference[path][1] or path.startswith("/sign-in"), f"{path} differs from the checkout's"


@pytest.fixture(scope="module")
def reference(seeded, tmp_path_factory) -> dict[str, tuple[int, bytes]]:
    folder = tmp_path_factory.mktemp("checkout")
    server = Server(BINARY, REPO_ROOT, _copy(seeded, folder), folder / "server.log")
    try:
        pages = server.pages()
    finally:
        server.stop()
    assert all(status == 200 for status, _ in pages.values()), {p: s for p, (s, _) in pages.items() if s != 200}
    return pages


@pytest.mark.parametrize("where", ["root", "temporary"])
def test_the_binary_serves_every_page_from_anywhere(where, seeded, reference, tmp_path):
    cwd = Path("/") if where == "root" else tmp_path
    server = Server(BINARY, cwd, _copy(seeded, tmp_path), tmp_path / "server.log")
    try:
        _same_pages(server, reference)
    finally:
        server.stop()


def test_a_release_folder_copied_elsewhere_serves_every_page(seeded, reference, tmp_path):
    # given the release layout, built from this build's files: bin/ beside share/parity/
    release = tmp_path / "parity-release"
    (release / "bin").mkdir(parents=True)
    shutil.copy2(BINARY, release / "bin" / "parity")
    bundle = BINARY.parent / "Parity_ParityServer.resources"
    shutil.copytree(bundle, release / "bin" / bundle.name)
    shutil.copytree(REPO_ROOT / "Resources" / "Views", release / "share" / "parity" / "Views")
    shutil.copytree(REPO_ROOT / "Public", release / "share" / "parity" / "Public")
    (release / "share" / "parity" / "build-info").write_text("version=test-release\ncommit=abc123\nbuilt=2026-12-07\n")
    moved = tmp_path / "elsewhere"
    shutil.move(release, moved)
    binary = moved / "bin" / "parity"
    # when
    version = subprocess.run([str(binary), "version"], cwd="/", capture_output=True, text=True, timeout=60,
                             env={k: v for k, v in os.environ.items() if k != "PARITY_RESOURCES"})
    server = Server(binary, Path("/"), _copy(seeded, tmp_path), tmp_path / "server.log")
    # then it reads its own share/parity, says so, and serves the same pages
    try:
        assert version.returncode == 0, version.stderr
        assert "parity test-release" in version.stdout and "commit abc123" in version.stdout
        assert f"resources {moved}/share/parity/Views/" in version.stdout, version.stdout
        _same_pages(server, reference)
    finally:
        server.stop()


def test_a_wrong_resources_folder_is_a_clear_error_not_a_500(seeded, tmp_path):
    result = subprocess.run([str(BINARY), "serve", "--port", str(_free_port())], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, PARITY_RESOURCES=str(tmp_path), DATABASE_URL=f"sqlite:{tmp_path / 'x.sqlite'}"))
    assert result.returncode != 0
    assert "PARITY_RESOURCES" in result.stderr and "Views/ and Public/" in result.stderr


def test_public_files_are_kept_at_their_version_and_anonymous_pages_are_compressed(seeded, tmp_path):
    server = Server(BINARY, tmp_path, _copy(seeded, tmp_path), tmp_path / "server.log")
    try:
        status, page, _ = _get(server.base + "/")
        stylesheet = next(part.split('"')[0] for part in page.decode().split('href="') if part.startswith("/css/parity.css?v="))
        assert _get(server.base + stylesheet)[2]["Cache-Control"] == "public, max-age=31536000, immutable"
        assert _get(server.base + "/css/parity.css")[2]["Cache-Control"] == "no-cache"
        status, body, headers = _get(server.base + "/", {"Accept-Encoding": "gzip"})
        assert headers.get("Content-Encoding") == "gzip" and gzip.decompress(body) == page
        _, css, headers = _get(server.base + stylesheet, {"Accept-Encoding": "gzip"})
        assert headers.get("Content-Encoding") == "gzip" and b"font" in gzip.decompress(css)
        # a page with a form holds a CSRF token, so it is never compressed
        _, _, form = _get(server.base + "/sign-in", {"Accept-Encoding": "gzip"})
        assert form.get("Content-Encoding") is None
    finally:
        server.stop()
