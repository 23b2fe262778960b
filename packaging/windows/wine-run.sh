#!/usr/bin/env bash
# Runs a Windows program under Wine for CMake and CTest (the cross build's
# CMAKE_CROSSCOMPILING_EMULATOR): Qt's and MinGW's DLLs from where they were
# built (KIW_WINE_DLL_PATH, Linux folders separated by ';'), a prefix of the
# run's own (WINEPREFIX, made by the caller) and no Wine chatter.
set -euo pipefail
: "${WINEPREFIX:?set WINEPREFIX to a throwaway Wine prefix}"
export WINEDEBUG=${WINEDEBUG:--all}
if [[ -n "${KIW_WINE_DLL_PATH:-}" ]]; then
    IFS=';' read -r -a dirs <<<"$KIW_WINE_DLL_PATH"
    path=
    for dir in "${dirs[@]}"; do path+="Z:${dir//\//\\};"; done
    export WINEPATH="${path%;}"
fi
# Wine does not hand QT_* variables to Windows programs (they would be the
# host's Qt's); WINEQT_* arrive as QT_*. The tests' QT_QPA_PLATFORM,
# QT_SCALE_FACTOR and QT_QPA_FONTDIR must arrive.
while IFS='=' read -r name _; do
    [[ "$name" == QT_* ]] && export "WINE$name=${!name}"
done < <(env)
# Wine gives a console program started without a console window (QProcess
# in a test: RecordActor) a console host of its own, which inherits this
# script's standard output and error; the host of a child killed at the wrong
# moment stays (Wine 8) and holds them open, and CTest waits for their end
# until its timeout, long after the test has finished. The program writes
# into files of ours, handed on when it has ended.
output=$(mktemp) errors=$(mktemp)
trap 'rm -f "$output" "$errors"' EXIT
status=0
wine "$@" >"$output" 2>"$errors" || status=$?
cat "$output"
cat "$errors" >&2
exit "$status"
