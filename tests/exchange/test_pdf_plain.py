"""A plain paragraph is laid out and drawn as reportlab's Paragraph lays out and draws the same text:
the same lines (long words split the same way, the first line shortened for a wide bullet), the same
split across pages, the same PDF operators; anything more than plain text stays a Paragraph.

The comparisons of line breaking draw on the installed self-assessment's labels on purpose: a corpus of
hundreds of real texts finds differences that made texts miss."""

from __future__ import annotations

import pytest
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from bsreporter.exchange.fonts import CJK_BOLD, SANS, SANS_BOLD, markup, register_fonts, runs
from bsreporter.exchange.pdf_content import Heading, PlainHeading, ReportStory
from bsreporter.exchange.pdf_plain import PlainParagraph, is_plain
from bsreporter.exchange.pdf_styles import CachedParagraph, Styles
from bsreporter.form.installed import installed_questionnaire

_TEXTS = [
    "Yes", "  two  spaces  and\ta tab ", "National Biosafety Framework, 2019 (draft)",
    "Has your country adopted the necessary legal, administrative and other measures for the implementation "
    "of the Cartagena Protocol on Biosafety? Please give details of any measures that are still in preparation.",
    "A" * 120, "short then " + "x" * 300 + " and the rest of the sentence after a word too long for any line",
    "https://bch.cbd.int/database/record?documentID=101234&language=en-not-markup-because-no-ampersand"
    .replace("&", "-"), "Ω ≤ ✓ ☐ ☒ – — “quoted”", "tight fit " * 12, "",
]
RED = Color(0.8, 0.1, 0.1, alpha=0.5)
_WIDTHS = [60.0, 150.0, 233.5, 481.9]


def _styles() -> list[tuple[ParagraphStyle, str | None]]:
    register_fonts()
    styles = Styles(cjk=False)
    numbered = ParagraphStyle("numbered", styles.question, bulletAnchor="end", bulletIndent=36)
    wide_bullet = ParagraphStyle("wide", styles.answer, bulletIndent=30, bulletFontSize=9.5)
    middle = ParagraphStyle("middle", styles.answer, bulletAnchor="middle", bulletIndent=20, bulletColor=RED)
    numeric = ParagraphStyle("numeric", styles.answer, bulletAnchor="numeric", bulletIndent=30)
    return [(styles.body, None), (styles.answer, None), (styles.cell, None), (styles.cell_centre, None),
            (styles.question, None), (numbered, "4.2.10"), (wide_bullet, "\u2610 1234567"), (styles.note, None),
            (middle, "(iv)"), (numeric, "12.5"), (styles.question, "17")]


def _questionnaire_texts() -> list[str]:
    """The English labels of the installed self-assessment's first 80 questions: real texts of every length and
    punctuation, which the comparisons with reportlab draw on deliberately."""
    form = installed_questionnaire()
    return [text for question in list(form.iter_questions())[:80]
            if (text := question.label.by_language.get("en", ""))]


def _lines(paragraph: Flowable) -> list[tuple[float, list[str]]]:
    if isinstance(paragraph, PlainParagraph):
        return [(extra, list(words)) for extra, words in paragraph._lines(paragraph.width)]
    return [(extra, list(words)) for extra, words in paragraph.blPara.lines]


def _theirs(text: str, style: ParagraphStyle, bullet: str | None) -> Paragraph:
    return Paragraph(markup(text, base=style.fontName, bold=style.fontName.endswith("Bold")), style,
                     bulletText=bullet)


@pytest.mark.parametrize("width", _WIDTHS)
def test_lines_break_where_reportlabs_paragraph_breaks_them(width: float) -> None:
    """Compared on made texts and on real questionnaire labels (hence the installed form), style by style."""
    checked = 0
    for style, bullet in _styles():
        for text in [*_TEXTS, *_questionnaire_texts()]:
            assert is_plain(text, style)
            ours, theirs = PlainParagraph(text, style, bullet), _theirs(text, style, bullet)
            assert ours.wrap(width, 1e6) == theirs.wrap(width, 1e6), text
            assert [words for _, words in _lines(ours)] == [words for _, words in _lines(theirs)], text
            assert [extra for extra, _ in _lines(ours)] == pytest.approx([extra for extra, _ in _lines(theirs)])
            checked += 1
    assert checked > 500


