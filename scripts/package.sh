#!/usr/bin/env bash
# Builds Escale's Linux installers: a .deb (Debian, Ubuntu) and an .rpm (Fedora, openSUSE), each
# holding the desktop app (escale-desktop), the command line (escale), the icons, a desktop entry
# in French and English, and the licences of everything bundled (/usr/share/doc/escale/).
# Nothing is downloaded while packaging: Tauri's bundler writes both formats itself.
#   scripts/package.sh                       release build (the default), then the packages
#   scripts/package.sh --profile dev --no-build
#       packages the debug binaries the test command has already built, as they are, without
#       compiling anything (the install test checks the package, not the optimiser)
# Prints where the packages are. ESCALE_PACKAGE_DIR receives a copy of them if set.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { printf '\n== package: %s (%ss)\n' "$*" "$((SECONDS - started))"; }

profile=release
build=1
while (($#)); do
  case "$1" in
    --profile) profile="${2:?--profile needs release or dev}"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: scripts/package.sh [--profile release|dev] [--no-build]" >&2; exit 2 ;;
  esac
done
case "$profile" in
  # xz is what Debian's own packages use: a third smaller than Tauri's gzip for these binaries.
  # A test package is compressed lightly: its size does not matter, its time does.
  release) profile_dir=release; bundle_flags=(); xz_level=9; rpm_compression='{"type": "xz", "level": 9}' ;;
  dev) profile_dir=debug; bundle_flags=(--debug); xz_level=0; rpm_compression='{"type": "gzip", "level": 1}' ;;
  *) echo "package: unknown profile $profile (release or dev)" >&2; exit 2 ;;
esac

step "System packages"
scripts/install-deps.sh
source scripts/environment.sh
ui_install

if ((build)); then
  # The interface is embedded in the desktop binary when it compiles: build it first.
  step "Interface bundle (minified, no source maps)"
  (cd ui && npm run --silent build)
  # One package per command, as scripts/run.sh and the benchmark build them: the same features,
  # so the second build reuses every crate the first compiled.
  step "Desktop app ($profile)"
  cargo build --locked --profile "$profile" -p escale-desktop
  step "Command line ($profile)"
  cargo build --locked --profile "$profile" -p escale-cli
fi

built="$CARGO_TARGET_DIR/$profile_dir"
for binary in escale-desktop escale; do
  if [[ ! -x "$built/$binary" ]]; then
    echo "package: $built/$binary is missing: build it first, or run without --no-build" >&2
    exit 1
  fi
done

step "Checks: no source map and no development server in the binary"
if [[ -n "$(find ui/dist -name '*.map' -print -quit)" ]]; then
  echo "package: ui/dist holds source maps; vite.config.ts must keep build.sourcemap false" >&2
  exit 1
fi
# A dev build of Tauri loads the interface from `build.devUrl`; the shipped binary must carry its
# own files and no such address (Vite's port is in ui/vite.config.ts).
dev_port=$(grep -oE 'port: *[0-9]+' ui/vite.config.ts | grep -oE '[0-9]+' || true)
for address in "localhost:${dev_port:-1420}" "127.0.0.1:${dev_port:-1420}" localhost:5173 sourceMappingURL; do
  if grep -qaF "$address" "$built/escale-desktop"; then
    echo "package: $built/escale-desktop contains \"$address\": it would not show the embedded interface" >&2
    exit 1
  fi
done
echo "ok: no source map in ui/dist, no development-server address or source map URL in escale-desktop"

# The bundler reads the binaries from <target>/<profile>/ and writes beside them: it works on
# copies in a folder of its own, so the binaries under test are never rewritten. The copies are
# stripped of debug information and symbols, as Debian's packages are (dh_strip): 7 MB less in a
# release build, which keeps only its debug information out; hundreds in a debug one.
step "Staging the binaries"
stage="$CARGO_TARGET_DIR/package"
rm -rf "$stage"
mkdir -p "$stage/$profile_dir"
for binary in escale-desktop escale; do
  strip --strip-all -o "$stage/$profile_dir/$binary" "$built/$binary"
