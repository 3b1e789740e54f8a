#!/bin/sh
# Smoke test of a built bundle: it runs without Python, finds its forms, fonts and
# translations, and writes a PDF with embedded fonts holding Chinese text.
# Usage: sh packaging/smoke_test.sh [path/to/bundle/bsreporter]   (default: dist/bsreporter/bsreporter)
set -eu
exe=${1:-dist/bsreporter/bsreporter}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
# The bundle must not depend on the development environment.
env -i PATH=/usr/bin:/bin HOME="$work/home" QT_QPA_PLATFORM=offscreen "$exe" --version
env -i PATH=/usr/bin:/bin HOME="$work/home" "$exe" new "$work/r.bsr" --party "阿卡迪亚共和国" --language zh --form cpb-sp-2011-2020
env -i PATH=/usr/bin:/bin HOME="$work/home" "$exe" set "$work/r.bsr" nfp_name "李明"
env -i PATH=/usr/bin:/bin HOME="$work/home" "$exe" export "$work/r.bsr" --pdf "$work/r.pdf" --xlsx "$work/r.xlsx"
if command -v pdffonts >/dev/null 2>&1; then
    pdffonts "$work/r.pdf"
    if pdffonts "$work/r.pdf" | tail -n +3 | awk '{print $(NF-4)}' | grep -qv yes; then
        echo "FAIL: a font is not embedded" >&2; exit 1
    fi
    pdftotext "$work/r.pdf" - | grep -q "李明" || { echo "FAIL: Chinese answer missing from the PDF" >&2; exit 1; }
fi
echo "Smoke test passed: $exe"
