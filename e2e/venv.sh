#!/usr/bin/env bash
# Keeps the virtualenv at e2e/.venv in step with e2e/requirements.txt: the browser tests'
# packages, and oidc-provider-mock, the OpenID provider the server tests start (issue 21).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
ensure_venv e2e/.venv e2e/requirements.txt
