#!/usr/bin/env bash
# Installs Escale's .deb into a clean Debian 12 root, as a mediator's laptop would get it, and
# checks that:
#   - its dependencies resolve from Debian's own archive alone (nothing else is configured there);
#   - `escale --version` and `escale init` work, as an ordinary user with a fresh home;
#   - the desktop app starts and shows its window (a screenshot is saved and must not be blank);
#   - removing and purging the package leaves that user's data folder untouched.
#   scripts/install-test.sh [PACKAGE.deb]     (default: the newest one scripts/package.sh made)
# The clean root is made once with debootstrap and cached outside the clone, with the downloaded
# packages and apt's lists; every run starts from a fresh copy of it, so nothing a previous run
# installed can hide a missing dependency. Root only (chroot, mounts): CI runs as root.
# ESCALE_SKIP_INSTALL_TEST=1 skips it elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step_started=""
# Prints how long the previous step took, then the next step's title.
step() {
  if [[ -n "$step_started" ]]; then printf -- '-- %ss\n' "$((SECONDS - step_started))"; fi
  printf '\n== install test: %s\n' "$*"
  step_started=$SECONDS
}

if [[ $(id -u) -ne 0 ]]; then
  if [[ "${ESCALE_SKIP_INSTALL_TEST:-}" == 1 ]]; then
    echo "install test skipped (ESCALE_SKIP_INSTALL_TEST=1)"
    exit 0
  fi
  echo "install test: must run as root (debootstrap, chroot, mounts); ESCALE_SKIP_INSTALL_TEST=1 skips it" >&2
  exit 1
fi

scripts/install-deps.sh --test
source scripts/environment.sh

