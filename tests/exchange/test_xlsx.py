"""XLSX export: sheets, typed cells, drop-downs, formula safety, layout (checked with openpyxl)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from filled_report import FORMULA, FORMULA_LIKE, MARKUP
from openpyxl.workbook.workbook import Workbook

from bsreporter import __version__
from bsreporter.errors import ExchangeError
from bsreporter.exchange import CANCELLED_MESSAGE, export_xlsx
from bsreporter.exchange.xlsx import TABLE_FIRST_ROW, table_sheet_title
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire, QuestionType
from bsreporter.report.completeness import check_completeness
from bsreporter.report.display import special_answer_text
from bsreporter.report.fingerprint import answers_fingerprint
from bsreporter.report.store import Report


def export(report_path: Path, form: Questionnaire, out: Path, **options: object) -> Path:
    with Report.open(report_path, read_only=True, form=form) as report:
        export_xlsx(report, out, **options)  # type: ignore[arg-type]
    return out


@pytest.fixture(scope="module")
def english_xlsx(small_filled_path: Path, small_form_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(small_filled_path, load_questionnaire(small_form_folder),
                  tmp_path_factory.mktemp("xlsx") / "filled.xlsx")


@pytest.fixture
def filled(small_filled_path: Path, small_form: Questionnaire) -> Iterator[Report]:
    """The filled report of the small form, open read-only."""
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        yield report


@pytest.fixture(scope="module")
def workbook(english_xlsx: Path) -> Workbook:
    return openpyxl.load_workbook(english_xlsx)


def _report_rows(workbook: Workbook) -> dict[str, tuple[int, list[object]]]:
    sheet = workbook["Report"]
    return {row[8]: (index, list(row)) for index, row in enumerate(sheet.iter_rows(min_row=2, values_only=True),
                                                                    start=2)}


def test_sheets_are_about_report_tables_indicators_and_hidden_lists(workbook: Workbook,
                                                                   small_form: Questionnaire) -> None:
    tables = [table_sheet_title(q) for q in small_form.iter_questions() if q.type is QuestionType.TABLE]
    assert workbook.sheetnames == ["About", "Report", *tables, "Indicators", "Lists"]
    assert workbook["Lists"].sheet_state == "hidden"
    assert all(len(name) <= 31 for name in workbook.sheetnames)


def test_about_sheet_identifies_the_report_and_its_fingerprint(workbook: Workbook, small_filled_path: Path,
                                                               small_form: Questionnaire) -> None:
    about = {row[2]: row[1] for row in workbook["About"].iter_rows(min_row=4, values_only=True) if row[2]}
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        fingerprint = answers_fingerprint(small_form, report.answers())
    assert about["party"] == "Republic of Arcadia"
    assert about["form_id"] == small_form.id and about["form_version"] == small_form.version
    assert about["cycle"] == "Cycle 2030"
    assert about["program_version"] == __version__
    assert about["fingerprint"] == fingerprint
    assert dt.datetime.fromisoformat(about["exported_at"]).tzinfo is not None


def test_report_sheet_has_one_row_per_question_in_order(workbook: Workbook, small_form: Questionnaire) -> None:
    sheet = workbook["Report"]
    assert [c.value for c in sheet[1]] == ["No.", "Focal area", "Operational objective", "Question", "Answer",
                                           "Allowed values", "Status", "Indicators", "Question id"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[8] for r in rows] == [q.id for q in small_form.iter_questions()]
    assert [r[0] for r in rows] == [q.number for q in small_form.iter_questions()]
    by_id = {r[8]: r for r in rows}
    assert by_id["has_law"][2] == "1.1 Laws"
    assert by_id["has_law"][1] == "Focal area 1: Frameworks"
    assert by_id["has_law"][7] == "1.1.a"
    assert by_id["staff_trained"][4] == "Information not available"
    assert "Information not available" in by_id["staff_trained"][5]


def test_answers_are_typed_cells_and_choices_are_labels(workbook: Workbook) -> None:
    rows = _report_rows(workbook)
    assert rows["has_law"][1][4] == "Yes"
    assert rows["period_start"][1][4] == dt.datetime(2015, 1, 1)
    assert rows["funding_usd"][1][4] == 980000.5
    assert isinstance(rows["law_count"][1][4], int)
    assert rows["needs_areas"][1][4] == "Training; Other"
    assert rows["law_list"][1][4] == "See sheet '1.1.3 law_list' (4 rows)"
    index = rows["period_start"][0]
    assert workbook["Report"][f"E{index}"].number_format == "yyyy-mm-dd"


def test_choice_questions_carry_drop_downs_of_their_labels(workbook: Workbook, small_form: Questionnaire) -> None:
    sheet, lists = workbook["Report"], workbook["Lists"]
    rows = _report_rows(workbook)

    def drop_down(cell: str, validations: list) -> list[str]:
        matching = [v for v in validations if cell in v.sqref]
        assert len(matching) == 1, cell
        assert matching[0].type == "list" and matching[0].showErrorMessage
        column, first, last = re.fullmatch(r"'Lists'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)", matching[0].formula1).groups()
        return [lists[f"{column}{row}"].value for row in range(int(first), int(last) + 1)]

    validations = sheet.data_validations.dataValidation
    for question in small_form.iter_questions():
        cell = f"E{rows[question.id][0]}"
        if question.type is QuestionType.SELECT_ONE:
            assert question.choices is not None
            specials = [special_answer_text(s, "en") for s in question.special_answers]
            assert drop_down(cell, validations) == [c.label.get("en") for c in question.choices.choices] + specials
        else:
            assert not any(cell in v.sqref for v in validations if v.type == "list")
    table = workbook["1.1.3 law_list"]
    labels = drop_down(f"B{TABLE_FIRST_ROW + 50}", table.data_validations.dataValidation)  # spare rows too
    kinds = small_form.question("law_list").columns[1].choices
    assert kinds is not None
    assert labels == [c.label.get("en") for c in kinds.choices]


def test_text_is_never_written_as_a_formula(english_xlsx: Path, workbook: Workbook) -> None:
    with zipfile.ZipFile(english_xlsx) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any(b"<f>" in xml or b"<f " in xml for xml in sheets)
    values = [c.value for ws in workbook.worksheets for row in ws.iter_rows() for c in row]
    for hostile in (FORMULA, MARKUP, *FORMULA_LIKE[:3], "+41 22 917 8800"):
        assert hostile in values, hostile
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate


def test_table_sheet_holds_rows_with_headers_and_grey_ids(workbook: Workbook, small_filled_path: Path,
                                                          small_form: Questionnaire) -> None:
    sheet = workbook["1.1.3 law_list"]
    question = small_form.question("law_list")
    assert sheet["A1"].value.startswith("1.1.3 List the laws")
    assert [c.value for c in sheet[2]] == [c.label.get("en") for c in question.columns]
    assert [c.value for c in sheet[3]] == [f"law_list.{c.name}" for c in question.columns]
    assert sheet.freeze_panes == f"A{TABLE_FIRST_ROW}"
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        stored = report.answer("law_list")
    assert stored is not None
    first = [c.value for c in sheet[TABLE_FIRST_ROW]]
    assert first[0] == stored.value[0]["law_title"]
    assert first[2] == stored.value[0]["law_year"]


def test_headers_are_frozen_and_columns_sized_and_wrapped(workbook: Workbook) -> None:
    sheet = workbook["Report"]
    assert sheet.freeze_panes == "B2"
    assert sheet.column_dimensions["D"].width >= 50 and sheet.column_dimensions["E"].width >= 40
    assert sheet["D2"].alignment.wrap_text and sheet["E2"].alignment.wrap_text
    assert workbook["Indicators"].freeze_panes == "A2"


def test_indicators_sheet_gives_completeness_per_indicator(workbook: Workbook, small_filled_path: Path,
                                                           small_form: Questionnaire) -> None:
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        result = check_completeness(small_form, report.answers())
    rows = list(workbook["Indicators"].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == list(small_form.indicators)
    for row in rows:
        progress = result.indicators[row[1]]
        assert (row[3], row[4]) == (progress.done, progress.required)
        assert row[6] == ("Complete" if progress.complete else "Incomplete")
    assert any(r[6] == "Incomplete" for r in rows)


def test_french_workbook_uses_french_labels(small_french_path: Path, small_form: Questionnaire,
                                           tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export(small_french_path, small_form, tmp_path / "fr.xlsx"))
    assert book.sheetnames[:2] == ["À propos", "Rapport"]
    rows = {r[8]: r for r in book["Rapport"].iter_rows(min_row=2, values_only=True)}
    assert rows["has_law"][3] == "Loi ?"
    assert rows["has_law"][4] == "Oui"
    assert rows["staff_trained"][4] == "Information non disponible"


def test_cancel_raises_and_writes_no_file(filled: Report, tmp_path: Path) -> None:
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 10  # half-way through the questions

    with pytest.raises(ExchangeError, match=re.escape(CANCELLED_MESSAGE)):
        export_xlsx(filled, tmp_path / "r.xlsx", cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_end(filled: Report, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_xlsx(filled, tmp_path / "r.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
