#!/usr/bin/env bash
# Start-up time and memory of Escale's window side by side with an empty Tauri 2 window of the
# same Tauri, features, window size and security settings (benches/startup/empty-window, a
# fixture never shipped), both built in this run with the same profile, measured on this machine
# under Xvfb, runs of the two interleaved:
#   - time from the process start to the first screen usable: Escale's list of people painted,
#     with 100,000 people in the store; the empty window's page painted (each marks it in the file
#     named by ESCALE_STARTUP_PROBE, two animation frames after the DOM is ready);
#   - where Escale's start goes: the median moment of each mark its probe writes (store opened,
#     first command, the page's own moments) and the commands it ran before its first screen;
#   - memory: PSS summed over the app and every process below it (WebKitWebProcess,
#     WebKitNetworkProcess…) 3 s after that mark; and Escale's after searching and opening ten
#     files, driven through WebDriver (tauri-driver) as the end-to-end tests drive it.
# Escale opens a copy of the benchmark dataset (made by scripts/bench.sh's generator if missing;
# copied once per run), first with its key in the system keyring (the default: a private GNOME
# Keyring here), then under a passphrase of the standard Argon2id cost (64 MiB, 3 passes; a shared
# laptop), which it derives before its first screen.
# Usage: scripts/bench-startup.sh
#   ESCALE_STARTUP_RUNS=20 scripts/bench-startup.sh              more runs of each (default 10)
#   ESCALE_STARTUP_PROFILE=release-fat scripts/bench-startup.sh   another cargo profile (default release)
#   ESCALE_STARTUP_PASSPHRASE=0 scripts/bench-startup.sh         the keyring store only
#   ESCALE_BENCH_PEOPLE=10000 scripts/bench-startup.sh           a smaller dataset
# The empty window is measured twice per run: as it comes (WebKitGTK composites with OpenGL,
# emulated by llvmpipe here), and painted by the processor as Escale's window is
# (WEBKIT_DISABLE_COMPOSITING_MODE=1; src-tauri/src/rendering.rs): both ratios are printed.
# Targets: Escale ≤ 1.3× the empty window, in time and in memory, on release builds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/environment.sh
runs="${ESCALE_STARTUP_RUNS:-10}"
profile="${ESCALE_STARTUP_PROFILE:-release}"
people="${ESCALE_BENCH_PEOPLE:-100000}"
bench_data="${ESCALE_BENCH_DATA:-$PWD/bench-data}"
started=$SECONDS
step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))"; }

step "Building Escale and the empty window (profile $profile)"
scripts/install-deps.sh --test
ui_install
(cd ui && npm run --silent build)
build_started=$SECONDS
cargo build --locked --profile "$profile" -p escale-desktop -p escale-bench-empty-window -p escale-cli
binaries="$CARGO_TARGET_DIR/$profile"
[[ "$profile" == dev ]] && binaries="$CARGO_TARGET_DIR/debug"
echo "build: $((SECONDS - build_started)) s; escale-desktop $(stat -c %s "$binaries/escale-desktop") bytes," \
  "empty window $(stat -c %s "$binaries/escale-bench-empty-window") bytes"

dataset="$bench_data/people-$people"
if [[ ! -f "$dataset/escale.db" ]]; then
  step "Dataset of $people people (once)"
  ESCALE_BENCH_PEOPLE="$people" cargo run --locked --release -q -p escale-core --example generate_dataset -- --people "$people"
fi
copy="$(mktemp -d "$bench_data/startup-XXXXXX")"
trap 'rm -rf "$copy"' EXIT
cp -a "$dataset/." "$copy/"
# Written out before timing: a disk busy flushing 1.5 GB would slow the first starts.
sync

export ESCALE_STARTUP_RUNS="$runs" ESCALE_STARTUP_PASSPHRASE="${ESCALE_STARTUP_PASSPHRASE:-1}"
export BENCH_ESCALE="$binaries/escale-desktop" BENCH_EMPTY="$binaries/escale-bench-empty-window" \
  BENCH_CLI="$binaries/escale" BENCH_STORE="$copy"
# One keyring session for the whole measure: the store's key moves into it and stays there.
scripts/with-test-keyring.sh xvfb-run -a -s "-screen 0 1280x860x24" bash -c '
  set -euo pipefail
  printf "\n== The key in the system keyring, %s runs each\n" "$ESCALE_STARTUP_RUNS"
  # The dataset is made under a cheap passphrase (benches/support/dataset.rs): move its key.
  ESCALE_PASSPHRASE=benchmark-passphrase "$BENCH_CLI" --data-dir "$BENCH_STORE" key protect --keyring
  python3 benches/startup/measure.py --escale "$BENCH_ESCALE" --empty "$BENCH_EMPTY" --data "$BENCH_STORE" \
    --runs "$ESCALE_STARTUP_RUNS" --label "Escale (keyring)" --ten-files
  if [[ "$ESCALE_STARTUP_PASSPHRASE" != 0 ]]; then
    printf "\n== The key under a passphrase (Argon2id, standard cost), %s runs each\n" "$ESCALE_STARTUP_RUNS"
    ESCALE_NEW_PASSPHRASE=startup-benchmark-passphrase "$BENCH_CLI" --data-dir "$BENCH_STORE" key protect --passphrase
    python3 benches/startup/measure.py --escale "$BENCH_ESCALE" --empty "$BENCH_EMPTY" --data "$BENCH_STORE" \
      --runs "$ESCALE_STARTUP_RUNS" --label "Escale (passphrase)" --passphrase startup-benchmark-passphrase
  fi
'
step "Done"
