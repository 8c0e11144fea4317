#!/usr/bin/env bash
# The accessibility walk: the console on a small Lucid-shaped directory, under Xvfb with Qt's
# AT-SPI bridge on, walked by walk-tree.py through the accessibility tree as a screen reader
# sees it. Runs inside with-keyring.sh (a private D-Bus session with a keyring), which CTest
# puts around it.
#
# Environment: SCIMDESK_GUI, SCIMDESK_CLI (the programs), SCIMDESK_SCIM_SERVER_DIR,
# XDG_CONFIG_HOME (emptied first), SCIMDESK_A11Y_SCREENSHOTS=DIR (optional: screenshots of what
# the walk opens), SCIMDESK_A11Y_SCREEN (default 1600x1000x24), QT_SCALE_FACTOR (optional).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3 # Debian's python3-pyatspi is installed for this interpreter only
launcher=/usr/libexec/at-spi-bus-launcher

fail() {
    echo "run-walk.sh: $*" >&2
    exit 1
}
[ -x "$launcher" ] || fail "$launcher is missing: install at-spi2-core (packaging/install-deps.sh)"
"$python" -c 'import pyatspi' 2>/dev/null \
    || fail "$python cannot import pyatspi: install python3-pyatspi (packaging/install-deps.sh)"
command -v xvfb-run >/dev/null || fail "xvfb-run is missing: install xvfb (packaging/install-deps.sh)"
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || fail "no D-Bus session: run under tests/support/with-keyring.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/scimdesk-a11y.XXXXXX")
cleanup() {
    "$SCIMDESK_SCIM_SERVER_DIR/ctl.sh" stop "$work/server" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
rm -rf "${XDG_CONFIG_HOME:?}"
mkdir -p "$XDG_CONFIG_HOME"

# A directory of its own, so that no other test resets it under the walk.
token=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
port=$(SCIM_SERVER_TOKEN="$token" "$SCIMDESK_SCIM_SERVER_DIR/ctl.sh" start "$work/server" \
    --profile lucid --users 120 --groups 6) || fail "the SCIM test service did not start"
name="Accessibility check"
printf '%s' "$token" | "$SCIMDESK_CLI" connection add "$name" \
    --url "http://127.0.0.1:$port/scim/v2" --preset lucid --token-stdin >/dev/null

# An HR file the console opens in the import dialog: two new hires and a row with an error.
cat >"$work/new-hires.csv" <<'CSV'
Email,First Name,Last Name,Lucidchart
a11y.one@example.com,Ada,Lovelace,yes
a11y.two@example.com,Grace,Hopper,no
not-an-email,Broken,Row,maybe
CSV

export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
export NO_AT_BRIDGE=0 SCIMDESK_A11Y_WORK="$work"
xvfb-run -a -s "-screen 0 ${SCIMDESK_A11Y_SCREEN:-1600x1000x24}" bash -c '
    "$1" --launch-immediately --a11y=1 & bus=$!
    "$2" --connection "$3" "$4" & app=$!
    status=0
    "$5" "$6" --pid "$app" || status=$?
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    kill "$bus" 2>/dev/null || true
    exit $status' _ "$launcher" "$SCIMDESK_GUI" "$name" "$work/new-hires.csv" \
    "$python" "$here/walk-tree.py"
