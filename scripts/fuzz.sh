#!/usr/bin/env bash
# Fuzzes the backup reader for a bounded time: scripts/fuzz.sh [SECONDS] (default 60).
#
# Stable Rust is enough: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass the -Z flags it needs
# (AddressSanitizer, coverage). The fuzz build, the corpus it grows and any crash it finds live
# outside the clone, in ~/.cache/escale/fuzz (ESCALE_CACHE_DIR to move it), so later runs reuse
# them; the committed seeds in fuzz/seeds/ are the starting point on a cold machine.
# Exits non-zero when a crash, a leak, a timeout or an allocation over the limit is found; the
# input is then saved under $fuzz_cache/artifacts/ and its path printed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
target=backup_reader

escale_cache="${ESCALE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/escale}"
fuzz_cache="$escale_cache/fuzz"
mkdir -p "$fuzz_cache/corpus/$target" "$fuzz_cache/artifacts/$target"

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1

# -malloc_limit_mb: the reader must never allocate in proportion to what a header claims
# (its cap is 64 KiB); -max_len: a seed's size with room to grow (a header and one page).
cargo fuzz run "$target" \
  --target-dir "$fuzz_cache/target" \
  "$fuzz_cache/corpus/$target" fuzz/seeds/$target \
  -- \
  -max_total_time="$seconds" \
  -max_len=16384 \
  -rss_limit_mb=1024 \
  -malloc_limit_mb=64 \
  -timeout=10 \
  -artifact_prefix="$fuzz_cache/artifacts/$target/" \
  -print_final_stats=1
