"""Right-to-left text in the PDF: bidi order (python-bidi) and Arabic shaping (HarfBuzz through reportlab).

reportlab sets text left to right, one character after another. Arabic needs two
more steps, done here for one line at a time:

1. **Order** (Unicode bidi algorithm: levels from python-bidi, rules L1 and L2
   here): the logical text of a line becomes runs in visual order, so Arabic
   reads from right to left while numbers, URLs and Latin words inside it keep
   their own left-to-right order.
2. **Shaping** (HarfBuzz, which reportlab already uses for its ``shaping`` option):
   each right-to-left run is shaped right to left (joined letter forms, the
   lam-alef ligature, marks placed, brackets mirrored); other runs are set as
   they are.

A PDF reader that extracts or copies the text maps each glyph back to characters
through the font's ToUnicode table. reportlab writes there the code point it used
for a glyph: a presentation form (U+FExx) for most joined forms and a private-use
code point for glyphs that have none (the two halves of lam-alef, mark ligatures).
:func:`_to_unicode_cmap` replaces reportlab's table writer so that those map to the
ordinary Arabic letters instead, and extracted text is plain, searchable Arabic.
"""

from __future__ import annotations

# Before reportlab: it defers what reportlab loads at import time that an export seldom needs.
from bsreporter.exchange import pdf_imports  # noqa: F401

# isort: split

import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import Any

import uharfbuzz
from bidi import get_display
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from bsreporter.errors import ExchangeError
from bsreporter.exchange.fonts import ARABIC, ARABIC_BOLD, register_fonts, runs

_SHAPED_FONTS = frozenset({ARABIC, ARABIC_BOLD})
_STRONG_RTL = frozenset({"R", "AL"})
#: The blocks that hold every right-to-left letter: Hebrew to Arabic Extended, the right-to-left mark,
#: Hebrew and Arabic presentation forms, and the right-to-left scripts of planes 1 (tests check it holds).
RTL_BLOCKS = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")
_LEVEL = re.compile(r"Level\(\s*(\d+)")
_LRI, _PDI = "\u2066", "\u2069"
#: Groups of ASCII digits joined by spaces, dots, hyphens, slashes or bare commas, perhaps with a leading "+"
#: or an area code in brackets: a phone number, a range of years, a date, an amount; also a code
#: of numbers and letters joined by dots, such as the indicator "4.1.e".
_DIGIT_GROUPS = re.compile(r"(?<![A-Za-z0-9.,\-/+])\+?(?:\([0-9]+\) ?)?[0-9]+"
                           r"(?:(?:[ .\-/]+|,| ?\([0-9]+\) ?)[0-9]+|\.[A-Za-z]+(?![A-Za-z]))*(?![A-Za-z0-9])")
#: Arabic presentation forms: extracted text maps them back to the ordinary letters.
_PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))

_lock = threading.Lock()
#: Per font face: the text of each private-use code point reportlab gave a glyph without one.
_glyph_text: dict[str, dict[int, str]] = {}
_hb_fonts: dict[str, uharfbuzz.Font] = {}
#: Per font, the character drawn for a glyph showing some characters, and its width, when it has a code
#: point of its own.
_glyph_codes: dict[str, dict[tuple[int, str], tuple[str, float]]] = {}
#: Words and the spaces between them.
_WORDS_AND_SPACES = re.compile(r" +|[^ ]+")
_SPACES = re.compile(" +")
#: A glyph's advance in its ShapeData.
_ADVANCE = itemgetter(1)
#: Words and the spaces and line breaks between them (which take the font of the text before them).
_WORDS_AND_BREAKS = re.compile("[ \n]+|[^ \n]+")


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of a line in visual order, set in one font: plain text, or shaped glyphs."""

    font: str
    text: str  # a reportlab ShapedStr (glyphs with positions) for shaped Arabic
    width: float


def has_rtl(text: str) -> bool:
    """True when ``text`` holds a right-to-left letter (Arabic, Hebrew...)."""
    # Asked of every paragraph of every report: only the characters of the right-to-left blocks are looked up.
    return any(unicodedata.bidirectional(char) in _STRONG_RTL for char in RTL_BLOCKS.findall(text))


def is_rtl_text(text: str, default: bool) -> bool:
    """The direction of a paragraph by its first strong letter (Unicode rule P2); ``default`` when it has none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in _STRONG_RTL:
            return True
    return default


