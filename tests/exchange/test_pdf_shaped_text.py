"""Arabic set faster is set the same: shaped runs written as reportlab writes them (again from memory too),
lines shaped word by word as HarfBuzz shapes them whole, a line's pieces as each character's font and level
give them, and bidi levels of words and simple lines as python-bidi gives them.

The comparisons draw on the installed self-assessment's Arabic labels on purpose (see ``_arabic_texts``)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas

from bsreporter.exchange import pdf_bidi, pdf_shaped_text
from bsreporter.exchange.fonts import ARABIC, ARABIC_BOLD, register_fonts, runs
from bsreporter.exchange.labels import phrase, phrase_keys
from bsreporter.form.installed import installed_questionnaire

#: Marks set above and below their letters (drawn with a text rise), lam-alef, brackets, digits and Latin.
_LINES = ["مُحَمَّدٌ وَالْكِتَابُ", "الأطراف (لا ينطبق)", "وزارة البيئة 2019 UNEP", "إِنَّ السَّلَامَةَ الْأَحْيَائِيَّةَ",
          "هل بقيت لدى بلدك احتياجات لم ُت َّ"]


def _arabic_texts() -> list[str]:
    """Made lines, the installed self-assessment's Arabic labels and the fixed phrases in Arabic: a corpus of
    hundreds of real texts, drawn on deliberately to compare with what reportlab and HarfBuzz do."""
    form = installed_questionnaire()
    labels = [question.label.by_language.get("ar", "") for question in form.iter_questions()]
    return [text for text in [*_LINES, *labels, *(phrase(key, "ar") for key in phrase_keys())] if text]


def _shaped_pieces(text: str, size: float) -> list[tuple[str, object]]:
    return [(piece.font, piece.text) for piece in pdf_bidi.visual_line(((text, False),), size, True)
            if piece.font in (ARABIC, ARABIC_BOLD)]


@pytest.mark.parametrize("size", [8, 9.5, 54])
def test_shaped_arabic_is_written_as_reportlab_writes_it(size: float) -> None:
    """Compared over the corpus of real Arabic labels (``_arabic_texts``), hence the installed form."""
    register_fonts()
    pdf_bidi.visual_line((("تهيئة", False),), size, True)  # installs the writer
    ours, theirs = Canvas("ours.pdf"), Canvas("theirs.pdf")
    written = 0
    for text in _arabic_texts()[:120]:
        for font, shaped in _shaped_pieces(text, size):
            out = []
            for page, write in ((ours, pdf_shaped_text.format_shaped), (theirs, None)):  # the same history
                lines = page.beginText(100, 700)
                lines.setFont(font, size)
                before = list(lines._code)
                code = write(lines, _font(font), shaped) if write else pdf_shaped_text.replaced(lines, shaped)
                out.append((code, lines._rise, lines._curSubset, lines._code == before))
            assert out[0] == out[1], text
            written += 1
    assert written > 100


def _font(name: str) -> Any:
    return pdfmetrics.getFont(name)


def test_a_run_of_arabic_words_is_shaped_as_harfbuzz_shapes_it_whole() -> None:
    """Compared over the corpus of real Arabic labels (``_arabic_texts``), hence the installed form."""
    register_fonts()
    compared = 0
    for text in _arabic_texts():
        for bold in (False, True):
            fonts = [font for font, part in runs(text, bold=bold) for _ in part]
            for low, high, right_to_left in pdf_bidi.visual_runs(text, True, fonts):
                run = text[low:high + 1]
                if right_to_left and " " in run.strip() and fonts[low] in (ARABIC, ARABIC_BOLD):
                    whole = pdf_bidi._shaped_run(run, fonts[low], True)
                    assert pdf_bidi._shaped(run, fonts[low], True) == whole, run
                    compared += 1
    assert compared > 200


def test_a_mark_after_a_space_is_shaped_with_the_space() -> None:
    # HarfBuzz puts such a mark on the space before it: that run cannot be put together from its words.
    assert not pdf_bidi._words_stand_alone("لم ُت َّ")
    assert pdf_bidi._words_stand_alone("لم تَ")


@pytest.mark.parametrize("text", ["السلامة", "مُحَمَّدٌ", "البيئة  والتنمية ", " ", "UNEP", "Cartagena", "وزارة ", "ـ"])
@pytest.mark.parametrize("rtl", [True, False])
def test_bidi_levels_of_a_word_or_of_words_of_one_direction_are_python_bidis(text: str, rtl: bool) -> None:
    assert list(pdf_bidi._levels(text, rtl)) == pdf_bidi.bidi_levels(text, rtl)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_a_line_of_arabic_latin_and_digits_is_one_text_object_that_extracts_as_typed(tmp_path: Path) -> None:
    register_fonts()
    path = tmp_path / "line.pdf"
    page = Canvas(str(path))
    typed = "وزارة البيئة (UNEP) 2019 السلامة"
    pieces = pdf_bidi.visual_line(((typed, False),), 12, True)
    assert len(pieces) >= 3
    pdf_bidi.draw_pieces(page, 72, 700, pieces, 12)
    drawn = " ".join(page._code)
    assert drawn.count("BT ") == 1 and drawn.count(" ET") == 1
    assert page._fontname == pieces[-1].font  # the canvas is left as drawing piece by piece left it
    page.save()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    # (pdftotext orders the brackets of the Latin run its own way, as it did with a text object per piece.)
    assert sorted(re.findall(r"\w+", text)) == sorted(re.findall(r"\w+", typed))


def test_reportlab_paragraphs_measure_plain_words_and_font_heights_once_and_shaped_text_as_it_is() -> None:
    register_fonts()
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    assert paragraph.stringWidth.remembers  # type: ignore[attr-defined]
    assert textsplit.stringWidth is paragraph.stringWidth  # Chinese line breaking measures each character
    assert textsplit.getCharWidths("报告缔约方", "BsrSans", 9.5) == [
        pdfmetrics.stringWidth(char, "BsrSans", 9.5) for char in "报告缔约方"]
    plain = paragraph.stringWidth("Biosafety", "BsrSans", 9.5)
    assert plain == pdfmetrics.stringWidth("Biosafety", "BsrSans", 9.5)
    assert paragraph.stringWidth("Biosafety", "BsrSans", 9.5) == plain
    shaped = ShapedStr("Biosafety", shapeData=[])
    assert paragraph.stringWidth(shaped, "BsrSans", 12) == pdfmetrics.stringWidth(shaped, "BsrSans", 12)
    for size in (None, 8, 9.5, 9.5):
        assert paragraph.getAscentDescent("BsrSans", size) == pdfmetrics.getAscentDescent("BsrSans", size)


def _runs_by_reordering(text: str, rtl: bool, keys: list[object]) -> list[tuple[int, int, bool]]:
    """The runs of a line found by reordering every character (Unicode rule L2), then joining neighbours."""
    levels = pdf_bidi.bidi_levels(text, rtl)
    order = pdf_bidi.visual_order(levels)
    found: list[tuple[int, int, bool]] = []
    for index in order:
        low, high, odd = found[-1] if found else (-2, -2, False)
        joins = (levels[index] % 2 == 1) == odd and keys[index] == keys[low] and index in (low - 1, high + 1)
        if found and joins and levels[index] == levels[low]:
            found[-1] = (min(low, index), max(high, index), odd)
        else:
            found.append((index, index, levels[index] % 2 == 1))
    return found


@pytest.mark.parametrize("text", ["وزارة البيئة والتنمية", "Ministry of Environment", "وزارة UNEP البيئة 2019",
                                  "السلامة الأحيائية", "中文 وزارة"])
@pytest.mark.parametrize("rtl", [True, False])
def test_the_runs_of_a_line_are_those_reordering_each_character_gives(text: str, rtl: bool) -> None:
    register_fonts()
    for bold_every in (0, 3):
        keys: list[object] = [(font, bool(bold_every) and index % bold_every == 0)
                              for index, (font, _) in enumerate((font, char) for font, part in runs(text)
                                                                 for char in part)]
        assert pdf_bidi.visual_runs(text, rtl, keys) == _runs_by_reordering(text, rtl, keys)


def test_plain_text_is_written_as_reportlab_writes_it_the_first_time_and_after() -> None:
    register_fonts()
    ours, theirs = Canvas("ours.pdf"), Canvas("theirs.pdf")
    texts = ["Biosafety", "草稿 - 不完整", "Biosafety", "(a) \\ b", "\u00a0Ω≤", "Biosafety ✓", "草稿", "\u0378"]
    for font in ("BsrSans", "BsrSans-Bold", "BsrCJK"):
        for text in [*texts, *texts]:  # again: from what was kept
            out = []
            for page, write in ((ours, pdf_shaped_text.format_plain), (theirs, None)):  # the same history
                lines = page.beginText(100, 700)
                lines.setFont(font, 9.5)
                code = write(lines, _font(font), text) if write else pdf_shaped_text.replaced(lines, text)
                out.append((code, lines._curSubset))
            assert out[0] == out[1], (font, text)


def test_new_text_of_characters_already_coded_is_written_as_reportlab_writes_it() -> None:
    register_fonts()
    ours, theirs = Canvas("ours.pdf"), Canvas("theirs.pdf")
    # Over 256 Chinese characters: their codes fill a second subset, so a text may fall in either or both.
    chinese = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 600, 2))
    first = ["Biosafety (draft) \\ 100%", "\u00a0nbsp", "Ω≤✓☐", chinese[:200], chinese[200:], "\u0378 missing"]
    # Never written as such, but of characters written before: in one subset, across two, with a no-break space.
    again = ["safe Bio(ty)", "fety\\Bio", "Ω ✓", "nb\u00a0sp", chinese[10:30], chinese[260:280], chinese[250:262],
             "Bio " + chinese[5:8], "\u0378", "miss\u0378ing", ""]
    for font in ("BsrSans", "BsrSans-Bold", "BsrCJK"):
        for text in [*first, *again, *again]:
            out = []
            for page, write in ((ours, pdf_shaped_text.format_plain), (theirs, None)):  # the same history
                lines = page.beginText(100, 700)
                lines.setFont(font, 9.5)
                code = write(lines, _font(font), text) if write else pdf_shaped_text.replaced(lines, text)
                out.append((code, lines._curSubset))
            assert out[0] == out[1], (font, text)


def test_numbers_are_written_as_reportlab_writes_them() -> None:
    register_fonts()
    from reportlab.lib import rl_accel
    from reportlab.pdfgen import canvas, textobject

    assert canvas.fp_str is not rl_accel.fp_str and textobject.fp_str is canvas.fp_str  # remembered
    values = [0, 0.0, -0.0, 1e-8, -1e-8, 1, True, 0.5, -0.5, 1 / 3, 2 / 3 * 1000, 123456.789, -98.7654321, 9.5, 11.4,
              595.2755905511812, 1e9, 0.1 + 0.2]
    for value in [*values, *values]:
        assert canvas.fp_str(value) == rl_accel.fp_str(value)
    assert canvas.fp_str(*values) == rl_accel.fp_str(*values)
    assert canvas.fp_str(values) == rl_accel.fp_str(values) == canvas.fp_str(tuple(values))
    assert canvas.fp_str() == rl_accel.fp_str() == ""
    # Groups written again are the same group (a colour, an origin), whatever the type of its numbers.
    for group in [(0.1, 0.2, 0.3), [0.1, 0.2, 0.3], (1, 0, 0, 1, 56.7, 300.25), (1.0, 0.0, 0.0, 1.0, 56.7, 300.25),
                  (True, 0.5), (-0.0, 2)] * 2:
        assert canvas.fp_str(group) == rl_accel.fp_str(group) == canvas.fp_str(*group), group


@pytest.mark.parametrize("size", [8, 54])
def test_shaped_arabic_drawn_again_is_written_as_reportlab_writes_it(size: float) -> None:
    """Compared over the corpus of real Arabic labels (``_arabic_texts``), hence the installed form."""
    register_fonts()
    pieces = [(font, shaped) for text in _arabic_texts()[:80] for font, shaped in _shaped_pieces(text, size)]
    ours, theirs = Canvas("ours.pdf"), Canvas("theirs.pdf")
    texts = [ours.beginText(100, 700), theirs.beginText(100, 700)]
    again = 0
    # Each piece again (from what was kept), from one text object's changing state: its font set before each
    # piece (as a line is drawn), at another size now and then, and a rise set before some pieces.
    for index, (font, shaped) in enumerate([*pieces, *pieces[::-1], *pieces[1::2], *pieces]):
        out = []
        for lines, write in zip(texts, (pdf_shaped_text.format_shaped, None), strict=True):
            lines.setFont(font, size if index % 3 else size + 1)
            if index % 5 in (0, 3):
                lines.setTextOrigin(100, 700)  # (reportlab's setRise replaces a rise just set, and keeps the first)
                lines.setRise(2.5 if index % 5 else 0)
            code = write(lines, _font(font), shaped) if write else pdf_shaped_text.replaced(lines, shaped)
            out.append((code, lines._rise, lines._curSubset, lines._y))
        assert out[0] == out[1], str(shaped)
        again += index >= len(pieces)
    assert again > 200


def _pieces_by_character(spans: tuple[pdf_bidi.Span, ...], size: float, rtl: bool) -> list[tuple[Any, ...]]:
    """The pieces of a line found from the font and weight of each character, by :func:`pdf_bidi.visual_runs`."""
    text = "".join(chunk for chunk, _ in spans)
    keys = [(font, bold) for chunk, bold in spans for font, part in runs(chunk, bold=bold) for _ in part]
    return [_piece_numbers(pdf_bidi._piece(text[low:high + 1], keys[low][0], size, rtl=right_to_left))
            for low, high, right_to_left in pdf_bidi.visual_runs(text, rtl, keys)]


def _piece_numbers(piece: pdf_bidi.Piece) -> tuple[Any, ...]:
    return piece.font, str(piece.text), tuple(getattr(piece.text, "__shapeData__", None) or ()), piece.width


def _lines_of_spans() -> list[tuple[pdf_bidi.Span, ...]]:
    """Real Arabic lines as one span, and cut at a word into a regular and a bold span, or the other way."""
    lines: list[tuple[pdf_bidi.Span, ...]] = []
    for text in _arabic_texts():
        lines.append(((text, False),))
        cut = text.find(" ", len(text) // 2)
        if cut > 0:
            lines += [((text[:cut], False), (text[cut:], True)), ((text[:cut], True), (text[cut:], False)),
                      ((text[:cut], False), (text[cut:], False))]
    return [*lines, (("  وزارة", True), ("  UNEP  2019 ", True), ("中文 البيئة\nالسلامة ", False)), (("", False),),
            (("Ministry ", False), ("(وزارة)", True))]


@pytest.mark.parametrize("rtl", [True, False])
def test_a_line_is_cut_into_the_pieces_the_font_and_level_of_each_character_give(rtl: bool) -> None:
    """Compared over the corpus of real Arabic labels (``_arabic_texts``), hence the installed form."""
    register_fonts()
    compared = 0
    for spans in _lines_of_spans():
        assert [_piece_numbers(piece) for piece in pdf_bidi.visual_line(spans, 9.5, rtl)] == \
            _pieces_by_character(spans, 9.5, rtl), spans
        compared += 1
    assert compared > 300


@pytest.mark.parametrize("rtl", [True, False])
def test_levels_of_arabic_lines_with_punctuation_or_lone_numbers_are_python_bidis(rtl: bool) -> None:
    """Compared over the corpus of real Arabic labels (``_arabic_texts``), hence the installed form."""
    register_fonts()
    made = ["وزارة (البيئة)، 17 موقعاً.", "القسم 4 - ٥ من المادة 17", "2019 السلامة 3", "،؛؟ «نص» [1] 50%",
            "مُحَمَّدٌ 12 و 34", "رقم 1٢", "عام 2011-2020", "هاتف +99 21 555 0142", "3\u0651 ن", "(", "17 "]
    texts = [*made, *_arabic_texts()]
    texts += [word for text in texts for word in text.split(" ")]
    quick = 0
    for text in texts:
        assert list(pdf_bidi._levels(text, rtl)) == pdf_bidi.bidi_levels(text, rtl), text
        kinds = {unicodedata.bidirectional(char) for char in text}
        quick += rtl and not kinds <= {"R", "AL", "NSM", "WS"} and kinds <= {"R", "AL", "NSM", "WS", "ON", "CS",
                                                                             "ES", "ET", "EN"}
    assert quick > 100 or not rtl


def _levels_by_byte(text: str, rtl: bool) -> list[int]:
    """The levels python-bidi gives each UTF-8 byte, taken for each character at its first byte, one by one."""
    isolated, positions = pdf_bidi._isolate_numbers(text, rtl)
    report = pdf_bidi.get_display(isolated, base_dir="R" if rtl else "L", debug=True)
    by_byte = [int(level) for level in pdf_bidi._LEVEL.findall(report[report.find("levels:"):])]
    starts = [len(isolated[:index].encode("utf-8")) for index in range(len(isolated))]
    levels = [by_byte[starts[position]] for position in positions]
    for index in range(len(text) - 1, -1, -1):
        if unicodedata.bidirectional(text[index]) not in ("WS", "S", "BN"):
            break
        levels[index] = 1 if rtl else 0
    return levels


@pytest.mark.parametrize("text", ["وزارة UNEP 2019", "هاتف +99 21 555 0142 (عمل)", "𐤀𐤁 abc وزارة", "é ü وزارة 1-2",
                                  "中文 وزارة  ", "", "abc", "ﻻ 2011-2020 ﷲ"])
@pytest.mark.parametrize("rtl", [True, False])
def test_bidi_levels_are_those_python_bidi_gives_the_first_byte_of_each_character(text: str, rtl: bool) -> None:
    assert pdf_bidi.bidi_levels(text, rtl) == _levels_by_byte(text, rtl)


def test_a_run_put_together_from_its_words_draws_and_reads_as_the_run_shaped_whole() -> None:
    """Compared over the corpus of real Arabic labels (``_arabic_texts``), hence the installed form."""
    register_fonts()
    joined = 0
    for text in _arabic_texts():
        fonts = [font for font, part in runs(text) for _ in part]
        for low, high, right_to_left in pdf_bidi.visual_runs(text, True, fonts):
            run = text[low:high + 1]
            piece = pdf_bidi._piece(run, fonts[low], 9.5, rtl=right_to_left)
            if not isinstance(piece.text, pdf_bidi.JoinedRun):
                continue
            chars, data, advance = pdf_bidi._shaped_run(run, fonts[low], True)
            assert (str(piece.text), tuple(piece.text.__shapeData__)) == (chars, data), run
            # What writing it reads: the same advances and offsets, glyph by glyph.
            assert [shape[1:] for shape in piece.text.glyph_positions] == [shape[1:] for shape in data]
            assert piece.width == advance * 9.5 / 1000
            joined += 1
    assert joined > 100
