#!/bin/sh
# Install an unpacked bundle for the current user (no administrator rights needed):
#   sh install.sh /path/to/unpacked/bsreporter
# The program goes to ~/.local/opt/bsreporter, a launcher to ~/.local/bin, the menu entry,
# icon and .bsr file type to ~/.local/share.
set -eu
bundle=${1:?give the folder of the unpacked bundle}
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$prefix/applications" "$prefix/mime/packages" \
    "$prefix/icons/hicolor/256x256/apps"
rm -rf "$HOME/.local/opt/bsreporter"
cp -R "$bundle" "$HOME/.local/opt/bsreporter"
ln -sf "$HOME/.local/opt/bsreporter/bsreporter" "$HOME/.local/bin/bsreporter"
cp "$here/bsreporter.desktop" "$prefix/applications/"
cp "$here/bsreporter-mime.xml" "$prefix/mime/packages/bsreporter.xml"
cp "$HOME/.local/opt/bsreporter/_internal/resources/icons/bsreporter-256.png" \
    "$prefix/icons/hicolor/256x256/apps/bsreporter.png"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$prefix/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$prefix/applications" || true
echo "bsreporter installed; start it from the menu or with 'bsreporter'."
