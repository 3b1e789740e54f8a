"""Exports of a report holding a stored answer that does not fit: the stored text, marked invalid."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.cli import main
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report


@pytest.fixture
def damaged(tmp_path: Path, small_form: Questionnaire) -> Path:
    path = tmp_path / "damaged.bsr"
    with Report.create(path, party="Arcadia", form=small_form, author="tester") as report:
        report.set_answer("has_law", "yes")
    conn = sqlite3.connect(path)
    with conn:
        for question_id, value in {"law_count": '"many"', "period_start": '["2019-01-01"]',
                                   "law_list": '{"broken": '}.items():
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
    sheet = load_workbook(xlsx).worksheets[1]  # the Report sheet: number, ..., answer, allowed, status, ..., id
    rows = {row[8].value: row for row in sheet.iter_rows(min_row=2) if row[8].value}
    for question_id, raw in {"law_count": '"many"', "period_start": '["2019-01-01"]',
                             "law_list": '{"broken": '}.items():
        answer, status = rows[question_id][4], rows[question_id][6]
        assert answer.value == raw  # the stored text exactly, so the person sees what to correct
        assert status.value == "Not valid"
        assert answer.comment is not None and answer.comment.text
    assert "not a whole number" in rows["law_count"][4].comment.text
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


def test_merging_a_copy_with_unreadable_answers_rejects_only_those_rows(tmp_path: Path,
                                                                      small_form: Questionnaire) -> None:
    from bsreporter.exchange.importing import RowKind
    from bsreporter.exchange.merge import plan_merge_report

    mine_path, theirs = tmp_path / "mine.bsr", tmp_path / "theirs.bsr"
    with Report.create(mine_path, party="Arcadia", form=small_form, author="tester") as mine:
        mine.set_answer("has_law", "yes")
    shutil.copy(mine_path, theirs)
    conn = sqlite3.connect(theirs)
    with conn:
        stored = {"law_count": '"many"', "remarks_1_1": "{bad", "contact_name": '"Dr. Okafor"'}
        for question_id, value in stored.items():
            conn.execute("INSERT INTO answers (question_id, value, special, needs_review, updated_at, author) "
                         "VALUES (?, ?, NULL, 0, '2030-01-01T00:00:00.000000Z', 'colleague')", (question_id, value))
            conn.execute("INSERT INTO history (question_id, at, author, old_value, old_special, new_value, "
                         "new_special, source, source_detail) VALUES (?, '2030-01-01T00:00:00.000000Z', "
                         "'colleague', NULL, NULL, ?, NULL, 'typed', NULL)", (question_id, value))
    conn.close()
    with Report.open(mine_path, read_only=True, form=small_form) as mine:
        plan = plan_merge_report(mine, theirs)
    kinds = {row.question_id: row.kind for row in plan.rows}
    assert kinds["law_count"] is kinds["remarks_1_1"] is RowKind.REJECTED
    assert kinds["contact_name"] is RowKind.NEW
    reason = next(row.reason for row in plan.rows if row.question_id == "law_count")
    assert "stored answer is not valid" in reason and "not a whole number" in reason
