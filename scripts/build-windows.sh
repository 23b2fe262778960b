#!/usr/bin/env bash
# Builds the Windows installer on Debian from Debian's own packages and sources:
# MinGW-w64 cross-compiles Qt (the version of the host's Qt, from `apt-get
# source qt6-base`) once into a cache, then the program; the DLLs it needs are
# collected by walking imports (windeployqt cannot run when cross-compiling),
# and NSIS and wixl write ki-widerspruch-<version>-setup.exe and .msi.
#
#   scripts/build-windows.sh            the whole way, into build-windows/
#   scripts/build-windows.sh --qt-only  only the cached Qt (CI warms it first)
#
# KIW_WINDOWS_CACHE: where the built Qt is kept (default
#   ~/.cache/ki-widerspruch/windows); a folder per key of Debian versions and
#   the hash of packaging/windows/, reused when present.
# BUILD_DIR: the program's build folder (default build-windows).
# KIW_WINDOWS_TESTS=ON also builds the tests that run under Wine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

qt_only=false
[[ "${1:-}" == --qt-only ]] && qt_only=true

log() { printf '%s build-windows: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- Debian packages ---------------------------------------------------------
bash scripts/install-dependencies.sh
packages=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    nsis wixl msitools wine wine64 dpkg-dev tcl ninja-build cmake xz-utils icoutils
    fonts-liberation2)
missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=()
    ((EUID == 0)) || sudo=(sudo)
    log "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

# --- the cache key ------------------------------------------------------------
# Qt's source is the version of the host's Qt: its moc, rcc, uic and lrelease
# build the program (-qt-host-path), and they must match the libraries.
qt_version=$(dpkg-query -W -f='${source:Version}' qt6-base-dev)
sqlite_version=$(dpkg-query -W -f='${source:Version}' libsqlite3-0)
wine_version=$(dpkg-query -W -f='${source:Version}' wine)
mingw_version=$(dpkg-query -W -f='${Version}' g++-mingw-w64-x86-64-posix)
# Everything in packaging/windows that shapes the Qt build (patches, toolchain,
# this script's Qt section) is hashed in.
shopt -s nullglob
qt_patches=(packaging/windows/*.patch)
qt_recipe_hash=$(cat "${qt_patches[@]}" packaging/windows/mingw-w64-x86_64.cmake \
    <(sed -n '/^# --- Qt: begin/,/^# --- Qt: end/p' "$0") | sha256sum | cut -c1-12)
key="qt-${qt_version}_sqlite-${sqlite_version}_wine-${wine_version}_mingw-${mingw_version}_${qt_recipe_hash}"
key=${key//[^A-Za-z0-9._-]/-}
cache=${KIW_WINDOWS_CACHE:-$HOME/.cache/ki-widerspruch/windows}
qt_prefix=$cache/$key
toolchain=$root/packaging/windows/mingw-w64-x86_64.cmake

# A private APT configuration: the machine's binary sources as deb-src, lists
# and downloads in a folder of ours. /etc/apt is read, never written.
apt_private() {
    local dir=$1
    mkdir -p "$dir/parts" "$dir/lists/partial" "$dir/cache/archives/partial"
    : >"$dir/sources.list"
    if [[ -r /etc/apt/sources.list ]]; then
        sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' /etc/apt/sources.list >>"$dir/sources.list"
    fi
    local file
    for file in /etc/apt/sources.list.d/*.list; do
        [[ -r "$file" ]] || continue
        sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$file" >>"$dir/parts/$(basename "$file")"
    done
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -r "$file" ]] || continue
        # deb822: every stanza that offers binaries offers its sources too.
        sed 's/^Types:.*/Types: deb-src/' "$file" >"$dir/parts/$(basename "$file")"
    done
    APT_OPTS=(-o "Dir::Etc::SourceList=$dir/sources.list" -o "Dir::Etc::SourceParts=$dir/parts"
        -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache" -o "Debug::NoLocking=1"
        -o "APT::Sandbox::User=root" -qq)
    apt-get "${APT_OPTS[@]}" update
}

