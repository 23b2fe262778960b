#!/usr/bin/env bash
# Pictures of the real wizard (under Xvfb) and of the sample PDF letter, for the
# README: docs/screenshots/de and docs/screenshots/en. Pass "2" for the 200%
# view, written to build/screenshots-200 instead; "1 dark" or "2 dark" for a
# dark desktop theme (build/screenshots-…-dark).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cmake --build "${BUILD_DIR:-build}" --target ScreenshotTour
scale=${1:-1}
theme=${2:-}
base=docs/screenshots
[[ "$scale" == 1 && -z "$theme" ]] || base="${BUILD_DIR:-build}/screenshots-${scale}00${theme:+-$theme}"
for tool in xvfb-run pdftoppm; do
    command -v "$tool" >/dev/null || {
        echo "$tool is missing: apt-get install xvfb xauth poppler-utils" >&2
        exit 1
    }
done
for language in de en; do
    out="$base/$language"
    QT_SCALE_FACTOR=$scale QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 2200x1600x24" \
        "${BUILD_DIR:-build}/tests/ScreenshotTour" "$out" "$language" $theme
    pdftoppm -png -r 80 -f 1 -l 1 "$out/letter.pdf" "$out/letter"
    rm -f "$out/letter.pdf"
done
echo "Pictures in $base"
