#!/bin/sh
# Build bsreporter.app and a .dmg disk image on macOS:
#   sh packaging/macos/build_dmg.sh
# The spec makes bsreporter.app (with the .bsr document type) when run on macOS.
set -eu
cd "$(dirname "$0")/../.."
sh packaging/build.sh
version=$(.venv/bin/python -c "import bsreporter; print(bsreporter.__version__)")
staging=$(mktemp -d)
cp -R dist/bsreporter.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "bsreporter $version" -srcfolder "$staging" -ov -format UDZO "dist/bsreporter-$version.dmg"
rm -rf "$staging"
echo "Wrote dist/bsreporter-$version.dmg"
