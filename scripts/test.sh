#!/usr/bin/env bash
# Installs what is missing and runs every test of Escale:
#   UI type checks · the core's independence from Tauri · every Rust test (core, CLI, desktop
#   commands, generated bindings, real-keyring tests) · the end-to-end test of the real window
#   under Xvfb through WebDriver · the .deb installed into a clean Debian 12 root.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))"; }

step "System packages"
scripts/install-deps.sh --test
source scripts/environment.sh

step "UI: install, type-check, build"
ui_install
(cd ui && npm run --silent check && npm run --silent build)

step "escale-core, escale-documents and escale-cli know nothing of Tauri"
for crate in escale-core escale-documents escale-cli; do
  # The tree is read whole before matching: `cargo tree | grep -q` under pipefail would pass
  # exactly when tauri is found (grep stops early, cargo tree dies of SIGPIPE).
  tree=$(cargo tree --locked -p "$crate" -e normal,build --prefix none)
  if grep -qE '^tauri[ -]' <<<"$tree"; then
    echo "$crate depends on tauri: the core must stay free of the window" >&2
    exit 1
  fi
done
echo "ok: no tauri in the dependency trees of escale-core, escale-documents and escale-cli"

# Every cargo command below is `cargo test --workspace` with no target filter, so they all resolve
# the same features and share one build: each crate is compiled once (a `-p`, `--exclude` or
# `--test` selection, or a `cargo build`, would compile Tauri and its tree a second time). The
# desktop binary driven by the end-to-end tests is the one this build makes.
#
# The proofs of "nothing is lost or leaked" run in their own step below, where their figures
# are printed; they are skipped here so that they do not run twice.
proofs=(no_loss:: damage:: network::)
step "Rust tests (inside a D-Bus session with a real, unlocked keyring)"
scripts/with-test-keyring.sh cargo test --locked --workspace -- "${proofs[@]/#/--skip=}"

# A writer is killed 300 times (ESCALE_NO_LOSS_RUNS) at random points of its saves; damaged
# files, a read-only and a full disk (small tmpfs mounts, root only: skipped with a printed
# reason otherwise); the CLI under `unshare -n` + strace. --nocapture shows the figures
# ("no-loss: 300 kills, 0 losses, …"). Bounded: about a minute on 2 cores, plus a 10-minute
# timeout in case a killed writer or a mount ever hangs.
step "Proofs: no loss under kills, damaged files and disks, no network"
timeout 600 cargo test --locked --workspace -- "${proofs[@]}" --nocapture

# The readers of untrusted files (backups from USB keys, spreadsheets of people to import):
# 30 seconds of coverage-guided fuzzing for each of the three on every run, 90 s in all (corpus
# and build cached in ~/.cache/escale/fuzz; the first build takes minutes).
step "Fuzz the backup and spreadsheet readers (3 x 30 s)"
scripts/fuzz.sh 30

# The ignored tests: the real window under Xvfb through WebDriver, and the tests that need a
# real, unlocked keyring (inside a D-Bus session).
step "End-to-end: the real window under Xvfb; the real keyring"
ESCALE_E2E_SCREENSHOTS="${ESCALE_E2E_SCREENSHOTS:-$CARGO_TARGET_DIR/e2e-screenshots}" \
  scripts/with-test-keyring.sh xvfb-run -a -s "-screen 0 1280x860x24" \
  cargo test --locked --workspace -- --ignored --test-threads=1

# The installer as a mediator gets it: the binaries built above (the test profile; the release
# .deb is `scripts/package.sh`) packaged without compiling, then installed into a clean Debian 12
# root (debootstrap, cached outside the clone): dependencies from Debian alone, the CLI, the
# window's first screen under Xvfb, data kept after purge. About 35 s warm, 2 min cold.
step "Installer: the .deb installed into a clean Debian 12 root"
scripts/package.sh --profile dev --no-build
scripts/install-test.sh

step "All tests passed"