# --- Qt: begin (this section is part of the cache key) ----------------------
build_qt() {
    local work
    work=$(mktemp -d "${TMPDIR:-/tmp}/kiw-qt-build.XXXXXX")
    trap 'rm -rf "$work"' RETURN
    log "Qt $qt_version for Windows is not cached: building it (about 15 minutes on 2 cores)"
    apt_private "$work/apt"
    (cd "$work" && apt-get "${APT_OPTS[@]}" source "qt6-base=$qt_version" "sqlite3=$sqlite_version" \
        >/dev/null 2>&1) || {
        log "apt-get source failed: are deb-src entries reachable for the configured sources?"
        return 1
    }
    (cd "$work" && apt-get "${APT_OPTS[@]}" source --download-only "wine=$wine_version" >/dev/null 2>&1)
    local qtsrc sqlitesrc
    qtsrc=$(echo "$work"/qt6-base-*/)
    sqlitesrc=$(echo "$work"/sqlite3-*/)

    # Debian's source leaves out two third-party folders Windows needs.
    # The Windows platform plugin includes wintab.h and pktdef.h (tablet
    # events): Wine's, from Debian's Wine source, are the same API.
    mkdir -p "$qtsrc/src/3rdparty/wintab"
    tar -xf "$work"/wine_*.orig.tar.* -C "$work" --wildcards '*/include/wintab.h' '*/include/pktdef.h'
    cp "$work"/wine-*/include/wintab.h "$work"/wine-*/include/pktdef.h "$qtsrc/src/3rdparty/wintab/"
    # SQLite for the SQL driver: the amalgamation made from Debian's sqlite3
    # source (its own build target; needs tclsh).
    (cd "$sqlitesrc" && ./configure --quiet >/dev/null && make -s sqlite3.c >/dev/null)
    mkdir -p "$qtsrc/src/3rdparty/sqlite"
    cp "$sqlitesrc"/sqlite3.c "$sqlitesrc"/sqlite3.h "$qtsrc/src/3rdparty/sqlite/"

    local patch
    for patch in "${qt_patches[@]}"; do
        patch -d "$qtsrc" -p1 --quiet <"$patch"
    done

    # Qt's installed toolchain file names the one it was configured with: a
    # copy in the cache, so the cached Qt does not depend on where the clone is.
    rm -rf "$qt_prefix"
    mkdir -p "$qt_prefix" "$work/build"
    cp "$toolchain" "$qt_prefix/mingw-w64-x86_64.cmake"
    (cd "$work/build" && "$qtsrc/configure" -prefix "$qt_prefix" -release \
        -xplatform win32-g++ -qt-host-path /usr -nomake examples -nomake tests \
        -qt-zlib -qt-libpng -qt-libjpeg -qt-freetype -qt-harfbuzz -qt-pcre -no-icu \
        -no-opengl -no-dbus -no-openssl -sql-sqlite -qt-sqlite -no-sql-odbc -no-sql-psql \
        -no-sql-mysql -no-sql-ibase -no-feature-testlib_selfcover \
        -- -G Ninja -DCMAKE_TOOLCHAIN_FILE="$qt_prefix/mingw-w64-x86_64.cmake" \
        -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DQT_BUILD_TOOLS_WHEN_CROSSCOMPILING=OFF) >"$work/configure.log" 2>&1 || {
        tail -40 "$work/configure.log" >&2
        return 1
    }
    cmake --build "$work/build" --parallel "$(nproc)" >"$work/build.log" 2>&1 || {
        grep -B5 -A20 -m3 'error' "$work/build.log" >&2 || tail -40 "$work/build.log" >&2
        return 1
    }
    cmake --install "$work/build" >/dev/null
    # Written last: a build that stopped half-way is not taken for a cache.
    echo "$key" >"$qt_prefix/.complete"
}
# --- Qt: end ------------------------------------------------------------------

if [[ ! -f "$qt_prefix/.complete" ]]; then
    mkdir -p "$cache"
    build_qt
fi
log "Qt for Windows: $qt_prefix"
$qt_only && exit 0
