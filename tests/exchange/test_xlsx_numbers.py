"""Numbers typed in a spreadsheet come back as the numbers meant: percentages, digit groups."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from bsreporter.exchange import export_xlsx, read_workbook
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report

PERCENT = "staff_share"  # 45.5 in the filled report
AMOUNT = "funding_usd"


def _exported(report_path: Path, form: Questionnaire, out: Path) -> Path:
    with Report.open(report_path, read_only=True, form=form) as report:
        export_xlsx(report, out)
    return out


def _edit(path: Path, cells: dict[str, tuple[object, str | None]]) -> None:
    """Type ``value`` into the answer cell of each question, with a number format (None: leave it)."""
    book = openpyxl.load_workbook(path)
    sheet = book["Report"]
    row_of = {sheet.cell(r, 9).value: r for r in range(2, sheet.max_row + 1)}
    for question_id, (value, number_format) in cells.items():
        cell = sheet.cell(row_of[question_id], 5)
        cell.value = value
        if number_format is not None:
            cell.number_format = number_format
    book.save(path)


def test_the_export_writes_a_percentage_as_its_number_without_a_percent_format(
    small_filled_path: Path, small_form: Questionnaire, tmp_path: Path
) -> None:
    path = _exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(path)["Report"]
    cell = next(sheet.cell(r, 5) for r in range(2, sheet.max_row + 1) if sheet.cell(r, 9).value == PERCENT)
    assert cell.value == 45.5 and "%" not in cell.number_format  # so reading it back leaves it as it is
    assert read_workbook(path).answers[PERCENT] == 45.5


def test_a_percentage_typed_in_a_spreadsheet_is_read_as_the_percent(
    small_filled_path: Path, small_form: Questionnaire, tmp_path: Path
) -> None:
    path = _exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    _edit(path, {PERCENT: (0.29, "0%")})  # typing 29% in Excel stores 0.29 with a % format
    assert read_workbook(path).answers[PERCENT] == 29.0  # exactly, not 28.999999999999996
    _edit(path, {PERCENT: (0.625, "0.0%")})
    assert read_workbook(path).answers[PERCENT] == 62.5


def test_a_percent_format_on_a_question_that_is_not_a_percentage_changes_nothing(
    small_filled_path: Path, small_form: Questionnaire, tmp_path: Path
) -> None:
    path = _exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    _edit(path, {AMOUNT: (0.75, "0%")})
    assert read_workbook(path).answers[AMOUNT] == 0.75


def test_an_ambiguous_thousands_comma_in_a_text_cell_is_a_problem_not_a_change(
    small_filled_path: Path, small_form: Questionnaire, tmp_path: Path
) -> None:
    path = _exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    _edit(path, {AMOUNT: ("250,000", None)})
    contents = read_workbook(path)
    assert AMOUNT not in contents.answers
    problem = next(p for p in contents.problems if p.question_id == AMOUNT)
    assert "could be read as 250000 or as 250" in problem.message
    _edit(path, {AMOUNT: ("1,500,000", None)})
    assert read_workbook(path).answers[AMOUNT] == 1_500_000.0
