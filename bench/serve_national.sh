#!/usr/bin/env bash
# Serving at national scale (issue 10): see bench/serve_national.py. Builds nothing; takes the
# parity binary to measure (default: the release build) and passes other options on.
set -euo pipefail
binary="${1:-.build/release/parity}"
shift || true
exec python3 "$(dirname "$0")/serve_national.py" "$binary" "$@"
