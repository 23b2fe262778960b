#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks what a desktop and a
# software centre need; then builds the Debian package and checks its control
# data. Usage: check-install.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
app_id=io.github.ki_widerspruch.KIWiderspruch
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passes=0
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; passes=$((passes + 1)); }

cmake --install "$build" --prefix "$work/usr" >/dev/null
prefix=$work/usr
expected=(
    bin/ki-widerspruch
    share/applications/$app_id.desktop
    share/metainfo/$app_id.metainfo.xml
    share/icons/hicolor/scalable/apps/$app_id.svg
    share/ki-widerspruch/examples/example-profile.json
    share/doc/ki-widerspruch/profile-format.md
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=(share/icons/hicolor/${size}x${size}/apps/$app_id.png)
done
for file in "${expected[@]}"; do
    [[ -f "$prefix/$file" ]] && pass "installed $file" || fail "missing $file"
done

desktop-file-validate "$prefix/share/applications/$app_id.desktop" \
    && pass "desktop-file-validate" || fail "desktop-file-validate"
appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" \
    && pass "appstreamcli validate --no-net" || fail "appstreamcli validate"
grep -q "release version=\"$version\"" "$prefix/share/metainfo/$app_id.metainfo.xml" \
    && pass "metainfo release $version" || fail "metainfo has no release $version"
grep -q "^Icon=$app_id$" "$prefix/share/applications/$app_id.desktop" \
    && pass "desktop icon name" || fail "desktop icon name"

# The installed program runs without the build tree (translations are built in).
installed_version=$(env -u DISPLAY "$prefix/bin/ki-widerspruch" --version 2>/dev/null)
[[ "$installed_version" == "ki-widerspruch $version" ]] \
    && pass "--version: $installed_version" || fail "--version printed '$installed_version'"
help_de=$(env -u DISPLAY "$prefix/bin/ki-widerspruch" --lang de --help 2>/dev/null)
[[ "$help_de" == *"Widerspruch gegen Metas KI-Training"* ]] \
    && pass "installed program speaks German" || fail "installed program has no German"
(cd "$work" && env -u DISPLAY "$prefix/bin/ki-widerspruch" \
    --profile "$prefix/share/ki-widerspruch/examples/example-profile.json" --pdf letter.pdf \
    --date 2026-11-29 2>/dev/null) && [[ -s "$work/letter.pdf" ]] \
    && pass "installed program exports the example profile" || fail "installed export"

# The Debian package, with dependencies computed by dpkg-shlibdeps.
(cd "$build" && cpack -G DEB -B "$work/package" >/dev/null)
deb=$(ls "$work"/package/*.deb)
control=$(dpkg-deb -f "$deb")
echo "$control" | sed 's/^/    /'
depends=$(dpkg-deb -f "$deb" Depends)
for dependency in libqt6widgets6 libqt6printsupport6 libqt6gui6 libqt6core6 libc6 fonts-liberation2; do
    [[ "$depends" == *"$dependency"* ]] && pass "Depends: $dependency" || fail "Depends lacks $dependency"
done
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] && pass "package version" || fail "package version"
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/ki-widerspruch ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml; do
    [[ "$contents" == *"$file"* ]] && pass "package holds $file" || fail "package lacks $file"
done

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
