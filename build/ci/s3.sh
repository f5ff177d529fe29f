# A throwaway S3-compatible server (s3rver from tests/interop) for the object-store tests: its own temp folder and a
# free loopback port. Sourced by test.sh after postgres.sh (for free_port) and after the node packages are installed:
# start_test_s3 exports LINEAGE_TEST_S3_ENDPOINT; stop_test_s3 is safe to call at any time.
#
# Environment:
#   LINEAGE_SKIP_S3=1           run without the server (the object-store tests then fail, saying so)
#   LINEAGE_TEST_S3_ENDPOINT    endpoint of an existing server with a bucket `lineage-test` to use instead

S3_DIR=
S3_PID=

# Waits until the server prints its ready line; false when it exits first or does not get ready within 30 s.
wait_for_s3() {
    local tries
    for ((tries = 0; tries < 300; tries++)); do
        grep -q 'ready' "$S3_DIR/server.log" 2>/dev/null && return 0
        kill -0 "$S3_PID" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

start_test_s3() {
    if [[ ${LINEAGE_SKIP_S3:-0} == 1 ]]; then
        note "S3 server: skipped (LINEAGE_SKIP_S3=1)"
        return
    fi
    if [[ -n ${LINEAGE_TEST_S3_ENDPOINT:-} ]]; then
        note "S3 server: using the given LINEAGE_TEST_S3_ENDPOINT"
        return
    fi
    step "Starting a throwaway S3 server"
    command -v node >/dev/null 2>&1 || die "node is not installed: the S3 server cannot start; set LINEAGE_SKIP_S3=1 to run without it"
    [[ -d $INTEROP_DIR/node_modules/s3rver ]] || die "$INTEROP_DIR/node_modules/s3rver is missing: run 'npm install' in $INTEROP_DIR"
    S3_DIR=$(mktemp -d -t lineage-s3.XXXXXX)
    local attempt port
    # The port is free when probed but another process may take it first, hence the retries.
    for attempt in 1 2 3; do
        port=$(free_port)
        # s3rver makes listing continuation tokens with DES, which OpenSSL 3 only has in its legacy provider.
        node --openssl-legacy-provider "$INTEROP_DIR/s3/start.mjs" "$port" "$S3_DIR/data" >"$S3_DIR/server.log" 2>&1 &
        S3_PID=$!
        if wait_for_s3; then
            export LINEAGE_TEST_S3_ENDPOINT="http://127.0.0.1:$port"
            note "S3 server on 127.0.0.1:$port, data in $S3_DIR"
            return
        fi
        kill "$S3_PID" 2>/dev/null || true
        wait "$S3_PID" 2>/dev/null || true
        warn "the S3 server did not start on port $port (attempt $attempt)"
    done
    tail -n 20 "$S3_DIR/server.log" >&2
    die "the S3 server did not start (log above); set LINEAGE_SKIP_S3=1 to run without it"
}

# Silent on purpose: it also runs from the EXIT trap, after the summary line that must stay last.
stop_test_s3() {
    [[ -n $S3_DIR ]] || return 0
    if [[ -n $S3_PID ]]; then
        kill "$S3_PID" 2>/dev/null || true
        wait "$S3_PID" 2>/dev/null || true
        S3_PID=
    fi
    rm -rf "$S3_DIR"
    S3_DIR=
}
