"""Text turned into PDF text operators, faster than reportlab does it and byte for byte the same.

- **Shaped text** (Arabic glyphs with their positions): reportlab writes a run as
  ``[(glyphs) adjustment (glyphs) ...] TJ`` operators, one for each stretch of glyphs on one baseline
  (marks raised or lowered by HarfBuzz get their own, with a text rise). It builds them with three list
  entries per glyph, then groups and sums them; for an Arabic report that is a tenth of the export.
  :func:`format_shaped` takes a stretch of glyphs that need no adjustment between them as one slice of
  the run's codes, and keeps what it wrote for a shaped text drawn again (a header, a repeated line).
- **Plain text** in a TrueType font: reportlab looks up each character's code in the font's subsets and
  escapes the codes, every time the text is drawn. :func:`format_plain` keeps the result for a text
  whose characters all had their codes already (they never change in that document), so that labels,
  options, headers and words met again cost a look-up; and a text met for the first time whose characters
  all have their codes in one subset is written with two ``str.translate`` (its codes' subset, its
  escaped codes) instead of a look-up and an escape per character in Python.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.textobject import PDFTextObject

#: Numbers as reportlab writes them (the same adjustments come back on every line).
_numbers: dict[float, str] = {}
#: The writer replaced: reportlab's own.
replaced: Callable[[PDFTextObject, str], str] | None = None
_install_lock = threading.Lock()
#: Per document (reportlab's font state for it), per text: its subsets and the operator drawing each part.
_PLAIN_KEPT = "_bsr_plain_operators"
#: Per document (reportlab's font state for it): the codes of the characters seen so far, as tables.
_CODES_KEPT = "_bsr_plain_codes"
#: Per document (reportlab's font state for it), per shaped text drawn (by identity): its operators per start.
_SHAPED_KEPT = "_bsr_shaped_operators"


class _Codes:
    """The codes reportlab gave characters of one font in one document, as ``str.translate`` tables.

    A character's code never changes once given, so these only grow.
    """

    __slots__ = ("escaped", "known", "subsets")

    def __init__(self) -> None:
        #: The characters whose codes are in the tables.
        self.known: set[str] = set()
        #: Character -> its code in its subset, escaped as in a PDF string.
        self.escaped: dict[int, str] = {}
        #: Character -> its subset's number, as a character.
        self.subsets: dict[int, str] = {}

    def learn(self, text: str, assignments: dict[int, int], escape: Callable[[bytes], str]) -> None:
        """Add the codes the characters of ``text`` have now."""
        for char in set(text) - self.known:
            code = assignments.get(ord(char))
            if code is None or char == "\xa0":  # no code (no glyph), or written as a space's
                continue
            self.known.add(char)
            self.escaped[ord(char)] = escape(bytes([code & 0xFF]))
            self.subsets[ord(char)] = chr(code >> 8)

    def operator(self, text: str) -> tuple[int, str] | None:
        """The subset and operator of ``text`` when its characters have codes, all in one subset; else None."""
        if not text or not self.known.issuperset(text):
            return None
        subsets = text.translate(self.subsets)
        first = subsets[0]
        if subsets.count(first) != len(subsets):
            return None
        return ord(first), f"({text.translate(self.escaped)}) Tj"


def install() -> None:
    """Make reportlab's text objects write text through this module (once per process).

    Installed before the other replacements of the same method (synthetic bold), which then wrap it.
    """
    global replaced
    with _install_lock:
        if replaced is not None:
            return
        original = replaced = PDFTextObject._formatText

        def format_text(self: PDFTextObject, text: str) -> str:
            font = pdfmetrics.getFont(self._fontname)
            if font._dynamicFont:
                if type(text) is str:
                    return format_plain(self, font, text)
                if isinstance(text, ShapedStr) and font.shapable:
                    return format_shaped(self, font, text)
            return original(self, text)

        PDFTextObject._formatText = format_text  # type: ignore[method-assign]
        _remember_numbers()


#: reportlab's modules that write numbers into a PDF's pages and objects.
_WRITERS = ("reportlab.pdfgen.canvas", "reportlab.pdfgen.textobject", "reportlab.pdfgen.pathobject",
            "reportlab.pdfbase.pdfdoc", "reportlab.platypus.tables", "reportlab.platypus.flowables",
            "reportlab.lib.colors")


def _remember_numbers() -> None:
    """Make reportlab's page writers format each number once: the same margins, positions, sizes and
    colours come back on every line and page, and its formatting is pure Python."""
    import importlib

    #: Whole groups of numbers (a colour, a text origin, a transformation) as written before.
    groups: dict[tuple[Any, ...], str] = {}

    def numbers_text(*values: Any) -> str:
        numbers = values[0] if len(values) == 1 and isinstance(values[0], (list, tuple)) else values
        try:
            key = numbers if type(numbers) is tuple else tuple(numbers)
            text = groups.get(key)
            if text is None:
                text = " ".join([number_text(value) for value in numbers])
                if len(groups) > 1 << 16:  # every line's origin is a group: keep the memo bounded
                    groups.clear()
                groups[key] = text
            return text
        except TypeError:  # not a number that can be remembered: as reportlab writes it
            return fp_str(*values)  # type: ignore[no-any-return]

    for name in _WRITERS:
        module = importlib.import_module(name)
        if getattr(module, "fp_str", None) is fp_str:
            module.fp_str = numbers_text  # type: ignore[attr-defined]


def format_plain(self: PDFTextObject, font: Any, text: str) -> str:
    """The operators reportlab's ``PDFTextObject._formatText`` writes for plain ``text`` in TrueType ``font``."""
    doc = self._canvas._doc
    state = font.state.get(doc)
    kept: dict[str, list[tuple[int, str]]] | None = getattr(state, _PLAIN_KEPT, None)
    parts = kept.get(text) if kept is not None else None
    codes: _Codes | None = getattr(state, _CODES_KEPT, None)
    if parts is None and codes is not None:
        known = codes.operator(text)
        if known is not None:
            parts = [known]
    if parts is None:
        assigned = state.nextCode if state is not None else None
        split = font.splitString(text, doc)
        escape = self._canvas._escape
        parts = [(subset, f"({escape(chunk)}) Tj") for subset, chunk in split]
        state = font.state[doc]
        if codes is None:
            codes = _Codes()
            setattr(state, _CODES_KEPT, codes)
        codes.learn(text, state.assignments, escape)
        if state.nextCode == assigned:  # no character got a new code: the same text always gives these
            if kept is None:
                kept = {}
                setattr(state, _PLAIN_KEPT, kept)
            kept[text] = parts
    code: list[str] = []
    template = None
    for subset, operator in parts:
        if subset != self._curSubset:
            if not template:
                template = f"{number_text(self._fontsize)} Tf {number_text(self._leading)} TL"
            code.append(f"{font.getSubsetInternalName(subset, doc)} {template}")
            self._curSubset = subset
        code.append(operator)
    return " ".join(code)


