#!/usr/bin/env bash
# Rasterises build/icon.svg into every PNG the installers need. The PNGs are committed, so
# this only has to run again after the SVG changes. electron-builder makes the Windows .ico
# and the macOS .icns from build/icon.png; Linux desktops pick from build/icons/.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v rsvg-convert >/dev/null; then
  echo "rsvg-convert is missing. Install it with: sudo apt-get install -y librsvg2-bin" >&2
  exit 1
fi

source_svg=build/icon.svg
rsvg-convert --width 1024 --height 1024 "$source_svg" --output build/icon.png

mkdir -p build/icons
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$source_svg" --output "build/icons/${size}x${size}.png"
done
echo "Icons written to build/icon.png and build/icons/"
