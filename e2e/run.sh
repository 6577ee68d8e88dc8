#!/usr/bin/env bash
# Browser tests: installs Chromium and its driver if missing, keeps a virtualenv at
# e2e/.venv in step with e2e/requirements.txt, then runs pytest on e2e/.
# Extra arguments go to pytest (e.g. `-k home`). The server is $PARITY_BIN
# (default .build/debug/parity), or none when PARITY_E2E_BASE_URL names a running one.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh

venv=e2e/.venv
stamp=$venv/.requirements.sha256

ensure_packages chromium chromium-driver

make_venv() {
    rm -rf "$venv"
    python3 -m venv "$venv" 2>/dev/null && return 0
    # Debian's own python3 needs python3-venv for ensurepip.
    rm -rf "$venv"
    ensure_packages python3-venv
    /usr/bin/python3 -m venv "$venv"
}

want=$(sha256sum e2e/requirements.txt | cut -d' ' -f1)
if [[ ! -x $venv/bin/python || "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    t=$SECONDS
    make_venv
    note "virtualenv made in $((SECONDS - t)) s ($($venv/bin/python --version))"
    t=$SECONDS
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 \
        $venv/bin/pip install -q -r e2e/requirements.txt
    echo "$want" >"$stamp"
    note "pip install -r e2e/requirements.txt in $((SECONDS - t)) s"
else
    note "virtualenv up to date: $venv"
fi

if [[ -z "${PARITY_E2E_BASE_URL:-}" ]]; then
    export PARITY_BIN=${PARITY_BIN:-$PWD/.build/debug/parity}
    [[ -x $PARITY_BIN ]] || die "no server binary at $PARITY_BIN (run: swift build --product parity)"
fi

status=0
$venv/bin/pytest -q e2e "$@" || status=$?
case $status in
    0) ;;
    5) die "pytest collected no tests in e2e/" ;;
    *) die "browser tests failed (pytest exit $status); screenshots in e2e/screenshots/" ;;
esac
