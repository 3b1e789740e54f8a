"""Reading an exported workbook back: the same answers, edits by colleagues, and clear problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from bsreporter.errors import ExchangeError
from bsreporter.exchange import export_xlsx, read_workbook, read_workbook_answers
from bsreporter.exchange.xlsx import TABLE_FIRST_ROW
from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.report.store import Report


def stored_answers(report_path: Path, form: Questionnaire) -> dict[str, Any]:
    """What the report holds, in the shape the reader returns."""
    with Report.open(report_path, read_only=True, form=form) as report:
        answers = report.answers()
    return {q.id: (a.special or a.value) if (a := answers.get(q.id)) else None for q in form.iter_questions()}


def exported(report_path: Path, form: Questionnaire, out: Path, language: str | None = None) -> Path:
    with Report.open(report_path, read_only=True, form=form) as report:
        export_xlsx(report, out, language=language)
    return out


@pytest.mark.parametrize(("which", "language"), [("small_filled_path", None), ("small_french_path", None),
                                                 ("small_filled_path", "fr"), ("small_complete_path", None)])
def test_export_then_read_gives_exactly_the_same_answers(which: str, language: str | None, small_form: Questionnaire,
                                                         tmp_path: Path, request: pytest.FixtureRequest) -> None:
    report_path = request.getfixturevalue(which)
    answers = read_workbook_answers(exported(report_path, small_form, tmp_path / "r.xlsx", language))
    assert answers == stored_answers(report_path, small_form)


def test_edits_made_in_a_spreadsheet_are_read_as_typed_values(small_filled_path: Path, small_form: Questionnaire,
                                                              tmp_path: Path) -> None:
    path = exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Report"]
    row_of = {sheet.cell(r, 9).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(row_of["has_law"], 5).value = "in  PROGRESS"  # any case, any spacing
    sheet.cell(row_of["needs_assessed"], 5).value = "Oui"  # a French label in an English workbook
    sheet.cell(row_of["needs_areas"], 5).value = "Training;none"  # an option's label, another's value
    sheet.cell(row_of["law_count"], 5).value = 4.0  # spreadsheets store whole numbers as floats
    sheet.cell(row_of["phone"], 5).value = 41229178800  # a number typed into a text answer
    sheet.cell(row_of["period_end"], 5).value = "2019-12-31"
    sheet.cell(row_of["staff_trained"], 5).value = "  information NOT available "
    sheet.cell(row_of["contact_title"], 5).value = None  # cleared
    table = book["1.1.3 law_list"]
    table.cell(TABLE_FIRST_ROW + 3, 1).value = "New regulation"
    table.cell(TABLE_FIRST_ROW + 3, 2).value = "Regulation"
    book.save(path)
    answers = read_workbook_answers(path)
    assert answers["has_law"] == "in_progress"
    assert answers["needs_assessed"] == "yes"
    assert answers["needs_areas"] == ["training", "none"]
    assert answers["law_count"] == 4
    assert answers["phone"] == "41229178800"
    assert answers["period_end"] == dt.date(2019, 12, 31)
    assert answers["staff_trained"] is SpecialAnswer.NOT_AVAILABLE
    assert answers["contact_title"] is None
    assert answers["law_list"][-1] == {"law_title": "New regulation", "law_kind": "regulation", "law_year": None}


def test_problems_name_the_sheet_and_cell_and_nothing_is_half_read(small_filled_path: Path, small_form: Questionnaire,
                                                                   tmp_path: Path) -> None:
    path = exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Report"]
    row_of = {sheet.cell(r, 9).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(row_of["has_law"], 5).value = "Maybe"
    sheet.cell(row_of["law_count"], 5).value = "many"
    sheet.cell(row_of["period_start"], 5).value = "Not applicable"  # a special answer this question does not take
    book["1.1.3 law_list"].cell(TABLE_FIRST_ROW, 3).value = "last year"  # the column of the year
    book.save(path)
    contents = read_workbook(path)
    places = {(p.sheet, p.cell, p.question_id) for p in contents.problems}
    assert ("Report", f"E{row_of['has_law']}", "has_law") in places
    assert ("Report", f"E{row_of['law_count']}", "law_count") in places
    assert ("Report", f"E{row_of['period_start']}", "period_start") in places
    assert ("1.1.3 law_list", f"C{TABLE_FIRST_ROW}", "law_list") in places
    assert "law_list" not in contents.answers
    table_problem = next(p for p in contents.problems if p.question_id == "law_list")
    assert "row 1, column 'Year'" in table_problem.message
    # The preview can say it in the person's language, naming the column by its label there.
    assert table_problem.error is not None
    assert "ligne 1, colonne « Année »" in table_problem.error.text("fr")
    assert any("'Not applicable' is not an allowed answer here" in p.message for p in contents.problems)
    with pytest.raises(ExchangeError, match=r"4 answers that cannot be read: sheet 'Report', cell E\d+") as caught:
        read_workbook_answers(path)
    # In an Arabic window every part is Arabic: the count, each cell and each reason.
    arabic = caught.value.text("ar")
    assert arabic.startswith("في «r.xlsx» 4 من الإجابات تتعذر قراءتها: الورقة «Report»، الخلية E")
    assert arabic.count("؛ الورقة «") == 3 and "sheet" not in arabic and "cell" not in arabic


def test_rows_sorted_and_sheets_renamed_by_a_colleague_still_read(small_filled_path: Path, small_form: Questionnaire,
                                                                  tmp_path: Path) -> None:
    path = exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    book["Report"].title = "Answers"
    book["1.1.3 law_list"].title = "Laws"
    rows = list(book["Answers"].iter_rows(min_row=2, values_only=True))
    for offset, row in enumerate(reversed(rows)):
        for column, value in enumerate(row, start=1):
            cell = book["Answers"].cell(2 + offset, column)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"
    book.save(path)
    assert read_workbook_answers(path) == stored_answers(small_filled_path, small_form)


def test_a_file_that_is_not_an_exported_workbook_is_refused(tmp_path: Path, small_form: Questionnaire) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("not a spreadsheet")
    with pytest.raises(ExchangeError, match="not a spreadsheet"):
        read_workbook_answers(text)
    book = openpyxl.Workbook()
    book.active["A1"] = "hello"  # type: ignore[index]
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(ExchangeError, match="not exported by this program"):
        read_workbook_answers(tmp_path / "other.xlsx")
    with pytest.raises(ExchangeError, match="does not exist"):
        read_workbook_answers(tmp_path / "missing.xlsx")


def test_every_filled_cell_is_read_or_named_as_a_problem(small_filled_path: Path, small_form: Questionnaire,
                                                         tmp_path: Path) -> None:
    path = exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Report"]
    row_of = {sheet.cell(r, 9).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(row_of["phone"], 9).value = None  # id cleared, number kept: read by its number
    sheet.cell(row_of["phone"], 5).value = "Ministry"
    sheet.cell(row_of["remarks_1_1"], 9).value = sheet.cell(row_of["remarks_1_1"], 1).value = None
    sheet.cell(row_of["remarks_1_1"], 5).value = "1 Main Street"
    last = sheet.max_row
    sheet.cell(last + 3, 5).value = "typed below the last row"
    sheet.cell(row_of["contact_title"], 11).value = "typed right of the grey ids"
    sheet.insert_cols(6)
    sheet.cell(1, 6).value = "Comments"
    sheet.cell(row_of["email"], 6).value = "call after 10"
    table = book["1.1.3 law_list"]
    table.cell(TABLE_FIRST_ROW + 5, 8).value = "beside the table"
    book.create_sheet("My notes")["A1"] = "G.7: someone@example.org"
    book.save(path)
    contents = read_workbook(path)
    assert contents.answers["phone"] == "Ministry"
    assert contents.locations["phone"] == f"Report!E{row_of['phone']}"
    problems = {(p.sheet, p.cell): p.message for p in contents.problems}
    assert "grey question id" in problems[("Report", f"E{row_of['remarks_1_1']}")]
    assert "grey question id" in problems[("Report", f"E{last + 3}")]
    assert "Answer column" in problems[("Report", f"L{row_of['contact_title']}")]
    assert "Answer column" in problems[("Report", f"F{row_of['email']}")]
    assert "Answer column" in problems[("1.1.3 law_list", f"H{TABLE_FIRST_ROW + 5}")]
    assert "'My notes'" in problems[("My notes", "A1")]
    assert len(problems) == 6
    assert contents.answers["law_list"] == stored_answers(small_filled_path, small_form)["law_list"]


def test_a_table_with_a_changed_column_id_is_not_taken_without_that_column(small_filled_path: Path,
                                                                           small_form: Questionnaire,
                                                                           tmp_path: Path) -> None:
    path = exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    book["1.1.3 law_list"].cell(TABLE_FIRST_ROW - 1, 1).value = "law_list.name"
    book.save(path)
    contents = read_workbook(path)
    assert "law_list" not in contents.answers
    assert any(p.cell == "A3" and "no column 'name'" in p.message for p in contents.problems)


def test_a_table_missing_one_grey_column_id_is_not_taken_without_that_column(small_filled_path: Path,
                                                                             small_form: Questionnaire,
                                                                             tmp_path: Path) -> None:
    path = exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    table = book["1.1.3 law_list"]
    table.cell(TABLE_FIRST_ROW - 1, 1).value = None
    book.save(path)
    contents = read_workbook(path)
    assert "law_list" not in contents.answers
    assert any(p.cell == f"A{TABLE_FIRST_ROW}" and "grey column ids" in p.message for p in contents.problems)


def test_a_note_typed_above_the_report_headers_is_named_as_a_problem(small_filled_path: Path, small_form: Questionnaire,
                                                                     tmp_path: Path) -> None:
    path = exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Report"]
    sheet.insert_rows(1)
    sheet["E1"] = "G.4 is the Ministry of Environment"
    book.save(path)
    problems = {(p.sheet, p.cell): p.message for p in read_workbook(path).problems}
    assert "Answer column" in problems[("Report", "E1")]


def test_an_answer_typed_in_the_allowed_values_or_status_column_is_named_as_a_problem(
        small_filled_path: Path, small_form: Questionnaire, tmp_path: Path) -> None:
    path = exported(small_filled_path, small_form, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Report"]
    row_of = {sheet.cell(r, 9).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(row_of["contact_title"], 6).value = "Director of Biosafety"  # one column too far right
    sheet.cell(row_of["phone"], 7).value = "+41 22 917 8800"
    sheet.cell(row_of["email"], 7).value = "Answered"  # the export's own words are not answers
    book.save(path)
    problems = {(p.sheet, p.cell): p.message for p in read_workbook(path).problems}
    assert "Answer column" in problems[("Report", f"F{row_of['contact_title']}")]
    assert "Answer column" in problems[("Report", f"G{row_of['phone']}")]
    assert len(problems) == 2
