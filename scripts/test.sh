#!/bin/sh
# Install bsreporter with its test extras into .venv, check the code (ruff, mypy), then run the test suite headless.
# Arguments go to pytest (e.g. `sh scripts/test.sh -k layering`); the import layering is checked by tests/unit/test_layering.py.
# poppler-utils (pdftotext, pdffonts, pdftoppm) lets the PDF tests look inside the PDFs; qpdf checks their structure.
set -eu
here="$(dirname "$0")"
sh "$here/setup-env.sh" test "pdftotext:poppler-utils" "qpdf:qpdf"
cd "$here/.."
echo "Checking the code: ruff check…" >&2
.venv/bin/ruff check --quiet . || { echo "FAILED: ruff check (lint) found the problems above; nothing was tested." >&2; exit 1; }
echo "Checking the code: mypy…" >&2
.venv/bin/mypy || { echo "FAILED: mypy (type check) found the problems above; nothing was tested." >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
