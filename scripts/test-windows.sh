#!/usr/bin/env bash
# CI's Windows stage, after the Linux suites: builds the installer and the
# tests for Windows (scripts/build-windows.sh), runs the tests under Wine,
# installs the program silently into a throwaway Wine prefix, has the
# installed program export letters and compares them with the Linux build's,
# checks the installers (per user, per machine, MSI) and the uninstall.
#
# The Linux build (build/, or $LINUX_BUILD_DIR) must exist: scripts/test.sh
# makes it. Its letters are the reference.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
linux_build=${LINUX_BUILD_DIR:-build}
[[ -x "$linux_build/app/ki-widerspruch" ]] || bash scripts/build.sh

# The cached Qt is found through the real home, before HOME moves below.
export KIW_WINDOWS_CACHE=${KIW_WINDOWS_CACHE:-$HOME/.cache/ki-widerspruch/windows}
log() { printf '%s test-windows: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

started=$SECONDS
KIW_WINDOWS_TESTS=ON bash scripts/build-windows.sh
log "build: $((SECONDS - started)) s"
build_dir=${BUILD_DIR:-build-windows}
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
dll_path=$(bash scripts/build-windows.sh --dll-path)

# A Wine prefix and home of this run's own, removed at the end: two runs never
# share one, and nothing is left in the user's ~/.wine.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/kiw-windows.XXXXXX")
export HOME=$scratch/home WINEPREFIX=$scratch/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() {
    wineserver -k 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
mkdir -p "$HOME"
step=$SECONDS
wineboot --init >/dev/null 2>&1
wineserver -w
log "Wine prefix: $((SECONDS - step)) s"

# The tests that build for Windows, under Wine (tests/CMakeLists.txt lists
# them). One at a time: they share the prefix's user folders.
step=$SECONDS
KIW_WINE_DLL_PATH=$dll_path ctest --test-dir "$build_dir" --output-on-failure --timeout 300
log "tests under Wine: $((SECONDS - step)) s"

# The installer, silently, for this user; the installed program exports.
step=$SECONDS
bash tests/packaging/compare-windows-export.sh "$build_dir/ki-widerspruch-$version-setup.exe" \
    "$linux_build/app/ki-widerspruch" "$scratch/compare"
log "install, export, compare, uninstall: $((SECONDS - step)) s"

step=$SECONDS
bash tests/packaging/check-windows-installer.sh "$build_dir/ki-widerspruch-$version-setup.exe" \
    "$build_dir/ki-widerspruch-$version.msi"
log "installers: $((SECONDS - step)) s"
log "Windows stage: $((SECONDS - started)) s in all"