def number_text(value: float) -> str:
    """``value`` as reportlab writes a number in a PDF (``fp_str``), worked out once per value."""
    text = _numbers.get(value)
    if text is None:
        if len(_numbers) > 1 << 16:  # positions of every line of a long report: keep the memo bounded
            _numbers.clear()
        text = _numbers[value] = fp_str(value)
    return text


def format_shaped(self: PDFTextObject, font: Any, text: ShapedStr) -> str:
    """The operators reportlab's ``PDFTextObject._formatText`` writes for shaped ``text`` in TrueType ``font``.

    A line met again (a header, a label, an option) is drawn with the same shaped text: its operators are
    kept per document for the text object's state they start from, and written again from memory.
    """
    state = font.state.get(self._canvas._doc)
    kept: dict[int, tuple[ShapedStr, dict[tuple[Any, ...], tuple[str, int, float]]]] | None = getattr(
        state, _SHAPED_KEPT, None)
    key = (self._curSubset, self._rise, self._fontsize, self._leading)
    known = kept.get(id(text)) if kept is not None else None
    if known is not None:
        written = known[1].get(key)
        if written is not None:
            code, self._curSubset, self._rise = written
            return code
    code = _format_shaped(self, font, text)
    # The glyphs' codes in the document never change once given: the same start writes the same operators.
    if known is None:
        state = font.state[self._canvas._doc]
        if kept is None:
            kept = {}
            setattr(state, _SHAPED_KEPT, kept)
        # The text is kept with its operators, so that its id is not given to another while they are.
        known = kept[id(text)] = (text, {})
    # It ends with the subset of its last glyphs, and the rise reportlab's setRise leaves (not always the first).
    known[1][key] = (code, self._curSubset, self._rise)
    return code


