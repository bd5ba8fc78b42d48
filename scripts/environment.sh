# Sourced by the run and test scripts: where build caches live.
# They are kept outside the clone so that later runs on the same machine reuse them
# (a cold machine compiles each crate once: about 20 minutes of the test command on 2 cores).
escale_cache="${ESCALE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/escale}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$escale_cache/target}"
export npm_config_cache="${npm_config_cache:-$escale_cache/npm}"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
mkdir -p "$CARGO_TARGET_DIR" "$npm_config_cache"

# mold links the big test and app binaries several times faster than the default linker
# (scripts/install-deps.sh installs it). Target rustflags, so that RUSTFLAGS set by a tool
# (cargo fuzz) still take precedence.
if command -v mold >/dev/null && [[ -z "${CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS:-}" ]] \
  && [[ "$(uname -m)" == x86_64 ]]; then
  export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS="-C link-arg=-fuse-ld=mold"
fi

# Installs the UI's packages exactly as locked, unless they already are.
ui_install() {
  if [[ ! -f ui/node_modules/.package-lock.json || ui/package-lock.json -nt ui/node_modules/.package-lock.json ]]; then
    (cd ui && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
