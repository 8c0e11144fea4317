#!/usr/bin/env bash
# Installs everything ScimDesk needs to build, test and run its demo on Debian 12.
# The one list of dependencies: README's two commands and .ci/run call this. Safe to run twice.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(dirname "$here")

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

debian_packages=(
    # build
    build-essential cmake ninja-build pkg-config git
    # Qt 6.4 and QtKeychain 0.13 as Debian 12 ships them
    qt6-base-dev qt6-base-dev-tools qtkeychain-qt6-dev libgl-dev
    # the real Secret Service for keychain tests and the demo
    dbus dbus-daemon gnome-keyring
    # offscreen/X11 runs and screenshots
    xvfb xauth fonts-dejavu-core imagemagick
    # fuzzing the CSV and plan readers with libFuzzer
    clang
    # the Debian package: CPack's shlibdeps (dpkg-dev, file), the man pages (help2man, man-db),
    # its checks (lintian, appstream, desktop-file-utils), the PNG icons (librsvg2-bin)
    dpkg-dev file help2man man-db lintian appstream desktop-file-utils librsvg2-bin
    # translations: lupdate/lrelease, Qt's CMake commands for them (qt6-tools-dev), Qt's own
    # German strings for standard buttons and dialogs, and python3 for the completeness check
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n python3
    # the accessibility walk: the AT-SPI bus and Debian's python3 bindings (run with /usr/bin/python3)
    at-spi2-core python3-pyatspi
    # OAuth 2.0 sign-in for Lucid's REST API (document hand-over)
    qt6-networkauth-dev
    # benchmarks: a plain download as the floor (curl) and peak memory (GNU time)
    curl time
)

missing=()
for p in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node.js runs the SCIM test service. Keep an existing Node (it may come with its own npm).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "install-deps: Debian packages already present"
fi

# The SCIM test service's npm packages, exactly as the lockfile pins them.
server="$top/tests/scim-server"
if [ -f "$server/package-lock.json" ]; then
    if [ ! -d "$server/node_modules" ] || [ "$server/package-lock.json" -nt "$server/node_modules/.package-lock.json" ]; then
        echo "install-deps: npm ci in tests/scim-server"
        (cd "$server" && npm ci --no-audit --no-fund --loglevel=error)
    else
        echo "install-deps: tests/scim-server/node_modules up to date"
    fi
fi
