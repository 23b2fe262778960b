#!/usr/bin/env bash
# Checks the project on a fresh Debian release, as a newcomer meets it:
# 1. builds a minimal root of RELEASE (default trixie, Debian 13; bookworm is
#    Debian 12) with debootstrap from Debian's packages, copies the committed
#    tree into it (HEAD, nothing from this machine's build folders), runs
#    COMMAND there (default: the README's test command) and prints the ctest
#    summary;
# 2. builds the Debian package in it, installs the package with apt-get into
#    a second fresh root of the same release (its Recommends, as apt does by
#    default, nothing else) and prints a letter with names in every script
#    (tests/data/every-script-profile.json): no message, no empty boxes, every
#    name reads back from the PDF.
# Needs root (debootstrap, chroot and mounts). The roots stay in
# build-roots/RELEASE{,-clean} for a look inside and are made anew each run.
#   sudo scripts/check-debian-release.sh [RELEASE] [COMMAND...]
#   sudo scripts/check-debian-release.sh bookworm bash .ci/run
set -euo pipefail
# In braces: bash reads the whole script before it runs any of it, so editing
# the file during a run (which takes a quarter of an hour) does not break it.
{
cd "$(dirname "$0")/.."
release=${1:-trixie}
shift || true
command=("$@")
((${#command[@]})) || command=(bash scripts/test.sh)
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
if [[ $(id -u) -ne 0 ]]; then
    echo "Run as root (debootstrap and chroot need it): sudo $0 $release" >&2
    exit 2
fi
for tool in debootstrap pdftotext; do
    command -v $tool >/dev/null || {
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap poppler-utils \
            debian-archive-keyring
    }
done

roots=$PWD/build-roots
root=$roots/$release
clean=$roots/$release-clean
log=$roots/$release.log
mounted=()
unmount() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
}
trap unmount EXIT
mount_system() {
    for fs in proc sys dev dev/pts; do
        mkdir -p "$1/$fs"
        mount --bind "/$fs" "$1/$fs"
        mounted+=("$1/$fs")
    done
    cp /etc/resolv.conf "$1/etc/resolv.conf" 2>/dev/null || true
}
# A login-less shell in a root: nothing from this machine's environment.
inside() {
    local where=$1
    shift
    chroot "$where" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# A run that was killed may have left the system's /dev, /proc … mounted in
# an old root: unmount them first, and never let rm cross into another file
# system.
{ grep -o " $roots/$release[^ ]*" /proc/mounts || true; } | sort -r | while read -r mountpoint; do
    umount -l "$mountpoint" || true
done
rm -rf --one-file-system "$root" "$clean"
mkdir -p "$root"
echo "Making a fresh Debian $release root in build-roots/$release …"
debootstrap --variant=minbase "$release" "$root" "$mirror" >"$log.debootstrap" 2>&1 ||
    { tail -20 "$log.debootstrap"; exit 1; }
cp -a "$root" "$clean" # the second root, before anything is installed
mount_system "$root"
# The committed tree only: what a fresh clone of main would hold.
mkdir -p "$root/src"
git archive HEAD | tar -x -C "$root/src"

echo "Running '${command[*]}' in Debian $release (log: build-roots/$release.log) …"
status=0
inside "$root" bash -c 'cd /src && "$@"' bash "${command[@]}" >"$log" 2>&1 || status=$?
qt=$(inside "$root" dpkg-query -W -f='${Version}\n' 'libqt6core6*' 2>/dev/null | grep -m1 . || true)
echo "Debian $(cat "$root/etc/debian_version"), Qt ${qt:-?}:"
grep -E "tests passed|tests failed|^[0-9]+/[0-9]+ Test .*(Failed|Timeout|Not Run)|fuzzing: " "$log" ||
    tail -30 "$log"
echo "test command: exit status $status"
((status == 0)) || exit "$status"

echo "Building the package and installing it into a second fresh root …"
inside "$root" bash -c 'cd /src && bash scripts/build.sh && cd build &&
    rm -rf /src/package && cpack -G DEB -B /src/package' >>"$log" 2>&1 ||
    { echo "building the package failed (see build-roots/$release.log)"; exit 1; }
deb=$(ls "$root"/src/package/*.deb)
mount_system "$clean"
cp "$deb" "$clean/tmp/"
cp tests/data/every-script-profile.json "$clean/tmp/"
inside "$clean" bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq "/tmp/$(basename "$1")"' bash "$deb" >>"$log" 2>&1 ||
    { echo "installing the package failed (see build-roots/$release.log)"; exit 1; }
echo "Installed: $(inside "$clean" dpkg-query -W -f='${Package} ${Version}\n' ki-widerspruch)"
echo "Fonts: $(inside "$clean" dpkg-query -W -f='${Package} ' 'fonts-*')"
messages=$(inside "$clean" bash -c 'cd /tmp && ki-widerspruch --profile every-script-profile.json \
    --pdf every-script.pdf --date 2026-11-29 2>&1 >/dev/null') || {
    echo "export failed: $messages"
    exit 1
}
failed=0
if [[ -n "$messages" ]]; then
    echo "The export printed: $messages"
    failed=1
fi
# Reading order, without poppler's own right-to-left marks (U+202B, U+202C).
text=$(pdftotext "$clean/tmp/every-script.pdf" - | sed 's/\xe2\x80\xab//g; s/\xe2\x80\xac//g' |
    tr -s ' \n' '  ')
for name in "الجمعية الثقافية" "לאה כהן" "Γραμματέας" "секретарь" "日本語 中文 한국어" "🎉🌻" \
    "हिन्दी" "ภาษาไทย" "Հայերեն" "ქართული" "አማርኛ"; do
    [[ "$text" == *"$name"* ]] || { echo "not in the PDF: $name"; failed=1; }
done
echo "PDF fonts: $(pdffonts "$clean/tmp/every-script.pdf" | awk 'NR > 2 { printf "%s ", $1 }')"
if ((failed)); then
    echo "letter with every script: FAILED"
    exit 1
fi
echo "letter with every script: no message, every name reads back"
exit 0
}