Span = tuple[str, bool]  # text and whether it is bold


@lru_cache(maxsize=8192)
def visual_line(spans: tuple[Span, ...], size: float, rtl: bool) -> tuple[Piece, ...]:
    """One line of logical text (spans of regular or bold text) as pieces in visual order, left to right.

    ``rtl`` is the base direction of the line's paragraph.
    """
    register_fonts()
    _install_to_unicode()
    text = "".join(chunk for chunk, _ in spans)
    if not text:
        return ()
    stretches = _font_stretches(spans)
    levels = _levels(text, rtl) if rtl or has_rtl(text) else None
    if levels is None or min(levels) == max(levels):
        # One level (most lines): the runs are the stretches of one font and weight, right to left when odd;
        # as :func:`visual_runs` finds them, without a key per character.
        odd = levels is not None and levels[0] % 2 == 1
        found: list[tuple[int, int, bool, str]] = []
        start = 0
        for (font, _), length in stretches:
            found.append((start, start + length - 1, odd, font))
            start += length
        return tuple(_piece(text[low:high + 1], font, size, rtl=right_to_left)
                     for low, high, right_to_left, font in (found[::-1] if odd else found))
    keys = [key for key, length in stretches for _ in range(length)]
    return tuple(_piece(text[low:high + 1], keys[low][0], size, rtl=right_to_left)
                 for low, high, right_to_left in _visual_runs(text, levels, keys))


def _font_stretches(spans: tuple[Span, ...]) -> list[tuple[tuple[str, bool], int]]:
    """The stretches of a line set in one font and weight: ((font, bold), number of characters), in order.

    A space stays in the font of the text before it (see :func:`bsreporter.exchange.fonts.runs`), and every
    other character has its font whatever surrounds it: the fonts are found once per word.
    """
    stretches: list[list[Any]] = []
    for chunk, bold in spans:
        before = len(stretches)  # a span's first spaces are in its base font, not in the last span's
        for word in _WORDS_AND_BREAKS.findall(chunk):
            if word[0] in " \n" and len(stretches) > before:
                stretches[-1][1] += len(word)
                continue
            for key, length in _word_fonts(word, bold):
                if stretches and stretches[-1][0] == key:
                    stretches[-1][1] += length
                else:
                    stretches.append([key, length])
    return [(key, length) for key, length in stretches]


@lru_cache(maxsize=1 << 14)
def _word_fonts(word: str, bold: bool) -> tuple[tuple[tuple[str, bool], int], ...]:
    """The fonts of one word (or of spaces that start a span), as :func:`_font_stretches` gives them."""
    return tuple(((font, bold), len(part)) for font, part in runs(word, bold=bold))


def visual_runs(text: str, rtl: bool, keys: Sequence[object]) -> list[tuple[int, int, bool]]:
    """The runs of one line in visual order, left to right: (first, last index, right to left).

    A run holds characters of one bidi level and one ``keys`` value (e.g. font and weight), so that
    each can be shaped on its own (HarfBuzz does no bidi); ``rtl`` is the paragraph's direction.
    """
    levels = _levels(text, rtl) if rtl or has_rtl(text) else (0,) * len(text)
    return _visual_runs(text, levels, keys)


def _visual_runs(text: str, levels: Sequence[int], keys: Sequence[object]) -> list[tuple[int, int, bool]]:
    """:func:`visual_runs` with the levels of ``text`` already found."""
    if levels and min(levels) == max(levels):
        # One level (most lines): the runs are the stretches of one key, right to left when it is odd.
        odd = levels[0] % 2 == 1
        stretches: list[tuple[int, int, bool]] = []
        start = 0
        for _, same in groupby(keys):
            end = start + sum(1 for _ in same)
            stretches.append((start, end - 1, odd))
            start = end
        return stretches[::-1] if odd else stretches
    order = visual_order(levels)
    found: list[tuple[int, int, bool]] = []
    start = 0
    for index in range(1, len(order) + 1):
        first, here = order[start], order[index - 1]
        if index < len(order):
            after = order[index]
            step = -1 if levels[first] % 2 else 1
            if after == here + step and levels[after] == levels[first] and keys[after] == keys[first]:
                continue
        found.append((min(first, here), max(first, here), levels[first] % 2 == 1))
        start = index
    return found


