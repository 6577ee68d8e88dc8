# The verbs everyone uses; .ci/run runs the same scripts (with a single build).
.PHONY: run test test-postgres test-browser test-deployment release bench format

run:
	swift run parity serve

# The server tests start real servers on loopback: an SMTP relay (aiosmtpd, whose virtualenv
# Tests/SMTPRelay/setup.sh keeps) and an OpenID provider (oidc-provider-mock, in e2e/venv.sh's).
test:
	bash Tests/SMTPRelay/setup.sh
	swift build --build-tests
	bash e2e/venv.sh
	swift test --skip-build

# Uses $DATABASE_URL when set, else a throwaway PostgreSQL on 127.0.0.1:5433.
test-postgres:
	bash Tests/SMTPRelay/setup.sh
	swift build --build-tests
	bash e2e/venv.sh
	bash .ci/postgres.sh test

test-browser:
	swift build --product parity
	bash e2e/run.sh

# Two instances of the debug build behind nginx on a throwaway PostgreSQL (issue 21).
test-deployment:
	swift build --product parity
	bash deploy/test.sh

# A self-contained release folder and archive under dist/ (deploy/release.sh).
release:
	bash deploy/release.sh

bench:
	@set -e; found=; for script in bench/*.sh; do [ -f "$$script" ] || continue; found=1; echo "==> $$script"; bash "$$script"; done; [ -n "$$found" ] || echo "no benchmarks (bench/*.sh)"

# House layout (4-space indent, 120 columns) unless a root .swift-format says otherwise.
format:
	@if ! command -v swift-format >/dev/null; then echo "swift-format not installed; nothing formatted"; \
	else config=.ci/swift-format.json; [ ! -f .swift-format ] || config=.swift-format; \
	swift-format format --in-place --recursive --configuration "$$config" Package.swift Sources Tests; fi
