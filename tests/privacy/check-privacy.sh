#!/usr/bin/env bash
# Privacy, checked with strace on the real programs: no network connection at
# all (no AF_INET/AF_INET6 socket), and no file written outside the chosen
# output and the app's own folders. Usage: check-privacy.sh BINARY GUI_TEST PROFILE
set -euo pipefail
binary=$1
gui_test=$2
profile=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/out" "$work/runtime" "$work/tmp"
chmod 700 "$work/runtime"
passes=0
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; passes=$((passes + 1)); }

# A clean user: its own home and runtime folder, nothing inherited.
run_traced() {
    local log=$1
    shift
    # LeakSanitizer cannot run under ptrace; the sanitizer build is traced too.
    env -i PATH="$PATH" HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" TMPDIR="$work/tmp" \
        LANG=C.UTF-8 ASAN_OPTIONS=detect_leaks=0 \
        QT_QPA_PLATFORM=offscreen \
        strace -f -qq -o "$log" -e trace=socket,connect,openat,creat,mkdir,rename,renameat,renameat2,linkat,unlink "$@"
}

# Paths a traced program wrote to (opened for writing, created, renamed, linked).
written_paths() {
    grep -E 'O_WRONLY|O_RDWR|O_CREAT|creat\(|mkdir\(|rename|linkat\(' "$1" |
        grep -v -- '= -1 ' | grep -oE '"[^"]*"' | tr -d '"' | sort -u
}

check_no_network() {
    local log=$1 what=$2
    if grep -E 'socket\((AF_INET|AF_INET6|PF_INET)' "$log" >/dev/null; then
        fail "$what opened a network socket: $(grep -E 'socket\(AF_INET' "$log" | head -1)"
    else
        pass "$what opened no network socket"
    fi
}

check_written_within() {
    local log=$1 what=$2
    shift 2
    local outside=""
    while read -r path; do
        [[ -z "$path" || "$path" == /dev/* || "$path" == /proc/* ]] && continue
        local allowed=false
        for root in "$@"; do
            [[ "$path" == "$root" || "$path" == "$root"/* ]] && allowed=true
        done
        $allowed || outside+=" $path"
    done < <(written_paths "$log")
    if [[ -n "$outside" ]]; then
        fail "$what wrote outside its folders:$outside"
    else
        pass "$what wrote only to: $*"
    fi
}

# 1. A letter from the command line.
run_traced "$work/cli.log" "$binary" --profile "$profile" --pdf "$work/out/letter.pdf" \
    --text "$work/out/letter.txt"
[[ -s "$work/out/letter.pdf" ]] && pass "command line wrote the letter" || fail "no letter"
check_no_network "$work/cli.log" "command line export"
check_written_within "$work/cli.log" "command line export" "$work/out" "$work/runtime"

# 2. The whole wizard walked by keyboard, with PDF export, clipboard and links
#    (the GUI test; it keeps its settings and records in Qt's test folders).
#    Printing is left out on purpose: asking the print system for printers
#    is what the user wants when they choose "Print".
run_traced "$work/gui.log" "$gui_test" walkTheWholeWizardByKeyboard >/dev/null 2>&1 \
    && pass "GUI walk passed" || fail "GUI walk failed"
check_no_network "$work/gui.log" "wizard walk"
check_written_within "$work/gui.log" "wizard walk" "$work/home/.qttest" "$work/runtime" "$work/tmp"

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
