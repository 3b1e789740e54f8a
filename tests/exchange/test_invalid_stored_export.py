"""Exports of a report holding a stored answer that does not fit: the stored text, marked invalid."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.cli import main
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report


@pytest.fixture
def damaged(tmp_path: Path, form: Questionnaire) -> Path:
    path = tmp_path / "damaged.bsr"
    with Report.create(path, party="Arcadia", form=form, author="tester") as report:
        report.set_answer("nbf_legislation_in_place", "yes")
    conn = sqlite3.connect(path)
    with conn:
        for question_id, value in {"rarm_assessments_count": '"many"', "period_start": '["2019-01-01"]',
                                   "nbf_instruments": '{"broken": '}.items():
            conn.execute("INSERT OR REPLACE INTO answers (question_id, value, special, needs_review, updated_at, "
                         "author) VALUES (?, ?, NULL, 0, '2024-01-01T00:00:00Z', 'x')", (question_id, value))
    conn.close()
    return path


def test_xlsx_and_pdf_export_show_the_stored_text_marked_invalid(
        damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(damaged)
    before = dict(conn.execute("SELECT question_id, value FROM answers"))
    conn.close()
    xlsx, pdf = tmp_path / "out.xlsx", tmp_path / "out.pdf"
    assert main(["export", str(damaged), "--xlsx", str(xlsx), "--pdf", str(pdf)]) == 0, capsys.readouterr().err
    assert pdf.read_bytes().startswith(b"%PDF")
    book = load_workbook(xlsx)
    texts = [str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if cell.value is not None]
    assert any('"many"' in text and "Not valid" in text for text in texts)
    assert any('["2019-01-01"]' in text for text in texts)
    assert any('{"broken": ' in text for text in texts)
    conn = sqlite3.connect(damaged)
    assert dict(conn.execute("SELECT question_id, value FROM answers")) == before
    conn.close()


@needs_poppler
def test_pdf_shows_the_stored_text_marked_invalid(damaged: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "out.pdf"
    assert main(["export", str(damaged), "--pdf", str(pdf)]) == 0
    text = squeezed(pdf_text(pdf))
    assert squeezed('Not valid: "many"') in text
    assert squeezed('["2019-01-01"]') in text
