#!/usr/bin/env bash
# Builds the Windows installer on Debian from Debian's own packages and sources:
# MinGW-w64 cross-compiles Qt (the version of the host's Qt, from `apt-get
# source qt6-base`) once into a cache, then the program; the DLLs it needs are
# collected by walking imports (windeployqt cannot run when cross-compiling),
# and NSIS and wixl write ki-widerspruch-<version>-setup.exe and .msi.
#
#   scripts/build-windows.sh            the whole way, into build-windows/
#   scripts/build-windows.sh --qt-only  only the cached Qt
#   scripts/build-windows.sh --dll-path prints where the DLLs of the build are
#                                       (for packaging/windows/wine-run.sh)
#
# KIW_WINDOWS_CACHE: where the built Qt is kept (default
#   ~/.cache/ki-widerspruch/windows); a folder per key of Debian versions and
#   the hash of packaging/windows/, reused when present.
# BUILD_DIR: the program's build folder (default build-windows).
# KIW_WINDOWS_TESTS=ON also builds the tests that run under Wine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

mode=${1:-all}
case "$mode" in
all | --qt-only | --dll-path) ;;
*)
    echo "usage: $0 [--qt-only | --dll-path]" >&2
    exit 2
    ;;
esac

log() { printf '%s build-windows: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- Debian packages ---------------------------------------------------------
[[ "$mode" == --dll-path ]] || bash scripts/install-dependencies.sh
packages=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    nsis wixl msitools wine wine64 dpkg-dev tcl ninja-build cmake xz-utils icoutils ccache
    fonts-liberation2)
missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]})) && [[ "$mode" != --dll-path ]]; then
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
qt_recipe_hash=$(cat "${qt_patches[@]}" packaging/windows/mingw-w64-x86_64.cmake packaging/windows/wintab.h \
    <(sed -n '/^# --- Qt: begin/,/^# --- Qt: end/p' "$0") | sha256sum | cut -c1-12)
key="qt-${qt_version}_sqlite-${sqlite_version}_wine-${wine_version}_mingw-${mingw_version}_${qt_recipe_hash}"
key=${key//[^A-Za-z0-9._-]/-}
cache=${KIW_WINDOWS_CACHE:-$HOME/.cache/ki-widerspruch/windows}
qt_prefix=$cache/$key
toolchain=$root/packaging/windows/mingw-w64-x86_64.cmake
# Where the program's DLLs come from: the cached Qt, MinGW's runtime.
dll_dirs=("$qt_prefix/bin"
    "$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")"
    /usr/x86_64-w64-mingw32/lib)
if [[ "$mode" == --dll-path ]]; then
    (IFS=';' && echo "${dll_dirs[*]}")
    exit 0
fi

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
    # The work folder stays until Qt is installed: a build that stopped (an
    # error, a full disk, CI's time limit) goes on where it stopped.
    local work=$qt_prefix.work
    log "Qt $qt_version for Windows is not cached: building it in $work (about 15 minutes on 2 cores)"
    if [[ ! -f "$work/sources.ready" ]]; then
        rm -rf "$work" && mkdir -p "$work"
        apt_private "$work/apt"
        (cd "$work" && apt-get "${APT_OPTS[@]}" source "qt6-base=$qt_version" "sqlite3=$sqlite_version" \
            >"$work/source.log" 2>&1) || {
            tail -20 "$work/source.log" >&2
            log "apt-get source failed: are deb-src entries reachable for the configured sources?"
            return 1
        }
        (cd "$work" && apt-get "${APT_OPTS[@]}" source --download-only "wine=$wine_version" \
            >>"$work/source.log" 2>&1)
        local qtsrc sqlitesrc patch
        qtsrc=$(echo "$work"/qt6-base-*/)
        sqlitesrc=$(echo "$work"/sqlite3-*/)
        # Debian's source leaves out two third-party folders Windows needs.
        # The Windows platform plugin includes wintab.h and pktdef.h (tablet
        # events): Wine's, from Debian's Wine source, are the same API.
        # Wine's wintab.h uses two macros of Wine's own headers: a wrapper
        # defines them as they are for a Unicode build (packaging/windows).
        mkdir -p "$qtsrc/src/3rdparty/wintab"
        tar -xf "$work"/wine_*.orig.tar.* -C "$work" --wildcards '*/include/wintab.h' '*/include/pktdef.h'
        cp "$work"/wine-*/include/wintab.h "$qtsrc/src/3rdparty/wintab/wine-wintab.h"
        cp "$work"/wine-*/include/pktdef.h "$qtsrc/src/3rdparty/wintab/"
        cp "$root/packaging/windows/wintab.h" "$qtsrc/src/3rdparty/wintab/"
        # SQLite for the SQL driver: the amalgamation made from Debian's
        # sqlite3 source (its own build target; needs tclsh).
        (cd "$sqlitesrc" && ./configure --quiet >/dev/null && make -s sqlite3.c >/dev/null)
        mkdir -p "$qtsrc/src/3rdparty/sqlite"
        cp "$sqlitesrc"/sqlite3.c "$sqlitesrc"/sqlite3.h "$qtsrc/src/3rdparty/sqlite/"
        for patch in "${qt_patches[@]}"; do
            patch -d "$qtsrc" -p1 --quiet <"$root/$patch"
        done
        # Qt's installed toolchain file names the one it was configured with:
        # a copy in the cache, so that the cached Qt does not depend on where
        # the clone is.
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
        touch "$work/sources.ready"
    fi
    cmake --build "$work/build" --parallel "$(nproc)" >"$work/build.log" 2>&1 || {
        grep -A15 -m3 '^FAILED:' "$work/build.log" >&2 || tail -40 "$work/build.log" >&2
        log "the Qt build failed; its log: $work/build.log (the next run goes on from there)"
        return 1
    }
    cmake --install "$work/build" >/dev/null
    # Written last: a build that stopped half-way is not taken for a cache.
    echo "$key" >"$qt_prefix/.complete"
    rm -rf "$work"
}
# --- Qt: end ------------------------------------------------------------------