def test_a_word_longer_than_a_line_is_split_where_reportlab_splits_it() -> None:
    style = _styles()[1][0]
    text = "before " + "Biosafety" * 30 + " after"
    ours = PlainParagraph(text, style)
    ours.wrap(200, 1e6)
    lines = [words for _, words in _lines(ours)]
    assert len(lines) > 3 and "".join(word for words in lines for word in words) == text.replace(" ", "")
    theirs = _theirs(text, style, None)
    theirs.wrap(200, 1e6)
    assert lines == [words for _, words in _lines(theirs)]


def _drawn(paragraph: Flowable, width: float) -> list[str]:
    canvas = Canvas("unused.pdf")
    paragraph.wrapOn(canvas, width, 1e6)
    paragraph.drawOn(canvas, 56.7, 300.0)
    return canvas._code  # type: ignore[no-any-return]


@pytest.mark.parametrize("width", _WIDTHS)
def test_a_plain_paragraph_draws_the_operators_reportlab_draws(width: float) -> None:
    for style, bullet in _styles():
        for text in _TEXTS:
            assert _drawn(PlainParagraph(text, style, bullet), width) == _drawn(_theirs(text, style, bullet),
                                                                                   width), text


@pytest.mark.parametrize("opacity", [1.0, 0.5])
def test_a_plain_paragraph_leaves_the_canvas_as_reportlabs_paragraph_leaves_it(opacity: float) -> None:
    ours, theirs = Canvas("unused.pdf"), Canvas("unused.pdf")
    for canvas in (ours, theirs):
        canvas.setFillAlpha(opacity)
        canvas.setFillColor(RED)
        canvas.translate(10, 20)
    for style, bullet in _styles():
        for text in _TEXTS[:4]:
            for canvas, paragraph in ((ours, PlainParagraph(text, style, bullet)), (theirs, _theirs(text, style, bullet))):
                paragraph.wrapOn(canvas, 233.5, 1e6)
                paragraph.drawOn(canvas, 56.7, 300.0)
            assert ours._code == theirs._code, text
            assert {name: getattr(ours, name) for name in Canvas.STATE_ATTRIBUTES if name != "_extgstate"} == {
                name: getattr(theirs, name) for name in Canvas.STATE_ATTRIBUTES if name != "_extgstate"}
            assert ours._extgstate._d == theirs._extgstate._d and len(ours.state_stack) == len(theirs.state_stack)


@pytest.mark.parametrize("level", [0, 1])
def test_a_plain_heading_is_laid_out_and_drawn_as_reportlabs_heading(level: int) -> None:
    register_fonts()
    styles = Styles(cjk=False)
    story = ReportStory.__new__(ReportStory)
    story.s = styles
    style = styles.h1 if level == 0 else styles.h2
    texts = ["Article 2: General provisions", "Articles 7 to 10: LMOs for intentional introduction into the "
             "environment and the Advance Informed Agreement (AIA) procedure", "A" * 90]
    for text in texts:
        ours, theirs = story.heading(text, level, "key"), Heading(text, style, styles, level=level, key="key")
        assert isinstance(ours, PlainHeading)
        assert (ours.outline_text, ours.toc_markup, ours.level, ours.key) == (
            theirs.outline_text, theirs.toc_markup, theirs.level, theirs.key)
        assert ours.getKeepWithNext() and ours.getSpaceBefore() == theirs.getSpaceBefore()
        for width in _WIDTHS:
            assert _drawn(ours, width) == _drawn(theirs, width), text
    for text in ["R&D", "国家", "two\nlines"]:
        assert not isinstance(story.heading(text, level, "key"), PlainHeading), text


def test_bullets_drawn_again_on_one_canvas_write_what_reportlab_writes() -> None:
    register_fonts()
    runs("第一", bold=True)  # the Chinese faces, for a bullet in synthetic bold
    cases = [(style, bullet) for style, bullet in _styles() if bullet]
    cases.append((ParagraphStyle("cjk_bullet", Styles(cjk=False).answer, bulletFontName=CJK_BOLD, bulletIndent=8),
                  "第一"))
    ours, theirs = Canvas("unused.pdf"), Canvas("unused.pdf")
    for turn in range(3):
        for style, bullet in cases:
            for canvas, paragraph in ((ours, PlainParagraph("Yes", style, bullet)), (theirs, _theirs("Yes", style, bullet))):
                canvas.setLineWidth(0.5 + turn)  # synthetic bold strokes with the canvas's settings
                paragraph.wrapOn(canvas, 233.5, 1e6)
                paragraph.drawOn(canvas, 56.7, 300.0 - 20 * turn)
    assert ours._code == theirs._code
    assert len(ours._code) > 10 * len(cases)


