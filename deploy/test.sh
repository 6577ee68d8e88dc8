#!/usr/bin/env bash
# The deployment test (issue 21): deploy/test_deployment.py against a throwaway PostgreSQL on
# port $PARITY_PGPORT (5434) and Debian's nginx. Reuses the debug build unless PARITY_BIN names
# another executable (a release's bin/parity).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh

ensure_packages postgresql nginx openssl
export PARITY_PGPORT=${PARITY_PGPORT:-5434}
export PARITY_BIN=${PARITY_BIN:-$PWD/.build/debug/parity}
[[ -x $PARITY_BIN ]] || die "no server binary at $PARITY_BIN (run: swift build --product parity)"
bash .ci/postgres.sh start
trap 'bash .ci/postgres.sh stop' EXIT
DATABASE_URL="postgres://postgres@127.0.0.1:$PARITY_PGPORT/postgres" python3 deploy/test_deployment.py
