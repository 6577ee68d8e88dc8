# Shared by .ci/run, .ci/postgres.sh and e2e/run.sh (sourced, not run).
# Section headers with elapsed time, and apt installs that skip what is already there.

: "${PARITY_CI_START:=$(date +%s)}"
export PARITY_CI_START

elapsed() {
    local s=$(( $(date +%s) - PARITY_CI_START ))
    printf '%02d:%02d' $((s / 60)) $((s % 60))
}

# Prints a header that stands out in a long CI log.
section() {
    printf '\n==> [%s] %s\n' "$(elapsed)" "$*"
}

note() {
    printf '    [%s] %s\n' "$(elapsed)" "$*"
}

die() {
    printf '\nFAILED [%s]: %s\n' "$(elapsed)" "$*" >&2
    exit 1
}

missing_packages() {
    local pkg
    for pkg in "$@"; do
        [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null)" == ii* ]] || echo "$pkg"
    done
}

# Installs the Debian packages that are not installed yet; `apt-get update` runs at most once
# per process, and only when something is missing.
ensure_packages() {
    local missing
    mapfile -t missing < <(missing_packages "$@")
    if [[ ${#missing[@]} -eq 0 ]]; then
        note "already installed: $*"
        return 0
    fi
    if [[ $EUID -ne 0 ]]; then
        die "missing Debian packages: ${missing[*]} (run: sudo apt-get update && sudo apt-get install -y ${missing[*]})"
    fi
    local t0=$SECONDS apt=(apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
    if [[ -z "${PARITY_APT_UPDATED:-}" ]]; then
        note "apt-get update"
        # Another apt on the machine may hold the lists lock for a moment; wait it out.
        local try
        for try in 1 2 3 4 5 6; do
            "${apt[@]}" update -qq && break
            [[ $try -lt 6 ]] || die "apt-get update failed"
            sleep 10
        done
        export PARITY_APT_UPDATED=1
    fi
    note "apt-get install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq "${missing[@]}" >/tmp/parity-apt.log 2>&1 \
        || { tail -n 30 /tmp/parity-apt.log >&2; die "apt-get install ${missing[*]}"; }
    note "installed ${missing[*]} in $((SECONDS - t0)) s"
}

# Keeps the virtualenv $1 in step with the requirements file $2: made anew (with python3-venv
# from Debian when Python's own venv module lacks ensurepip) whenever the file changes.
ensure_venv() {
    local venv=$1 requirements=$2
    local stamp=$venv/.requirements.sha256 want t
    want=$(sha256sum "$requirements" | cut -d' ' -f1)
    if [[ -x $venv/bin/python && "$(cat "$stamp" 2>/dev/null)" == "$want" ]]; then
        note "virtualenv up to date: $venv"
        return 0
    fi
    t=$SECONDS
    rm -rf "$venv"
    if ! python3 -m venv "$venv" 2>/dev/null; then
        rm -rf "$venv"
        ensure_packages python3-venv
        /usr/bin/python3 -m venv "$venv"
    fi
    note "virtualenv made in $((SECONDS - t)) s ($("$venv/bin/python" --version))"
    t=$SECONDS
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 "$venv/bin/pip" install -q -r "$requirements"
    echo "$want" >"$stamp"
    note "pip install -r $requirements in $((SECONDS - t)) s"
}
