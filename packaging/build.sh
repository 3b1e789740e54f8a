#!/bin/sh
# Build the desktop bundle for this platform into dist/bsreporter (one folder), then zip it.
# Needs the development environment (sh scripts/run.sh once), and installs PyInstaller into it.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup-env.sh packaging
.venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/bsreporter.spec
version=$(.venv/bin/python -c "import bsreporter; print(bsreporter.__version__)")
rm -f "dist/bsreporter-$version-$(uname -s | tr A-Z a-z)-$(uname -m).zip"
(cd dist && ../.venv/bin/python -m zipfile -c \
    "bsreporter-$version-$(uname -s | tr A-Z a-z)-$(uname -m).zip" bsreporter)
echo "Bundle: dist/bsreporter ($(du -sh dist/bsreporter | cut -f1) uncompressed)"
ls -l dist/*.zip