deb="${1:-}"
if [[ -z "$deb" ]]; then
  deb=$(ls -t "$CARGO_TARGET_DIR"/package/*/bundle/deb/*.deb 2>/dev/null | head -n 1 || true)
fi
if [[ ! -f "$deb" ]]; then
  echo "install test: no .deb found (run scripts/package.sh first, or give its path)" >&2
  exit 1
fi
deb=$(realpath "$deb")
echo "package: $deb ($(du -h "$deb" | cut -f1))"

# The archive the host installs Debian from (its deb.debian.org entry), Debian's suite for Debian 12.
suite="${ESCALE_INSTALL_TEST_SUITE:-bookworm}"
mirror="${ESCALE_DEBIAN_MIRROR:-$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -n 1 | tr -d ' ' || true)}"
mirror="${mirror:-http://deb.debian.org/debian}"
mirror="${mirror%/}"
security_mirror="${ESCALE_DEBIAN_SECURITY_MIRROR:-${mirror%/debian}/debian-security}"

cache="$escale_cache/install-root"
base="$cache/base-$suite"
root="$cache/run"
screenshots="$CARGO_TARGET_DIR/install-test"
mkdir -p "$cache/apt-archives/partial" "$cache/apt-lists/partial" "$screenshots"

mounted=()
xvfb_pid=""
app_pgid=""
cleanup() {
  set +e
  if [[ -n "$app_pgid" ]]; then kill -- "-$app_pgid" 2>/dev/null; fi
  if [[ -n "$xvfb_pid" ]]; then kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; fi
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -R "${mounted[i]}" 2>/dev/null || umount -R -l "${mounted[i]}"
  done
  mounted=()
}
trap cleanup EXIT

# Removes the working root, refusing while it or anything inside it is still mounted: with /dev
# bound there, `rm -rf` would empty the host's /dev. --one-file-system is the second guard.
remove_root() {
  # Read whole, then matched: under pipefail, `findmnt | grep -q` fails when grep stops early.
  local mounted
  mounted=$(findmnt -rn -o TARGET)
  if grep -qE "^$root(/|$)" <<<"$mounted"; then
    echo "install test: something is still mounted under $root; not removing it" >&2
    findmnt -rn -o TARGET | grep -F "$root/" >&2
    exit 1
  fi
  rm -rf --one-file-system "$root"
}

bind() { # bind SOURCE TARGET_IN_ROOT
  mkdir -p "$root$2"
  mount --rbind "$1" "$root$2"
  mount --make-rslave "$root$2"
  mounted+=("$root$2")
}

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
# The mediator: an ordinary account with a fresh home, as on a laptop.
as_mediator() {
  chroot --userspec=1000:1000 "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/mediatrice \
    XDG_DATA_HOME=/home/mediatrice/.local/share XDG_RUNTIME_DIR=/tmp/runtime-mediatrice "$@"
}

step "Clean Debian root ($suite from $mirror)"
if [[ ! -f "$base/.escale-base-complete" ]]; then
  echo "making the base root once with debootstrap (cached in $base)"
  rm -rf --one-file-system "$base"
  debootstrap --variant=minbase --cache-dir="$cache/apt-archives" "$suite" "$base" "$mirror"
  cat >"$base/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security_mirror $suite-security main
EOF
  # Packages installed in a chroot must not start services on the host.
  printf '#!/bin/sh\nexit 101\n' >"$base/usr/sbin/policy-rc.d"
  chmod +x "$base/usr/sbin/policy-rc.d"
  chroot "$base" useradd --create-home --uid 1000 --shell /bin/bash mediatrice
  chroot "$base" apt-get clean
  touch "$base/.escale-base-complete"
fi
if [[ -e "$root" ]]; then remove_root; fi # what an interrupted run left
# The working root lives in memory: copying the base, dpkg's many small synced writes and the
# final removal cost seconds there instead of minutes on a slow disk. About 1 GB while it runs.
mkdir -p "$root"
mount -t tmpfs -o size=4G,mode=755 escale-install-root "$root"
mounted+=("$root")
cp -a "$base/." "$root/"
# Downloaded packages and apt's lists are kept between runs (they are downloads, not installed state).
bind "$cache/apt-archives" /var/cache/apt/archives
bind "$cache/apt-lists" /var/lib/apt/lists
bind /proc /proc
bind /sys /sys
bind /dev /dev
cp "$deb" "$root/tmp/escale.deb"

step "apt-get update (Debian's archive only)"
if ! in_root apt-get update -qq; then
  if ls "$cache/apt-lists/"*_Packages* >/dev/null 2>&1; then
    echo "warning: the Debian archive did not answer; using the lists of the previous run" >&2
  else
    echo "install test: the Debian archive did not answer and no lists are cached" >&2
    exit 1
  fi
fi
echo "sources: $(grep -v '^#' "$root/etc/apt/sources.list" | tr '\n' ';')"

step "Install the package with its dependencies (without Recommends: the Depends must suffice)"
in_root apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 /tmp/escale.deb >"$screenshots/apt-install.log" 2>&1 ||
  { tail -n 40 "$screenshots/apt-install.log" >&2; echo "install test: apt-get could not install the .deb from Debian alone" >&2; exit 1; }
grep -cE '^(Setting up|Unpacking) ' "$screenshots/apt-install.log" | xargs printf 'dpkg steps: %s\n'
in_root dpkg-query -W -f='${Status}\n' escale | grep -qx 'install ok installed' ||
  { echo "install test: escale is not installed after apt-get" >&2; exit 1; }
# The Recommends must exist in Debian too (apt would silently skip a missing one): resolved, not installed.
recommends=$(in_root dpkg-query -W -f='${Recommends}' escale | tr -d ' ' | tr ',' ' ')
if [[ -n "$recommends" ]]; then
  # shellcheck disable=SC2086
  in_root apt-get install -s -qq $recommends >/dev/null ||
    { echo "install test: the Recommends ($recommends) do not resolve from Debian" >&2; exit 1; }
  echo "ok: Recommends resolve: $recommends"
fi
for path in /usr/bin/escale /usr/bin/escale-desktop /usr/share/applications/Escale.desktop \
  /usr/share/icons/hicolor/256x256/apps/escale-desktop.png /usr/share/icons/hicolor/48x48/apps/escale-desktop.png \
  /usr/share/doc/escale/copyright /usr/share/doc/escale/fonts/OFL.txt /usr/share/doc/escale/third-party-licenses.txt; do
  [[ -e "$root$path" ]] || { echo "install test: $path is missing from the installed package" >&2; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/Escale.desktop"
grep -q '^Name=Escale$' "$root/usr/share/applications/Escale.desktop" &&
  grep -q '^Comment\[fr\]=' "$root/usr/share/applications/Escale.desktop" &&
  grep -q '^GenericName\[fr\]=' "$root/usr/share/applications/Escale.desktop" ||
  { echo "install test: the desktop entry lacks its French or English text" >&2; exit 1; }
echo "ok: binaries, icons, desktop entry (valid, French and English) and licences installed"

step "The command line: escale --version, escale init"
version=$(as_mediator escale --version)
echo "$version"
[[ "$version" == "escale "* ]] || { echo "install test: unexpected escale --version: $version" >&2; exit 1; }
data_dir="$root/home/mediatrice/.local/share/fr.escale.app"
# No keyring in a bare root: the store is protected by a passphrase, read from the environment.
as_mediator env ESCALE_PASSPHRASE="install test passphrase" escale --lang en init --passphrase --json >"$screenshots/init.json"
grep -q '"recoveryKey"' "$screenshots/init.json" || { echo "install test: escale init printed no recovery key" >&2; exit 1; }
[[ -s "$data_dir/escale.db" ]] || { echo "install test: escale init wrote no database in $data_dir" >&2; exit 1; }
as_mediator env ESCALE_PASSPHRASE="install test passphrase" escale --lang en beneficiary add \
  --first-name Élodie --last-name "N'Diaye" --birth-year 1957 >/dev/null
found=$(as_mediator env ESCALE_PASSPHRASE="install test passphrase" escale --lang en beneficiary search ndiaye) ||
  { echo "install test: the store escale init made does not open again" >&2; exit 1; }
grep -q "Élodie" <<<"$found" || { echo "install test: the person added is not found: $found" >&2; exit 1; }
echo "ok: the store is created in ~/.local/share/fr.escale.app, opens again and finds the person added"

step "The desktop app starts under Xvfb and shows its window"
# A private X server on the host, reached from the root through its socket. Xvfb picks a free
# display itself (-displayfd), so that other tests' servers running at the same time never clash.
Xvfb -displayfd 3 -screen 0 1280x860x24 -nolisten tcp 3>"$screenshots/xvfb.display" >"$screenshots/xvfb.log" 2>&1 &
xvfb_pid=$!
display_number=""
for _ in $(seq 100); do
  display_number=$(tr -dc 0-9 <"$screenshots/xvfb.display")
  [[ -n "$display_number" && -S /tmp/.X11-unix/X$display_number ]] && break
  sleep 0.1
done
[[ -n "$display_number" && -S /tmp/.X11-unix/X$display_number ]] ||
  { cat "$screenshots/xvfb.log" >&2; echo "install test: Xvfb did not start" >&2; exit 1; }
bind /tmp/.X11-unix /tmp/.X11-unix
export DISPLAY=":$display_number"
# A second data folder, empty, so that the window shows the first-start screen (the one the CLI
# made would ask for its passphrase instead).
setsid chroot --userspec=1000:1000 "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/mediatrice \
  DISPLAY="$DISPLAY" NO_AT_BRIDGE=1 XDG_RUNTIME_DIR=/tmp/runtime-mediatrice \
  XDG_DATA_HOME=/home/mediatrice/window-data escale-desktop >"$screenshots/escale-desktop.log" 2>&1 &
app_pgid=$!
window=""
for _ in $(seq 120); do
  window=$(xwininfo -root -tree 2>/dev/null | grep -E '"Escale": \(' | head -n 1 | awk '{print $1}' || true)
  [[ -n "$window" ]] && break
  kill -0 "$app_pgid" 2>/dev/null || { cat "$screenshots/escale-desktop.log" >&2; echo "install test: escale-desktop exited" >&2; exit 1; }
  sleep 0.5
done
[[ -n "$window" ]] || { echo "install test: no window titled Escale within 60 s" >&2; exit 1; }
echo "window $window titled \"$(xprop -id "$window" _NET_WM_NAME WM_NAME | head -n 1 | cut -d'"' -f2)\", class $(xprop -id "$window" WM_CLASS | cut -d= -f2)"
# The interface paints after the window maps: wait until the window is no longer one colour.
deviation=0
for _ in $(seq 60); do
  sleep 0.5
  import -window "$window" "$screenshots/first-start.png" 2>/dev/null || continue
  deviation=$(identify -format '%[fx:standard_deviation]' "$screenshots/first-start.png")
  awk -v d="$deviation" 'BEGIN { exit !(d > 0.05) }' && break
done
sleep 1 # the text settles (fonts load after the first paint)
import -window "$window" "$screenshots/first-start.png"
deviation=$(identify -format '%[fx:standard_deviation]' "$screenshots/first-start.png")
colours=$(identify -format '%k' "$screenshots/first-start.png")
echo "screenshot: $screenshots/first-start.png (standard deviation $deviation, $colours colours)"
awk -v d="$deviation" 'BEGIN { exit !(d > 0.05) }' && ((colours > 50)) ||
  { echo "install test: the window stays blank (deviation $deviation, $colours colours)" >&2; exit 1; }
kill -0 "$app_pgid" || { echo "install test: escale-desktop exited after showing its window" >&2; exit 1; }
[[ ! -e "$root/home/mediatrice/window-data/fr.escale.app/escale.db" ]] ||
  { echo "install test: the window created a store without being asked" >&2; exit 1; }
kill -- "-$app_pgid"
wait "$app_pgid" 2>/dev/null || true
app_pgid=""
echo "ok: the window shows the first-start screen and created nothing on its own"

step "Remove and purge: the mediator's data stays"
printf 'kept\n' >"$data_dir/mediator-file.txt"
before=$(cd "$data_dir" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
in_root apt-get remove -y -qq escale >/dev/null
[[ ! -e "$root/usr/bin/escale" && ! -e "$root/usr/bin/escale-desktop" ]] ||
  { echo "install test: apt-get remove left the binaries" >&2; exit 1; }
# A package installed from a file leaves apt's view once removed: dpkg purges whatever is left
# (the package has no configuration files today, so nothing should be).
in_root dpkg --purge escale >/dev/null
if in_root dpkg-query -W -f='${db:Status-Abbrev}' escale 2>/dev/null | grep -qv '^un\|^$'; then
  echo "install test: escale is still known to dpkg after purge" >&2
  exit 1
fi
after=$(cd "$data_dir" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
[[ "$before" == "$after" ]] || { echo "install test: removing the package changed the data folder" >&2; diff <(echo "$before") <(echo "$after") >&2; exit 1; }
echo "ok: removed and purged; the data folder kept its $(echo "$after" | wc -l) files unchanged"

step "Clean up"
cleanup
remove_root
printf -- '-- %ss\n\ninstall test passed in %ss\n' "$((SECONDS - step_started))" "$((SECONDS - started))"
