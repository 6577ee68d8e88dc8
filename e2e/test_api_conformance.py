"""The JSON API against its OpenAPI document, with schemathesis (issue 9).

Two runs against the demo server, bounded in time:

1. every operation with real codes, identifiers and years found through the API itself,
   sent with a regional admin's personal API token: each answer must be documented and
   match its documented schema (the figures, lists and documents as they really are);
2. every operation anonymously with generated values (unknown codes, other years, query
   values of every documented kind): no server error, and every answer (mostly problem
   documents) must match the document too.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import support

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
RUN_TIMEOUT_S = 90
DEMO_ADMIN = ("admin@demo.parity.invalid", "northmere-demo-only")


def _schemathesis() -> str:
    return str(Path(sys.executable).with_name("schemathesis"))


def _token() -> str:
    """A regional admin's personal API token, made on the account page as a person would."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(support.url("/sign-in"), timeout=30).read()
    csrf = next(cookie.value for cookie in jar if cookie.name == "parity_csrf")

    def post(path: str, fields: dict[str, str]) -> str:
        data = urllib.parse.urlencode(dict(fields, _csrf=csrf)).encode()
        return opener.open(support.url(path), data=data, timeout=30).read().decode()

    post("/sign-in", {"email": DEMO_ADMIN[0], "password": DEMO_ADMIN[1]})
    page = post("/account/tokens", {"name": "schemathesis"})
    match = re.search(r"<code>([A-Za-z0-9_-]{43})</code>", page)
    assert match, "no token on the account page after creating one"
    return match.group(1)


def _get(path: str, token: str) -> object:
    request = urllib.request.Request(support.url(path), headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def _config(token: str) -> str:
    """A schemathesis configuration binding each operation's path parameters to real values."""
    organisation = _get("/api/v1/organisations", token)["organisations"][0]["code"]
    system = _get("/api/v1/systems", token)["systems"][0]["code"]
    years = _get("/api/v1/open-data", token)["years"]
    latest = years[0]["year"]
    closed = next(year["year"] for year in years if year["status"] == "closed")
    ids = {
        "bodies": _get("/api/v1/bodies", token)["bodies"][0]["id"],
        "commitments": _get("/api/v1/commitments", token)["commitments"][0]["id"],
        "challenges": _get("/api/v1/challenges", token)[0]["id"],
        "good-practice": _get("/api/v1/good-practice", token)[0]["id"],
    }
    bindings = [
        ("^/api/v1/organisations/", {"code": organisation, "year": latest}),
        ("^/api/v1/systems/", {"code": system, "year": latest}),
        ("^/api/v1/region/", {"year": latest}),
        ("^/api/v1/cycles/", {"standard": "WRES", "year": latest}),
        ("^/api/v1/open-data/", {"year": closed}),
    ] + [(f"^/api/v1/{resource}/", {"id": value}) for resource, value in ids.items()]
    lines = []
    for regex, parameters in bindings:
        values = ", ".join(f'"{name}" = {json.dumps(value)}' for name, value in parameters.items())
        lines += ["[[operations]]", f'include-path-regex = "{regex}"', f"parameters = {{ {values} }}", ""]
    return "\n".join(lines)


def _run(arguments: list[str], workdir: Path, config: Path | None = None) -> tuple[int, str, float]:
    command = [_schemathesis()] + (["--config-file", str(config)] if config else []) + [
        "run", support.url("/api/openapi.json"), "--url", support.base_url(),
        "--checks", CHECKS, "--mode", "positive", "--phases", "examples,fuzzing",
        "--generation-deterministic", "--request-timeout", "30", "--no-color",
    ] + arguments
    started = time.monotonic()
    # In a folder of its own: schemathesis keeps a cache in its working directory.
    finished = subprocess.run(command, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, cwd=workdir)
    return finished.returncode, finished.stdout + finished.stderr, time.monotonic() - started


def test_every_operation_answers_real_requests_as_documented(base_url, tmp_path):
    token = _token()
    config = tmp_path / "schemathesis.toml"
    config.write_text(_config(token))
    status, output, seconds = _run(["--max-examples", "5", "--header", f"Authorization: Bearer {token}"], tmp_path, config)
    assert status == 0, output[-6000:]
    # Every operation the document lists was selected and tested.
    assert re.search(r"Selected: (\d+)/\1\s+Tested: \1\b", output), f"not every operation was tested:\n{output[-3000:]}"
    assert seconds < 60, f"the documented run took {seconds:.0f} s"


def test_every_operation_answers_generated_requests_as_documented(base_url, tmp_path):
    status, output, seconds = _run(["--max-examples", "8"], tmp_path)
    assert status == 0, output[-6000:]
    assert seconds < 60, f"the generated run took {seconds:.0f} s"
