#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UBSan on) in
# build-fuzz/ and runs each for SECONDS (default 60), all at once, on its
# seed corpus in tests/fuzz/corpus/. A crash is saved as
# build-fuzz/<target>-crash-* and fails the run; keep it as a regression case
# in the corpus once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bash scripts/install-dependencies.sh
build=build-fuzz
command -v clang++ >/dev/null ||
    { echo "clang++ not found: scripts/install-dependencies.sh installs Debian's clang." >&2; exit 1; }
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DKIW_FUZZ=ON -DKIW_BUILD_TESTS=OFF
fi
cmake --build "$build" --target FuzzProfile FuzzLetter FuzzPdfRepair FuzzMailReader --parallel "$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
# They run at the same time: the run takes SECONDS, not four times that.
targets=(profile letter pdfRepair mailReader)
pids=()
for target in "${targets[@]}"; do
    binary=$build/tests/fuzz/Fuzz${target^}
    [[ -x "$binary" ]] || { echo "missing $binary" >&2; exit 1; }
    corpus=$build/corpus-$target
    mkdir -p "$corpus"
    echo "fuzzing $target for $seconds s"
    # New inputs go to the build folder; the committed seeds stay as they are.
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$build/$target-" -print_final_stats=1 "$corpus" "tests/fuzz/corpus/$target" \
        > "$build/fuzz-$target.log" 2>&1 &
    pids+=($!)
done
failed=0
for i in "${!targets[@]}"; do
    target=${targets[$i]}
    status=0
    wait "${pids[$i]}" || status=$?
    echo "$target:"
    grep -E "stat::number_of_executed_units|stat::new_units_added|ERROR|SUMMARY" \
        "$build/fuzz-$target.log" || true
    if [[ $status -ne 0 ]]; then
        tail -40 "$build/fuzz-$target.log"
        echo "fuzzing $target failed (exit $status)"
        failed=1
    fi
done
if ls "$build"/*crash-* "$build"/*leak-* "$build"/*timeout-* >/dev/null 2>&1; then
    echo "fuzzing found a problem: $(ls "$build"/*crash-* "$build"/*leak-* "$build"/*timeout-* 2>/dev/null)"
    failed=1
fi
((failed == 0)) || exit 1
echo "fuzzing: ${#targets[@]} passed, 0 failed"
