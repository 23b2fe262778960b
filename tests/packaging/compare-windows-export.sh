#!/usr/bin/env bash
# The installed Windows program writes the same letters as the Linux build:
# installs SETUP silently for the current user into the Wine prefix of the
# caller (WINEPREFIX), exports the sample profile, a two-page letter (14
# accounts) and a profile with names in every script with the installed
# ki-widerspruch-cli.exe, and compares them with what LINUX_PROGRAM writes
# from the same profiles and date:
#   - the form texts (--text) byte for byte,
#   - the PDFs' text (pdftotext -layout) line for line, their page count,
#   - the PDFs object by object (every drawing, glyph and text), uncompressed
#     and without their numbering; whether the bytes are the same is reported.
# Then it uninstalls and checks that no program file is left.
#   compare-windows-export.sh SETUP LINUX_PROGRAM WORKDIR
set -euo pipefail
setup=$(realpath "$1")
linux_program=$(realpath "$2")
work=$3
: "${WINEPREFIX:?run under a throwaway WINEPREFIX}"
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$work"
work=$(realpath "$work")

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
win() { winepath -w "$1" 2>/dev/null; }

# The profiles: the sample, a two-page letter, every script.
cp "$root/resources/examples/example-profile.json" "$work/sample.kiw.json"
cp "$root/tests/data/every-script-profile.json" "$work/scripts.kiw.json"
python3 - "$work/sample.kiw.json" "$work/long.kiw.json" <<'EOF'
import json, sys
profile = json.load(open(sys.argv[1], encoding="utf-8"))
profile["accounts"] = [
    {"platform": "facebook" if i % 2 else "instagram",
     "name": f"Stadtbibliothek Musterstadt – Zweigstelle {i}",
     "address": f"https://www.facebook.com/stadtbibliothek.zweigstelle{i}" if i % 2
                else f"@stadtbibliothek_zweig{i}"}
    for i in range(1, 15)]
json.dump(profile, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=4)
EOF

wine "$setup" /S /CurrentUser || fail "the installer ended with $?"
wineserver -w
programs=$(winepath -u "$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')")/Programs/KI-Widerspruch
[[ -f "$programs/ki-widerspruch.exe" ]] || fail "no ki-widerspruch.exe in $programs after installing"
cli=$programs/ki-widerspruch-cli.exe
[[ -f "$cli" ]] || cli=$programs/ki-widerspruch.exe
echo "installed: $programs ($(du -sh "$programs" | cut -f1))"

# A Windows PC has fonts for the scripts names are written in (Arial, Segoe
# UI, ...); a fresh Wine prefix has none in C:\windows\Fonts, the folder the
# program reads. It gets the fonts the Linux build takes for them (the
# package's recommendations), so both have the same fonts to choose from.
fonts=$(winepath -u 'C:\windows\Fonts')
mkdir -p "$fonts"
for family in "DejaVu Sans" "DejaVu Sans:bold" "WenQuanYi Micro Hei" "Symbola" \
    "Noto Sans Devanagari" "Noto Sans Thai" "Noto Sans Ethiopic" "Noto Sans Armenian" \
    "Noto Sans Georgian"; do
    cp "$(fc-match -f '%{file}' "$family")" "$fonts/"
done

date=2026-06-01
same_bytes=0
for name in sample long scripts; do
    profile=$work/$name.kiw.json
    "$linux_program" --lang de --date "$date" --profile "$profile" \
        --pdf "$work/$name.linux.pdf" --text "$work/$name.linux.txt"
    wine "$cli" --lang de --date "$date" --profile "$(win "$profile")" \
        --pdf "$(win "$work/$name.windows.pdf")" --text "$(win "$work/$name.windows.txt")" ||
        fail "$name: the Windows program ended with $?"
    [[ -s "$work/$name.windows.pdf" ]] || fail "$name: the Windows program wrote no PDF"
    cmp -s "$work/$name.linux.txt" "$work/$name.windows.txt" ||
        fail "$name: the form texts differ: $(diff "$work/$name.linux.txt" "$work/$name.windows.txt" | head -5)"
    for system in linux windows; do
        pdftotext -layout "$work/$name.$system.pdf" "$work/$name.$system.pdf.txt"
        pdfinfo "$work/$name.$system.pdf" | sed -n 's/^Pages: *//p' >"$work/$name.$system.pages"
    done
    cmp -s "$work/$name.linux.pages" "$work/$name.windows.pages" ||
        fail "$name: $(cat "$work/$name.linux.pages") pages on Linux, $(cat "$work/$name.windows.pages") on Windows"
    if ! diff -u "$work/$name.linux.pdf.txt" "$work/$name.windows.pdf.txt" >"$work/$name.diff"; then
        head -20 "$work/$name.diff" >&2
        fail "$name: the letters' text differs (above)"
    fi
    if cmp -s "$work/$name.linux.pdf" "$work/$name.windows.pdf"; then
        same_bytes=$((same_bytes + 1))
        echo "$name: same text, same $(cat "$work/$name.linux.pages") page(s), same bytes"
        continue
    fi
    # Qt's PDF writer numbers the fonts in the order of a hash of the font
    # files' paths (/usr/share/fonts/... here, the installation folder
    # there), and the document ID is a hash of the bytes. Everything else -
    # every page's drawing, every embedded glyph, the text layer - must be
    # the same: compared object by object, uncompressed (qpdf --qdf), without
    # object numbers, the font subsets' tags and the ID.
    for system in linux windows; do
        qpdf --qdf --object-streams=disable "$work/$name.$system.pdf" "$work/$name.$system.qdf"
        LC_ALL=C sed -E -e 's/[0-9]+ 0 (obj|R)/N 0 \1/g' \
            -e 's#/(FontName|BaseFont) /[A-Z]{6}\+#/\1 /#' -e 's#/F[0-9]+ #/F #g' \
            -e '/^ *\/ID \[/d' -e '/^%% Original object/d' -e '/^[0-9]{10} [0-9]{5} [nf]/d' \
            -e '/^[0-9]+$/d' "$work/$name.$system.qdf" | LC_ALL=C sort >"$work/$name.$system.objects"
    done
    cmp -s "$work/$name.linux.objects" "$work/$name.windows.objects" ||
        fail "$name: the PDFs differ in more than the order of their fonts ($work/$name.*.objects)"
    echo "$name: same text, same $(cat "$work/$name.linux.pages") page(s), same objects;" \
        "the bytes differ only in the fonts' order and the ID ($(stat -c %s "$work/$name.windows.pdf") bytes each)"
done
echo "PDFs with the same bytes on Linux and Windows: $same_bytes of 3"

wine "$programs/uninstall.exe" /S || fail "the uninstaller ended with $?"
wineserver -w
# The uninstaller copies itself away and runs from there: wait for it.
for _ in $(seq 20); do
    [[ -e "$programs/ki-widerspruch.exe" ]] || break
    sleep 1
done
left=$(find "$programs" -type f 2>/dev/null | head -5 || true)
[[ -z "$left" ]] || fail "files left after uninstalling: $left"
echo "uninstalled: no program file left"
