#!/usr/bin/env bash
# One command for users and developers: set up, build and start the wizard.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec "${BUILD_DIR:-build}/app/ki-widerspruch" "$@"
