#!/usr/bin/env bash
# Installs the Debian packages the build, the app and the tests need, and only
# those that are missing, so a fresh Debian 12 machine needs no manual steps.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev
    fonts-liberation2 fonts-dejavu-core fonts-wqy-microhei fonts-symbola fontconfig
    poppler-utils mupdf-tools
    desktop-file-utils appstream dpkg-dev file strace
    clang-14 libclang-rt-14-dev
    xvfb xauth dbus at-spi2-core python3-pyatspi
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
    sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
