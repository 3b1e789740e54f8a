"""Paragraph styles of the PDF report and the one way to turn user or form text into a Paragraph.

Text without right-to-left letters in a left-to-right report becomes reportlab's
own Paragraph; everything in an Arabic report, and any text holding Arabic
letters elsewhere, becomes a :class:`~bsreporter.exchange.pdf_paragraph.BidiParagraph`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from bsreporter.exchange.fonts import SANS, SANS_BOLD, has_cjk, markup, quote_attribute, runs
from bsreporter.exchange.pdf_bidi import Span, has_rtl
from bsreporter.exchange.pdf_paragraph import BidiParagraph
from bsreporter.exchange.pdf_plain import PlainParagraph, is_plain

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
ACCENT = colors.HexColor("#1f4e79")
QUESTION = colors.HexColor("#23384d")
RULE = colors.HexColor("#9aa7b4")
SHADE = colors.HexColor("#e8edf2")
WARN = colors.HexColor("#a61b1b")
#: Marks what still needs the focal point's attention (a required answer missing, an incomplete
#: indicator), so that it differs from a mere note in black and white, not only in colour.
ALERT_MARK = "\u26a0"

#: Indent of answers under their question: room for numbers such as "4.2.10".
ANSWER_INDENT = 42


class CachedParagraph(Paragraph):
    """A Paragraph that remembers its line breaking for a width, and takes its markup's parse from
    a memo: a report repeats much of its text (options, labels, headers), and reportlab's parser
    is slow.

    A flowable is often measured more than once at the same width (to keep a heading with what
    follows, to split a table across pages); breaking its lines once is enough.
    """

    _cached: tuple[float, object, float] | None = None

    def _setup(self, text: str, style: ParagraphStyle, bulletText: object, frags: object,
               cleaner: Callable[[str], str]) -> None:
        if frags is None:
            text = cleaner(text)
            style, parsed, bullet = _parsed(text, style, self.caseSensitive)
            # Copies: a paragraph's fragments are its own, as if it had parsed them itself.
            frags = [fragment.clone() for fragment in parsed]
            if bullet:
                bulletText = [fragment.clone() for fragment in bullet]
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self._cached
        if cached is not None and cached[0] == availWidth:
            self.width, self.blPara, self.height = availWidth, cached[1], cached[2]
            return availWidth, cached[2]
        width, height = super().wrap(availWidth, availHeight)
        self._cached = (availWidth, getattr(self, "blPara", None), height)
        return width, height


@lru_cache(maxsize=4096)
def _parsed(text: str, style: ParagraphStyle, case_sensitive: int) -> tuple[ParagraphStyle, tuple[Any, ...],
                                                                            tuple[Any, ...] | None]:
    """reportlab's parse of paragraph markup (already cleaned) in ``style``: its style, fragments and
    bullet's fragments, as Paragraph makes them."""
    if text and "<" not in text and "&" not in text:
        # Plain text (most paragraphs): the parser makes one fragment, its style's, holding the text.
        parsed_style, fragment = _plain_fragment(style, case_sensitive)
        # Lists of its own, as a parse gives each paragraph (reportlab adds to them as it draws).
        frags = [fragment.clone(text=text, **{name: [] for name, value in vars(fragment).items()
                                              if isinstance(value, list)})]
        textTransformFrags(frags, parsed_style)
        return parsed_style, tuple(frags), None
    parser = ParaParser()
    parser.caseSensitive = case_sensitive
    style, frags, bullet = parser.parse(text, style)
    if frags is None:
        raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph beginning\n'{text[:30]}'")
    textTransformFrags(frags, style)
    return style, tuple(frags), tuple(bullet) if bullet else None


