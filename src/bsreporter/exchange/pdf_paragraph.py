"""A paragraph flowable for right-to-left and mixed-direction text (Arabic reports, Arabic answers).

reportlab's own Paragraph sets text left to right. :class:`BidiParagraph` breaks
its lines itself (by the widths of the shaped words), then orders and shapes each
line with :mod:`bsreporter.exchange.pdf_bidi`. It covers what the report needs:
lines of regular or bold text, a style's font size, leading, colour and indents,
a bullet (the question number), a link, and splitting across pages. In an
Arabic report (``mirror=True``) indents and the bullet change sides and every
paragraph is aligned to the right.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

from bsreporter.exchange.pdf_bidi import Piece, Span, draw_pieces, is_rtl_text, line_width, visual_line
from bsreporter.exchange.pdf_pages import LatePageNumbers


@functools.cache
def _token() -> re.Pattern[str]:
    """A word, a run of spaces, or one Chinese character (Chinese breaks between any two).

    Compiled when first needed (a few ms): most reports have no right-to-left paragraph.
    """
    return re.compile(r"\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")


@dataclass(frozen=True, slots=True)
class _Line:
    spans: tuple[Span, ...]


class BidiParagraph(Flowable):
    """Lines of text (each a sequence of (text, bold) spans) set with bidi order and Arabic shaping."""

    def __init__(self, lines: Sequence[Sequence[Span]], style: ParagraphStyle, *, mirror: bool,
                 bullet: str | None = None, link: str | None = None, destination: str | None = None,
                 _laid: tuple[float, list[_Line]] | None = None, _first: bool = True) -> None:
        super().__init__()
        self.lines = [tuple(line) for line in lines]
        self.style = style
        self.mirror = mirror
        self.bullet = bullet
        self.link = link
        self.destination = destination
        text = "".join(chunk for line in self.lines for chunk, _ in line)
        self.rtl = is_rtl_text(text, mirror)
        self._laid = _laid
        self._first = _first
        self.width = self.height = 0.0

    # -- layout ------------------------------------------------------------------------------

    def _indents(self) -> tuple[float, float]:
        left, right = self.style.leftIndent, self.style.rightIndent
        return (right, left) if self.mirror else (left, right)

    def _layout(self, room: float) -> list[_Line]:
        if self._laid is not None and self._laid[0] == room:
            return self._laid[1]
        laid: list[_Line] = []
        for line in self.lines:
            laid += self._break(line, room)
        self._laid = (room, laid)
        return laid

    def _break(self, line: tuple[Span, ...], room: float) -> list[_Line]:
        """Break one line of spans into lines no wider than ``room`` (hard line breaks kept)."""
        size = self.style.fontSize
        out: list[_Line] = []
        current: list[Span] = []
        width = 0.0
        for token, bold in _tokens(line):
            if token == "\n":
                out.append(_finish(current))
                current, width = [], 0.0
                continue
            token_width = line_width(token, size, bold=bold, rtl=self.rtl)
            if token.isspace():
                if current:
                    current.append((token, bold))
                    width += token_width
                continue
            if width + token_width > room and _has_text(current):
                out.append(_finish(current))
                current, width = [], 0.0
            while token_width > room and len(token) > 1:  # a word longer than the line: break it anywhere
                cut = _longest_fitting(token, size, bold, room, self.rtl)
                out.append(_finish([*current, (token[:cut], bold)]))
                current, width = [], 0.0
                token = token[cut:]
                token_width = line_width(token, size, bold=bold, rtl=self.rtl)
            current.append((token, bold))
            width += token_width
        out.append(_finish(current))
        return out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        left, right = self._indents()
        lines = self._layout(max(availWidth - left - right, 1.0))
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        left, right = self._indents()
        lines = self._layout(max(availWidth - left - right, 1.0))
        fits = int(availHeight // self.style.leading)
        if fits <= 0:
            return []
        if fits >= len(lines):
            return [self]
        room = self._laid[0] if self._laid else 0.0
        head = self._part(lines[:fits], room, first=self._first)
        tail = self._part(lines[fits:], room, first=False)
        return [head, tail]

    def _part(self, lines: list[_Line], room: float, *, first: bool) -> BidiParagraph:
        part = BidiParagraph([line.spans for line in lines], self.style, mirror=self.mirror,
                             bullet=self.bullet if first else None, link=self.link, destination=self.destination,
                             _laid=(room, lines), _first=first)
        part.rtl = self.rtl
        return part

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore if self._first else 0.0

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    # -- drawing -----------------------------------------------------------------------------

    def placed_lines(self) -> list[tuple[tuple[Piece, ...], float, float, float]]:
        """Each line as drawn: its pieces, x and y of its start, and its width (after wrap)."""
        style = self.style
        left, right = self._indents()
        room = self.width - left - right
        size = style.fontSize
        y = self.height - size
        align_right = self.mirror or self.rtl
        placed = []
        for line in self._layout(room):
            pieces = visual_line(line.spans, size, self.rtl)
            width = sum(piece.width for piece in pieces)
            if style.alignment == TA_CENTER:
                x = left + (room - width) / 2
            else:
                x = left + room - width if align_right else left
            placed.append((pieces, x, y, width))
            y -= style.leading
        return placed

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        size = style.fontSize
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        if self.bullet and self._first:  # before the text, so that extraction reads the number first
            self._draw_bullet()
        for pieces, x, y, width in self.placed_lines():
            draw_pieces(canvas, x, y, pieces, size)
            rect = (x, y - size * 0.25, x + width, y + size)
            if self.link:
                canvas.linkURL(self.link, rect, relative=1)
            if self.destination:
                canvas.linkRect("", self.destination, rect, relative=1)
        canvas.restoreState()

    def _draw_bullet(self) -> None:
        style = self.style
        size = style.bulletFontSize
        y = self.height - style.fontSize
        pieces = visual_line(((self.bullet or "", style.bulletFontName.endswith("Bold")),), size, False)
        width = sum(piece.width for piece in pieces)
        if style.bulletAnchor == "end":  # the number ends at bulletIndent, just before the text
            x = self.width - style.bulletIndent if self.mirror else style.bulletIndent - width
        else:
            x = self.width - style.bulletIndent - width if self.mirror else style.bulletIndent
        draw_pieces(self.canv, x, y, pieces, size)


class BidiHeading(BidiParagraph):
    """A right-to-left heading that becomes a PDF bookmark and a contents entry."""

    def __init__(self, text: str, style: ParagraphStyle, *, mirror: bool, level: int, key: str) -> None:
        super().__init__([[(text, style.fontName.endswith("Bold"))]], style, mirror=mirror)
        self.outline_text = text
        self.toc_markup = text  # the contents of a right-to-left report take plain text
        self.level = level
        self.key = key


class BidiContents(TableOfContents):
    """The contents of a right-to-left report: titles on the right, page numbers on the left, all linked."""

    _PAGE_COLUMN = 30.0
    #: When set, page numbers are drawn through it at the end instead of from the entries.
    late: LatePageNumbers | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        entries = self._lastEntries or [(0, "", 0, None)]
        rows: list[list[Flowable | str]] = []
        for level, text, page, key in entries:
            style = self.getLevelStyle(level)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore), ""])
            bold = style.fontName.endswith("Bold")
            number = ParagraphStyle(style.name + "_page", style, leftIndent=0, rightIndent=0)
            page_number = (BidiParagraph([[(str(page), False)]], number, mirror=False, destination=key)
                           if self.late is None else _LatePageNumber(key, number, self.late))
            rows.append([page_number, BidiParagraph([[(text, bold)]], style, mirror=True, destination=key)])
        self._table = Table(rows, colWidths=(self._PAGE_COLUMN, availWidth - self._PAGE_COLUMN),
                            style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


class _LatePageNumber(BidiParagraph):
    """A contents page number in a right-to-left report, drawn (and linked) once the layout knows it."""

    def __init__(self, key: str, style: ParagraphStyle, late: LatePageNumbers) -> None:
        # Laid out as any one-line number: its place does not depend on its digits.
        super().__init__([[("0", False)]], style, mirror=False)
        self.key, self.late = key, late

    def _known(self) -> BidiParagraph:
        number = BidiParagraph([[(str(self.late.page_of(self.key)), False)]], self.style, mirror=False)
        number.width, number.height = self.width, self.height
        return number

    def draw(self) -> None:
        def drawing(form: object) -> None:
            number = self._known()
            number.canv = form
            number.draw()

        def rect() -> tuple[float, float, float, float]:
            _, x, y, width = self._known().placed_lines()[0]
            size = self.style.fontSize
            return x, y - size * 0.25, x + width, y + size

        self.late.draw_later(self.canv, drawing)
        self.late.link_later(self.canv, self.key, rect)


def _tokens(line: tuple[Span, ...]) -> list[Span]:
    """Words, runs of spaces, single Chinese characters and hard line breaks ("\\n"), with their weight."""
    tokens: list[Span] = []
    for text, bold in line:
        for index, part in enumerate(text.split("\n")):
            if index:
                tokens.append(("\n", bold))
            tokens += [(match.group(0), bold) for match in _token().finditer(part)]
    return tokens


def _has_text(spans: list[Span]) -> bool:
    return any(not text.isspace() for text, _ in spans)


def _finish(spans: list[Span]) -> _Line:
    """A line without the spaces at its ends, with neighbouring spans of the same weight joined."""
    while spans and spans[-1][0].isspace():
        spans = spans[:-1]
    while spans and spans[0][0].isspace():
        spans = spans[1:]
    joined: list[Span] = []
    for text, bold in spans:
        if joined and joined[-1][1] == bold:
            joined[-1] = (joined[-1][0] + text, bold)
        else:
            joined.append((text, bold))
    return _Line(tuple(joined))


def _longest_fitting(word: str, size: float, bold: bool, room: float, rtl: bool) -> int:
    low, high = 1, len(word) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if line_width(word[:middle], size, bold=bold, rtl=rtl) <= room:
            low = middle
        else:
            high = middle - 1
    return low
