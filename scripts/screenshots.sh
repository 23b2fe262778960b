#!/usr/bin/env bash
# Pictures of the real wizard (under Xvfb, a 1920x1080 screen) and of the
# sample PDF letter, in both languages:
#   docs/screenshots/de, en          100 %, light (the README's pictures)
#   docs/screenshots/200/de, en      200 %, light
#   docs/screenshots/dark/de, en     100 %, dark (Fusion, a Breeze-like palette)
#   docs/screenshots/200-dark/de, en 200 %, dark
#   docs/screenshots/contrast/de, en 100 %, high contrast (white on black)
# Every page of the wizard in each, and the letter's PDF (written under that
# theme and scale) as letter-1.png; the dialogs at 100 % light.
# "./scripts/screenshots.sh 2 dark" makes one of them only.
# "./scripts/screenshots.sh windows": the Windows build under Wine (Xvfb, Qt's
# windows platform, run from the installed layout), into
#   docs/screenshots/windows/de, en
set -euo pipefail
cd "$(dirname "$0")/.."

windows_shots() {
    KIW_WINDOWS_TESTS=ON bash scripts/build-windows.sh >/dev/null
    cmake --build build-windows --target ScreenshotTour >/dev/null
    local scratch
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/kiw-windows-shots.XXXXXX")
    # The installed layout (qt.conf, Qt's German texts, fonts/), with the tour beside it.
    cp -r build-windows/stage "$scratch/stage"
    cp build-windows/ScreenshotTour.exe "$scratch/stage/"
    (
        export WINEPREFIX=$scratch/prefix HOME=$scratch/home WINEDEBUG=-all
        # Qt's warnings on the standard error (Wine hands WINEQT_* on as QT_*).
        export WINEQT_FORCE_STDERR_LOGGING=1
        mkdir -p "$HOME"
        wineboot --init >/dev/null 2>&1
        wineserver -w
        for language in de en; do
            local out=docs/screenshots/windows/$language
            rm -rf "$out"
            mkdir -p "$out"
            # Wine's path first, and its server gone before the display comes:
            # a server started without a display makes no windows.
            local folder
            folder=$(winepath -w "$PWD/$out")
            wineserver -w
            # -n: not :99, which another Xvfb in a chroot (a CI check) may hold.
            xvfb-run -a -n $((200 + RANDOM % 500)) -e /dev/stderr -s "-screen 0 1920x1080x24" \
                wine "$scratch/stage/ScreenshotTour.exe" "$folder" "$language"
            pdftoppm -png -r 80 -f 1 -l 1 "$out/letter.pdf" "$out/letter"
            rm -f "$out/letter.pdf"
            for picture in "$out"/*.png; do
                convert "$picture" -colors 256 "PNG8:$picture"
            done
        done
        wineserver -k || true
    )
    rm -rf "$scratch"
    echo "Pictures in docs/screenshots/windows"
}
if [[ "${1:-}" == windows ]]; then
    windows_shots
    exit 0
fi
bash scripts/build.sh
cmake --build "${BUILD_DIR:-build}" --target ScreenshotTour
for tool in xvfb-run pdftoppm convert; do
    command -v "$tool" >/dev/null || {
        echo "$tool is missing: apt-get install xvfb xauth poppler-utils imagemagick" >&2
        exit 1
    }
done

shoot() { # scale, theme ("" or dark)
    local scale=$1 theme=$2 base
    case "$scale$theme" in
    1) base=docs/screenshots ;;
    1dark) base=docs/screenshots/dark ;;
    1contrast) base=docs/screenshots/contrast ;;
    *) base="docs/screenshots/${scale}00${theme:+-$theme}" ;;
    esac
    for language in de en; do
        local out="$base/$language"
        rm -rf "$out"
        QT_SCALE_FACTOR=$scale QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" \
            "${BUILD_DIR:-build}/tests/ScreenshotTour" "$out" "$language" $theme
        pdftoppm -png -r 80 -f 1 -l 1 "$out/letter.pdf" "$out/letter"
        if [[ "$scale" != 1 || -n "$theme" ]]; then
            rm -f "$out"/{about,history,record-dialog,font-warning,follow-up-preview}.png
        fi
        rm -f "$out/letter.pdf"
        # 256 colours are plenty for a user interface and keep the repository small.
        for picture in "$out"/*.png; do
            convert "$picture" -colors 256 "PNG8:$picture"
        done
    done
    echo "Pictures in $base"
}

if [[ $# -gt 0 ]]; then
    shoot "$1" "${2:-}"
else
    for scale in 1 2; do
        shoot "$scale" ""
        shoot "$scale" dark
    done
    shoot 1 contrast
fi
