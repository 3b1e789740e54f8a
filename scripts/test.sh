#!/bin/sh
# Install bsreporter with its test extras into .venv and run the whole test suite headless.
# poppler-utils (pdftotext, pdffonts, pdftoppm) lets the PDF tests look inside the PDFs; qpdf checks their structure.
set -eu
here="$(dirname "$0")"
sh "$here/setup-env.sh" test "pdftotext:poppler-utils" "qpdf:qpdf"
cd "$here/.."
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
