#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked GNOME Keyring, as a
# logged-in desktop session has: the store's key then goes to a real Secret Service. The
# keyring lives in a throwaway folder and disappears with the session.
set -euo pipefail
if [[ -z "${ESCALE_TEST_SESSION:-}" ]]; then
  exec dbus-run-session -- env ESCALE_TEST_SESSION=1 "$0" "$@"
fi
keyring_home=$(mktemp -d)
# The window's web processes may still be flushing their storage into the folder for a moment
# after the app is closed: retry the removal, and keep the command's own exit status.
trap 'status=$?; for _ in 1 2 3 4 5; do rm -rf "$keyring_home" 2>/dev/null && break; sleep 1; done; exit $status' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A non-empty password: with an empty one the daemon waits for a graphical prompt.
eval "$(printf 'escale-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
