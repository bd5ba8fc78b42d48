#!/usr/bin/env bash
# Benchmarks of the core store on a dataset of 100,000 beneficiaries and about a million
# accompaniments, in release mode:
#   1. generates the dataset into the cache if missing (bench-data/, or $ESCALE_BENCH_DATA;
#      a few minutes, once),
#   2. runs the criterion benchmarks (means and confidence intervals),
#   3. runs the latency example (p50/p95/p99 against the targets: search ≤ 5 ms p95,
#      durable save ≤ 3 ms p95),
#   4. times the statistics of a year (target ≤ 150 ms) and of a month,
#   5. times the printed documents: a two-page summary in French beside each language (target for
#      French + Arabic: ≤ 80 ms and ≤ 120 KB),
#   6. times the national exports at 10,000 and 100,000 rows and shows their peak memory (target:
#      100,000 rows ≤ 3 s, memory flat in the number of rows),
#   7. times search as you type in the real window (release build under Xvfb, on a copy of the
#      dataset): key press to painted list, target ≤ 50 ms.
# Usage: scripts/bench.sh [--latency-only] [criterion filter…]
#   ESCALE_BENCH_WINDOW=0 scripts/bench.sh      without the window (step 7)
#   ESCALE_BENCH_PEOPLE=10000 scripts/bench.sh   a smaller dataset
#   ESCALE_BENCH_ITERATIONS=2000 scripts/bench.sh more latency samples (default 500)
# Saves are durable (one fsync per commit): they measure this machine's disk too.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/environment.sh
people="${ESCALE_BENCH_PEOPLE:-100000}"
iterations="${ESCALE_BENCH_ITERATIONS:-500}"
export ESCALE_BENCH_PEOPLE="$people"
criterion=1
if [[ "${1:-}" == "--latency-only" ]]; then
  criterion=0
  shift
fi
started=$SECONDS
step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))"; }

step "Dataset of $people people"
cargo run --locked --release -q -p escale-core --example generate_dataset -- --people "$people"

if ((criterion)); then
  step "Criterion benchmarks"
  cargo bench --locked -p escale-core --bench store -- "$@"
  step "Key derivation (passphrase and PIN)"
  cargo bench --locked -p escale-core --bench keys -- "$@"
fi

step "Latency percentiles ($iterations iterations each)"
cargo run --locked --release -q -p escale-core --example latency -- --people "$people" --iterations "$iterations"

step "Statistics of a year and of a month (target for a year: ≤ 150 ms)"
cargo run --locked --release -q -p escale-core --example bench_statistics -- --people "$people"

step "Printed documents: a two-page summary per language pair"
cargo run --locked --release -q -p escale-documents --example bench_documents

step "Exports: 10,000 and 100,000 activity rows, XLSX and CSV (time and peak memory)"
cargo run --locked --release -q -p escale-exchange --example bench_exports

if [[ "${ESCALE_BENCH_WINDOW:-1}" != 0 ]]; then
  step "Search as you type in the real window ($people people, release build)"
  scripts/install-deps.sh --test
  ui_install
  (cd ui && npm run --silent build)
  cargo build --locked --release -p escale-desktop
  dataset="${ESCALE_BENCH_DATA:-$PWD/bench-data}/people-$people"
  copy="$(mktemp -d "${ESCALE_BENCH_DATA:-$PWD/bench-data}/window-XXXXXX")"
  trap 'rm -rf "$copy"' EXIT
  cp -a "$dataset/." "$copy/"
  # The copy's 1.5 GB are written out before timing: a disk busy flushing them stalls the window.
  sync
  ESCALE_E2E_APP="$CARGO_TARGET_DIR/release/escale-desktop" ESCALE_E2E_SEARCH_DATA="$copy" \
    ESCALE_PASSPHRASE=benchmark-passphrase `# the dataset's, benches/support/dataset.rs` \
    scripts/with-test-keyring.sh xvfb-run -a -s "-screen 0 1280x860x24" \
    cargo test --locked --workspace --test desktop -- --ignored --nocapture search_as_you_type 2>&1 |
    grep -E "search as you type|test result"
fi
