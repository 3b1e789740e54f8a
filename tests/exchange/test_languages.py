"""Each of the six UN languages end to end: a report answered in it, exported to PDF and XLSX, read back.

The PDF text is read with poppler's pdftotext (which turns right-to-left lines back into
logical order); the workbook with openpyxl and the project's own reader.

The report answers the installed Strategic Plan questionnaire on purpose: it is the form whose every text
is written in all six languages, so each page is in the report's language throughout (a form with English
texts left in an Arabic page would leave pdftotext reading its lines left to right).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bsreporter.exchange import export_pdf, export_xlsx, read_workbook_answers
from bsreporter.exchange.labels import phrase
from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.report.display import format_date, format_decimal, format_integer, special_answer_text
from bsreporter.report.store import Report

LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed")

#: A sentence a focal point would type in each language; the Arabic one mixes in an article
#: number, a URL and a year, which must keep their order inside the right-to-left line.
TYPED = {
    "en": "The national biosafety committee met four times during the period.",
    "zh": "国家生物安全委员会在此期间召开了四次会议。",
    "fr": "Le comité national de biosécurité s'est réuni quatre fois au cours de la période.",
    "es": "El comité nacional de seguridad de la biotecnología se reunió cuatro veces durante el período.",
    "ru": "Национальный комитет по биобезопасности провел за этот период четыре заседания.",
    "ar": "انظر المادة 17 والمرفق الثالث من البروتوكول على https://bch.cbd.int/protocol في عام 2019",
}
LEGISLATION_DATE = dt.date(2012, 6, 30)
AMOUNT = 1250000.75
ASSESSMENTS = 12345
URL = "https://biosafety.arcadia.example/measures"


def answer_every_type(report: Report, language: str) -> None:
    """One question of each type (and a special answer and a table), answered through the normal checks."""
    form = report.form
    report.set_answer("nfp_name", TYPED[language])  # text
    report.set_answer("nfp_email", "biosafety@environment.arcadia.example")  # email
    report.set_answer("details_1_1", TYPED[language])
    report.set_answer("nbf_legislation_in_place", "yes")  # select_one
    report.set_answer("nbf_legislation_date", LEGISLATION_DATE)  # date
    instruments = form.question("nbf_instruments")
    row = {"instrument_title": TYPED[language][:40], "year_adopted": 2012, "instrument_url": URL}
    for column in instruments.columns:
        if column.choices is not None:
            row[column.name] = column.choices.values[0]
    report.set_answer("nbf_instruments", [row])  # table
    report.set_answer("nbf_admin_rules_scope", list(form.question("nbf_admin_rules_scope").choices.values[:2]))
    report.set_answer("rarm_assessments_count", ASSESSMENTS)  # integer
    report.set_answer("cb_new_funding_mobilized", "yes")
    report.set_answer("cb_funding_amount_usd", AMOUNT)  # decimal
    report.set_answer("hti_shipments_documented_pct", 45.5)  # decimal shown as a percentage
    report.set_answer("lr_national_measures", "yes")
    report.set_answer("lr_measures_url", URL)  # url
    report.set_answer("sta_mechanism_in_place", "yes")
    report.set_answer("sta_requests_count", SpecialAnswer.NOT_AVAILABLE)  # special answer


@pytest.fixture(scope="module", params=LANGUAGES)
def exported(request: pytest.FixtureRequest, form: Questionnaire,
             tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    """(language, PDF, XLSX) of a report created in that language and answered in it."""
    language = request.param
    folder = tmp_path_factory.mktemp(f"lang-{language}")
    with Report.create(folder / "r.bsr", party="Republic of Arcadia", language=language, form=form,
                       author="tester") as report:
        answer_every_type(report, language)
        export_pdf(report, folder / "r.pdf")
        export_xlsx(report, folder / "r.xlsx")
    return language, folder / "r.pdf", folder / "r.xlsx"


def pdf_text(path: Path, *options: str) -> str:
    """The text poppler extracts, without the direction marks it puts around embedded runs."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return re.sub("[\u202a-\u202e]", "", text)


def flat(text: str) -> str:
    """Text without white space (the layout breaks lines anywhere) in Unicode normal form."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


@needs_poppler
def test_pdf_comes_back_in_the_report_language(exported: tuple[str, Path, Path], form: Questionnaire) -> None:
    language, pdf, _ = exported
    raw = pdf_text(pdf)
    pages = raw.count("\f")
    text = flat(raw)
    legislation = form.question("nbf_legislation_in_place")
    yes = legislation.choices.find("yes").label.get(language)
    expected = [
        form.title.get(language),  # the form's own text
        legislation.label.get(language),
        "☒" + yes,  # the chosen option, ticked
        phrase("indicator_summary", language),  # the document's fixed words
        phrase("signature", language),
        phrase("page_of", language, page=pages, pages=pages),
        special_answer_text(SpecialAnswer.NOT_AVAILABLE, language),
        format_date(LEGISLATION_DATE, language),  # dates and numbers the language's way
        format_decimal(AMOUNT, language),
        format_integer(ASSESSMENTS, language),
        TYPED[language],  # what was typed, in logical order (for Arabic: with its number, URL and year)
    ]
    for item in expected:
        assert flat(item) in text, f"{language}: {item!r} is missing from the PDF text"
    if language != "en":
        assert flat(legislation.label.get("en")) not in text


@needs_poppler
def test_workbook_comes_back_in_the_report_language(exported: tuple[str, Path, Path], form: Questionnaire) -> None:
    language, _, xlsx = exported
    book = load_workbook(xlsx)
    assert book.sheetnames[:2] == [phrase("sheet_about", language), phrase("sheet_report", language)]
    assert phrase("indicators", language) in book.sheetnames
    sheet = book[phrase("sheet_report", language)]
    headers = [cell.value for cell in sheet[1]]
    assert phrase("col_question", language) in headers and phrase("col_answer", language) in headers
    rows = {row[8].value: row for row in sheet.iter_rows(min_row=2)}
    legislation = form.question("nbf_legislation_in_place")
    assert rows[legislation.id][3].value == legislation.label.get(language)
    assert rows[legislation.id][4].value == legislation.choices.find("yes").label.get(language)
    assert rows["sta_requests_count"][4].value == special_answer_text(SpecialAnswer.NOT_AVAILABLE, language)
    assert rows["details_1_1"][4].value == TYPED[language]
    # Arabic sheets run from right to left; the others from left to right.
    assert all(bool(ws.sheet_view.rightToLeft) is (language == "ar") for ws in book.worksheets)
    # And the workbook reads back as the same answers, multiple choices included.
    answers = read_workbook_answers(xlsx)
    assert answers["nbf_admin_rules_scope"] == list(form.question("nbf_admin_rules_scope").choices.values[:2])
    assert answers["nbf_legislation_date"] == LEGISLATION_DATE
    assert answers["cb_funding_amount_usd"] == AMOUNT


@needs_poppler
def test_arabic_pdf_is_laid_out_right_to_left(exported: tuple[str, Path, Path]) -> None:
    language, pdf, _ = exported
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>',
                       pdf_text(pdf, "-bbox"))
    page_width = 595.0  # A4
    ticks = [float(x_min) for x_min, word in words if word == "☒"]
    numbers = [float(x_min) for x_min, word in words if word == "1.1.1"]
    assert ticks and numbers
    # Ticked boxes and question numbers start the line: on its right in Arabic, on its left otherwise.
    on_right = language == "ar"
    assert all((x > page_width / 2) is on_right for x in ticks + numbers)
