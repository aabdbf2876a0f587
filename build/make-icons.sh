#!/bin/sh
# Rasterises icon.svg into the icons electron-builder takes from build/ (its buildResources):
# icon.png (Linux, 1024 px), icon.ico (Windows, 16–256 px) and icon.icns (macOS, 16–1024 px).
# The generated files are committed; run this only after changing icon.svg.
# Needs Debian's librsvg2-bin, imagemagick and icnsutils.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "$work/icon_$size.png"
done

cp "$work/icon_1024.png" icon.png
/usr/bin/convert "$work/icon_16.png" "$work/icon_24.png" "$work/icon_32.png" "$work/icon_48.png" \
  "$work/icon_64.png" "$work/icon_128.png" "$work/icon_256.png" icon.ico
png2icns icon.icns "$work/icon_16.png" "$work/icon_32.png" "$work/icon_48.png" \
  "$work/icon_128.png" "$work/icon_256.png" "$work/icon_512.png" "$work/icon_1024.png" >/dev/null
