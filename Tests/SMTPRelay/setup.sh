#!/usr/bin/env bash
# Makes Tests/SMTPRelay/.venv with aiosmtpd, the real SMTP relay the server tests send mail
# to on loopback (MailDeliveryTests). `make test` and `.ci/run` run it before the tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/lib.sh
command -v openssl >/dev/null || ensure_packages openssl
ensure_venv Tests/SMTPRelay/.venv Tests/SMTPRelay/requirements.txt
