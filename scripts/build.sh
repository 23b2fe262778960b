#!/usr/bin/env bash
# Installs what is missing, configures once and builds into build/ (or $BUILD_DIR).
# KIW_SANITIZERS=ON builds with AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh

build_dir=${BUILD_DIR:-build}
flags=()
if [[ "${KIW_SANITIZERS:-OFF}" == ON ]]; then
    # As the sanitizers' authors advise: -O1, and line tables are enough for
    # their reports. Builds in little more than half the time of -O2 -g.
    flags=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG")
fi
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DKIW_WARNINGS_AS_ERRORS=ON -DKIW_SANITIZERS="${KIW_SANITIZERS:-OFF}" "${flags[@]}"
fi
cmake --build "$build_dir" --parallel "$(nproc)"