@pytest.mark.parametrize("height", [5.0, 13.0, 30.0, 52.0, 500.0])
def test_a_split_leaves_the_lines_reportlab_leaves_on_each_side(height: float) -> None:
    style, bullet = _styles()[5]
    text = _TEXTS[3] * 3 + " " + "x" * 400
    ours, theirs = PlainParagraph(text, style, bullet), _theirs(text, style, bullet)
    ours.wrap(233.5, 1e6)
    theirs.wrap(233.5, 1e6)
    our_parts, their_parts = ours.split(233.5, height), theirs.split(233.5, height)
    assert len(our_parts) == len(their_parts)
    for our_part, their_part in zip(our_parts, their_parts, strict=True):
        assert our_part.wrap(233.5, 1e6) == their_part.wrap(233.5, 1e6)
        assert _drawn(our_part, 233.5) == _drawn(their_part, 233.5)


def test_only_plain_text_in_one_font_becomes_a_plain_paragraph() -> None:
    register_fonts()
    styles = Styles(cjk=False)
    assert isinstance(styles.para("Has your country adopted measures?", styles.question, bullet="4"),
                      PlainParagraph)
    assert isinstance(styles.para("Yes", styles.answer), PlainParagraph)
    assert isinstance(styles.para("bold in a regular style", styles.answer, bold=True), PlainParagraph)
    assert isinstance(styles.para("", styles.cell), PlainParagraph)
    for text, style in [("R&D <b>", styles.answer), ("two\nlines", styles.answer), ("国家 2019", styles.answer),
                        ("soft\xadhyphen", styles.answer), ("bold  with  runs of spaces ", styles.answer)]:
        bold = text.startswith("bold")
        assert isinstance(styles.para(text, style, bold=bold), CachedParagraph), text
    assert is_plain("centred", ParagraphStyle("x", styles.body, alignment=TA_CENTER, wordWrap="CJK"))
    assert not is_plain("right to left", ParagraphStyle("x", styles.body, wordWrap="RTL"))
    assert not is_plain("justified", ParagraphStyle("x", styles.body, alignment=4))


def _bold_pairs(width: float) -> list[tuple[str, Flowable, Flowable]]:
    """Plain text set bold in a regular style (a ticked option), ours and reportlab's with its font tag."""
    pairs = []
    for style, bullet in _styles():
        if style.fontName != SANS:
            continue
        for text in [*_TEXTS, *_questionnaire_texts()[:30]]:
            if text and " ".join(text.split()) == text:
                ours = Styles(cjk=False).para(text, style, bold=True, bullet=bullet)
                assert isinstance(ours, PlainParagraph) and ours.font == SANS_BOLD, text
                theirs = Paragraph(markup(text, base=style.fontName, bold=True), style, bulletText=bullet)
                pairs.append((text, ours, theirs))
    return pairs


@pytest.mark.parametrize("width", _WIDTHS)
def test_bold_text_in_a_regular_style_breaks_and_draws_as_reportlabs_paragraph_with_its_font_tag(
        width: float) -> None:
    """Compared on made texts and on real questionnaire labels (hence the installed form)."""
    pairs = _bold_pairs(width)
    assert len(pairs) > 100
    for text, ours, theirs in pairs:
        assert ours.wrap(width, 1e6) == theirs.wrap(width, 1e6), text
        assert [words for _, words in _lines(ours)] == [words for _, words in _lines(theirs)], text
        assert [extra for extra, _ in _lines(ours)] == pytest.approx([extra for extra, _ in _lines(theirs)])
        assert _drawn(ours, width) == _drawn(theirs, width), text


@pytest.mark.parametrize("height", [30.0, 52.0, 100.0])
def test_a_split_of_bold_text_in_a_regular_style_leaves_reportlabs_lines_on_each_side(height: float) -> None:
    register_fonts()
    style, bullet = _styles()[1][0], "\u2612"
    text = _TEXTS[3] * 3
    ours = Styles(cjk=False).para(text, style, bold=True, bullet=bullet)
    theirs = Paragraph(markup(text, base=style.fontName, bold=True), style, bulletText=bullet)
    ours.wrap(233.5, 1e6)
    theirs.wrap(233.5, 1e6)
    our_parts, their_parts = ours.split(233.5, height), theirs.split(233.5, height)
    assert len(our_parts) == len(their_parts) == 2
    for our_part, their_part in zip(our_parts, their_parts, strict=True):
        assert our_part.wrap(233.5, 1e6) == their_part.wrap(233.5, 1e6)
        assert _drawn(our_part, 233.5) == _drawn(their_part, 233.5)


