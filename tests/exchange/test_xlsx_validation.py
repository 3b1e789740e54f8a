"""Whole numbers, numbers with their limits, years and dates are checked by the spreadsheet as they are typed."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from bsreporter.exchange import export_xlsx
from bsreporter.exchange.xlsx import TABLE_FIRST_ROW, value_rule
from bsreporter.form.expression import parse_expression
from bsreporter.form.model import Column, Questionnaire, QuestionType, Text
from bsreporter.report.store import Report
from fixture_forms import SMALL_FORM, load_form, texts


def _checked_form() -> dict[str, Any]:
    """The small form with a percentage from 0 to 100 taking two special answers, and a date not after today."""
    files = copy.deepcopy(SMALL_FORM)
    training = files["fa2.yaml"]["objectives"][0]["questions"]
    share = next(q for q in training if q["name"] == "staff_share")
    share.update({"constraint": ". >= 0 and . <= 100", "special_answers": ["not_applicable", "not_available"]})
    training.append({"indicators": ["2.1.a"], "name": "training_date", "type": "date", "required": False,
                     "constraint": ". <= today()", **texts("When did the last training end?", "Fin de la formation")})
    return files


@pytest.fixture(scope="module")
def checked_form(tmp_path_factory: pytest.TempPathFactory) -> Questionnaire:
    return load_form(tmp_path_factory.mktemp("checked-form") / "form", _checked_form())


def _workbook(form: Questionnaire, folder: Path, language: str) -> Workbook:
    with Report.create(folder / f"{language}.bsr", party="Arcadia", form=form) as report:
        export_xlsx(report, folder / f"{language}.xlsx", language=language)
    return openpyxl.load_workbook(folder / f"{language}.xlsx")


@pytest.fixture(scope="module")
def english(checked_form: Questionnaire, tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    return _workbook(checked_form, tmp_path_factory.mktemp("valid"), "en")


def _answer_validation(book: Workbook, question_id: str) -> DataValidation:
    sheet = book.worksheets[1]
    row = next(r[0].row for r in sheet.iter_rows(min_row=2) if r[8].value == question_id)
    return _validation_of(sheet, f"E{row}")


def _validation_of(sheet: Worksheet, cell: str) -> DataValidation:
    found = [v for v in sheet.data_validations.dataValidation if cell in v.sqref]
    assert len(found) == 1, cell
    return found[0]


def test_a_count_takes_a_whole_number_within_its_limit(english: Workbook) -> None:
    rule = _answer_validation(english, "law_count")  # ". >= 1"
    assert (rule.type, rule.operator, rule.formula1) == ("whole", "between", "1")
    assert rule.errorStyle == "stop" and rule.showErrorMessage and rule.showInputMessage
    assert rule.prompt == rule.error == "A whole number of at least 1"
    assert rule.errorTitle == "Value not accepted"


def test_a_number_with_special_answers_takes_the_number_or_their_words(english: Workbook) -> None:
    """ "about 40" is refused; "Information not available" is still accepted where the question allows it."""
    rule = _answer_validation(english, "staff_trained")
    assert rule.type == "custom"
    anchor = re.search(r"ISNUMBER\((E\d+)\)", rule.formula1)
    assert anchor is not None
    cell = anchor.group(1)
    assert rule.formula1 == (f'OR(AND(ISNUMBER({cell}),{cell}=INT({cell}),{cell}>=0),'
                             f'{cell}="Information not available")')
    assert rule.error == "A whole number of at least 0; or: Information not available"


def test_a_percentage_takes_a_number_from_0_to_100(english: Workbook) -> None:
    rule = _answer_validation(english, "staff_share")  # ". >= 0 and . <= 100"
    cell = re.search(r"ISNUMBER\((E\d+)\)", rule.formula1).group(1)  # type: ignore[union-attr]
    assert rule.formula1.startswith(f"OR(AND(ISNUMBER({cell}),{cell}>=0,{cell}<=100),")
    assert rule.prompt == "A number from 0 to 100; or: Not applicable; Information not available"


def test_a_date_is_checked_as_a_date(english: Workbook) -> None:
    rule = _answer_validation(english, "period_start")
    assert rule.type == "date" and rule.operator == "between" and rule.prompt == "A date (YYYY-MM-DD)"
    today = _answer_validation(english, "training_date")  # ". <= today()"
    assert today.formula2 == "TODAY()" and today.prompt == "A date (YYYY-MM-DD), not after today"


def test_a_year_column_of_a_table_takes_years_on_every_row(english: Workbook) -> None:
    sheet = english["1.1.3 law_list"]
    rule = _validation_of(sheet, f"C{TABLE_FIRST_ROW + 60}")  # the column of the year
    assert (rule.type, rule.formula1, rule.formula2) == ("whole", "1950", "2100")
    assert rule.prompt == "A year from 1950 to 2100"


def test_messages_are_in_the_workbook_language(checked_form: Questionnaire, tmp_path: Path) -> None:
    book = _workbook(checked_form, tmp_path, "fr")
    rule = _answer_validation(book, "staff_share")
    assert rule.prompt.startswith("Un nombre de 0 à 100 ; ou : ") and rule.errorTitle == "Valeur non acceptée"
    assert _answer_validation(book, "has_law").error == "Choisissez une valeur dans la liste"


def test_only_the_simple_part_of_a_constraint_becomes_a_limit() -> None:
    def column(kind: QuestionType, constraint: str) -> Column:
        return Column("c", kind, Text({"en": "c"}), constraint=parse_expression(constraint))

    assert value_rule(column(QuestionType.INTEGER, ". >= 0 and (${x} = '' or . <= ${x})")) == (
        "whole", 0, None, "valid_at_least")
    assert value_rule(column(QuestionType.INTEGER, ". > 0 or . = -1")) == ("whole", None, None, "valid_whole")
    assert value_rule(column(QuestionType.DECIMAL, ". <= 2.5")) == ("decimal", None, 2.5, "valid_at_most")
    assert value_rule(column(QuestionType.TEXT, ". != ''")) is None
