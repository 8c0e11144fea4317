#!/usr/bin/env bash
# Renders the PNG icons under resources/icons/hicolor from the scalable icon. Run it after
# changing resources/icons/io.github.scimdesk.ScimDesk.svg and commit what it writes; the build
# installs the committed PNGs and needs no SVG renderer.
# Needs rsvg-convert (Debian: librsvg2-bin, in packaging/install-deps.sh).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
id=io.github.scimdesk.ScimDesk
svg="$top/resources/icons/$id.svg"

for size in 16 22 24 32 48 64 128 256 512; do
    dir="$top/resources/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" --output "$dir/$id.png"
done
echo "render-icons: wrote resources/icons/hicolor/*/apps/$id.png"
