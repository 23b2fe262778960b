#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks what a desktop and a
# software centre need; then builds the Debian package and checks its control
# data. Usage: check-install.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
app_id=io.github.ki_widerspruch.ki_widerspruch
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
    share/doc/ki-widerspruch/copyright
    share/doc/ki-widerspruch/changelog.gz
    share/man/man1/ki-widerspruch.1.gz
    share/man/de/man1/ki-widerspruch.1.gz
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=(share/icons/hicolor/${size}x${size}/apps/$app_id.png)
done
for file in "${expected[@]}"; do
    [[ -f "$prefix/$file" ]] && pass "installed $file" || fail "missing $file"
done

desktop-file-validate "$prefix/share/applications/$app_id.desktop" \
    && pass "desktop-file-validate" || fail "desktop-file-validate"
appstreamcli validate --pedantic --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" \
    && pass "appstreamcli validate --pedantic" || fail "appstreamcli validate --pedantic"
if command -v appstream-util >/dev/null; then
    appstream-util validate-strict --nonet "$prefix/share/metainfo/$app_id.metainfo.xml" \
        && pass "appstream-util validate-strict" || fail "appstream-util validate-strict"
else
    echo "SKIP: appstream-util is not installed"
fi
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

# The installed program finds the system's Qt by itself: no RUNPATH.
if readelf -d "$prefix/bin/ki-widerspruch" | grep -Eq "RUNPATH|RPATH"; then
    fail "installed program has a RUNPATH: $(readelf -d "$prefix/bin/ki-widerspruch" | grep -E "R(UN)?PATH")"
else
    pass "no RUNPATH"
fi

# The manual pages: every option of --help, in both languages, and nothing
# that man itself complains about.
for language in en de; do
    page=$prefix/share/man/man1/ki-widerspruch.1.gz
    [[ $language == en ]] || page=$prefix/share/man/$language/man1/ki-widerspruch.1.gz
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    [[ -z "$warnings" ]] && pass "man page ($language) without warnings" \
        || fail "man page ($language): $warnings"
    # Spaces squeezed: groff 1.23 (Debian 13) justifies a long line with
    # double spaces even under ".ad l".
    shown=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$page" 2>/dev/null | tr -s ' ')
    help=$(env -u DISPLAY "$prefix/bin/ki-widerspruch" --lang "$language" --help 2>/dev/null)
    # cmake/ManPage.cmake reads the help as a CMake list: a semicolon would
    # cut a text apart and put the rest elsewhere in the page.
    ! grep -q ';' <<<"$help" || fail "--help ($language) has a semicolon: $(grep ';' <<<"$help")"
    options=$(grep -oE "^  (-[a-z], )?--[a-z-]+" <<<"$help" | grep -oE -- "--[a-z-]+")
    [[ $(wc -l <<<"$options") -ge 9 ]] || fail "--help ($language) lists too few options: $options"
    for option in $options; do
        grep -qE -- "(^|[ ,])$option( |$)" <<<"$shown" \
            || fail "man page ($language) lacks $option"
    done
    while IFS= read -r line; do
        description=$(sed -E 's/^  (-[a-z], )?--[a-z-]+( <[^>]+>)? +//' <<<"$line" | tr -s ' ')
        grep -qF -- "${description:0:30}" <<<"$shown" \
            || fail "man page ($language) lacks the help text '$description'"
    done < <(grep -E "^  (-[a-z], )?--[a-z-]+" <<<"$help")
    pass "man page ($language) has the options of --help"
done
zcat "$prefix/share/doc/ki-widerspruch/changelog.gz" | head -1 | grep -q "^ki-widerspruch ($version) " \
    && pass "changelog starts with $version" || fail "changelog does not start with $version"

# The Debian package, with dependencies computed by dpkg-shlibdeps.
(cd "$build" && cpack -G DEB -B "$work/package" >/dev/null)
deb=$(ls "$work"/package/*.deb)
control=$(dpkg-deb -f "$deb")
echo "$control" | sed 's/^/    /'
depends=$(dpkg-deb -f "$deb" Depends)
for dependency in libqt6widgets6 libqt6printsupport6 libqt6gui6 libqt6core6 libqt6sql6 libqt6sql6-sqlite libc6 "fonts-liberation (>= 1:2.1) | fonts-liberation2"; do
    [[ "$depends" == *"$dependency"* ]] && pass "Depends: $dependency" || fail "Depends lacks $dependency"
done
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] && pass "package version" || fail "package version"
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/ki-widerspruch ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml; do
    [[ "$contents" == *"$file"* ]] && pass "package holds $file" || fail "package lacks $file"
done

recommends=$(dpkg-deb -f "$deb" Recommends)
for font in fonts-dejavu-core fonts-noto-core fonts-wqy-microhei fonts-symbola; do
    [[ "$recommends" == *"$font"* ]] && pass "Recommends: $font" || fail "Recommends lacks $font"
done
mkdir "$work/deb" && dpkg-deb -x "$deb" "$work/deb"
file "$work/deb/usr/bin/ki-widerspruch" |
    grep -q ", stripped" && pass "packaged program is stripped" || fail "packaged program is not stripped"

# Debian's own checker: no error and no warning, pedantic notes included.
if command -v lintian >/dev/null; then
    tags=$(lintian --pedantic --fail-on none "$deb" 2>/dev/null | grep -E "^(E|W|P): " || true)
    [[ -z "$tags" ]] && pass "lintian --pedantic: no E:, W: or P: tags" || fail "lintian: $tags"
else
    echo "SKIP: lintian is not installed"
fi

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
