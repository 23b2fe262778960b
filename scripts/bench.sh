#!/usr/bin/env bash
# The benchmarks behind the figures the product promises (docs/benchmarks.md):
# start-up, export in the program, one PDF and 1000 PDFs from the command
# line. Builds, runs them one at a time and prints a table; exits 1 when a
# figure is over its limit. Run it on a quiet machine: the default test run
# (scripts/test.sh) leaves the timings out on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
mkdir -p "$build"
log=$build/bench.log
# Quiet while it works, but a build that fails says why.
if ! { bash scripts/build.sh && cmake --build "$build" --target benchmarks; } > "$log" 2>&1; then
    tail -n 30 "$log"
    echo "The benchmarks did not build; see $log"
    exit 1
fi
status=0
ctest --test-dir "$build" -C Benchmark -L benchmark --verbose > "$log" 2>&1 || status=$?
# The last line of each figure counts (a figure over its limit is measured once more).
grep -oP 'FIGURE\t\K.*' "$log" | tac | awk -F'\t' '!seen[$1]++' | tac |
    awk -F'\t' 'BEGIN { printf "%-66s %12s %12s\n", "figure", "measured", "limit" }
                 { printf "%-66s %12s %12s  %s\n", $1, $2, $3, $4 }'
echo "machine: $(nproc) cores, $(uname -r); log: $log"
if [[ $status -ne 0 ]]; then
    echo "A figure is over its limit (or a benchmark failed); see $log"
    exit 1
fi
