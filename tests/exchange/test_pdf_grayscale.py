"""The printed report read in black and white: questions bold in every script, statuses told apart
without colour, and numbers that keep their order inside Arabic (reports of the small fixture forms)."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bsreporter.exchange import export_pdf
from bsreporter.exchange.pdf_bidi import bidi_levels, visual_order
from bsreporter.exchange.pdf_styles import ALERT_MARK, Styles
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                   reason="poppler-utils (pdftotext, pdftoppm) is not installed")

PHONE = "+99 21 555 0142"
#: A question-like sentence in each script the report's fonts cover.
SENTENCES = {
    "en": "Has your country adopted national biosafety legislation?",
    "zh": "贵国是否已通过国家生物安全立法？",
    "ru": "Приняла ли ваша страна национальное законодательство?",
    "ar": "هل اعتمد بلدكم تشريعات وطنية للسلامة الأحيائية؟",
}


def ink(pdf: Path) -> int:
    """The darkness of a one-page PDF rendered in grayscale: the sum of (255 - gray) over its pixels."""
    pgm = subprocess.run(["pdftoppm", "-gray", "-r", "150", str(pdf)], check=True, capture_output=True).stdout
    pixels = pgm.split(b"\n", 3)[3]  # P5, size, max value, pixels
    return sum(255 - value for value in pixels)


def paragraph_pdf(path: Path, language: str, which: str) -> Path:
    """A page with one paragraph: the sentence as a question, or as an answer."""
    styles = Styles(cjk=language == "zh", rtl=language == "ar")
    paragraph = styles.para(SENTENCES[language], styles.question if which == "question" else styles.answer)
    page = canvas.Canvas(str(path), pagesize=A4)
    paragraph.wrapOn(page, 450, 200)
    paragraph.drawOn(page, 60, 600)
    page.save()
    return path


@needs_poppler
@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_questions_are_darker_than_answers_in_grayscale_in_every_script(language: str, tmp_path: Path) -> None:
    question = ink(paragraph_pdf(tmp_path / "q.pdf", language, "question"))
    answer = ink(paragraph_pdf(tmp_path / "a.pdf", language, "answer"))
    # The question's colour is lighter than the answer's ink: only a bolder face makes it darker.
    assert question > answer * 1.15, (question, answer)


def _page_streams(data: bytes) -> list[bytes]:
    """The compressed streams of a PDF (Flate, perhaps inside ASCII85), decoded."""
    streams = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        body = match.group(1).rstrip()
        try:
            if body.endswith(b"~>"):
                body = base64.a85decode(body, adobe=True)
            streams.append(zlib.decompressobj().decompress(body))
        except (ValueError, zlib.error):
            continue  # not a compressed stream
    return streams


def test_chinese_report_draws_its_bold_text_bolder(small_chinese_path: Path, small_world_form: Questionnaire,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "zh.pdf"
    with Report.open(small_chinese_path, read_only=True, form=small_world_form) as report:
        export_pdf(report, out)
    text = b"\n".join(stream for stream in _page_streams(out.read_bytes()) if b" Tj" in stream)
    # Droid Sans Fallback has no bold face: bold Chinese is filled and stroked with its own colour.
    assert b" 2 Tr" in text and b" 0 Tr" in text


def visual(text: str) -> str:
    """The characters of one right-to-left line in the order they stand on the page, left to right."""
    return "".join(text[i] for i in visual_order(bidi_levels(text, rtl=True)))


def test_a_phone_number_keeps_its_order_inside_arabic() -> None:
    assert PHONE in visual(f"رقم الهاتف {PHONE} في الوزارة")
    assert "(021) 555 0142" in visual("الهاتف (021) 555 0142.")
    assert "2011-2020" in visual("في الفترة 2011-2020")  # a range reads as typed, like a date
    assert "1,250,000.75" in visual("المبلغ 1,250,000.75 دولار")
    # Indicator codes each read as typed; a list keeps the right-to-left order of the sentence.
    assert visual("المؤشرات: 4.1.e, 5.1.g").startswith("5.1.g ,4.1.e")
    assert visual("الأسئلة 24, 39, 42").startswith("42 ,39 ,24")
    # After a Latin word the number already goes with it, left to right.
    assert visual(f"الهاتف Tel. {PHONE}").startswith(f"Tel. {PHONE}")


@needs_poppler
def test_arabic_report_prints_a_phone_number_as_typed(small_world_form: Questionnaire, tmp_path: Path) -> None:
    with Report.create(tmp_path / "r.bsr", party="أركاديا", language="ar", form=small_world_form) as report:
        report.set_answer("contact_title", f"الهاتف {PHONE} (المكتب)")
        report.set_answer("contact_name", "Dr. Amina Okafor و Ivan Petrov 2019")
        export_pdf(report, tmp_path / "r.pdf")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "r.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert PHONE in text
    assert "Dr. Amina Okafor" in text


@needs_poppler
def test_required_and_optional_missing_answers_differ_without_colour(small_form: Questionnaire,
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    with Report.create(tmp_path / "r.bsr", party="Arcadia", language="en", form=small_form) as report:
        export_pdf(report, out)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True,
                          text=True).stdout
    lines = [line.strip() for line in text.splitlines()]
    assert f"{ALERT_MARK} No answer given" in lines  # required and missing
    assert "No answer given" in lines  # optional: no mark
    assert f"{ALERT_MARK} Incomplete" in lines  # an indicator summary row still waiting
