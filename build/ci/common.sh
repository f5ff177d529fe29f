# Shared helpers for test.sh: messages and running a command with root rights when that is possible.
# Sourced, not executed.

step() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# True when commands can run as root: we are root, or sudo works without asking for a password (no stdin in CI).
can_run_as_root() {
    [[ $EUID -eq 0 ]] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }
}

as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    else
        sudo -n "$@"
    fi
}
