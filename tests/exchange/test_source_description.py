"""A first look at a file to import from: its kind, and for a hand-made sheet, where the answers are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from bsreporter.errors import ExchangeError
from bsreporter.exchange import export_xlsx
from bsreporter.exchange.source_description import (
    SourceKind,
    cell_text,
    column_letter,
    describe_source,
    guess_layout,
    match_reference,
    question_references,
)
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report, Source


@pytest.fixture
def report(small_report: Report) -> Report:
    """A new, empty report of the small form."""
    return small_report


def _sheet(path: Path, rows: list[list[object]], title: str = "Answers") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_exported_workbook_of_this_questionnaire_is_a_same_cycle_source(tmp_path: Path, report: Report) -> None:
    report.set_answer("contact_name", "Dr. Okafor")
    export_xlsx(report, tmp_path / "out.xlsx")
    described = describe_source(report, tmp_path / "out.xlsx")
    assert (described.kind, described.form_id, described.party) == (
        SourceKind.WORKBOOK,
        report.form.id,
        "Republic of Arcadia",
    )
    assert not described.previous_cycle_default and not described.sheets


def test_another_report_file_is_taken_as_the_previous_cycle_by_default(
    tmp_path: Path, report: Report, small_form: Questionnaire
) -> None:
    Report.create(tmp_path / "2015.bsr", party="Arcadia", form=small_form).close()
    described = describe_source(report, tmp_path / "2015.bsr")
    assert described.kind is SourceKind.REPORT and described.previous_cycle_default
    with pytest.raises(ExchangeError, match="the report itself"):
        describe_source(report, report.path)


def test_a_workbook_of_the_earlier_questionnaire_can_only_be_the_previous_cycle(tmp_path: Path) -> None:
    """The Secretariat's second report's workbook, recognised in a fourth report through their mapping."""
    with Report.create(tmp_path / "nr2.bsr", party="Arcadia", form=installed_questionnaire("cpb-nr2-2011")) as old:
        old.set_answers({"Q012": "true", "Q015": "implementation.fullFramwork"}, source=Source.TYPED)
        export_xlsx(old, tmp_path / "nr2.xlsx")
    with Report.create(tmp_path / "nr4.bsr", party="Arcadia", form=installed_questionnaire("cpb-nr4-2019")) as fourth:
        described = describe_source(fourth, tmp_path / "nr2.xlsx")
    assert described.kind is SourceKind.PRIOR_WORKBOOK and described.form_id == "cpb-nr2-2011"
    assert described.previous_cycle_default and described.previous_cycle_fixed


def test_a_hand_made_sheet_is_previewed_and_its_columns_guessed(tmp_path: Path, report: Report) -> None:
    path = _sheet(
        tmp_path / "hand.xlsx",
        [
            ["Answers of the Ministry of Agriculture"],
            [],
            ["No.", "Question", "Answer", "Comment"],
            ["1.1.1", "Is there a law?", "Yes", ""],
            ["G.6", "Start of the period", dt.datetime(2015, 1, 1), "approximate"],
            ["1.2.1.", "Were needs assessed?", "", ""],
        ],
    )
    described = describe_source(report, path)
    assert described.kind is SourceKind.SHEET and not described.previous_cycle_default
    sheet = described.sheets[0]
    assert sheet.name == "Answers" and sheet.cell(5, 3) == "2015-01-01" and sheet.cell(99, 1) == ""
    layout = guess_layout(report.form, sheet)
    assert (layout.sheet, layout.header_row, layout.question_column, layout.answer_column) == ("Answers", 3, "A", "C")


def test_without_an_answer_heading_the_most_filled_column_is_guessed(report: Report, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "bare.xlsx", [["notes", "1.1.1", "Yes"], ["", "needs_assessed", "No"]])
    layout = guess_layout(report.form, describe_source(report, path).sheets[0])
    assert (layout.header_row, layout.question_column, layout.answer_column) == (0, "B", "C")


def test_references_and_cells_read_as_a_person_wrote_them(small_form: Questionnaire) -> None:
    references = question_references(small_form)
    assert match_reference(references, " 1.1.1. ") is small_form.question("has_law")
    assert match_reference(references, "NEEDS_ASSESSED") is small_form.question("needs_assessed")
    assert match_reference(references, "9.9.9") is None and match_reference(references, "") is None
    assert (cell_text(3.0), cell_text(None), cell_text(dt.date(2020, 2, 1))) == ("3", "", "2020-02-01")
    assert cell_text("x" * 1000).endswith("…") and len(cell_text("x" * 1000)) == 300
    assert [column_letter(n) for n in (1, 26, 27, 28)] == ["A", "Z", "AA", "AB"]


def test_a_file_that_is_not_a_spreadsheet_is_refused(tmp_path: Path, report: Report) -> None:
    (tmp_path / "notes.xlsx").write_text("just text")
    with pytest.raises(ExchangeError, match="not a spreadsheet"):
        describe_source(report, tmp_path / "notes.xlsx")


def test_a_sheet_may_be_numbered_in_this_format_or_an_earlier_one_with_a_mapping(tmp_path: Path) -> None:
    """A Party's sheet numbered and worded as its third report is recognised among the Secretariat's formats."""
    from bsreporter.exchange.source_description import likely_format

    fourth = installed_questionnaire("cpb-nr4-2019")
    with Report.create(tmp_path / "fourth.bsr", party="Arcadia", form=fourth) as report:
        rows: list[list[object]] = [["No.", "Answer"], ["14", "A domestic regulatory framework is fully in place"],
                                    ["16", "One or more national biosafety laws"], ["25", "Yes, to some extent"],
                                    ["33", "Yes, to some extent"], ["38", "None"], ["39", "None"]]
        described = describe_source(report, _sheet(tmp_path / "third.xlsx", rows))
    formats = described.formats
    assert [(f.form.id, f.mapping.name if f.mapping else None) for f in formats] == [
        ("cpb-nr4-2019", None), ("cpb-nr3-2015", "cpb-nr3-2015.yaml"), ("cpb-nr2-2011", "cpb-nr2-2011.yaml")]
    layout = guess_layout(fourth, described.sheets[0])
    assert formats[likely_format(formats, described.sheets[0], layout)].form.id == "cpb-nr3-2015"


def test_the_report_itself_is_refused_in_the_persons_language(report: Report) -> None:
    with pytest.raises(ExchangeError) as refused:
        describe_source(report, report.path)
    assert refused.value.key == "import_from_itself"
