#!/usr/bin/env bash
# Keeps the virtualenv at e2e/.venv in step with e2e/requirements.txt: the browser tests'
# packages, and oidc-provider-mock, the OpenID provider the server tests start (issue 21).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh

venv=e2e/.venv
stamp=$venv/.requirements.sha256

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
