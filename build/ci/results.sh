# Reads the per-project TRX files written by dotnet test and prints the totals as one line.
# Sourced by test.sh.

# Test projects of the solution: the projects under tests/ whose name ends in Tests.
solution_test_projects() {
    sed -n 's/^Project("[^"]*") = "[^"]*", "\(tests\\[^"]*Tests\)\.csproj".*/\1/p' "$1" | sed 's/.*\\//'
}

# Prints "outcome passed failed skipped" for one TRX file. Errors, timeouts and aborts count as failures.
# The TRX logger leaves skipped tests out of notExecuted but also out of executed, hence total - executed.
trx_counts() {
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$1" <<'PY'
import sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
summary = ET.parse(sys.argv[1]).getroot().find("t:ResultSummary", ns)
counters = summary.find("t:Counters", ns).attrib
count = lambda name: int(counters.get(name, 0))
failed = count("failed") + count("error") + count("timeout") + count("aborted")
skipped = max(count("notExecuted"), count("total") - count("executed"))
print(summary.get("outcome", "Unknown"), count("passed"), failed, skipped)
PY
        return
    fi
    local counters outcome
    counters=$(grep -o '<Counters [^>]*>' "$1")
    outcome=$(sed -n 's/.*<ResultSummary outcome="\([A-Za-z]*\)".*/\1/p' "$1" | head -n 1)
    attribute() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
    local skipped=$(($(attribute total) - $(attribute executed)))
    [[ $(attribute notExecuted) -gt $skipped ]] && skipped=$(attribute notExecuted)
    echo "${outcome:-Unknown}" "$(attribute passed)" \
        $(($(attribute failed) + $(attribute error) + $(attribute timeout) + $(attribute aborted))) \
        "$skipped"
}

# Usage: summarize_results <results dir> <dotnet test exit code> <solution file> [only this test project's path]
# Prints one line per project, then "N passed, M failed[, K skipped]" last; returns non-zero when anything failed.
summarize_results() {
    local dir=$1 dotnet_status=$2 solution=$3 only=${4:-}
    local passed=0 failed=0 skipped=0 project outcome p f s projects
    step "Results"
    if [[ -n $only ]]; then projects=$(basename "$only" .csproj); else projects=$(solution_test_projects "$solution"); fi
    for project in $projects; do
        if [[ ! -f $dir/$project.trx ]]; then
            note "$project: no test results (build failed or the test host crashed, see the output above)"
            failed=$((failed + 1))
            continue
        fi
        read -r outcome p f s < <(trx_counts "$dir/$project.trx")
        # A crashed test host can leave a failed run with no failed test in it.
        if [[ $f -eq 0 && $outcome =~ ^(Failed|Error|Aborted|Timeout)$ ]]; then
            note "$project: test run $outcome without a failed test (see the output above)"
            f=1
        fi
        note "$project: $p passed, $f failed, $s skipped"
        passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    done
    if [[ $dotnet_status -ne 0 && $failed -eq 0 ]]; then
        note "dotnet test exited with $dotnet_status although no test failed (see the output above)"
        failed=1
    fi
    local line="$passed passed, $failed failed"
    [[ $skipped -gt 0 ]] && line+=", $skipped skipped"
    echo "$line"
    [[ $failed -eq 0 && $dotnet_status -eq 0 ]]
}
