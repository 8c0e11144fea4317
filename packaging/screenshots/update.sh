#!/usr/bin/env bash
# Retakes the AppStream screenshots (packaging/screenshots/*.png, named in the metainfo) from
# the bundled sample directory: the demo runs the console under Xvfb, once on the users and
# once reviewing a plan made from new-starters.csv. Look at them before committing.
# Needs what the demo needs (packaging/run-demo.sh builds and installs it).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(dirname "$(dirname "$here")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY # always the Xvfb screen, whatever desktop this runs on

SCIMDESK_DEMO_SCREENSHOT="$work/main-window.png" "$top/packaging/run-demo.sh"
SCIMDESK_DEMO_SCREENSHOT="$work/review.png" SCIMDESK_DEMO_CSV="$here/new-starters.csv" \
    "$top/packaging/run-demo.sh"

# The window only: the screen's black margin goes (a black border is added, then trimmed).
for shot in main-window review; do
    convert "$work/$shot.png" -bordercolor black -border 1 -trim +repage -strip "$here/$shot.png"
    echo "wrote packaging/screenshots/$shot.png ($(identify -format '%wx%h' "$here/$shot.png"))"
done
