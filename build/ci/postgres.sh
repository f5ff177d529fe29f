# A throwaway PostgreSQL cluster for the tests: its own temp folder, a free loopback port, trust auth, no system cluster touched.
# Sourced by test.sh: start_test_postgres exports LINEAGE_TEST_POSTGRES; stop_test_postgres is safe to call at any time.

PG_BIN=
PG_DIR=
PG_PORT=

# False when the caller opted out or brought a database of their own.
wants_throwaway_postgres() {
    [[ ${LINEAGE_SKIP_POSTGRES:-0} != 1 && -z ${LINEAGE_TEST_POSTGRES:-} ]]
}

# The newest server version installed by the Debian packages.
find_postgres_bin() {
    local initdb
    initdb=$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)
    [[ -n $initdb ]] && dirname "$initdb"
}

# Root may not run the server, so as root the cluster belongs to the `postgres` user.
# The cd keeps pg_ctl from complaining about a working directory that user cannot read.
as_cluster_owner() {
    if [[ $EUID -ne 0 ]]; then
        (cd "$PG_DIR" && "$@")
    elif command -v runuser >/dev/null 2>&1; then
        (cd "$PG_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$PG_DIR" && su postgres -s /bin/sh -c 'exec "$0" "$@"' "$@")
    fi
}

# Asks the kernel for an unused port; the bash fallback probes random ports until nothing answers.
free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
        return
    fi
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
}

init_cluster() {
    PG_DIR=$(mktemp -d -t lineage-postgres.XXXXXX)
    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "the postgres user does not exist; reinstall the postgresql package"
        chown postgres: "$PG_DIR"
    fi
    as_cluster_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-locale --no-sync \
        >"$PG_DIR/initdb.log" 2>&1 || {
        cat "$PG_DIR/initdb.log" >&2
        die "initdb failed"
    }
    # Loopback TCP and the private socket only; durability is pointless for a cluster deleted after the run.
    cat >"$PG_DIR/data/pg_hba.conf" <<HBA
local all all trust
host  all all 127.0.0.1/32 trust
HBA
    cat >>"$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_DIR'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
}

# The port is free when probed but another process may take it before the server binds it, hence the retries.
start_server() {
    local attempt
    for attempt in 1 2 3; do
        PG_PORT=$(free_port)
        if as_cluster_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -o "-p $PG_PORT" -w -t 60 start >/dev/null; then
            return 0
        fi
        warn "PostgreSQL did not start on port $PG_PORT (attempt $attempt)"
    done
    tail -n 20 "$PG_DIR/server.log" >&2
    return 1
}

start_test_postgres() {
    if [[ ${LINEAGE_SKIP_POSTGRES:-0} == 1 ]]; then
        note "PostgreSQL: skipped (LINEAGE_SKIP_POSTGRES=1)"
        return
    fi
    if [[ -n ${LINEAGE_TEST_POSTGRES:-} ]]; then
        note "PostgreSQL: using the given LINEAGE_TEST_POSTGRES"
        return
    fi
    step "Starting a throwaway PostgreSQL cluster"
    PG_BIN=$(find_postgres_bin) ||
        die "no PostgreSQL server in /usr/lib/postgresql: install the postgresql package, or set LINEAGE_SKIP_POSTGRES=1"
    init_cluster
    start_server || die "PostgreSQL did not start (log above); set LINEAGE_SKIP_POSTGRES=1 to run without it"
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 30 || die "PostgreSQL on port $PG_PORT does not accept connections"
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres lineage_test || die "could not create the database lineage_test"
    export LINEAGE_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=lineage_test"
    note "PostgreSQL $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$PG_PORT, data in $PG_DIR"
}

# Silent on purpose: it also runs from the EXIT trap, after the summary line that must stay last.
stop_test_postgres() {
    [[ -n $PG_DIR ]] || return 0
    if [[ -f $PG_DIR/data/postmaster.pid ]]; then
        as_cluster_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            kill -QUIT "$(head -n 1 "$PG_DIR/data/postmaster.pid")" 2>/dev/null || true
    fi
    rm -rf "$PG_DIR"
    PG_DIR=
}
