#!/usr/bin/env bash
# Starts a D-Bus session with the AT-SPI accessibility bus and an X server
# (Xvfb), and walks the real wizard through the accessibility tree
# (walk_with_atspi.py). Usage: run-walk.sh APP
set -euo pipefail
app=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
# A user of its own, so no remembered entries from elsewhere fill the wizard.
export HOME="$work/home"
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" \
    /usr/bin/python3 "$(dirname "$0")/walk_with_atspi.py" "$app" "$work/letter.pdf"
