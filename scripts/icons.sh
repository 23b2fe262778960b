#!/usr/bin/env bash
# Renders the application icon (resources/icons/ki-widerspruch.svg) into the
# PNG sizes desktops use. The PNGs are committed; run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" ki-widerspruch.svg -o "ki-widerspruch-$size.png"
done
