"""The workbook's structure is protected without a password; only answer cells are open to typing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from bsreporter.exchange import export_xlsx
from bsreporter.exchange.importing import RowKind
from bsreporter.exchange.sources import plan_import_file
from bsreporter.exchange.xlsx import SPARE_TABLE_ROWS, TABLE_FIRST_ROW
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire, QuestionType
from bsreporter.report.store import Report


@pytest.fixture(scope="module")
def exported(small_filled_path: Path, small_form_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("protected") / "filled.xlsx"
    with Report.open(small_filled_path, read_only=True, form=load_questionnaire(small_form_folder)) as report:
        export_xlsx(report, out)
    return out


@pytest.fixture(scope="module")
def workbook(exported: Path) -> Workbook:
    return openpyxl.load_workbook(exported)


def test_every_sheet_and_the_structure_are_protected_without_a_password(workbook: Workbook) -> None:
    assert workbook.security is not None and workbook.security.lockStructure
    assert not workbook.security.workbookPassword
    for sheet in workbook.worksheets:
        assert sheet.protection.sheet, sheet.title
        assert not sheet.protection.password, sheet.title
        # Widths, heights and filters stay free: they change nothing an import reads.
        assert not sheet.protection.formatColumns and not sheet.protection.autoFilter, sheet.title


def test_only_answer_cells_are_unlocked_on_the_report_sheet(workbook: Workbook, small_form: Questionnaire) -> None:
    sheet = workbook["Report"]
    assert all(cell.protection.locked for cell in sheet[1])  # the headers
    for row in sheet.iter_rows(min_row=2):
        question = small_form.question(row[8].value)
        assert all(cell.protection.locked for cell in row if cell.column != 5), question.id  # ids, texts, status
        # A table is answered on its own sheet: its cell here only points there.
        assert row[4].protection.locked is (question.type is QuestionType.TABLE), question.id


def test_a_table_sheet_opens_its_rows_and_spare_rows_but_not_its_headers_and_ids(workbook: Workbook) -> None:
    sheet = workbook["1.1.3 law_list"]
    columns = sheet.max_column
    for row in sheet.iter_rows(min_row=1, max_row=TABLE_FIRST_ROW - 1, max_col=columns):
        assert all(cell.protection.locked for cell in row)
    last = TABLE_FIRST_ROW + 4 + SPARE_TABLE_ROWS - 1  # its 4 rows and the spare ones
    for row in sheet.iter_rows(min_row=TABLE_FIRST_ROW, max_row=last, max_col=columns):
        assert not any(cell.protection.locked for cell in row), row[0].row


def test_the_about_sheet_is_locked(workbook: Workbook) -> None:
    about = workbook["About"]
    assert all(cell.protection.locked for row in about.iter_rows() for cell in row)


def test_a_protected_workbook_imports_unchanged(small_filled_path: Path, small_form: Questionnaire,
                                                exported: Path) -> None:
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        plan = plan_import_file(report, exported)
    assert {row.kind for row in plan.rows} == {RowKind.SAME}


def test_a_workbook_unprotected_and_edited_imports_the_edit(small_filled_path: Path, small_form: Questionnaire,
                                                            exported: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(exported)
    book.security = None
    sheet = book["Report"]
    sheet.protection.sheet = False
    row = next(r for r in sheet.iter_rows(min_row=2) if r[8].value == "contact_title")
    row[4].value = "Director of Biosafety"
    row[1].value = "Section renamed"  # a locked cell, open once unprotected: the import does not read it
    book.save(tmp_path / "edited.xlsx")
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        plan = plan_import_file(report, tmp_path / "edited.xlsx")
    rows = {r.question_id: r for r in plan.rows}
    edited = rows["contact_title"]
    assert edited.kind is RowKind.CHANGED and edited.incoming[0] == "Director of Biosafety"
    assert plan.count(RowKind.CHANGED) == 1 and plan.count(RowKind.REJECTED) == 0
