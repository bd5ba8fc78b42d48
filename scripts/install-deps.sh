#!/usr/bin/env bash
# Installs what Escale needs on a Debian 12 machine to build, run and test it.
# Idempotent: packages already present are skipped, so it is cheap to call before every run.
#   scripts/install-deps.sh          build + run the desktop app
#   scripts/install-deps.sh --test   also the headless test chain (Xvfb, WebDriver, keyring, PDF tools)
set -euo pipefail

# espeak-ng: the offline voices that read the screen turned toward the person aloud, in the
# languages the web view's own speech synthesis lacks (started by the app, never a network voice).
# xdg-utils: `xdg-open` hands a printed paper to the laptop's PDF viewer, which prints it.
# mold: a linker several times faster than the default one (scripts/environment.sh).
build_packages=(
  build-essential pkg-config curl wget file perl make mold
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  nodejs npm espeak-ng xdg-utils
)
# strace and util-linux (unshare, mount): the no-network test traces the CLI's sockets in a
# network namespace; the damage tests mount small tmpfs (read-only, full disk).
# debootstrap and desktop-file-utils: the install test puts the .deb into a clean Debian root
# and checks its desktop entry (scripts/install-test.sh).
test_packages=(
  xvfb xauth webkit2gtk-driver dbus dbus-x11 gnome-keyring libsecret-tools
  imagemagick x11-utils poppler-utils qpdf strace util-linux mount
  debootstrap desktop-file-utils
)

wanted=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then
  wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    # node and npm may come from elsewhere than Debian (nodesource, nvm); a working binary is enough.
    if [[ "$package" == nodejs ]] && command -v node >/dev/null; then continue; fi
    if [[ "$package" == npm ]] && command -v npm >/dev/null; then continue; fi
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  echo "escale: installing system packages: ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
  echo "escale: Rust (cargo) is required; install it with rustup and run this again." >&2
  exit 1
fi

if [[ "${1:-}" == "--test" ]] && ! command -v tauri-driver >/dev/null; then
  echo "escale: installing tauri-driver (WebDriver bridge for the end-to-end tests)"
  cargo install tauri-driver --locked --version "^2"
fi
