#!/usr/bin/env bash
# A long randomized walk through the real wizard (tests/WizardWalkTest.cpp):
#   scripts/soak.sh [WALKS] [SEED]      default: 2000 walks from a new seed
# Prints the seed of every walk that failed; replay one of them with
#   scripts/soak.sh 1 SEED
# BUILD_DIR=build-sanitizers KIW_SANITIZERS=ON runs it under the sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
walks=${1:-2000}
seed=${2:-$((RANDOM * 32768 + RANDOM))}
bash scripts/build.sh >/dev/null
build=${BUILD_DIR:-build}
log=$build/soak-$seed.log
echo "soak: $walks walks from seed $seed (log: $log)"
status=0
# ctest sets up the headless platform as for every test; no time limit here.
KIW_WALKS=$walks KIW_WALK_SEED=$seed ctest --test-dir "$build" -R '^WizardWalkTest$' \
    --timeout 0 --verbose > "$log" 2>&1 || status=$?
failed=$(grep -oE 'FAIL!  : WizardWalkTest::walk\(seed [0-9]+\)' "$log" | grep -oE '[0-9]+' || true)
passed=$(grep -cE 'PASS   : WizardWalkTest::walk\(' "$log" || true)
echo "soak: $passed walks passed"
if [[ -n "$failed" || $status -ne 0 ]]; then
    for s in $failed; do echo "soak: walk failed, replay with: scripts/soak.sh 1 $s"; done
    if [[ -z "$failed" ]]; then
        last=$(grep -oE 'walk\(seed [0-9]+\)' "$log" | tail -1 | grep -oE '[0-9]+' || true)
        tail -30 "$log"
        echo "soak: the run stopped in the walk with seed ${last:-?} (crash?), see $log"
        echo "soak: replay with: scripts/soak.sh 1 ${last:-SEED}"
    fi
    exit 1
fi