#: Bidi classes of text that is all of one direction when set in a right-to-left paragraph: right-to-left
#: letters, marks on them and spaces between them (the spaces at its ends take the paragraph's level).
_RIGHT_TO_LEFT_ONLY = frozenset({"R", "AL", "NSM", "WS"})
#: The same, with neutral punctuation (brackets, stops, commas, dashes...): with no number and no left-to-right
#: letter to side with, every neutral takes the direction of the right-to-left letters around it.
_RIGHT_TO_LEFT_AND_NEUTRALS = _RIGHT_TO_LEFT_ONLY | {"ON", "CS", "ES", "ET"}
#: Right-to-left letters and spaces with European digits.
_RIGHT_TO_LEFT_AND_DIGITS = _RIGHT_TO_LEFT_ONLY | {"EN"}


@lru_cache(maxsize=16384)
def _levels(text: str, rtl: bool) -> tuple[int, ...]:
    """:func:`bidi_levels`, worked out once per text (a line is measured word by word, then drawn).

    In a right-to-left paragraph an Arabic word, or Arabic words and spaces alone, are all at level 1,
    and a word of left-to-right letters alone at level 2, as the full algorithm finds them; most of an
    Arabic report's words are one or the other, so python-bidi is asked only about the rest. So are lines of
    Arabic words and neutral punctuation (all at level 1), and lines of Arabic words and lone numbers (numbers
    at level 2, and a mark on a digit with it).
    """
    if rtl and text:
        kinds = {unicodedata.bidirectional(char) for char in set(text)}
        if kinds <= _RIGHT_TO_LEFT_AND_NEUTRALS:
            return (1,) * len(text)
        if kinds == {"L"}:
            return (2,) * len(text)
        if kinds <= _RIGHT_TO_LEFT_AND_DIGITS and _isolate_numbers(text, rtl)[0] is text:
            return _digit_levels(text)
    return tuple(bidi_levels(text, rtl))


def _digit_levels(text: str) -> tuple[int, ...]:
    """The levels of a line of right-to-left letters, spaces and numbers none of which is isolated, in a
    right-to-left paragraph: digits at level 2 (rules W2 and I2), the rest at 1 (N1: numbers count as
    right to left for the spaces beside them), a mark at the level of what it is on (W1)."""
    levels: list[int] = []
    level = 1
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind != "NSM":
            level = 2 if kind == "EN" else 1
        levels.append(level)
    return tuple(levels)


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of each character of one line (Unicode bidi algorithm, rules up to L1).

    A phone number or other run of digit groups is ordered as one left-to-right unit, as if it
    were typed between LRI and PDI.
    """
    isolated, positions = _isolate_numbers(text, rtl)
    # python-bidi returns its resolved levels (one per UTF-8 byte) when asked for debugging output;
    # it is the only way its binding gives them, and they are all that is needed here.
    report = get_display(isolated, base_dir="R" if rtl else "L", debug=True)
    body = report[report.find("levels:"):report.find("paragraphs:")]
    by_byte = _LEVEL.findall(body)
    encoded = isolated.encode("utf-8")
    if len(by_byte) != len(encoded):
        raise ExchangeError.of("pdf_bidi_failed")
    # A character's level is that of its first byte (UTF-8 continuation bytes are 0x80 to 0xBF).
    by_char = [int(level) for level, byte in zip(by_byte, encoded, strict=True) if not 0x80 <= byte < 0xC0]
    levels = by_char if isolated is text else [by_char[position] for position in positions]
    base = 1 if rtl else 0
    # L1: white space at the end of a line takes the paragraph's level.
    for index in range(len(text) - 1, -1, -1):
        if unicodedata.bidirectional(text[index]) not in ("WS", "S", "BN"):
            break
        levels[index] = base
    return levels


def _isolate_numbers(text: str, rtl: bool) -> tuple[str, list[int]]:
    """``text`` with each run of digit groups between LRI and PDI, and where each character went.

    After Arabic letters the bidi algorithm takes digits for Arabic numbers, and the spaces or
    hyphens between them for right-to-left text, so it would print "+99 21 555 0142" as
    "0142 555 21 99+" and "2011-2020" as "2020-2011"; inside an isolate they read as typed,
    like a date "30/06/2012" already does. A lone number ("17") needs no isolate, nor does a run
    after a Latin word ("Tel. +99 21 555 0142"), which the algorithm already keeps with it.
    """
    found: list[re.Match[str]] = []
    seen = text  # with the runs already isolated blanked out: to what follows, an isolate is neutral
    for match in _DIGIT_GROUPS.finditer(text):
        start, end = match.span()
        if not match.group(0).isdigit() and _after_right_to_left(seen, start, rtl):
            found.append(match)
            seen = seen[:start] + " " * (end - start) + seen[end:]
    if not found:
        return text, list(range(len(text)))
    parts: list[str] = []
    done = 0
    for match in found:
        start, end = match.span()
        parts += [text[done:start], _LRI, text[start:end], _PDI]
        done = end
    parts.append(text[done:])
    return "".join(parts), _positions(text, found)


def _after_right_to_left(text: str, index: int, rtl: bool) -> bool:
    """True when the last strong letter before ``index`` is right to left (or, with none, the paragraph is)."""
    return is_rtl_text(text[index - 1::-1] if index else "", rtl)


def _positions(text: str, found: list[re.Match[str]]) -> list[int]:
    """Where each character of ``text`` is once two marks are inserted around each found run."""
    positions: list[int] = []
    marks = 0
    runs_left = iter(found)
    current = next(runs_left, None)
    for index in range(len(text)):
        if current is not None and index == current.start():
            marks += 1  # the LRI before the run
        positions.append(index + marks)
        if current is not None and index == current.end() - 1:
            marks += 1  # the PDI after it
            current = next(runs_left, None)
    return positions


def visual_order(levels: Sequence[int]) -> list[int]:
    """Logical indices in visual order, left to right (Unicode bidi rule L2)."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] < level:
                index += 1
                continue
            end = index
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[index:end] = order[index:end][::-1]
            index = end
    return order


