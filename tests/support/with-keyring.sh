#!/usr/bin/env bash
# Runs a command against the real Secret Service: a private D-Bus session with a fresh,
# unlocked gnome-keyring whose files live in a temporary directory (never the user's keyring).
set -euo pipefail

if [ -z "${SCIMDESK_KEYRING_SESSION:-}" ]; then
    export SCIMDESK_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/scimdesk-keyring.XXXXXX")
cleanup() {
    [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
    rm -rf "$keyring_home"
}
trap cleanup EXIT

export XDG_DATA_HOME="$keyring_home/data"
export XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The password only unlocks this throwaway keyring.
eval "$(printf '%s' 'scimdesk-test-keyring' \
    | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID

"$@"
