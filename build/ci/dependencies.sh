# Installs the system packages and node modules the tests need, each only when it is missing.
# Sourced by test.sh after common.sh; postgres.sh provides wants_throwaway_postgres.

readonly INTEROP_DIR=tests/interop

postgres_server_installed() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

# Prints the Debian packages that are needed but absent, space separated.
missing_apt_packages() {
    local missing=()
    if wants_throwaway_postgres && ! postgres_server_installed; then missing+=(postgresql); fi
    [[ -x /usr/bin/chromium ]] || missing+=(chromium)
    if [[ -f $INTEROP_DIR/package.json ]] && ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
    echo "${missing[*]}"
}

install_apt_packages() {
    local packages
    packages=$(missing_apt_packages)
    if [[ -z $packages ]]; then
        note "system packages: all present"
        return
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        warn "missing $packages and apt-get is not available: install them yourself; tests needing them may fail"
        return
    fi
    if ! can_run_as_root; then
        warn "missing $packages but not root and no password-less sudo: skipping their install; tests needing them may fail"
        return
    fi
    step "Installing $packages"
    # shellcheck disable=SC2086 # the package list is meant to split into words
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null ||
        die "could not install $packages (see apt-get output above)"
}

# Installs the interop tests' packages (exactly the versions in package-lock.json) when node_modules is absent or was
# installed from another lock file. `npm install` rather than `npm ci`: the package source lacks some of DuckDB's
# other-platform optional bindings, which the lock therefore cannot list, and `npm ci` refuses such a lock.
install_interop_packages() {
    [[ -f $INTEROP_DIR/package.json ]] || return 0
    if ! command -v npm >/dev/null 2>&1; then
        warn "npm is not installed: skipping $INTEROP_DIR packages; the interop tests may fail"
        return
    fi
    [[ -f $INTEROP_DIR/package-lock.json ]] ||
        die "$INTEROP_DIR/package-lock.json is missing: run 'npm install' in $INTEROP_DIR and commit the lock file"
    local stamp=$INTEROP_DIR/node_modules/.package-lock.sha256 wanted
    wanted=$(sha256sum "$INTEROP_DIR/package-lock.json" | cut -d' ' -f1)
    if [[ -f $stamp && $(<"$stamp") == "$wanted" ]]; then
        note "$INTEROP_DIR/node_modules: up to date"
        return
    fi
    step "Installing node packages in $INTEROP_DIR"
    (cd "$INTEROP_DIR" && npm install --no-audit --no-fund) || die "npm install failed in $INTEROP_DIR"
    mkdir -p "$INTEROP_DIR/node_modules" # npm creates none when there is no dependency
    echo "$wanted" >"$stamp"
}

install_dependencies() {
    step "Checking dependencies"
    command -v dotnet >/dev/null 2>&1 || die "dotnet is not on PATH: install the .NET SDK named in global.json"
    install_apt_packages
    install_interop_packages
}
