#!/usr/bin/env bash
# Quick start, command 1: install what is needed, build, and open the console on the bundled
# sample directory — the SCIM test service in its Lucid profile, seeded with a few thousand
# users and a few dozen groups, its token put in the OS keychain, a "Sample directory"
# connection ready. Safe to run again.
#
# Environment: SCIMDESK_DEMO_USERS (default 3000), SCIMDESK_DEMO_GROUPS (default 40),
# SCIMDESK_DEMO_SCREENSHOT=FILE: with no display, where to save a screenshot (default
# build/demo/screenshot.png), SCIMDESK_DEMO_SECONDS: with no display, how long to run (default 20),
# SCIMDESK_DEMO_CSV=FILE: make a provisioning plan from this HR file and open it for review.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
demo="$top/build/demo"
name="Sample directory"

if [ -z "${SCIMDESK_DEMO_INNER:-}" ]; then
    bash "$top/packaging/install-deps.sh"
    cmake --preset ci -S "$top" >/dev/null
    cmake --build --preset ci --target scimdesk scimdesk-cli
fi

cli="$top/build/ci/app/cli/scimdesk-cli"
gui="$top/build/ci/ui/scimdesk"
mkdir -p "$demo"

# The token must go to a Secret Service. A desktop session has one; a bare console or SSH
# session does not, so give the demo its own D-Bus session and keyring (kept under build/demo).
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -z "${SCIMDESK_DEMO_INNER:-}" ]; then
    export SCIMDESK_DEMO_INNER=1
    exec dbus-run-session -- "$0" "$@"
fi
if [ -n "${SCIMDESK_DEMO_INNER:-}" ]; then
    mkdir -p "$demo/keyring-data"
    eval "$(printf '%s' 'scimdesk-demo' \
        | XDG_DATA_HOME="$demo/keyring-data" gnome-keyring-daemon --unlock --components=secrets --daemonize)"
    export GNOME_KEYRING_CONTROL
fi

# The sample directory: a fresh, random Lucid-shaped token every run.
token=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
"$top/tests/scim-server/ctl.sh" stop "$demo/server" >/dev/null 2>&1 || true
port=$(SCIM_SERVER_TOKEN="$token" "$top/tests/scim-server/ctl.sh" start "$demo/server" \
    --profile lucid --users "${SCIMDESK_DEMO_USERS:-3000}" --groups "${SCIMDESK_DEMO_GROUPS:-40}")
trap '"$top/tests/scim-server/ctl.sh" stop "$demo/server" >/dev/null 2>&1 || true' EXIT

"$cli" connection remove "$name" >/dev/null 2>&1 || true
printf '%s' "$token" | "$cli" connection add "$name" --url "http://127.0.0.1:$port/scim/v2" \
    --preset lucid --token-stdin
unset token
"$cli" connection test "$name"

open=()
if [ -n "${SCIMDESK_DEMO_CSV:-}" ]; then
    "$cli" plan -c "$name" --csv "$SCIMDESK_DEMO_CSV" --mode provision -o "$demo/plan.json"
    open=("$demo/plan.json")
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    "$gui" --connection "$name" "${open[@]}"
else
    shot="${SCIMDESK_DEMO_SCREENSHOT:-$demo/screenshot.png}"
    seconds="${SCIMDESK_DEMO_SECONDS:-20}"
    echo "No display: running the console under Xvfb for ${seconds}s; screenshot: $shot"
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$1" --connection "$2" "${@:5}" & app=$!
        sleep "$3"
        import -window root "$4" || echo "screenshot failed (is imagemagick installed?)"
        kill $app; wait $app 2>/dev/null || true' _ "$gui" "$name" "$seconds" "$shot" "${open[@]}"
fi
