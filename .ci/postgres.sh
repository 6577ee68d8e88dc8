#!/usr/bin/env bash
# A throwaway PostgreSQL on 127.0.0.1 for the server tests (see shared TOOLCHAIN.md).
#   .ci/postgres.sh start   initdb into a fresh dir and start on port $PARITY_PGPORT (5433)
#   .ci/postgres.sh stop    stop it and delete its dir
#   .ci/postgres.sh test    run ParityServerTests against $DATABASE_URL, or against a
#                           throwaway server started (and stopped) here when it is unset;
#                           expects `swift build --build-tests` to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh

port=${PARITY_PGPORT:-5433}
dir=${PARITY_PGDIR:-/tmp/parity-postgres-$port}
url="postgres://postgres@127.0.0.1:$port/postgres"

# Runs a PostgreSQL program as the postgres user (root) or as ourselves (anyone else).
as_postgres() {
    if [[ $EUID -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

bin_dir() {
    local version
    # shellcheck disable=SC2012 # version directories are plain numbers
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
    [[ -n "$version" && -x "/usr/lib/postgresql/$version/bin/initdb" ]] \
        || die "no PostgreSQL server under /usr/lib/postgresql"
    echo "/usr/lib/postgresql/$version/bin"
}

stop() {
    [[ -d "$dir/data" ]] || return 0
    local bin
    bin=$(bin_dir)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    note "PostgreSQL on port $port stopped"
}

start() {
    ensure_packages postgresql
    local bin
    bin=$(bin_dir)
    stop
    mkdir -p "$dir"
    if [[ $EUID -eq 0 ]]; then chown postgres:postgres "$dir"; fi
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    # Every server test opens its own pool, and on start-up holds one connection for the
    # instances' start lock while migrating on another: a busy machine keeps hundreds alive at once.
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" \
        -o "-c listen_addresses=127.0.0.1 -c max_connections=2000 -p $port -k $dir" -w -t 60 start >/dev/null \
        || { tail -n 30 "$dir/log" >&2; die "PostgreSQL did not start on port $port"; }
    note "PostgreSQL $(basename "$(dirname "$bin")") listening on 127.0.0.1:$port (data in $dir)"
}

run_tests() {
    if [[ -z "${DATABASE_URL:-}" ]]; then
        trap stop EXIT
        start
        export DATABASE_URL=$url
    fi
    note "swift test --skip-build --filter ParityServerTests with DATABASE_URL=$DATABASE_URL"
    swift test --skip-build --filter ParityServerTests
}

case "${1:-}" in
    start) start; echo "DATABASE_URL=$url" ;;
    stop) stop ;;
    test) run_tests ;;
    *) echo "usage: $0 start|stop|test" >&2; exit 2 ;;
esac
