#!/usr/bin/env bash
# Installs what is missing, builds Escale and opens it. At first start it creates the encrypted
# store in the app's data folder and fills it with demo data, so that you see a living app.
# Options after the script name go to the app (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
source scripts/environment.sh
ui_install
(cd ui && npm run --silent build)
cargo build --locked -p escale-desktop
exec "$CARGO_TARGET_DIR/debug/escale-desktop" --with-demo-data "$@"
