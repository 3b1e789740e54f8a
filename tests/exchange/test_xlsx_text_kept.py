"""Text answers stay text through a LibreOffice save: their cells keep the Text format, not only a quote prefix."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from bsreporter.exchange import export_xlsx
from bsreporter.exchange.importing import RowKind
from bsreporter.exchange.sources import plan_import_file
from bsreporter.exchange.xlsx import TEXT_FORMAT
from bsreporter.form.model import Questionnaire, QuestionType
from bsreporter.report.store import Report, Source

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TEXTS = {"contact_name": "=SUM(A1)", "phone": "+99 21 555 0142", "contact_title": "007",
         "needs_other": "@biosafety_arcadia"}


def test_text_answer_cells_are_in_the_text_format_even_when_empty(tmp_path: Path, small_form: Questionnaire) -> None:
    """So that "007" or "+99 ..." typed in later is kept as typed, not turned into a number or a formula."""
    with Report.create(tmp_path / "r.bsr", party="Arcadia", form=small_form) as report:
        export_xlsx(report, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["Report"]
    formats = {row[8].value: row[4].number_format for row in sheet.iter_rows(min_row=2)}
    for question in small_form.iter_questions():
        if question.type in (QuestionType.TEXT, QuestionType.URL, QuestionType.EMAIL) \
                and question.appearance != "multiline":
            assert formats[question.id] == TEXT_FORMAT, question.id
        elif question.type in (QuestionType.INTEGER, QuestionType.DECIMAL):
            assert formats[question.id] != TEXT_FORMAT, question.id


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_libreoffice_save_keeps_text_answers_text_and_imports_unchanged(tmp_path: Path,
                                                                           small_form: Questionnaire) -> None:
    assert SOFFICE is not None
    with Report.create(tmp_path / "r.bsr", party="Arcadia", form=small_form) as report:
        report.set_answers({"needs_areas": ["other"], **TEXTS}, source=Source.TYPED)  # "other" asks needs_other
        export_xlsx(report, tmp_path / "r.xlsx")
        subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                        "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                        str(tmp_path / "saved"), str(tmp_path / "r.xlsx")], check=True, capture_output=True,
                       timeout=120)
        saved = tmp_path / "saved" / "r.xlsx"
        plan = plan_import_file(report, saved)
    assert plan.count(RowKind.CHANGED) == 0 and plan.count(RowKind.REJECTED) == 0
    assert {r.kind for r in plan.rows} == {RowKind.SAME}
    sheet = openpyxl.load_workbook(saved)["Report"]
    cells = {row[8].value: row[4] for row in sheet.iter_rows(min_row=2)}
    for question_id, text in TEXTS.items():
        assert (cells[question_id].value, cells[question_id].data_type) == (text, "s"), question_id
        # The guard that makes the next edit in a spreadsheet keep it text survived the save.
        assert cells[question_id].number_format == TEXT_FORMAT, question_id
    assert cells["remarks_1_1"].number_format != TEXT_FORMAT  # several lines: see the docs on Excel's "####"