def line_width(text: str, size: float, *, bold: bool = False, rtl: bool = False) -> float:
    """Width in points of one line as :func:`draw_line` sets it."""
    return _line_width(text, size, bold, rtl)


@lru_cache(maxsize=1 << 15)
def _line_width(text: str, size: float, bold: bool, rtl: bool) -> float:
    # Paragraphs measure every word this way, most of them many times over a report.
    return sum(piece.width for piece in visual_line(((text, bold),), size, rtl))


def draw_line(canvas: object, x: float, y: float, text: str, size: float, *, bold: bool = False,
              align: str = "left", rtl: bool | None = None) -> float:
    """Draw one line of logical ``text`` at (x, y); ``align`` is left, right or centre. Returns its width.

    ``rtl`` is the base direction; by default the text's own (first strong letter).
    """
    text = text.replace("\n", " ")
    pieces = visual_line(((text, bold),), size, is_rtl_text(text, False) if rtl is None else rtl)
    width = sum(piece.width for piece in pieces)
    if align != "left":
        x -= width if align == "right" else width / 2
    draw_pieces(canvas, x, y, pieces, size)
    return width


def draw_pieces(canvas: object, x: float, y: float, pieces: tuple[Piece, ...], size: float) -> None:
    """Draw the pieces of a line from x, left to right, as one text object (each piece placed where it starts)."""
    if not pieces:
        return
    line = canvas.beginText(x, y)  # type: ignore[attr-defined]
    for index, piece in enumerate(pieces):
        canvas.setFont(piece.font, size)  # type: ignore[attr-defined]  # (the canvas's font, as drawString left it)
        if index:
            line.setTextOrigin(x, y)
        line.setFont(piece.font, size)
        # What textOut writes, without measuring the piece again (its width is known, shaped or not).
        line._code.append(line._formatText(piece.text))
        x += piece.width
    canvas.drawText(line)  # type: ignore[attr-defined]


def fit_line(text: str, size: float, width: float, *, bold: bool = False) -> str:
    """``text`` shortened at its logical end with an ellipsis so that it fits ``width`` points."""
    rtl = is_rtl_text(text, False)
    if line_width(text, size, bold=bold, rtl=rtl) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits together with the ellipsis
        middle = (low + high + 1) // 2
        if line_width(text[:middle] + "…", size, bold=bold, rtl=rtl) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


# -- shaping -------------------------------------------------------------------------------


def _piece(text: str, font: str, size: float, *, rtl: bool) -> Piece:
    """A run of one level and font: shaped when right to left or Arabic, else plain text."""
    if rtl or font in _SHAPED_FONTS:
        # HarfBuzz joins the letters, and for a right-to-left run returns the glyphs in visual
        # order with brackets mirrored; it does no bidi of its own, hence one run at a time.
        return _shape(text, font, size, rtl=rtl)
    return Piece(font, text, stringWidth(text, font, size))