def _format_shaped(self: PDFTextObject, font: Any, text: ShapedStr) -> str:
    """:func:`format_shaped` worked out: the operators of each stretch of glyphs on one baseline."""
    canvas = self._canvas
    doc = canvas._doc
    escape = canvas._escape
    saved = (self._code, self._x, self._y)
    code: list[str] = []
    self._code = code  # setRise writes there, as in reportlab
    try:
        rise0 = self._rise
        size = self._fontsize
        # Only each glyph's advance and offsets are needed: a run put together from words has them as they are.
        shape_data = getattr(text, "glyph_positions", None) or text.__shapeData__
        template = None
        done = 0
        for subset, codes in font.splitString(text, doc):
            if subset != self._curSubset:
                if not template:
                    template = f"{number_text(size)} Tf {number_text(self._leading)} TL"
                code.append(f"{font.getSubsetInternalName(subset, doc)} {template}")
                self._curSubset = subset
            data = shape_data[done:done + len(codes)]
            done += len(codes)
            parts: list[str] = []
            total: float | None = None  # the sum of the adjustments met since the last glyph
            start: int | None = None  # where the glyphs met since the last adjustment begin
            started = False
            for index, shape in enumerate(data):
                rise = rise0 + size * shape.y_offset / 1000
                if not started or rise != self._rise:
                    if started:
                        _finish(code, parts, total, codes, start, index, escape)
                        if self._rise != rise0:
                            self.setRise(rise0)
                    if rise != self._rise:
                        self.setRise(rise)
                    started, parts, total, start = True, [], None, None
                offset = shape.x_offset
                before = -offset
                if before:
                    if start is not None:
                        parts.append(f"({escape(codes[start:index])})")
                        start = None
                    total = before if total is None else total + before
                if total is not None:
                    number = number_text(total)
                    if number != "0":
                        parts.append(number)
                    total = None
                if start is None:
                    start = index
                after = shape.width - shape.x_advance + offset
                if after:
                    parts.append(f"({escape(codes[start:index + 1])})")
                    start = None
                    total = after
            if started:
                _finish(code, parts, total, codes, start, len(data), escape)
                if self._rise != rise0:
                    self.setRise(rise0)
        if self._rise != rise0:
            self.setRise(rise0)
    finally:
        self._code, self._x, self._y = saved
    return " ".join(code)


def _finish(code: list[str], parts: list[str], total: float | None, codes: bytes, start: int | None, end: int,
            escape: Any) -> None:
    """Write one stretch of glyphs on one baseline: ``Tj`` when it needs no adjustment, else ``TJ``."""
    if start is not None:
        parts.append(f"({escape(codes[start:end])})")
    elif total is not None:
        number = number_text(total)
        if number != "0":
            parts.append(number)
    if len(parts) == 1 and parts[0].startswith("("):
        code.append(f"{parts[0]} Tj")
    else:
        code.append(f"[{' '.join(parts)}] TJ")
