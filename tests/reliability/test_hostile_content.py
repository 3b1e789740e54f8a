"""Hostile content: what a user types comes back exactly from XLSX and PDF, or is refused clearly."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bsreporter.errors import AnswerError
from bsreporter.exchange import export_pdf, export_xlsx
from bsreporter.exchange.xlsx_read import read_workbook_answers
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report

HOSTILE = {
    "nfp_name": "=HYPERLINK(\"http://evil.example\",\"click\")",
    "nfp_title": "+cmd|' /C calc'!A0",
    "nfp_organisation": "-2+3 and @SUM(A1:A9)",
    "nfp_address": "<b>bold</b> &amp; <script>alert('x')</script>\n<![CDATA[ ]]> &#x41; ]]>",
    "stakeholders_consulted": "Ministry \u202eeulav desrever\u202c of Health \u2067عربي\u2069 and 😀🌱 emoji 𝄞",
    "sec_approach_description": "tabs\tand\nnew lines\nkept",
}


@pytest.fixture
def hostile_report(tmp_path: Path, form: Questionnaire) -> Iterator[Report]:
    report = Report.create(tmp_path / "hostile.bsr", party="<Arcadia & Co>", form=form)
    report.set_answer("sec_provisions", "yes")
    for question_id, value in HOSTILE.items():
        report.set_answer(question_id, value)
    yield report
    report.close()


def test_hostile_text_round_trips_exactly_through_the_workbook(tmp_path: Path, hostile_report: Report) -> None:
    workbook = tmp_path / "hostile.xlsx"
    export_xlsx(hostile_report, workbook)
    answers = read_workbook_answers(workbook)
    for question_id, value in HOSTILE.items():
        assert answers[question_id] == value, question_id


def test_formula_prefixes_are_stored_as_text_never_as_formulas(tmp_path: Path, hostile_report: Report) -> None:
    from openpyxl import load_workbook

    workbook = tmp_path / "hostile.xlsx"
    export_xlsx(hostile_report, workbook)
    book = load_workbook(workbook)  # formulas as written, not cached values
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_hostile_text_appears_literally_in_the_pdf(tmp_path: Path, hostile_report: Report) -> None:
    pdf = tmp_path / "hostile.pdf"
    export_pdf(hostile_report, pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    for needle in ("=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "<script>alert('x')</script>",
                   "<b>bold</b> &amp;", "<Arcadia & Co>", "-2+3 and @SUM(A1:A9)"):
        assert needle in flat, needle


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("bell \x07 character", "invisible control characters"),
        ("null \x00 byte", "invisible control characters"),
        ("x" * 1_000_000, "at most 32,767 fit"),
    ],
)
def test_what_no_format_can_hold_is_refused_clearly(hostile_report: Report, value: str, message: str) -> None:
    before = hostile_report.answer("nfp_name")
    with pytest.raises(AnswerError, match=message):
        hostile_report.set_answer("nfp_name", value)
    assert hostile_report.answer("nfp_name") == before


def test_windows_line_breaks_are_stored_as_plain_line_breaks(hostile_report: Report) -> None:
    hostile_report.set_answer("nfp_address", "12 Riverside Avenue\r\nArcadia City\rCentre")
    assert hostile_report.answer("nfp_address").value == "12 Riverside Avenue\nArcadia City\nCentre"