@lru_cache(maxsize=256)
def _plain_fragment(style: ParagraphStyle, case_sensitive: int) -> tuple[ParagraphStyle, Any]:
    """The style and the one fragment reportlab's parser makes of plain text in ``style`` (text aside)."""
    parser = ParaParser()
    parser.caseSensitive = case_sensitive
    parsed_style, frags, bullet = parser.parse("x", style)
    if frags is None or len(frags) != 1 or bullet:
        raise ValueError(f"plain text in style {style.name} parsed as {frags!r}")
    return parsed_style, frags[0]


#: Naskh letters reach higher and lower than Latin ones: an Arabic report gets more room between lines.
_RTL_LEADING = 1.25


@dataclass
class Styles:
    """The styles of one export; Chinese line breaking for Chinese text, mirrored layout for Arabic (``rtl``)."""

    cjk: bool
    rtl: bool = False
    _variants: dict[str, ParagraphStyle] = field(default_factory=dict)

    def __post_init__(self) -> None:
        base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13, textColor=INK,
                              wordWrap="CJK" if self.cjk else None)
        self.body = base
        self.title = ParagraphStyle("title", base, fontName=SANS_BOLD, fontSize=20, leading=26, spaceAfter=14,
                                    textColor=ACCENT)
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=13, leading=18, spaceAfter=24, textColor=ACCENT)
        self.h1 = ParagraphStyle("h1", base, fontName=SANS_BOLD, fontSize=15, leading=20, spaceBefore=4,
                                 spaceAfter=8, textColor=ACCENT, keepWithNext=True)
        self.h2 = ParagraphStyle("h2", base, fontName=SANS_BOLD, fontSize=12, leading=16, spaceBefore=12,
                                 spaceAfter=4, textColor=ACCENT, keepWithNext=True)
        self.intro = ParagraphStyle("intro", base, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=6)
        self.question = ParagraphStyle("question", base, fontName=SANS_BOLD, leftIndent=ANSWER_INDENT,
                                       bulletIndent=0, bulletFontName=SANS_BOLD, bulletFontSize=9.5,
                                       spaceBefore=7, spaceAfter=2, keepWithNext=True, textColor=QUESTION)
        self.answer = ParagraphStyle("answer", base, leftIndent=ANSWER_INDENT)
        self.note = ParagraphStyle("note", base, leftIndent=ANSWER_INDENT, fontSize=8.5, leading=11.5,
                                   textColor=MUTED)
        self.warning = ParagraphStyle("warning", self.note, fontName=SANS_BOLD, textColor=WARN)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=10.5)
        self.cell_head = ParagraphStyle("cell_head", self.cell, fontName=SANS_BOLD)
        self.cell_centre = ParagraphStyle("cell_centre", self.cell, alignment=TA_CENTER)
        self.warning_cell = ParagraphStyle("warning_cell", self.cell, fontName=SANS_BOLD, textColor=WARN)
        self.cell_note = ParagraphStyle("cell_note", self.cell, fontSize=7.5, leading=10, textColor=MUTED)
        self.label = ParagraphStyle("label", base, fontName=SANS_BOLD, textColor=MUTED)
        # Small enough that 64 of the widest hex digits fit the cover's value column on either paper:
        # a fingerprint never wraps a last digit onto a line of its own.
        self.fingerprint = ParagraphStyle("fingerprint", base, fontSize=7.5, leading=11)
        self.toc_levels = [
            ParagraphStyle("toc0", base, fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=5,
                           leftIndent=0, firstLineIndent=0, rightIndent=24),
            ParagraphStyle("toc1", base, fontSize=9, leading=11.5, leftIndent=18, firstLineIndent=0, rightIndent=24),
        ]
        if self.rtl:
            for style in [*vars(self).values(), *self.toc_levels]:
                if isinstance(style, ParagraphStyle):
                    style.leading = round(style.leading * _RTL_LEADING, 1)

    def bidi(self, text: str) -> bool:
        """True when ``text`` is set as a right-to-left (or mixed-direction) paragraph."""
        return self.rtl or has_rtl(text)

    def para(self, text: str, style: ParagraphStyle, *, bold: bool = False,
             bullet: str | None = None) -> Paragraph | BidiParagraph | PlainParagraph:
        """A Paragraph that shows ``text`` literally (escaped; fonts per script; long words broken).

        In a warning style the text is bold and starts with :data:`ALERT_MARK`.
        """
        if style is self.warning or style is self.warning_cell:
            text = f"{ALERT_MARK} {text}"
        bold = bold or style.fontName == SANS_BOLD
        if self.bidi(text):
            return BidiParagraph([[(text, bold)]], style, mirror=self.rtl, bullet=bullet)
        plain = self._plain(text, style, bold, bullet)
        if plain is not None:
            return plain
        return CachedParagraph(markup(text, bold=bold, base=style.fontName), self.style_for(text, style),
                               bulletText=bullet)

    def _plain(self, text: str, style: ParagraphStyle, bold: bool, bullet: str | None) -> PlainParagraph | None:
        """``text`` as a :class:`PlainParagraph` when it is plain text in one font that one can set; else None."""
        pieces = runs(text, bold=bold)
        if not pieces and not text:  # an empty cell: no line to break or draw, only a bullet if any
            return PlainParagraph(text, style, bullet) if is_plain(text, style) else None
        if len(pieces) != 1:
            return None
        font = pieces[0][0]
        chosen = self.style_for(text, style)
        if not is_plain(text, chosen):
            return None
        if chosen.wordWrap == "CJK":
            return PlainParagraph.chinese(text, chosen, font, bullet)
        if font == chosen.fontName:
            return PlainParagraph(text, chosen, bullet)
        # In another font (a ticked option in bold), Paragraph gets the text inside a font tag, which keeps
        # spaces at its ends and runs of spaces: only text with single spaces between words is taken.
        single = " ".join(text.split()) == text and "\u200b" not in text
        return PlainParagraph(text, chosen, bullet, font=font) if single else None

    def lines(self, lines: list[list[Span]], style: ParagraphStyle) -> Paragraph | BidiParagraph:
        """Lines of regular and bold spans (such as options with their boxes) in one paragraph."""
        text = "".join(chunk for line in lines for chunk, _ in line)
        if self.bidi(text):
            return BidiParagraph(lines, style, mirror=self.rtl)
        rows = ["".join(markup(chunk, bold=bold, base=style.fontName) for chunk, bold in line) for line in lines]
        return self.rich("<br/>".join(rows), style, cjk=has_cjk(text))

    def link(self, url: str, style: ParagraphStyle) -> Paragraph | BidiParagraph:
        """A clickable web address that shows exactly what was typed."""
        if self.bidi(url):
            return BidiParagraph([[(url, False)]], ParagraphStyle(style.name + "_link", style, textColor=ACCENT),
                                 mirror=self.rtl, link=url)
        return self.rich(f"<a href={quote_attribute(url)} color={quote_attribute(ACCENT.hexval().replace('0x', '#'))}>"
                         f"{markup(url)}</a>", style, cjk=has_cjk(url))

    def rich(self, markup_text: str, style: ParagraphStyle, *, cjk: bool = False) -> Paragraph:
        """A Paragraph from markup already made safe with :func:`fonts.markup`."""
        if cjk and not self.cjk:
            style = self._cjk_variant(style)
        return CachedParagraph(markup_text, style)

    def style_for(self, text: str, style: ParagraphStyle) -> ParagraphStyle:
        """``style``, or its variant with Chinese line breaking when ``text`` needs it."""
        return self._cjk_variant(style) if not self.cjk and has_cjk(text) else style

    def _cjk_variant(self, style: ParagraphStyle) -> ParagraphStyle:
        variant = self._variants.get(style.name)
        if variant is None:
            variant = ParagraphStyle(style.name + "_cjk", style, wordWrap="CJK")
            self._variants[style.name] = variant
        return variant
