#!/usr/bin/env bash
# The whole test suite again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer in build-sanitizers/. Any report fails the run.
# Benchmarks are left out: their timings mean nothing under the sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
export BUILD_DIR=build-sanitizers KIW_SANITIZERS=ON
bash scripts/build.sh
# Leaks are reported too; suppressions name only leaks inside system libraries.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# 60 randomized walks here (150 in the plain run; scripts/soak.sh for more): each walk
# builds and measures the letter on every preview, which the sanitizers slow down most.
export KIW_WALKS=${KIW_WALKS:-60}
# The long loops of the record tests (kill -9, 100,000 entries) run shorter here.
export KIW_SHORT_TESTS=1
# PackagingTest and LayeringTest check the build, not the code that runs: the
# plain run has them. SameBytesTest runs the same export code some 60 times
# under other desktop settings; the plain run has it too.
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" -LE benchmark \
    -E '^(PackagingTest|LayeringTest|SameBytesTest)$'
