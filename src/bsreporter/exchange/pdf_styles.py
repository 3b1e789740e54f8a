"""Paragraph styles of the PDF report and the one way to turn user or form text into a Paragraph."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from bsreporter.exchange.fonts import SANS, SANS_BOLD, has_cjk, markup

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
ACCENT = colors.HexColor("#1f4e79")
QUESTION = colors.HexColor("#23384d")
RULE = colors.HexColor("#9aa7b4")
SHADE = colors.HexColor("#e8edf2")
WARN = colors.HexColor("#a61b1b")

#: Indent of answers under their question: room for numbers such as "4.2.10".
ANSWER_INDENT = 42


class CachedParagraph(Paragraph):
    """A Paragraph that remembers its line breaking for a width.

    The report is laid out twice (page numbers are known only after the first pass)
    and almost every paragraph gets the same width both times; breaking the lines
    once instead of twice saves about a quarter of the export time.
    """

    _cached: tuple[float, object, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self._cached
        if cached is not None and cached[0] == availWidth:
            self.width, self.blPara, self.height = availWidth, cached[1], cached[2]
            return availWidth, cached[2]
        width, height = super().wrap(availWidth, availHeight)
        self._cached = (availWidth, getattr(self, "blPara", None), height)
        return width, height


@dataclass
class Styles:
    """The styles of one export; Chinese line breaking is switched on for Chinese text."""

    cjk: bool
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
        self.warning = ParagraphStyle("warning", self.note, textColor=WARN)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=10.5)
        self.cell_head = ParagraphStyle("cell_head", self.cell, fontName=SANS_BOLD)
        self.cell_centre = ParagraphStyle("cell_centre", self.cell, alignment=TA_CENTER)
        self.warning_cell = ParagraphStyle("warning_cell", self.cell, textColor=WARN)
        self.label = ParagraphStyle("label", base, fontName=SANS_BOLD, textColor=MUTED)
        self.fingerprint = ParagraphStyle("fingerprint", base, fontSize=8, leading=11)
        self.toc_levels = [
            ParagraphStyle("toc0", base, fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=5,
                           leftIndent=0, firstLineIndent=0, rightIndent=24),
            ParagraphStyle("toc1", base, fontSize=9, leading=11.5, leftIndent=18, firstLineIndent=0, rightIndent=24),
        ]

    def para(self, text: str, style: ParagraphStyle, *, bold: bool = False, bullet: str | None = None) -> Paragraph:
        """A Paragraph that shows ``text`` literally (escaped; fonts per script; long words broken)."""
        return CachedParagraph(markup(text, bold=bold), self.style_for(text, style), bulletText=bullet)

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