def _shape(text: str, font_name: str, size: float, *, rtl: bool) -> Piece:
    """``text`` (logical order) shaped with HarfBuzz into glyphs reportlab can draw."""
    words = _words_of_run(text, font_name) if rtl and " " in text else None
    if words is not None:
        chars, glyphs, starts, advance = words
        return Piece(font_name, JoinedRun(chars, glyphs, starts), advance * size / 1000)
    chars, data, advance = _shaped(text, font_name, rtl)
    return Piece(font_name, ShapedStr(chars, shapeData=list(data)), advance * size / 1000)


class JoinedRun(ShapedStr):  # type: ignore[misc]
    """A right-to-left run put together from its words, each shaped once (see :func:`_shaped`).

    Writing it needs only each glyph's advance and offsets, in :attr:`glyph_positions` as its words' glyphs
    have them; its ShapeData, whose clusters count from the start of the run, are made when first asked for.
    """

    def __new__(cls, chars: str, glyphs: tuple[ShapeData, ...], starts: tuple[tuple[int, int], ...]) -> JoinedRun:
        run = str.__new__(cls, chars)
        #: Every glyph's ShapeData in visual order, its cluster counted from the start of its word.
        run.glyph_positions = glyphs
        run._starts = starts
        return run

    @property
    def __shapeData__(self) -> list[ShapeData]:
        data: list[ShapeData] | None = self.__dict__.get("_shape_data")
        if data is None:
            data = self.__dict__["_shape_data"] = list(_with_run_clusters(self.glyph_positions, self._starts))
        return data

    @__shapeData__.setter
    def __shapeData__(self, data: list[ShapeData]) -> None:
        self.__dict__["_shape_data"] = data


@lru_cache(maxsize=8192)
def _shaped(text: str, font_name: str, rtl: bool) -> tuple[str, tuple[ShapeData, ...], float]:
    """The glyphs of ``text`` as code points, their positions (in thousandths of the size, whatever the
    size: the same word is shaped once for every size it is set in) and their total advance.

    A right-to-left run of several words is put together from its words and spaces, each shaped once
    (a line is measured word by word before it is drawn): Arabic letters join and take their marks
    within a word, and the fonts shipped have no kerning or ligature across a space, so the glyphs are
    those HarfBuzz gives for the whole run (tests compare the two).
    """
    words = _words_of_run(text, font_name) if rtl and " " in text else None
    if words is not None:
        chars, glyphs, starts, advance = words
        return chars, _with_run_clusters(glyphs, starts), advance
    return _shaped_run(text, font_name, rtl)


def _words_stand_alone(text: str) -> bool:
    """False when a mark or a joiner touches a space: HarfBuzz then shapes the space with it."""
    for match in _SPACES.finditer(text):
        start, end = match.span()
        if end < len(text) and unicodedata.category(text[end])[0] in "MC":
            return False
        if start and unicodedata.category(text[start - 1]) == "Cf":
            return False
    return True


_Words = tuple[str, tuple[ShapeData, ...], tuple[tuple[int, int], ...], float]


@lru_cache(maxsize=8192)
def _words_of_run(text: str, font_name: str) -> _Words | None:
    """A right-to-left run of several words shaped word by word, the words in visual order (right to left):
    its glyphs' code points, their ShapeData (clusters counted from the start of each word), where each
    word starts in the run and how many glyphs it has, and their total advance. None when the run
    cannot be put together from its words (see :func:`_words_stand_alone`)."""
    if text.isspace() or not _words_stand_alone(text):
        return None
    chars: list[str] = []
    glyphs: list[ShapeData] = []
    starts: list[tuple[int, int]] = []
    for match in reversed(list(_WORDS_AND_SPACES.finditer(text))):
        part_chars, part_data, _ = _shaped(match.group(0), font_name, True)
        chars.append(part_chars)
        glyphs += part_data
        starts.append((match.start(), len(part_data)))
    return "".join(chars), tuple(glyphs), tuple(starts), sum(map(_ADVANCE, glyphs))


