"""Plain paragraphs (one font, one style, no markup) laid out and drawn without reportlab's Paragraph.

Most of a report is plain text: question texts, answers, labels, table cells. reportlab's Paragraph
handles far more (markup, mixed fonts, hyphenation, justification) and pays for it on every paragraph:
it parses or clones fragments when made, and goes through its general machinery to break and draw the
lines. :class:`PlainParagraph` does what Paragraph does for the case the report meets most, with the
same rules, so that the PDF is the same:

- the words are those Paragraph finds (its own whitespace rules), broken into lines greedily by the
  same test (a word fits when the line with it is no wider than the room plus the spaces' allowed
  shrinkage), a word wider than a line split where Paragraph splits it, the first line shortened for
  a bullet that overruns the indent;
- the lines are drawn with the same text operators at the same places (left or centred, the bullet
  anchored as the style says), a page split leaves the same lines on each side.

:func:`is_plain` says which text and style qualify; everything else stays a reportlab Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import wordSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as canvas_module
from reportlab.pdfgen import textobject
from reportlab.platypus import Flowable

# reportlab's own helpers for what must come out exactly as its Paragraph does it: the words of a
# text, the split of a word wider than a line, the bullet and the placing of one line.
from reportlab.platypus.paragraph import (
    _centerDrawParaLine,
    _drawBullet,
    _handleBulletWidth,
    _leftDrawParaLine,
    _SplitWord,
    _splitWord,
    _SplitWordEnd,
    cleanBlockQuotedText,
    split,
    strip,
)

#: Characters that make a text more than plain: markup, line breaks, soft hyphens (Paragraph may
#: hyphenate there).
_NOT_PLAIN = frozenset("<>&\n\xad")
#: Characters reportlab's paragraphs treat apart from Python's idea of white space: the no-break space
#: (no break there) and the zero-width space (stripped at the ends of a paragraph).
_OWN_SPACES = frozenset("\xa0\u200b")
_DRAW_LINE = {TA_LEFT: _leftDrawParaLine, TA_CENTER: _centerDrawParaLine}
#: Where a canvas keeps the operators of the bullets drawn on it (see :func:`_draw_bullet`).
_BULLETS_KEPT = "_bsr_bullets"


def is_plain(text: str, style: ParagraphStyle) -> bool:
    """True when ``text`` in ``style`` is laid out by :class:`PlainParagraph` exactly as Paragraph would.

    The caller has checked that the whole text is set in one font: the style's own, or any in a style
    with Chinese line breaking (``wordWrap="CJK"``, see :meth:`PlainParagraph.chinese`).
    """
    cjk = style.wordWrap == "CJK"
    return (not _NOT_PLAIN.intersection(text) and style.alignment in _DRAW_LINE and (cjk or not style.wordWrap)
            and (not cjk or (not text.isspace() and bool(text))) and not style.firstLineIndent and not style.shaping and not style.endDots and not style.backColor
            and not style.borderWidth and not style.textTransform and not style.hyphenationLang
            and not style.uriWasteReduce and not style.embeddedHyphenation
            and getattr(style, "autoLeading", "") in ("", "off", None))


@lru_cache(maxsize=1 << 16)
def _width(word: str, font: str, size: float) -> float:
    return stringWidth(word, font, size)  # type: ignore[no-any-return]


#: A laid-out line: the room left on it (negative when its spaces shrink) and its words.
Line = tuple[float, list[str]]


def break_lines(words: Sequence[str], widths: list[float], font: str, size: float, *,
                shrinkage: float, split_long: bool) -> list[Line]:
    """Paragraph's line breaking of plain words (its ``breakLines`` for one fragment, no hyphenation).

    ``widths`` holds the first line's room and then every later line's.
    """
    space = _width(" ", font, size)
    shrink = shrinkage * space
    last = len(widths) - 1
    lines: list[Line] = []
    line: list[str] = []
    number = 0
    room = widths[0]
    current = -space  # the first word has no space before it
    forced = False
    pending = list(reversed(words))
    while pending:
        word = pending.pop()
        if not word and isinstance(word, _SplitWord):
            forced = True
        word_width = _width(word, font, size)
        new = current + space + word_width
        limit = room + shrink * len(line)
        if (new > limit and not forced and split_long and not isinstance(word, _SplitWord)
                and word_width > widths[min(number, last)]):
            # A word wider than a line: its pieces fill this line's rest and the next lines.
            pending += reversed(_splitWord(word, current + space, widths, number, font, size))
            forced = True
            continue
        if new <= limit or not line or forced:
            if word:
                line.append(word)
            if forced:
                forced = False
                lines.append((room - new, line))
                line, current = [], -space
                number += 1
                room = widths[min(last, number)]
            else:
                current = new
        else:
            lines.append((room - current, line))
            line, current = [word], word_width
            number += 1
            room = widths[min(last, number)]
    if line:
        lines.append((room - current, line))
    return lines


def _rejoined(lines: Sequence[Line]) -> list[str]:
    """The words of ``lines``, the pieces of a split word joined again (as a Paragraph split does)."""
    words: list[str] = []
    pieces: list[str] = []
    for _, line in lines:
        for word in line:
            if isinstance(word, _SplitWord):
                pieces.append(word)
                if isinstance(word, _SplitWordEnd):
                    words.append("".join(pieces))
                    pieces = []
                continue
            if pieces:
                words.append("".join(pieces))
                pieces = []
            words.append(word)
    if pieces:
        words.append("".join(pieces))
    return words


class PlainParagraph(Flowable):
    """A paragraph of plain text in one style (see :func:`is_plain`), optionally with a bullet."""

    def __init__(self, text: str | None, style: ParagraphStyle, bullet: str | None = None, *,
                 words: list[str] | None = None, font: str | None = None) -> None:
        super().__init__()
        self.style = style
        self.bulletText = bullet
        #: The font the text is set in: the style's, or another given as Paragraph's one font tag gives it.
        self.font: str = font or style.fontName
        #: Chinese line breaking (see :meth:`chinese`): the text as Paragraph breaks it, and the lines of
        #: the first part of a split, which Paragraph keeps as they were.
        self.chinese_text: str | None = None
        self._kept: list[Line] | None = None
        if words is None:
            text = text or ""
            if _OWN_SPACES.isdisjoint(text):
                # What reportlab's cleaning and splitting give when every space it knows is Python's too.
                words = text.split()
            else:
                cleaned = strip(cleanBlockQuotedText(text))
                words = split(cleaned) if cleaned else []
        self.words = words
        self._laid: tuple[float, list[Line]] | None = None
        self.width = self.height = 0.0

    @classmethod
    def chinese(cls, text: str, style: ParagraphStyle, font: str, bullet: str | None = None, *,
                lines: list[Line] | None = None, cleaned: bool = False) -> PlainParagraph:
        """``text`` set in ``font`` in a style with Chinese line breaking: broken between any two characters
        as Paragraph breaks one fragment of text (reportlab's ``wordSplit``); ``lines`` are kept as given,
        and ``cleaned`` text is taken as it is (the rest of a split)."""
        paragraph = cls(None, style, bullet, words=[])
        paragraph.font = font
        if lines is not None:
            paragraph._kept = lines
        elif cleaned:
            paragraph.chinese_text = text
        elif font == style.fontName:
            paragraph.chinese_text = str(cleanBlockQuotedText(text))
        else:
            # Paragraph gets the text inside a font tag: its white space is cleaned with the tags around it,
            # so a space at its end stays.
            opening, closing = f'<font face="{font}">', "</font>"
            tagged = str(cleanBlockQuotedText(opening + text + closing))
            paragraph.chinese_text = tagged[len(opening):-len(closing)]
        return paragraph

    def _lines(self, available: float) -> list[Line]:
        if self._kept is not None:
            return self._kept
        laid = self._laid
        if laid is not None and laid[0] == available:
            return laid[1]
        style = self.style
        lines: list[Line] = []
        if self.chinese_text is not None:
            later = available - style.leftIndent - style.rightIndent
            widths = [later, later]
            _handleBulletWidth(self.bulletText, style, widths)
            lines = [(extra, [line]) for extra, line in wordSplit(self.chinese_text, widths, self.font,
                                                                  style.fontSize)]
        elif self.words:
            later = available - style.leftIndent - style.rightIndent
            widths = [later, later]
            _handleBulletWidth(self.bulletText, style, widths)
            lines = break_lines(self.words, widths, self.font, style.fontSize,
                                shrinkage=style.spaceShrinkage, split_long=bool(style.splitLongWords))
        self._laid = (available, lines)
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth < rl_config._FUZZ:
            return 0, 0x7FFFFFFF
        self.width = availWidth
        self.height = len(self._lines(availWidth)) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if availWidth < rl_config._FUZZ or availHeight < rl_config._FUZZ:
            return []
        style = self.style
        # The lines of the last wrap, as Paragraph splits those it has.
        lines = self._laid[1] if self._laid is not None else self._lines(availWidth)
        fits = int(availHeight / float(style.leading))
        if (not style.allowOrphans and fits <= 1) or fits == 0:
            return []
        count = len(lines)
        if count <= fits:
            return [self]
        if not style.allowWidows and count == fits + 1:
            if (style.allowOrphans and count == 3) or count > 3:
                fits -= 1
            else:
                return []
        if self.chinese_text is not None or self._kept is not None:
            # The first part keeps its lines; the second is broken again from its lines' text run together.
            rest = "".join(line for _, words in lines[fits:] for line in words)
            return [PlainParagraph.chinese("", style, self.font, self.bulletText, lines=lines[:fits]),
                    PlainParagraph.chinese(rest, style, self.font, cleaned=True)]
        head = PlainParagraph(None, style, self.bulletText, words=_rejoined(lines[:fits]), font=self.font)
        tail = PlainParagraph(None, style, words=_rejoined(lines[fits:]), font=self.font)
        return [head, tail]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """What Flowable's ``drawOn`` draws (the canvas saved, moved to the paragraph, the paragraph drawn, the
        canvas restored), without copying the canvas's whole state twice: a plain paragraph changes only its
        fill colour, which is put back. A colour of another opacity than the canvas's changes more: drawn as
        Flowable draws it then."""
        style = self.style
        colours = [style.textColor, getattr(style, "bulletColor", style.textColor)] if self.bulletText else [
            style.textColor]
        opacity = canvas._extgstate.getValue("ca")
        if (getattr(self, "_showBoundary", False) or not canvas.bottomup
                or any(getattr(colour, "alpha", None) not in (None, opacity) for colour in colours)):
            super().drawOn(canvas, x, y, _sW)
            return
        x = self._hAlignAdjust(x, _sW)
        code = canvas._code
        code.append("q")
        code.append(f"{canvas_module.fp_str(1, 0, 0, 1, x, y)} cm")
        fill = canvas._fillColorObj
        self.canv = canvas
        try:
            self._draw(saved=False)
        finally:
            del self.canv
            canvas._fillColorObj = fill
        code.append("Q")

    def draw(self) -> None:
        self._draw(saved=True)

    def _draw(self, *, saved: bool) -> None:
        """Draw the lines (and bullet) on ``self.canv``; ``saved``: in a state of their own, else only marked."""
        style = self.style
        lines = self._lines(self.width)
        if not lines:
            return
        canvas = self.canv
        if saved:
            canvas.saveState()
        else:
            canvas._code.append("q")
        size = style.fontSize
        y = self.height - size  # where Paragraph puts the first baseline (rl_config.paraFontSizeHeightOffset)
        offset = 0.0
        if self.bulletText:
            offset = _draw_bullet(canvas, offset, y, self.bulletText, style)
        canvas.setFillColor(style.textColor)
        text = canvas.beginText(style.leftIndent, y)
        text.setFont(self.font, size, style.leading)
        draw_line = _DRAW_LINE[style.alignment]
        for index, (extra, words) in enumerate(lines):
            draw_line(text, offset if not index else 0, extra, words, len(lines) - 1 == index)
        canvas.drawText(text)
        if saved:
            canvas.restoreState()
        else:
            canvas._code.append("Q")


def _draw_bullet(canvas: object, offset: float, y: float, bullet: str, style: ParagraphStyle) -> float:
    """What reportlab's ``_drawBullet`` draws for a bullet of text, the bullet's width measured once;
    returns the first line's offset as it does."""
    anchor = style.bulletAnchor
    if anchor == "numeric":  # aligned on a decimal point: reportlab's own way
        return _drawBullet(canvas, offset, y, bullet, style, rtl=False)  # type: ignore[no-any-return]
    font, size = style.bulletFontName, style.bulletFontSize
    width = _width(bullet, font, size)
    shift = 0.0 if anchor == "start" else width * 0.5 if anchor == "middle" else width
    y += getattr(style, "bulletOffsetY", 0)
    x = style.bulletIndent - shift
    colour = getattr(style, "bulletColor", style.textColor)
    # The same bullets (numbers, boxes) come back all through a report: what follows a bullet's origin is
    # the same each time in one document (its characters' codes never change there), so it is kept.
    kept: dict[tuple[object, ...], str] = canvas.__dict__.setdefault(_BULLETS_KEPT, {})  # type: ignore[attr-defined]
    key = (bullet, font, size, type(colour), colour)
    # A colour's opacity that differs from the canvas's is set by an operator of its own: not kept then.
    alpha = getattr(colour, "alpha", None)
    usable = canvas.bottomup and (alpha is None or alpha == canvas._extgstate.getValue("ca"))  # type: ignore[attr-defined]
    rest = kept.get(key) if usable else None
    if rest is not None:
        canvas._code.append(f"BT 1 0 0 1 {textobject.fp_str(x, y)} Tm {rest}")  # type: ignore[attr-defined]
    else:
        text = canvas.beginText(x, y)  # type: ignore[attr-defined]
        text.setFont(font, size)
        text.setFillColor(colour)
        text._code.append(text._formatText(bullet))  # what textOut writes, without measuring the bullet again
        canvas.drawText(text)  # type: ignore[attr-defined]
        code = text._code
        # Not kept: text drawn with a stroke (synthetic bold), which takes the canvas's line settings.
        if usable and len(code) == 5 and " Tr" not in code[3] and not text._clipping:
            kept[key] = " ".join(code[2:])
    bullet_end = style.bulletIndent - shift + width + size * 0.6
    return max(offset, bullet_end - style.leftIndent)
