#!/usr/bin/env bash
# Runs every test of Lineage.sln, as CI does: installs missing system packages, starts a throwaway PostgreSQL
# cluster, runs `dotnet test` and prints "N passed, M failed" (", K skipped" when some were) as its last line.
#
#   ./test.sh [extra dotnet test options]        e.g. ./test.sh --filter "FullyQualifiedName~Catalog"
#
# Environment:
#   LINEAGE_SKIP_POSTGRES=1    run without PostgreSQL (tests needing it skip or fail on their own)
#   LINEAGE_TEST_POSTGRES      connection string of an existing database to use instead of the throwaway cluster
#   LINEAGE_TEST_RESULTS=dir   keep the TRX files and the dotnet test output there (by default they are deleted)
#   LINEAGE_TEST_PROJECT=path  test only that project (e.g. tests/Lineage.Lakehouse.Tests) instead of the solution
#
# Exits non-zero when a test failed, a test project produced no results or dotnet test failed.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly SOLUTION=Lineage.sln
readonly TARGET=${LINEAGE_TEST_PROJECT:-$SOLUTION}
cd "$ROOT"

source build/ci/common.sh
source build/ci/dependencies.sh
source build/ci/postgres.sh
source build/ci/s3.sh
source build/ci/results.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

RESULTS_DIR=
KEEP_RESULTS=0
DOTNET_STATUS=

prepare_results_dir() {
    if [[ -n ${LINEAGE_TEST_RESULTS:-} ]]; then
        mkdir -p "$LINEAGE_TEST_RESULTS"
        RESULTS_DIR=$(cd "$LINEAGE_TEST_RESULTS" && pwd)
        KEEP_RESULTS=1
        # Files of an earlier run would be counted again.
        rm -f "$RESULTS_DIR"/*.trx "$RESULTS_DIR/dotnet-test.log"
    else
        RESULTS_DIR=$(mktemp -d -t lineage-results.XXXXXX)
    fi
}

cleanup() {
    stop_test_postgres
    stop_test_s3
    if [[ $KEEP_RESULTS -eq 0 && -n $RESULTS_DIR ]]; then rm -rf "$RESULTS_DIR"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export_chromium() {
    if [[ -x /usr/bin/chromium ]]; then
        export LINEAGE_TEST_CHROMIUM=/usr/bin/chromium
    else
        warn "/usr/bin/chromium is missing: browser tests cannot run"
    fi
}

# Sets DOTNET_STATUS to the exit code of dotnet test; its output goes to the console and to dotnet-test.log.
run_dotnet_tests() {
    step "dotnet test $TARGET${*:+ $*}"
    set +e
    dotnet test "$TARGET" --configuration Debug --nologo \
        --results-directory "$RESULTS_DIR" \
        "-p:CustomAfterMicrosoftCommonTargets=$ROOT/build/ci/TrxPerProject.targets" \
        "$@" 2>&1 | tee "$RESULTS_DIR/dotnet-test.log"
    DOTNET_STATUS=${PIPESTATUS[0]}
    set -e
}

main() {
    local started=$SECONDS
    install_dependencies
    prepare_results_dir
    start_test_postgres
    start_test_s3
    export_chromium
    run_dotnet_tests "$@"
    stop_test_postgres
    step "Finished in $((SECONDS - started)) s"
    summarize_results "$RESULTS_DIR" "$DOTNET_STATUS" "$SOLUTION" "${LINEAGE_TEST_PROJECT:-}"
}

main "$@"
