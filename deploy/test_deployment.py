"""Issue 21's deployment test: Parity installed as a release (bin/ beside share/parity/) in a
temporary folder, two `parity serve` instances on one PostgreSQL, behind Debian's nginx with a
self-signed certificate on loopback. Run by deploy/test.sh, which provides PostgreSQL
($DATABASE_URL) and nginx; $PARITY_BIN is the executable to install.

It shows: both instances starting at once migrate the schema, and seed the demo, exactly once;
a session begun through one instance continues on the other; a return published through one is
seen through the other at once (the public page cache follows the database's stamp); killing one
instance mid-load loses no acknowledged write, and nginx carries on with the other.
"""

from __future__ import annotations

import html
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BINARY = Path(os.environ.get("PARITY_BIN", REPO / ".build/debug/parity"))
DATABASE_URL = os.environ.get("DATABASE_URL", "")  # deploy/test.sh sets it; bench/release.py imports nginx() only
PASSWORD = "northmere-demo-only"  # DemoAccounts.password
OVERDUE_DRAFT = "DC3"  # the demo's draft return that was never signed off
UNVERIFIED = ssl.create_default_context()
UNVERIFIED.check_hostname = False
UNVERIFIED.verify_mode = ssl.CERT_NONE


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def psql(query: str) -> str:
    url = urllib.parse.urlparse(DATABASE_URL)
    return subprocess.run(["psql", "-h", url.hostname, "-p", str(url.port), "-U", url.username, "-d", url.path.lstrip("/"), "-tAc", query],
                          check=True, capture_output=True, text=True).stdout.strip()


class Browser:
    """Cookies and CSRF tokens, as a person's browser keeps them."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar),
                                                  urllib.request.HTTPSHandler(context=UNVERIFIED))

    def get(self, url: str) -> tuple[int, str, dict]:
        try:
            with self.opener.open(url, timeout=60) as response:
                return response.status, response.read().decode(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace"), dict(error.headers)

    def post(self, url: str, fields: dict) -> tuple[int, str]:
        data = urllib.parse.urlencode(fields).encode()
        try:
            with self.opener.open(urllib.request.Request(url, data=data, method="POST"), timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def csrf(self, page: str) -> str:
        return html.unescape(re.search(r'name="_csrf" value="([^"]+)"', page).group(1))

    def sign_in(self, base: str, email: str) -> None:
        status, page, _ = self.get(f"{base}/sign-in")
        assert status == 200, status
        status, page = self.post(f"{base}/sign-in", {"_csrf": self.csrf(page), "email": email, "password": PASSWORD})
        assert status == 200 and "Sign out" in page, f"sign-in answered {status}"


def form_fields(page: str, action: str) -> dict[str, str]:
    """The named fields of the form posting to `action`, with their values, as a browser sends them."""
    form = re.search(r'<form[^>]*action="' + re.escape(action) + r'"[^>]*>(.*?)</form>', page, flags=re.S)
    assert form, f"no form posting to {action}"
    fields = {html.unescape(name): html.unescape(value) for name, value in
              re.findall(r'<input[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"', form.group(1))}
    for name, text in re.findall(r'<textarea[^>]*?name="([^"]+)"[^>]*>(.*?)</textarea>', form.group(1), flags=re.S):
        fields[html.unescape(name)] = html.unescape(text)
    return fields


def install(folder: Path) -> Path:
    """The release layout, from this build's files."""
    (folder / "bin").mkdir(parents=True)
    shutil.copy2(BINARY, folder / "bin" / "parity")
    shutil.copytree(BINARY.parent / "Parity_ParityServer.resources", folder / "bin" / "Parity_ParityServer.resources")
    shutil.copytree(REPO / "Resources" / "Views", folder / "share" / "parity" / "Views")
    shutil.copytree(REPO / "Public", folder / "share" / "parity" / "Public")
    return folder / "bin" / "parity"


