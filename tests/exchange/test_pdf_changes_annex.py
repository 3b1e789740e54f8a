"""The optional PDF annex listing the answers that changed since the previous report (on the small fixture form)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from bsreporter.cli import main
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report, Source

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def _text(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(raw.stdout.split())


def test_annex_lists_previous_and_current_answers_of_changed_questions(tmp_path: Path,
                                                                       small_form: Questionnaire) -> None:
    path = tmp_path / "r.bsr"
    with Report.create(path, party="Arcadia", form=small_form) as report:
        report.set_answers({"has_law": "in_progress", "staff_trained": 9, "contact_name": "Dr. Okafor"},
                           source=Source.IMPORTED, source_detail="report-2015.xlsx", keep_as_previous=True)
        report.set_answers({"has_law": "yes", "staff_trained": 14}, source=Source.TYPED)
    assert main(["export", str(path), "--pdf", str(tmp_path / "with.pdf"), "--changes-annex"]) == 0
    assert main(["export", str(path), "--pdf", str(tmp_path / "without.pdf")]) == 0
    with_annex, without = _text(tmp_path / "with.pdf"), _text(tmp_path / "without.pdf")
    assert "Annex: changes since the previous report" in with_annex
    assert "Annex: changes since the previous report" not in without
    annex = with_annex.split("Annex: changes since the previous report")[-1]
    assert "report-2015.xlsx" in annex
    assert "In progress" in annex and "Yes" in annex and "14" in annex and "9" in annex
    assert "Dr. Okafor" not in annex  # unchanged answers are not listed
