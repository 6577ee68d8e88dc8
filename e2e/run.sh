#!/usr/bin/env bash
# Browser tests: installs Chromium and its driver if missing, keeps a virtualenv at
# e2e/.venv in step with e2e/requirements.txt (e2e/venv.sh), then runs pytest on e2e/.
# Extra arguments go to pytest (e.g. `-k home`). The server is $PARITY_BIN
# (default .build/debug/parity), or none when PARITY_E2E_BASE_URL names a running one.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh

ensure_packages chromium chromium-driver
bash e2e/venv.sh
venv=e2e/.venv

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