if [[ ! -f "$qt_prefix/.complete" ]]; then
    mkdir -p "$cache"
    build_qt
fi
log "Qt for Windows: $qt_prefix"
# Qt's own strings (the wizard's buttons, file and print dialogs) come from
# Debian's qt6-translations-l10n, as for the Linux build: put where Qt looks
# for them (QLibraryInfo::TranslationsPath), the programs and tests of the
# build folder find them as the installed program does through qt.conf.
mkdir -p "$qt_prefix/translations"
cp -u /usr/share/qt6/translations/qtbase_de.qm /usr/share/qt6/translations/qtbase_en.qm \
    "$qt_prefix/translations/"
[[ "$mode" == --qt-only ]] && exit 0

# --- the program ----------------------------------------------------------------
build_dir=${BUILD_DIR:-build-windows}
launcher=()
# ccache (installed above): a warm CI run compiles only what changed.
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f "$build_dir/CMakeCache.txt" ]] ||
    ! grep -q "^CMAKE_TOOLCHAIN_FILE:.*=$qt_prefix/" "$build_dir/CMakeCache.txt"; then
    rm -rf "$build_dir"
    # Debian's host tools (moc, rcc, uic, lrelease) build the program for the
    # target's Qt; the tests run under Wine (CMAKE_CROSSCOMPILING_EMULATOR).
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$qt_prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DKIW_WARNINGS_AS_ERRORS=ON -DKIW_BUILD_TESTS="${KIW_WINDOWS_TESTS:-OFF}" \
        -DCMAKE_CROSSCOMPILING_EMULATOR="$root/packaging/windows/wine-run.sh" \
        "${launcher[@]}" >"$build_dir.configure.log" 2>&1 || {
        cat "$build_dir.configure.log" >&2
        exit 1
    }
fi
cmake -S . -B "$build_dir" -DKIW_BUILD_TESTS="${KIW_WINDOWS_TESTS:-OFF}" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")

# --- the installed layout, with the DLLs it needs ------------------------------
stage=$build_dir/stage
rm -rf "$stage"
cmake --install "$build_dir" --prefix "$stage" --strip >/dev/null
# Qt's plugins the program loads by name (no import shows them): the window
# system, the headless exports (offscreen), the native style, images the
# evidence may hold, the record's database driver.
for plugin in platforms/qwindows platforms/qoffscreen styles/qwindowsvistastyle \
    imageformats/qjpeg imageformats/qgif imageformats/qico sqldrivers/qsqlite; do
    mkdir -p "$stage/$(dirname "$plugin")"
    cp "$qt_prefix/plugins/$plugin.dll" "$stage/$plugin.dll"
done
# Every DLL the programs and plugins import, and theirs in turn, from Qt and
# MinGW's runtime; what is found in neither is Windows' own.
pending=("$stage"/*.exe "$stage"/*/*.dll)
while ((${#pending[@]})); do
    file=${pending[0]}
    pending=("${pending[@]:1}")
    while read -r dll; do
        [[ -e "$stage/$dll" ]] && continue
        for dir in "${dll_dirs[@]}"; do
            if [[ -f "$dir/$dll" ]]; then
                cp "$dir/$dll" "$stage/$dll"
                x86_64-w64-mingw32-strip --strip-unneeded "$stage/$dll"
                pending+=("$stage/$dll")
                break
            fi
        done
    done < <(x86_64-w64-mingw32-objdump -p "$file" | sed -n 's/^[[:space:]]*DLL Name: //p')
done
log "staged in $stage: $(du -sh "$stage" | cut -f1)"

# --- the installers -----------------------------------------------------------
if [[ -f packaging/windows/make-installers.sh ]]; then
    bash packaging/windows/make-installers.sh "$stage" "$version" "$build_dir"
    for file in "$build_dir"/ki-widerspruch-"$version"-setup.exe "$build_dir"/ki-widerspruch-"$version".msi; do
        [[ -f "$file" ]] && log "wrote $file ($(du -h "$file" | cut -f1))"
    done
fi