def start(binary: Path, port: int, base_url: str, log: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "PARITY_RESOURCES"}
    env.update(DATABASE_URL=DATABASE_URL, LOG_LEVEL="info", PARITY_BASE_URL=base_url, PARITY_TRUSTED_PROXIES="127.0.0.1",
               PARITY_DB_CONNECTIONS="4")
    with open(log, "wb") as out:
        return subprocess.Popen([str(binary), "serve", "--hostname", "127.0.0.1", "--port", str(port)], cwd="/", env=env,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)


def wait_healthy(base: str, process: subprocess.Popen, log: Path, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"instance exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(f"{base}/health", timeout=5, context=UNVERIFIED) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"no 200 from {base}/health in {timeout} s")


def nginx(folder: Path, port: int, upstreams: list[int]) -> subprocess.Popen:
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")], check=True, capture_output=True)
    site = (REPO / "deploy" / "parity.nginx.conf").read_text()
    # The shipped site, with this test's ports, certificate and loopback address.
    site = re.sub(r"upstream parity \{.*?\n\}", "upstream parity {\n" + "".join(
        f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;\n" for p in upstreams) + "    keepalive 16;\n}", site, flags=re.S)
    site = re.sub(r"server \{\n    listen 80;.*?\n\}\n", "", site, flags=re.S)
    site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port} ssl http2;").replace("listen [::]:443 ssl http2;\n", "")
    site = site.replace("/etc/ssl/certs/parity.example.nhs.uk.pem", str(folder / "cert.pem"))
    site = site.replace("/etc/ssl/private/parity.example.nhs.uk.key", str(folder / "key.pem"))
    temp = "".join(f"    {kind}_temp_path {folder}/{kind};\n" for kind in ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
    (folder / "nginx.conf").write_text(
        f"worker_processes 1;\npid {folder}/nginx.pid;\nerror_log {folder}/nginx-error.log;\nevents {{}}\n"
        f"http {{\n    access_log {folder}/nginx-access.log;\n{temp}{site}\n}}\n")
    process = subprocess.Popen(["nginx", "-c", str(folder / "nginx.conf"), "-g", "daemon off;"], stderr=subprocess.PIPE)
    time.sleep(1)
    if process.poll() is not None:
        sys.exit(f"nginx did not start: {process.stderr.read().decode()}")
    return process


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="parity-deploy-"))
    binary = install(folder / "parity")
    ports = [free_port(), free_port()]
    proxy_port = free_port()
    proxied = f"https://127.0.0.1:{proxy_port}"
    logs = [folder / f"instance-{i}.log" for i in range(2)]
    instances = [start(binary, port, proxied, log) for port, log in zip(ports, logs)]
    proxy = None
    try:
        direct = [f"http://127.0.0.1:{port}" for port in ports]
        for base, process, log in zip(direct, instances, logs):
            wait_healthy(base, process, log)

        # 1. Both started at once on an empty database: each migration ran once, the demo was seeded once.
        names = psql("SELECT count(*), count(DISTINCT name) FROM _fluent_migrations").split("|")
        prepared = [line for log in logs for line in log.read_text(errors="replace").splitlines() if "Finished prepare" in line]
        migrations = {re.search(r"migration=(\S+)", line).group(1) for line in prepared}
        seeded = sum(log.read_text(errors="replace").count("Seeded the demo") for log in logs)
        assert names[0] == names[1] and int(names[0]) == len(migrations) == len(prepared), (names, len(migrations), len(prepared))
        assert seeded == 1, f"the demo was seeded {seeded} times"
        print(f"ok: two instances started together: {names[0]} migrations applied once each, demo seeded once")

        proxy = nginx(folder, proxy_port, ports)
        wait_healthy(proxied, instances[0], logs[0])

        # 2. A session begun through one instance continues on the other.
        panel = Browser()
        panel.sign_in(direct[0], "panel@demo.parity.invalid")
        status, page, _ = panel.get(f"{direct[1]}/account")
        assert status == 200 and "panel@demo.parity.invalid" in page, f"/account on the other instance answered {status}"
        print("ok: a session begun on one instance continues on the other")

        # 3. A return published through one instance is seen through the other at once.
        year = psql("SELECT max(year) FROM reporting_cycles WHERE standard = 'WRES'")
        submission = f"/cycles/WRES/{year}/{OVERDUE_DRAFT}"
        public_page = f"/organisations/{OVERDUE_DRAFT}?year={year}"
        anonymous = Browser()
        anonymous.get(direct[1] + public_page)
        status, document, _ = anonymous.get(f"{direct[1]}/api/v1/organisations/{OVERDUE_DRAFT}/wres/{year}")
        assert '"has_data":false' in document.replace(" ", ""), f"{OVERDUE_DRAFT}'s draft is public before it is published"
        status, before, headers = anonymous.get(direct[1] + public_page)
        assert status == 200 and headers.get("X-Parity-Cache") == "hit", (status, headers.get("X-Parity-Cache"))
        admin = Browser()
        admin.sign_in(direct[0], "admin@demo.parity.invalid")
        status, page, _ = admin.get(direct[0] + submission)
        answers = form_fields(page, f"{submission}/sign-off/check")
        answers.update(name="Morgan Ellery", jobTitle="Chief People Officer", lateReason="Migrated to a new staff record.")
        answers.update({name: "Checked against the staff record." for name in answers if name.startswith("acknowledgements")})
        status, page = admin.post(f"{direct[0]}{submission}/sign-off/check", answers)
        assert status == 200, f"check answers: {status}"
        status, page = admin.post(f"{direct[0]}{submission}/sign-off", form_fields(page, f"{submission}/sign-off"))
        assert status == 200, f"sign-off: {status}"
        status, page = admin.post(f"{direct[0]}/cycles/WRES/{year}/publish", {"_csrf": admin.csrf(page)})
        assert status == 200, f"publish: {status}"
        status, after, headers = anonymous.get(direct[1] + public_page)
        assert headers.get("X-Parity-Cache") == "miss", "the other instance kept a page the publication made stale"
        table = "Headcount by workforce and grade"
        assert table not in before and table in after, "the other instance's page does not show the published return"
        status, document, _ = anonymous.get(f"{direct[1]}/api/v1/organisations/{OVERDUE_DRAFT}/wres/{year}")
        assert '"has_data":true' in document.replace(" ", ""), "the other instance's API does not show the published return"
        print("ok: a return published through one instance is on the other's public page and in its API at its next request")

        # 4. Kill one instance mid-load: no acknowledged write is lost, nginx carries on.
        commitment = psql("SELECT id FROM commitments ORDER BY id LIMIT 1")
        acknowledged: list[str] = []
        failed: list[int] = []
        lock = threading.Lock()
        writers = []
        stop = threading.Event()

        def write(worker: int) -> None:
            browser = Browser()
            browser.sign_in(proxied, "panel@demo.parity.invalid")
            n = 0
            while not stop.is_set():
                status, page, _ = browser.get(f"{proxied}/commitments/{commitment}")
                if status != 200:
                    with lock:
                        failed.append(status)
                    continue
                text = f"load {worker}-{n}"
                status, _ = browser.post(f"{proxied}/commitments/{commitment}/comments", {"_csrf": browser.csrf(page), "text": text})
                with lock:
                    (acknowledged.append(text) if status == 200 else failed.append(status))
                n += 1

        for worker in range(4):
            writers.append(threading.Thread(target=write, args=(worker,)))
            writers[-1].start()
        time.sleep(5)
        instances[0].send_signal(signal.SIGKILL)
        instances[0].wait()
        killed_at = len(acknowledged)
        time.sleep(8)
        stop.set()
        for writer in writers:
            writer.join()
        stored = set(psql("SELECT text FROM commitment_comments WHERE text LIKE 'load %'").splitlines())
        lost = [text for text in acknowledged if text not in stored]
        assert not lost, f"{len(lost)} acknowledged comments lost: {lost[:5]}"
        assert len(acknowledged) > killed_at, "nothing was written through nginx after one instance was killed"
        print(f"ok: killed one instance mid-load: {len(acknowledged)} writes acknowledged ({len(acknowledged) - killed_at} after the kill), "
              f"none lost; {len(failed)} requests failed without acknowledgement")
    finally:
        for process in instances + ([proxy] if proxy else []):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
