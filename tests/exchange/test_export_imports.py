"""An export imports only what the requested formats need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report

# A new process: modules imported by earlier tests stay imported in this one. It is given the small form as
# its one installed form, as the window gives a child process the forms it sees.
_EXPORT_PDF_AND_LIST_MODULES = """
import sys
from pathlib import Path
from bsreporter.form.installed import use_forms
use_forms({sys.argv[3]: Path(sys.argv[4])})
from bsreporter.exchange.command import export_report_file
export_report_file(Path(sys.argv[1]), pdf=Path(sys.argv[2]))
print(" ".join(sorted(sys.modules)))
"""


def test_a_pdf_only_export_imports_neither_the_spreadsheet_writer_nor_other_pdf_or_web_modules(
        tmp_path: Path, small_form: Questionnaire, small_form_folder: Path) -> None:
    report_path = tmp_path / "report.bsr"
    Report.create(report_path, party="Arcadia", form=small_form).close()
    done = subprocess.run([sys.executable, "-c", _EXPORT_PDF_AND_LIST_MODULES, str(report_path),
                           str(tmp_path / "report.pdf"), small_form.id, str(small_form_folder)],
                          capture_output=True, text=True, check=True)
    modules = set(done.stdout.split())
    assert "bsreporter.exchange.pdf" in modules
    assert "openpyxl" not in modules and "bsreporter.exchange.xlsx" not in modules
    # The archival PDF is written by reportlab itself: no second PDF library is loaded to rewrite it.
    assert "pikepdf" not in modules
    # Nor the web modules xml.sax.saxutils brings (urllib.request, http, ssl) for an escape function.
    assert not modules & {"xml.sax.saxutils", "urllib.request", "http.client", "ssl"}
