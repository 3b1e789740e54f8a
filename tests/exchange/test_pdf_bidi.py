"""Right-to-left text in the PDF: bidi order, Arabic shaping, extractable text, mirrored tables; and the
fixed words of the exports in all six languages."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import string
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas

from bsreporter.exchange.fonts import ARABIC, SANS, register_fonts
from bsreporter.exchange.labels import LANGUAGES, phrase, phrase_keys, phrase_languages
from bsreporter.exchange.pdf_bidi import (
    bidi_levels,
    draw_line,
    has_rtl,
    is_rtl_text,
    line_width,
    visual_line,
    visual_order,
)
from bsreporter.exchange.pdf_content import mirror_columns
from bsreporter.exchange.pdf_paragraph import BidiParagraph
from bsreporter.report.completeness import Status
from bsreporter.report.display import format_date, rows_text, status_text

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed")


def test_direction_follows_the_first_strong_letter() -> None:
    assert has_rtl("Ministry / وزارة") and not has_rtl("Ministry 2019 (a)")
    assert is_rtl_text("2019: وزارة البيئة", default=False)
    assert not is_rtl_text("Annex III وزارة", default=True)
    assert is_rtl_text("12,5 %", default=True)  # no letter: the document's direction


def test_numbers_and_latin_keep_their_order_inside_arabic() -> None:
    text = "المادة 17 من https://bch.cbd.int"
    levels = bidi_levels(text, rtl=True)
    assert levels[text.index("17")] == 2 and levels[text.index("h")] == 2 and levels[0] == 1
    order = visual_order(levels)
    visual = "".join(text[i] for i in order)
    # Left to right on the page: the URL, then "من", then 17, then "المادة" (read from the right).
    assert visual.startswith("https://bch.cbd.int")
    assert visual.index("17") < visual.index("ةداملا")


def test_a_line_is_cut_into_shaped_arabic_and_plain_latin_pieces() -> None:
    pieces = visual_line((("وزارة البيئة UNEP", False),), 10, True)
    assert [piece.font for piece in pieces] == [SANS, ARABIC]  # "UNEP" sits left of the Arabic words
    assert pieces[0].text == "UNEP"
    assert pieces[1].text != "وزارة البيئة"[::-1]  # glyphs of joined letter forms, not the letters
    assert all(piece.width > 0 for piece in pieces)


@needs_poppler
def test_extracted_text_is_the_typed_arabic(tmp_path: Path) -> None:
    register_fonts()
    path = tmp_path / "line.pdf"
    page = canvas.Canvas(str(path))
    # Lam-alef is drawn with glyphs that have no code point of their own, and an opening bracket
    # in right-to-left text with the closing bracket's glyph: both must still read as typed.
    draw_line(page, 500, 700, "الأطراف (لا ينطبق)", 12, align="right")
    page.save()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = re.sub(r"[\s\u202a-\u202e]", "", text)
    assert flat == "الأطراف(لاينطبق)"


def test_a_long_arabic_paragraph_wraps_splits_and_keeps_every_word() -> None:
    register_fonts()
    style = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=14)
    words = ["السلامة", "الأحيائية", "2019", "https://bch.cbd.int", "البروتوكول"] * 30
    paragraph = BidiParagraph([[(" ".join(words), False)], [("x" * 300, False)]], style, mirror=True)
    width, height = paragraph.wrap(200, 10_000)
    assert width == 200 and height / style.leading > 10
    head, tail = paragraph.split(200, 5 * style.leading)
    assert head.wrap(200, 10_000)[1] == 5 * style.leading
    lines = [line for part in (head, tail) for line in part._layout(200)]
    assert all(line_width("".join(chunk for chunk, _ in line.spans), 10, rtl=True) <= 200 for line in lines)
    kept = " ".join(chunk for line in lines for chunk, _ in line.spans).split()
    assert [w for w in kept if not w.startswith("x")] == words  # every word, in order
    assert "".join(w for w in kept if w.startswith("x")) == "x" * 300  # the long word is broken, never cut


def test_mirrored_table_reverses_columns_and_keeps_spanned_content() -> None:
    data = [["a", "b", "c"], ["span", "", ""]]
    cells, widths, style = mirror_columns(data, [1, 2, 3], [("SPAN", (0, 1), (-1, 1)), ("LINEBELOW", (1, 0), (1, -1))])
    assert cells[0] == ["c", "b", "a"] and widths == [3, 2, 1]
    assert cells[1][0] == "span"  # a spanned cell shows its first cell
    assert ("LINEBELOW", (1, 0), (1, -1)) in style and ("SPAN", (0, 1), (2, 1)) in style


def test_every_fixed_phrase_has_all_six_languages_with_the_same_blanks() -> None:
    for key in phrase_keys():
        assert phrase_languages(key) == set(LANGUAGES), key
        fields = {frozenset(name for _, name, _, _ in string.Formatter().parse(phrase(key, lang)) if name)
                  for lang in LANGUAGES}
        assert len(fields) == 1, f"{key}: the languages fill in different values"


def test_statuses_rows_and_dates_in_each_language() -> None:
    for language in LANGUAGES:
        for status in Status:
            assert status_text(status, language)
        if language != "en":
            assert status_text(Status.MISSING, language) != status_text(Status.MISSING, "en")
    assert rows_text(1, "ru") == "1 строка" and rows_text(3, "ru") == "3 строки" and rows_text(5, "ru") == "5 строк"
    assert rows_text(2, "ar") == "صفان" and rows_text(3, "ar") == "3 صفوف"
    assert rows_text(2, "fr") == "2 lignes" and rows_text(1, "es") == "1 fila"
    assert format_date(dt.date(2012, 6, 30), "ar") == "30 حزيران/يونيه 2012"


def test_every_right_to_left_letter_is_in_the_blocks_searched_for_them() -> None:
    import unicodedata

    from bsreporter.exchange.pdf_bidi import RTL_BLOCKS

    # has_rtl looks only inside these blocks: this Python's Unicode must keep every R and AL letter there.
    outside = [code for code in range(0x110000)
               if unicodedata.bidirectional(chr(code)) in ("R", "AL") and not RTL_BLOCKS.match(chr(code))]
    assert outside == []
