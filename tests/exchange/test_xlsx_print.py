"""The workbook prints: each sheet fitted to the paper's width, its header rows on every page, a print area."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from bsreporter.exchange import export_xlsx
from bsreporter.exchange.xlsx import TABLE_FIRST_ROW
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report


@pytest.fixture(scope="module")
def workbook(small_filled_path: Path, small_form_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    out = tmp_path_factory.mktemp("print") / "filled.xlsx"
    with Report.open(small_filled_path, read_only=True, form=load_questionnaire(small_form_folder)) as report:
        export_xlsx(report, out)
    return openpyxl.load_workbook(out)


def _fits_width(sheet: Worksheet) -> bool:
    return bool(sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
                and sheet.page_setup.fitToHeight == 0)


def test_every_printed_sheet_fits_the_paper_width_within_a_print_area(workbook: Workbook) -> None:
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        assert _fits_width(sheet), sheet.title
        assert sheet.print_area, sheet.title


def test_the_report_sheet_prints_landscape_with_its_headers_and_without_the_grey_ids(workbook: Workbook,
                                                                                  small_form: Questionnaire) -> None:
    sheet = workbook["Report"]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.print_area == f"'Report'!$A$1:$H${len(list(small_form.iter_questions())) + 1}"


def test_a_table_sheet_repeats_its_title_and_headers_and_prints_its_rows_only(workbook: Workbook) -> None:
    sheet = workbook["1.1.3 law_list"]
    assert sheet.print_title_rows == f"$1:${TABLE_FIRST_ROW - 1}"
    last = sheet.max_column
    assert sheet.print_area.endswith(f"$A$1:${chr(64 + last)}${TABLE_FIRST_ROW + 3}")  # 4 rows, no spare rows


def test_rows_of_long_text_are_tall_enough_to_print_it(workbook: Workbook) -> None:
    sheet = workbook["Report"]
    row = next(r[0].row for r in sheet.iter_rows(min_row=2) if r[8].value == "remarks_1_1")  # a 300-character word
    assert (sheet.row_dimensions[row].height or 0) >= 15 * 4
