#!/usr/bin/env bash
# Fuzzes the readers of untrusted files, each for a bounded time:
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# SECONDS (default 60) is the time of each target; the targets are every one of fuzz/Cargo.toml
# unless named: backup_reader (backups from USB keys), exchange_xlsx_reader and
# exchange_csv_reader (spreadsheets of people to import).
#
# Stable Rust is enough: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass the -Z flags it needs
# (AddressSanitizer, coverage). The fuzz build, the corpus it grows and any crash it finds live
# outside the clone, in ~/.cache/escale/fuzz (ESCALE_CACHE_DIR to move it), so later runs reuse
# them; the committed seeds in fuzz/seeds/<target>/ are the starting point on a cold machine.
# Exits non-zero when a crash, a leak, a timeout or an allocation over the limit is found; the
# input is then saved under $fuzz_cache/artifacts/<target>/ and its path printed. Every target
# runs even when an earlier one failed, so one run reports them all.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
if [[ $# -gt 0 ]]; then
  targets=("$@")
else
  targets=(backup_reader exchange_xlsx_reader exchange_csv_reader)
fi

escale_cache="${ESCALE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/escale}"
fuzz_cache="$escale_cache/fuzz"

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1

# What each target may take. -malloc_limit_mb: no single allocation beyond what the reader is
# meant to hold (the backup header's cap is 64 KiB; a spreadsheet's unpacked parts are capped
# at 160 MiB, read in 64 KiB pieces); -max_len: a seed's size with room to grow.
limits() {
  case "$1" in
    backup_reader) echo "-max_len=16384 -rss_limit_mb=1024 -malloc_limit_mb=64" ;;
    exchange_xlsx_reader) echo "-max_len=65536 -rss_limit_mb=2048 -malloc_limit_mb=512" ;;
    exchange_csv_reader) echo "-max_len=16384 -rss_limit_mb=1024 -malloc_limit_mb=256" ;;
    *) echo "scripts/fuzz.sh: unknown target $1" >&2; return 1 ;;
  esac
}

failed=()
for target in "${targets[@]}"; do
  target_limits="$(limits "$target")"
  mkdir -p "$fuzz_cache/corpus/$target" "$fuzz_cache/artifacts/$target"
  echo "== $target ($seconds s)"
  # shellcheck disable=SC2086 # the limits are separate words
  if ! cargo fuzz run "$target" \
    --target-dir "$fuzz_cache/target" \
    "$fuzz_cache/corpus/$target" "fuzz/seeds/$target" \
    -- \
    -max_total_time="$seconds" \
    $target_limits \
    -timeout=10 \
    -artifact_prefix="$fuzz_cache/artifacts/$target/" \
    -print_final_stats=1; then
    failed+=("$target")
  fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "scripts/fuzz.sh: found a problem in: ${failed[*]}" >&2
  exit 1
fi
