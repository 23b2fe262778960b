#!/usr/bin/env bash
# Installs the Debian packages the build, the app and the tests need, and only
# those that are missing, so a fresh machine needs no manual steps. Tested on
# Debian 12 (Qt 6.4) and Debian 13 (Qt 6.8); Ubuntu 24.04 has the same
# packages as Debian 12. The release is read from /etc/os-release.
set -euo pipefail

# Known releases. The compiler for the fuzzers is each release's default clang
# ("clang", "libclang-rt-dev"): the versioned names differ from release to
# release (clang-14 on Debian 12 only), the default names exist on all of them
# and install the unversioned clang++ that scripts/fuzz.sh uses.
release=unknown
if [[ -r /etc/os-release ]]; then
    release=$(. /etc/os-release && echo "${ID:-}:${VERSION_ID:-}")
fi
case "$release" in
debian:12 | debian:13 | ubuntu:24.04) ;;
*)
    echo "Note: ${release/:/ } is not a tested release (Debian 12, Debian 13, Ubuntu 24.04);" \
        "trying the same package names." >&2
    ;;
esac
if ! command -v apt-get >/dev/null; then
    echo "This script needs Debian's apt-get. Elsewhere install CMake (3.22 or later), Ninja," \
        "a C++17 compiler and Qt 6.4 or later (Core, Gui, Widgets, PrintSupport, Concurrent, Sql with its SQLite driver," \
        "Test, LinguistTools), then run the build by hand (see README)." >&2
    exit 1
fi

packages=(
    # build
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # the record of objections: Qt SQL's SQLite driver
    libqt6sql6-sqlite
    qt6-translations-l10n libgl-dev
    # the letter font and the fonts the package recommends for other scripts
    fonts-liberation2 fonts-dejavu-core fonts-noto-core fonts-wqy-microhei fonts-symbola
    fontconfig
    # tests: PDF text, PDF structure (qpdf and its library), PDF/A (PDFBox
    # preflight), package and metadata checks, sanitizers and fuzzers
    poppler-utils mupdf-tools qpdf libqpdf-dev
    default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java
    desktop-file-utils appstream appstream-util lintian dpkg-dev file strace
    clang libclang-rt-dev
    # tests: a calendar reminder's link opened as the desktop opens it (xdg-open)
    xdg-utils
    # tests: a real X server and the accessibility bus
    xvfb xauth dbus at-spi2-core python3-pyatspi
    # tests: dark desktop themes the documents must not take colours from
    qt6ct adwaita-qt6
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || {
        echo "Installing needs root: run as root, or install sudo, or install these" \
            "packages yourself: ${missing[*]}" >&2
        exit 1
    }
    sudo_cmd=(sudo)
fi
# The variable goes through sudo as an argument: sudo drops the environment.
"${sudo_cmd[@]}" apt-get update -qq || {
    echo "apt-get update failed (no network, or another apt/dpkg is running?)." >&2
    exit 1
}
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" || {
    echo "Some packages could not be installed on ${release/:/ } (see apt-get's message above;" \
        "another apt/dpkg running, or on Ubuntu the 'universe' component not enabled:" \
        "sudo add-apt-repository universe)." >&2
    exit 1
}