done

# Debian dependencies with the versions the binaries need, computed from the libraries they
# link (as Debian's own packages do) rather than guessed. xdg-utils: `xdg-open` hands a printed
# paper to the PDF viewer. espeak-ng (a Recommends, in tauri.conf.json) reads aloud.
shlibs_dir=$(mktemp -d)
trap 'rm -rf "$shlibs_dir"' EXIT
mkdir -p "$shlibs_dir/debian"
printf 'Source: escale\n\nPackage: escale\nArchitecture: any\n' >"$shlibs_dir/debian/control"
shlibs=$(cd "$shlibs_dir" && dpkg-shlibdeps -O --warnings=0 "$stage/$profile_dir/escale-desktop" "$stage/$profile_dir/escale" 2>/dev/null)
shlibs=${shlibs#shlibs:Depends=}
[[ -n "$shlibs" ]] || { echo "package: dpkg-shlibdeps found no dependency" >&2; exit 1; }

node packaging/third-party-licenses.mjs "$stage/third-party-licenses.txt"

# What only this run knows (where the CLI binary is, the computed dependencies) is merged over
# the bundle settings of src-tauri/tauri.conf.json. The CLI is a plain file of the package
# (`files`): Tauri's `externalBin` would make every build of the desktop crate require a built
# CLI beside it, and rename it by target triple.
node - "$stage" "$profile_dir" "$shlibs" "$rpm_compression" >"$stage/linux.json" <<'JS'
const [stage, profileDir, shlibs, rpmCompression] = process.argv.slice(2);
const files = {
  "/usr/bin/escale": `${stage}/${profileDir}/escale`,
  "/usr/share/doc/escale/third-party-licenses.txt": `${stage}/third-party-licenses.txt`,
};
const depends = shlibs.split(",").map((d) => d.trim()).filter(Boolean).concat(["xdg-utils"]);
const rpm = { files, compression: JSON.parse(rpmCompression) };
console.log(JSON.stringify({ bundle: { linux: { deb: { depends, files }, rpm } } }, null, 2));
JS

step "Bundling .deb and .rpm"
CARGO_TARGET_DIR="$stage" ui/node_modules/.bin/tauri bundle "${bundle_flags[@]}" --ci \
  --bundles deb,rpm --no-binary-patching --config "$stage/linux.json"

deb=$(ls "$stage/$profile_dir"/bundle/deb/*.deb)
rpm=$(ls "$stage/$profile_dir"/bundle/rpm/*.rpm)

# Tauri writes the .deb's contents with gzip and has no setting for it: dpkg-deb unpacks it and
# builds it again with xz, as Debian does, unchanged otherwise (same control file and files).
step "Recompressing the .deb with xz (level $xz_level)"
repack="$stage/repack"
dpkg-deb --raw-extract "$deb" "$repack"
dpkg-deb --root-owner-group -Zxz "-z$xz_level" --build "$repack" "$deb" >/dev/null
rm -rf "$repack"
# Read whole before matching: `dpkg-deb … | grep -q` under pipefail fails at random when grep
# stops reading early and dpkg-deb dies of SIGPIPE.
info=$(dpkg-deb --info "$deb") || { echo "package: the recompressed .deb is unreadable" >&2; exit 1; }
grep -q 'Package: escale' <<<"$info" || { echo "package: the recompressed .deb names another package" >&2; exit 1; }
if [[ -n "${ESCALE_PACKAGE_DIR:-}" ]]; then
  mkdir -p "$ESCALE_PACKAGE_DIR"
  cp "$deb" "$rpm" "$ESCALE_PACKAGE_DIR/"
fi
step "Packages ($profile build)"
ls -l "$deb" "$rpm"
echo "deb: $deb"
echo "rpm: $rpm"
