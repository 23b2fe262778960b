#!/usr/bin/env bash
# Installs and uninstalls both Windows installers under Wine, each in a throwaway
# WINEPREFIX and HOME, and checks what they leave:
#   setup.exe for one user (/CurrentUser), again over itself, uninstalled (the user's
#   record stays); setup.exe for all users (/AllUsers), uninstalled with /RemoveUserData
#   (the record goes); the MSI with msiexec /i, a rebuilt copy over it, msiexec /x.
# Usage: tests/packaging/check-windows-installer.sh SETUP_EXE MSI
# Needs wine (wine64), msitools (msiextract, msiinfo, msibuild). Prints each check and
# stops with a plain message at the first that fails (exit code 1).
set -euo pipefail

if (($# != 2)); then
    echo "usage: $0 SETUP_EXE MSI" >&2
    exit 2
fi
setup=$(realpath "$1")
msi=$(realpath "$2")
version=$(basename "$setup")
version=${version#ki-widerspruch-}
version=${version%-setup.exe}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
ok() { echo "ok: $*"; }
step() { echo "== $*"; }

for tool in msiextract msiinfo msibuild; do
    command -v "$tool" >/dev/null || fail "$tool is missing (Debian package msitools)"
done
wine=
for candidate in wine64 /usr/lib/wine/wine64 /usr/lib/x86_64-linux-gnu/wine/wine64 wine; do
    if command -v "$candidate" >/dev/null; then
        wine=$(command -v "$candidate")
        break
    fi
done
[[ -n "$wine" ]] || fail "wine is missing (Debian packages wine, wine64)"
wineserver=$(command -v wineserver || echo "$(dirname "$wine")/wineserver")

started=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/kiw-wininst.XXXXXX")
cleanup() {
    if [[ -n "${WINEPREFIX:-}" && -d "$WINEPREFIX" ]]; then
        "$wineserver" -k >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home WINEDEBUG=-all WINEARCH=win64
# No Mono/Gecko download dialogs, no menu entries in the (throwaway) HOME.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
unset DISPLAY WAYLAND_DISPLAY # silent installers: no window is needed
mkdir -p "$HOME"

w() { "$wine" "$@" 2>/dev/null; }
wait_wine() { "$wineserver" -w; }

# A Windows path (C:\...) in the prefix as a Linux path.
unix_path() {
    local path=${1//\\//}
    [[ "$path" == [Cc]:/* ]] || fail "not a C: path: $1"
    printf '%s/drive_c/%s' "$WINEPREFIX" "${path:3}"
}

new_prefix() {
    export WINEPREFIX=$work/prefix-$1
    local t=$SECONDS
    w wineboot -i >/dev/null || fail "wineboot failed for $WINEPREFIX"
    wait_wine
    # The folders of the user and the machine, as Windows names them in this prefix.
    local paths
    paths=$(w cmd /c 'echo %LOCALAPPDATA%^|%APPDATA%^|%ProgramData%^|%ProgramW6432%')
    paths=${paths//$'\r'/}
    IFS='|' read -r localappdata appdata programdata programfiles <<<"$paths"
    [[ -n "$programfiles" ]] || fail "could not read the prefix's folders ($paths)"
    echo "   (prefix $1 made in $((SECONDS - t)) s)"
}

# reg_get KEY NAME: prints the value's data (NAME "" is the key's default value);
# fails when the key or the value is missing.
reg_get() {
    local out
    if [[ -z "$2" ]]; then
        out=$(w reg query "$1" /ve) || return 1
    else
        out=$(w reg query "$1" /v "$2") || return 1
    fi
    awk -v name="${2:-(Default)}" '
        { sub(/\r$/, "") }
        index($0, "    " name "    ") == 1 {
            rest = substr($0, length(name) + 9); t = index(rest, "    ")
            print (t ? substr(rest, t + 4) : ""); found = 1 }
        END { exit !found }' <<<"$out"
}
expect_reg() { # KEY NAME DATA
    local data
    data=$(reg_get "$1" "$2") || fail "registry: $1 has no value '${2:-(Default)}'"
    [[ "$data" == "$3" ]] || fail "registry: $1 '${2:-(Default)}' is '$data', not '$3'"
    ok "registry $1 '${2:-(Default)}' = '$3'"
}
expect_no_key() {
    ! w reg query "$1" >/dev/null || fail "registry: $1 is still there"
    ok "registry $1 is gone"
}
expect_no_value() { # KEY NAME
    ! reg_get "$1" "$2" >/dev/null || fail "registry: $1 still has '$2'"
    ok "registry $1 has no '$2'"
}

# The files both installers carry: the MSI's list (msiextract), which make-installers.sh
# generates from the same stage as setup.exe's.
msi_files=$work/msi-files.txt
msiextract -l "$msi" | sed 's|^KI-Widerspruch/||' | LC_ALL=C sort >"$msi_files"
(($(wc -l <"$msi_files") > 0)) || fail "msiextract lists no files in $msi"
# What the program cannot start or work without (the rest: the stage's business).
for file in ki-widerspruch.exe qt.conf platforms/qwindows.dll LICENSE.txt \
    fonts/LICENSE-Liberation-Fonts.txt; do
    grep -qxF "$file" "$msi_files" || fail "the installers have no $file"
done

expect_files() { # DIR EXTRA... : DIR holds the MSI's files and EXTRA, nothing else
    local dir=$1
    shift
    [[ -d "$dir" ]] || fail "install folder $dir is missing"
    (
        cat "$msi_files"
        (($# == 0)) || printf '%s\n' "$@"
    ) | LC_ALL=C sort >"$work/want.txt"
    (cd "$dir" && find . -type f -printf '%P\n' | LC_ALL=C sort) >"$work/have.txt"
    diff -u "$work/want.txt" "$work/have.txt" >"$work/files.diff" || {
        cat "$work/files.diff" >&2
        fail "the files in $dir differ from the MSI's list"
    }
    ok "$dir holds the $(wc -l <"$work/want.txt") expected files"
}

expect_shortcut() { # LNK INSTDIR_WINDOWS
    [[ -f "$1" ]] || fail "no Start menu entry $1"
    # The .lnk names its target (in its link info, in the local code page).
    grep -aqiF "$2\\ki-widerspruch.exe" "$1" || fail "$1 does not point to $2\\ki-widerspruch.exe"
    ok "Start menu entry $(basename "$1") -> $2\\ki-widerspruch.exe"
}

# Profiles, links, App Paths: the same in both installers (installer.nsi, ki-widerspruch.wxs).
expect_registrations() { # ROOT INSTDIR_WINDOWS
    local classes="$1\\Software\\Classes" exe="$2\\ki-widerspruch.exe"
    expect_reg "$classes\\ki-widerspruch" "URL Protocol" ""
    expect_reg "$classes\\ki-widerspruch\\shell\\open\\command" "" "\"$exe\" -- \"%1\""
    expect_reg "$classes\\KIWiderspruch.Profile\\shell\\open\\command" "" \
        "\"$exe\" --profile \"%1\""
    expect_reg "$classes\\KIWiderspruch.Profile\\DefaultIcon" "" "\"$exe\",0"
    expect_reg "$classes\\.json\\OpenWithProgids" "KIWiderspruch.Profile" ""
    expect_reg "$classes\\.json" "" "OtherApp.json" # not taken over
    expect_reg "$classes\\Applications\\ki-widerspruch.exe\\SupportedTypes" ".json" ""
    expect_reg "$classes\\Applications\\ki-widerspruch.exe\\shell\\open\\command" "" \
        "\"$exe\" --profile \"%1\""
    expect_reg "$1\\Software\\Microsoft\\Windows\\CurrentVersion\\App Paths\\ki-widerspruch.exe" \
        "" "$exe"
}
expect_no_registrations() { # ROOT
    local classes="$1\\Software\\Classes"
    expect_no_key "$classes\\ki-widerspruch"
    expect_no_key "$classes\\KIWiderspruch.Profile"
    expect_no_key "$classes\\Applications\\ki-widerspruch.exe"
    expect_no_value "$classes\\.json\\OpenWithProgids" "KIWiderspruch.Profile"
    expect_reg "$classes\\.json" "" "OtherApp.json" # Windows' key stays
    expect_no_key "$1\\Software\\Microsoft\\Windows\\CurrentVersion\\App Paths\\ki-widerspruch.exe"
}

run_cli() { # INSTDIR_UNIX
    if [[ ! -f "$1/ki-widerspruch-cli.exe" ]]; then
        echo "SKIP: no ki-widerspruch-cli.exe in the installers: --version not run"
        return
    fi
    local out
    out=$(cd "$work" && "$wine" "$1/ki-widerspruch-cli.exe" --version 2>/dev/null) ||
        fail "the installed ki-widerspruch-cli.exe --version failed"
    out=${out//$'\r'/}
    [[ "$out" == "ki-widerspruch $version" ]] ||
        fail "the installed ki-widerspruch-cli.exe --version printed '$out'"
    ok "installed ki-widerspruch-cli.exe --version: $out"
}

# What the program keeps for the user (QStandardPaths, QSettings on Windows): made up
# here, as the program would have left it.
place_user_data() {
    local local_dir roaming_dir
    local_dir=$(unix_path "$localappdata")/KI-Widerspruch/ki-widerspruch
    roaming_dir=$(unix_path "$appdata")/KI-Widerspruch/ki-widerspruch
    mkdir -p "$local_dir/attachments/ENTRY1" "$roaming_dir"
    echo "record" >"$local_dir/records.sqlite"
    echo "evidence" >"$local_dir/attachments/ENTRY1/confirmation.eml"
    echo "{}" >"$roaming_dir/remembered-entries-20261206-101500.kiw.json"
    w reg add 'HKCU\Software\KI-Widerspruch\ki-widerspruch' /v remember /d true /f >/dev/null ||
        fail "reg add failed"
}
expect_user_data() {
    local local_dir
    local_dir=$(unix_path "$localappdata")/KI-Widerspruch/ki-widerspruch
    [[ -f "$local_dir/records.sqlite" && -f "$local_dir/attachments/ENTRY1/confirmation.eml" ]] ||
        fail "the user's record or evidence in $localappdata is gone"
    [[ -f "$(unix_path "$appdata")/KI-Widerspruch/ki-widerspruch/remembered-entries-20261206-101500.kiw.json" ]] ||
        fail "the user's data in $appdata is gone"
    expect_reg 'HKCU\Software\KI-Widerspruch\ki-widerspruch' remember true
    ok "the user's record, evidence and settings are still there"
}
expect_no_user_data() {
    [[ ! -e "$(unix_path "$localappdata")/KI-Widerspruch" ]] ||
        fail "$localappdata\\KI-Widerspruch is still there after /RemoveUserData"
    [[ ! -e "$(unix_path "$appdata")/KI-Widerspruch" ]] ||
        fail "$appdata\\KI-Widerspruch is still there after /RemoveUserData"
    expect_no_key 'HKCU\Software\KI-Widerspruch'
    ok "the user's record, evidence and settings are deleted"
}

uninst_key='Software\Microsoft\Windows\CurrentVersion\Uninstall\KI-Widerspruch'

# NSIS: one mode. ROOT HKCU|HKLM, OTHER the other root, INSTDIR and Start menu folder.
check_nsis_install() { # SWITCH ROOT OTHER INSTDIR_WINDOWS STARTMENU_WINDOWS [EXTRA_FILE...]
    local switch=$1 root=$2 other=$3 instdir=$4 startmenu=$5 rc=0
    shift 5
    w "$setup" /S "$switch" || rc=$?
    ((rc == 0)) || fail "setup.exe /S $switch exited with $rc"
    ok "setup.exe /S $switch exited with 0"
    expect_files "$(unix_path "$instdir")" uninstall.exe "$@"
    expect_resources "$(unix_path "$instdir")/ki-widerspruch.exe" "the installed ki-widerspruch.exe"
    expect_resources "$(unix_path "$instdir")/uninstall.exe" "uninstall.exe"
    expect_shortcut "$(unix_path "$startmenu")/KI-Widerspruch.lnk" "$instdir"
    expect_reg "$root\\$uninst_key" DisplayName "KI-Widerspruch"
    expect_reg "$root\\$uninst_key" DisplayVersion "$version"
    expect_reg "$root\\$uninst_key" Publisher "KI-Widerspruch"
    expect_reg "$root\\$uninst_key" DisplayIcon "$instdir\\ki-widerspruch.exe,0"
    expect_reg "$root\\$uninst_key" InstallLocation "$instdir"
    expect_reg "$root\\$uninst_key" UninstallString "\"$instdir\\uninstall.exe\" $switch"
    expect_reg "$root\\$uninst_key" QuietUninstallString "\"$instdir\\uninstall.exe\" /S $switch"
    reg_get "$root\\$uninst_key" EstimatedSize | grep -q '^0x[0-9a-f]*[1-9a-f]' ||
        fail "EstimatedSize missing"
    ok "uninstall entry has an EstimatedSize"
    expect_no_key "$other\\$uninst_key"
    expect_registrations "$root" "$instdir"
    run_cli "$(unix_path "$instdir")"
}

check_nsis_uninstall() { # ROOT INSTDIR_WINDOWS STARTMENU_WINDOWS [/RemoveUserData]
    local root=$1 instdir=$2 startmenu=$3 rc=0
    # uninstall.exe copies itself to %TEMP% and returns at once; wineserver -w waits.
    w "$(unix_path "$instdir")/uninstall.exe" /S ${4:+"$4"} || rc=$?
    wait_wine
    ((rc == 0)) || fail "uninstall.exe /S${4:+ $4} exited with $rc"
    ok "uninstall.exe /S${4:+ $4} exited with 0"
    [[ ! -e "$(unix_path "$instdir")" ]] || {
        find "$(unix_path "$instdir")" >&2
        fail "$instdir is still there after uninstalling"
    }
    ok "$instdir is gone"
    [[ ! -e "$(unix_path "$startmenu")/KI-Widerspruch.lnk" ]] ||
        fail "the Start menu entry is still there"
    ok "the Start menu entry is gone"
    expect_no_key "$root\\$uninst_key"
    expect_no_registrations "$root"
}

step "static checks"
grep -aq 'requestedExecutionLevel level="highestAvailable"' "$setup" ||
    fail "setup.exe does not ask for highestAvailable (no UAC prompt for users without admin rights)"
ok "setup.exe manifest: highestAvailable (users without admin rights: no UAC prompt)"
# Icon and version information (Explorer, Apps & Features, SmartScreen's dialog).
expect_resources() { # EXE NAME
    if ! command -v wrestool >/dev/null; then
        echo "SKIP: wrestool (icoutils) is missing: icon and version of $2 not checked"
        return
    fi
    local list
    list=$(wrestool -l "$1" 2>/dev/null) || fail "wrestool cannot read $2"
    grep -q 'type=group_icon' <<<"$list" || fail "$2 has no icon"
    grep -q 'type=version' <<<"$list" || fail "$2 has no version information"
    ok "$2 has an icon and version information"
}
expect_resources "$setup" "setup.exe"
msiinfo export "$msi" Property | tr -d '\r' >"$work/property.idt"
grep -q "^ALLUSERS	1$" "$work/property.idt" || fail "the MSI is not per-machine (ALLUSERS)"
ok "MSI: ALLUSERS=1"
product_code=$(awk -F'\t' '$1 == "ProductCode" { print $2 }' "$work/property.idt")
msi_version=$(awk -F'\t' '$1 == "ProductVersion" { print $2 }' "$work/property.idt")
[[ "$version" == "$msi_version"* ]] || fail "MSI ProductVersion $msi_version is not $version"
ok "MSI ProductVersion $msi_version, ProductCode $product_code"

step "setup.exe: only for the current user"
new_prefix nsis
# Another program's association for .json, which must stay as it is.
w reg add 'HKCU\Software\Classes\.json' /ve /d OtherApp.json /f >/dev/null
w reg add 'HKLM\Software\Classes\.json' /ve /d OtherApp.json /f >/dev/null
user_dir="$localappdata\\Programs\\KI-Widerspruch"
user_menu="$appdata\\Microsoft\\Windows\\Start Menu\\Programs"
check_nsis_install /CurrentUser HKCU HKLM "$user_dir" "$user_menu"

step "setup.exe: the same version again over it"
echo "user's own file" >"$(unix_path "$user_dir")/notes.txt"
check_nsis_install /CurrentUser HKCU HKLM "$user_dir" "$user_menu" notes.txt
ok "a file of the user's own in the folder stays"
rm "$(unix_path "$user_dir")/notes.txt"

step "setup.exe: uninstall for the current user (the record stays)"
place_user_data
check_nsis_uninstall HKCU "$user_dir" "$user_menu"
expect_user_data

step "setup.exe: for all users"
machine_dir="$programfiles\\KI-Widerspruch"
machine_menu="$programdata\\Microsoft\\Windows\\Start Menu\\Programs"
check_nsis_install /AllUsers HKLM HKCU "$machine_dir" "$machine_menu"

step "setup.exe: uninstall for all users with /RemoveUserData"
check_nsis_uninstall HKLM "$machine_dir" "$machine_menu" /RemoveUserData
expect_no_user_data
"$wineserver" -k >/dev/null 2>&1 || true

step "MSI: msiexec /i /qn"
new_prefix msi
w reg add 'HKLM\Software\Classes\.json' /ve /d OtherApp.json /f >/dev/null
user_menu="$appdata\\Microsoft\\Windows\\Start Menu\\Programs"
msi_w=$(w winepath -w "$msi" | tr -d '\r')
rc=0
w msiexec /i "$msi_w" /qn || rc=$?
((rc == 0)) || fail "msiexec /i exited with $rc"
ok "msiexec /i /qn exited with 0"
expect_files "$(unix_path "$machine_dir")"
# Windows Installer puts ProgramMenuFolder into the all-users Start menu when ALLUSERS=1;
# Wine's msi.dll always takes the user's (dlls/msi/package.c: "FIXME: set to AllUsers
# profile path if ALLUSERS is set").
msi_menu=$machine_menu
if [[ ! -e "$(unix_path "$msi_menu")/KI-Widerspruch.lnk" &&
    -e "$(unix_path "$user_menu")/KI-Widerspruch.lnk" ]]; then
    echo "note: Wine's msiexec put the shortcut into the user's Start menu (a Wine FIXME)"
    msi_menu=$user_menu
fi
expect_shortcut "$(unix_path "$msi_menu")/KI-Widerspruch.lnk" "$machine_dir"
expect_reg "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$product_code" \
    DisplayName "KI-Widerspruch"
expect_reg "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$product_code" \
    DisplayVersion "$msi_version"
expect_registrations HKLM "$machine_dir"
run_cli "$(unix_path "$machine_dir")"

step "MSI: setup.exe /AllUsers refuses beside it"
rc=0
w "$setup" /S /AllUsers || rc=$?
((rc == 2)) || fail "setup.exe /S /AllUsers beside the MSI exited with $rc, not 2"
expect_no_key "HKLM\\$uninst_key"
ok "setup.exe /S /AllUsers beside the MSI exited with 2 and installed nothing"

step "MSI: a rebuilt package of the same version replaces it"
cp "$msi" "$work/rebuilt.msi"
new_code=$(tr a-f A-F </proc/sys/kernel/random/uuid)
new_package=$(tr a-f A-F </proc/sys/kernel/random/uuid)
template=$(msiinfo suminfo "$msi" | sed -n 's/^Template: //p')
msibuild "$work/rebuilt.msi" -q "UPDATE Property SET Value = '{$new_code}' WHERE Property = 'ProductCode'" \
    -s "Installation Database" "KI-Widerspruch" "$template" "{$new_package}" ||
    fail "msibuild could not change the copy's ProductCode"
rc=0
w msiexec /i "$(w winepath -w "$work/rebuilt.msi" | tr -d '\r')" /qn || rc=$?
((rc == 0)) || fail "msiexec /i of the rebuilt package exited with $rc"
expect_no_key "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$product_code"
expect_reg "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{$new_code}" \
    DisplayName "KI-Widerspruch"
expect_files "$(unix_path "$machine_dir")"
ok "one entry in Apps & Features after installing over it"

step "MSI: msiexec /x /qn"
rc=0
w msiexec /x "{$new_code}" /qn || rc=$?
wait_wine
((rc == 0)) || fail "msiexec /x exited with $rc"
ok "msiexec /x /qn exited with 0"
[[ ! -e "$(unix_path "$machine_dir")" ]] || {
    find "$(unix_path "$machine_dir")" >&2
    fail "$machine_dir is still there after msiexec /x"
}
ok "$machine_dir is gone"
[[ ! -e "$(unix_path "$msi_menu")/KI-Widerspruch.lnk" ]] ||
    fail "the Start menu entry is still there after msiexec /x"
ok "the Start menu entry is gone"
expect_no_key "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{$new_code}"
expect_no_registrations HKLM

step "MSI: refuses beside setup.exe's installation for all users"
w "$setup" /S /AllUsers || fail "setup.exe /S /AllUsers failed"
rc=0
w msiexec /i "$msi_w" /qn || rc=$?
# Under Wine a Windows exit code reaches the shell modulo 256: 1603 is 67.
((rc == 1603 % 256)) || fail "msiexec /i beside setup.exe /AllUsers exited with $rc, not 1603"
ok "msiexec /i beside setup.exe /AllUsers exited with 1603 (its launch condition)"
w "$(unix_path "$machine_dir")/uninstall.exe" /S || fail "uninstall.exe /S failed"
wait_wine
[[ ! -e "$(unix_path "$machine_dir")" ]] || fail "$machine_dir is still there"
ok "setup.exe's installation removed again"

echo "PASS: both installers, in $((SECONDS - started)) s"