def _with_run_clusters(glyphs: tuple[ShapeData, ...], starts: tuple[tuple[int, int], ...]) -> tuple[ShapeData, ...]:
    """The ShapeData of a run put together from its words, each glyph's cluster counted from the run's start."""
    data: list[ShapeData] = []
    new_shape = tuple.__new__
    done = 0
    for start, count in starts:
        part = glyphs[done:done + count]
        done += count
        if start:
            data += [new_shape(ShapeData, (shape[0] + start, *shape[1:])) for shape in part]
        else:
            data += part
    return tuple(data)


def _shaped_run(text: str, font_name: str, rtl: bool) -> tuple[str, tuple[ShapeData, ...], float]:
    """The glyphs of ``text`` as HarfBuzz shapes it in one piece (see :func:`_shaped`)."""
    font = pdfmetrics.getFont(font_name)
    face = font.face
    face_name = _face_name(font)
    # As reportlab's font.pdfScale does: font units to thousandths of the size (a call per number saved).
    multiplier = None if face.unitsPerEm == 1000 else 1000 / face.unitsPerEm
    new_shape = tuple.__new__
    with _lock:
        hb_font = _hb_fonts.get(font_name)
        if hb_font is None:
            hb_font = _hb_fonts[font_name] = font.hbFont()  # also enables font.hbAddPrivate
        buffer = uharfbuzz.Buffer()
        # One cluster per character, so each glyph knows exactly which characters it shows.
        buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if rtl else "ltr"
        uharfbuzz.shape(hb_font, buffer, {"kern": True, "liga": True})
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        clusters = [info.cluster for info in infos]
        starts = sorted(set(clusters))
        ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
        chars: list[str] = []
        data: list[ShapeData] = []
        named = _glyph_text.setdefault(face_name, {})
        known = _glyph_codes.setdefault(font_name, {})
        shown: set[int] = set()
        glyph_chars, widths = face.glyphToChar, face.charWidths
        for info, cluster, position in zip(infos, clusters, positions, strict=True):
            glyph = info.codepoint
            shows = text[cluster:ends[cluster]]
            drawn = known.get((glyph, shows))
            if multiplier is None:
                numbers = (position.x_advance, position.y_advance, position.x_offset, position.y_offset)
            else:
                numbers = (position.x_advance * multiplier, position.y_advance * multiplier,
                           position.x_offset * multiplier, position.y_offset * multiplier)
            if drawn is None:
                mapped = glyph_chars.get(glyph)
                if mapped and not _mirrored(chr(mapped[0]), shows):
                    drawn = known[glyph, shows] = (chr(mapped[0]), widths[mapped[0]])
                else:
                    # A glyph with no code point of its own (reportlab gives it a private-use one), or a
                    # mirrored bracket, whose glyph is the other bracket's: it needs its own code point
                    # so that a reader extracting the text gets the character that was typed.
                    name = hb_font.glyph_to_string(glyph) + ("" if not mapped else f".as{ord(shows):04X}")
                    code = font.hbAddPrivate(name, glyph, numbers[0])
                    if code not in named:
                        # The characters of its cluster, once: the second glyph of a cluster maps to nothing.
                        named[code] = "" if cluster in shown else shows
                    drawn = (chr(code), widths[code])
            shown.add(cluster)
            chars.append(drawn[0])
            data.append(new_shape(ShapeData, (cluster, *numbers, drawn[1])))
    return "".join(chars), tuple(data), sum(map(_ADVANCE, data))


def _mirrored(drawn: str, shows: str) -> bool:
    """True when a glyph is another character's mirror image (a bracket in right-to-left text)."""
    return len(shows) == 1 and drawn != shows and unicodedata.mirrored(shows) == 1


def _face_name(font: object) -> str:
    name = font.face.name  # type: ignore[attr-defined]
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


# -- text extraction -----------------------------------------------------------------------


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with shaped Arabic glyphs mapped to the letters they show."""
    face = fontname.partition("+")[2]
    named = _glyph_text.get(face, {})
    entries = []
    for index, code in enumerate(subset):
        text = named.get(code)
        if text is None:
            text = chr(code)
            if any(low <= code <= high for low, high in _PRESENTATION_FORMS):
                text = unicodedata.normalize("NFKC", text)
        if text:
            entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(entries)} beginbfchar", *entries, "endbfchar",
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


def _install_to_unicode() -> None:
    # reportlab looks the function up in its module when it writes each font subset; the
    # replacement writes the same table, differing only for presentation forms and glyphs
    # that reportlab gave private-use code points.
    if ttfonts.makeToUnicodeCMap is not _to_unicode_cmap:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