_CHINESE = ["是", "国家生物安全框架（草案）", "贵国是否已采取必要的法律、行政和其他措施，以履行《卡塔赫纳生物安全议定书》规定的义务？"
            * 2, "中文 之后 有空格 ", "生物安全" * 40, "阿卡迪亚 ，。；：", "Yes 中文"]


def _chinese_texts() -> list[str]:
    """The Chinese labels of the installed self-assessment's first 60 questions (real texts, on purpose)."""
    form = installed_questionnaire()
    return [text for question in list(form.iter_questions())[:60]
            if (text := question.label.by_language.get("zh", ""))]


def _chinese_pairs(text: str, style: ParagraphStyle, bullet: str | None) -> tuple[Flowable, Flowable] | None:
    styles = Styles(cjk=True)
    bold = style.fontName.endswith("Bold")
    ours = styles.para(text, style, bullet=bullet)
    if not isinstance(ours, PlainParagraph):
        return None
    theirs = Paragraph(markup(text, bold=bold, base=style.fontName), style, bulletText=bullet)
    return ours, theirs


def _chinese_styles() -> list[tuple[ParagraphStyle, str | None]]:
    register_fonts()
    styles = Styles(cjk=True)
    numbered = ParagraphStyle("numbered", styles.question, bulletAnchor="end", bulletIndent=36)
    return [(styles.body, None), (styles.answer, None), (styles.cell, None), (styles.cell_centre, None),
            (styles.question, None), (numbered, "4.2.10"), (styles.label, None)]


@pytest.mark.parametrize("width", _WIDTHS)
def test_chinese_lines_break_and_draw_as_reportlabs_paragraph_breaks_and_draws_them(width: float) -> None:
    """Compared on made Chinese texts and on real questionnaire labels in Chinese (hence the installed form)."""
    checked = 0
    for style, bullet in _chinese_styles():
        for text in [*_CHINESE, *_chinese_texts()]:
            pair = _chinese_pairs(text, style, bullet)
            if pair is None:
                continue
            ours, theirs = pair
            assert ours.wrap(width, 1e6) == theirs.wrap(width, 1e6), text
            assert [words for _, words in _lines(ours)] == [words for _, words in _lines(theirs)], text
            assert _drawn(ours, width) == _drawn(theirs, width), text
            checked += 1
    assert checked > 200


@pytest.mark.parametrize("height", [5.0, 13.0, 30.0, 52.0, 500.0])
def test_a_chinese_split_leaves_the_lines_reportlab_leaves_on_each_side(height: float) -> None:
    style, bullet = _chinese_styles()[5]
    pair = _chinese_pairs(_CHINESE[2] * 3 + "中文 之后 ", style, bullet)
    assert pair is not None
    ours, theirs = pair
    ours.wrap(233.5, 1e6)
    theirs.wrap(233.5, 1e6)
    our_parts, their_parts = ours.split(233.5, height), theirs.split(233.5, height)
    assert len(our_parts) == len(their_parts)
    for our_part, their_part in zip(our_parts, their_parts, strict=True):
        assert our_part.wrap(200, 1e6) == their_part.wrap(200, 1e6)  # the first part keeps its lines
        assert _drawn(our_part, 200) == _drawn(their_part, 200)
        again_ours, again_theirs = our_part.split(200, 40), their_part.split(200, 40)
        assert [part.wrap(200, 1e6) for part in again_ours] == [part.wrap(200, 1e6) for part in again_theirs]


def test_chinese_text_in_one_font_becomes_a_plain_paragraph_in_either_report() -> None:
    register_fonts()
    for styles in (Styles(cjk=True), Styles(cjk=False)):
        assert isinstance(styles.para("国家生物安全框架", styles.answer), PlainParagraph)
        assert isinstance(styles.para("国家生物安全框架", styles.question, bullet="3"), PlainParagraph)
        assert isinstance(styles.para("框架 2019", styles.answer), CachedParagraph)  # two fonts
    assert isinstance(Styles(cjk=True).para("   ", Styles(cjk=True).answer), CachedParagraph)
