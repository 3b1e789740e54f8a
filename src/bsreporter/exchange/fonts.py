"""The PDF's fonts: bundled TrueType files (resources/fonts) and per-character fallback.

No single free font covers Latin, Cyrillic, Chinese and Arabic, so text is split
into runs, each set in the first font of the chain that has its characters:
DejaVu Sans (Latin, Cyrillic, Greek, symbols such as the ballot boxes), then
Droid Sans Fallback (Chinese), then Noto Naskh Arabic. reportlab embeds a subset
of each TrueType font used, so the PDF prints the same on any machine.

Droid Sans Fallback has no bold face, and no free Chinese bold with TrueType outlines
is small enough to ship, so bold Chinese is made bolder by the printer: its glyphs are
filled and then stroked with a thin outline of the same colour (PDF text render mode 2).
A question then stands out from its answer in black and white too.

Styles always name the Latin font as their base font: page numbers, bullets and
table-of-contents leaders drawn by reportlab then use it, and every run in
another font carries an explicit ``<font face=...>`` tag. Lines that hold
right-to-left text are ordered and shaped by :mod:`bsreporter.exchange.pdf_bidi`.
"""

from __future__ import annotations

# Before reportlab: it defers what reportlab loads at import time that an export seldom needs.
from bsreporter.exchange import pdf_imports  # noqa: F401

# isort: split

import copy
import functools
import threading

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject

from bsreporter.errors import ExchangeError
from bsreporter.exchange import pdf_shaped_text
from bsreporter.exchange.font_cache import load_font, same_face
from bsreporter.resources import resource_path

SANS = "BsrSans"
SANS_BOLD = "BsrSans-Bold"
CJK = "BsrCJK"
CJK_BOLD = "BsrCJK-Bold"
ARABIC = "BsrArabic"
ARABIC_BOLD = "BsrArabic-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}

#: Bold names of fonts without a bold face of their own, and the regular face stroked as it is filled for them.
_SYNTHETIC_BOLD = {CJK_BOLD: CJK}
#: Outline width of synthetic bold, as a fraction of the font size (about what DejaVu Sans Bold adds to a stem).
_STROKE = 0.035

#: Fallback order, per weight.
REGULAR_CHAIN = (SANS, CJK, ARABIC)
BOLD_CHAIN = (SANS_BOLD, CJK_BOLD, ARABIC_BOLD)

_lock = threading.RLock()
#: Faces parsed so far, by font name, with the code points each has a glyph for.
_faces: dict[str, frozenset[int]] = {}
_fonts: dict[str, TTFont] = {}
#: Per weight, the characters the first font of the chain sets on its own (no Arabic), plus line breaks.
_base_chars: dict[bool, frozenset[str]] = {}
#: The font found for each character, per chain (an Arabic report asks about every letter of it).
_char_fonts: dict[tuple[tuple[str, ...], str], str] = {}


def _is_arabic(code: int) -> bool:
    return 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def register_fonts() -> None:
    """Register the Latin faces with reportlab once per process (safe from any thread).

    The Chinese and Arabic faces (the Chinese one is 4 MB) are parsed only when text needs
    them (see :func:`runs`), and then kept for the rest of the process.
    """
    if len(_base_chars) == 2:
        return
    with _lock:
        if len(_base_chars) == 2:
            return
        base_chars = {bold: frozenset(chr(code) for code in _face(chain[0]) if not _is_arabic(code)) | {"\n"}
                      for bold, chain in ((False, REGULAR_CHAIN), (True, BOLD_CHAIN))}
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        pdf_shaped_text.install()  # first: synthetic bold wraps it
        _install_synthetic_bold()
        _install_width_memo()
        _base_chars.update(base_chars)  # last: other threads take the fonts as ready once this is filled


def loaded_faces() -> frozenset[str]:
    """The font names whose faces this process has parsed and registered so far."""
    return frozenset(_faces)


def _face(name: str) -> frozenset[int]:
    """The code points font ``name`` covers, parsing and registering its face on first use."""
    covered = _faces.get(name)
    if covered is not None:
        return covered
    with _lock:
        if name in _faces:
            return _faces[name]
        regular = _SYNTHETIC_BOLD.get(name)
        if regular is not None:
            _face(regular)
            # reportlab resolves a second name for a face it already has to the font registered first,
            # so text in either name measures the same and shares one embedded subset.
            font = copy.copy(_fonts[regular])
            font.fontName = name
            same_face(name, regular)
        else:
            path = resource_path("resources", "fonts", _FILES[name])
            try:
                font = load_font(name, path)
            except Exception as exc:  # reportlab raises several types for unreadable fonts
                raise ExchangeError.of("font_damaged", path=path) from exc
        pdfmetrics.registerFont(font)
        _fonts[name] = font
        _faces[name] = covered = _faces[regular] if regular is not None else frozenset(font.face.charToGlyph)
        return covered


def _font_of(chain: tuple[str, ...], char: str) -> str:
    """The font of ``chain`` that sets ``char``; later faces of the chain are parsed only when asked."""
    font = _char_fonts.get((chain, char))
    if font is None:
        font = _char_fonts[chain, char] = _find_font_of(chain, char)
    return font


def _find_font_of(chain: tuple[str, ...], char: str) -> str:
    code = ord(char)
    # DejaVu Sans has basic Arabic letters too, but the Naskh face is the one made for reading.
    if _is_arabic(code) and code in _face(chain[-1]):
        return chain[-1]
    for name in chain:
        if code in _face(name):
            return name
    return chain[0]  # no font has it: the base font's "missing glyph" box


def _install_synthetic_bold() -> None:
    """Make reportlab draw text in a synthetic bold font name filled and stroked.

    Every piece of text, whether a Paragraph's or one drawn on the canvas, is turned into
    PDF operators by one method of reportlab's text object; the replacement wraps the
    operators of a synthetic-bold run in the stroke it needs and then restores the canvas's
    stroke colour, line width and line join, so that nothing drawn later is affected.
    """
    if getattr(PDFTextObject._formatText, "synthetic_bold", False):
        return
    original = PDFTextObject._formatText

    def format_text(self: PDFTextObject, text: str) -> str:
        code = original(self, text)
        if self._fontname not in _SYNTHETIC_BOLD or self._textRenderMode != 0 or not code:
            return code
        canvas = self._canvas
        fill = getattr(self, "_fillColorObj", None) or canvas._fillColorObj
        width = self._fontsize * _STROKE
        after = (f"0 Tr {_stroke_colour(canvas._strokeColorObj)} {pdf_shaped_text.number_text(canvas._lineWidth)} w "
                 f"{canvas._lineJoin} j")
        return f"{_stroke_colour(fill)} {pdf_shaped_text.number_text(width)} w 1 j 2 Tr {code} {after}"

    format_text.synthetic_bold = True  # type: ignore[attr-defined]
    PDFTextObject._formatText = format_text  # type: ignore[method-assign]


def _install_width_memo() -> None:
    """Make reportlab's paragraphs measure each word or character, and each font's height, once per font and size.

    Its line breaking measures every word of every paragraph, character by character in Python; the
    same words (labels, options, the words of the questions) come back all through a report. Only
    plain text is remembered: shaped text carries its glyph positions and is measured as it is.
    """
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    if getattr(paragraph.stringWidth, "remembers", False):
        return
    measure = paragraph.stringWidth
    remembered = functools.lru_cache(maxsize=1 << 16)(measure)

    def string_width(text: str, fontName: str, fontSize: float, encoding: str | None = None) -> float:
        if type(text) is str:
            return remembered(text, fontName, fontSize, encoding)  # type: ignore[no-any-return]
        return measure(text, fontName, fontSize, encoding)  # type: ignore[no-any-return]

    string_width.remembers = True  # type: ignore[attr-defined]
    paragraph.stringWidth = string_width
    # Chinese lines are broken by measuring one character at a time, in reportlab's textsplit.
    if textsplit.stringWidth is measure:
        textsplit.stringWidth = string_width
    # A font's height at a size, asked for every fragment of every line (every character of Chinese text).
    paragraph.getAscentDescent = functools.lru_cache(maxsize=1024)(paragraph.getAscentDescent)


def _stroke_colour(colour: Color | tuple[float, ...] | list[float]) -> str:
    """The PDF operator that sets the stroke colour to ``colour`` (a reportlab colour or a tuple)."""
    if isinstance(colour, CMYKColor):
        return f"{fp_str(colour.cyan, colour.magenta, colour.yellow, colour.black)} K"
    if isinstance(colour, Color):
        return f"{fp_str(colour.red, colour.green, colour.blue)} RG"
    values = tuple(colour)
    return f"{fp_str(*values)} {'K' if len(values) == 4 else 'RG'}"


def runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, text) runs, each set in one font."""
    register_fonts()
    chain = BOLD_CHAIN if bold else REGULAR_CHAIN
    # Most text is set in the base font alone: one set comparison instead of a look-up per character.
    if _base_chars[bold].issuperset(text):
        return [(chain[0], text)] if text else []
    return list(_mixed_runs(text, chain))


@functools.lru_cache(maxsize=4096)
def _mixed_runs(text: str, chain: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The runs of text that needs more than the base font (the same text is measured, then drawn)."""
    result: list[tuple[str, str]] = []
    current, start = chain[0], 0
    for index, char in enumerate(text):
        # Spaces and line breaks stay in the run they are in, so Chinese text is one run.
        font = current if char in " \n" else _font_of(chain, char)
        if font != current:
            if index > start:
                result.append((current, text[start:index]))
            current, start = font, index
    result.append((current, text[start:]))
    return tuple(result)


def markup(text: str, *, bold: bool = False, base: str | None = None) -> str:
    """Paragraph markup that shows ``text`` literally: escaped, line breaks kept, fonts chosen per run.

    ``base`` is the font of the paragraph's style (runs in it need no tag); by default the
    first font of the chosen weight, i.e. ``bold=True`` expects a bold style.
    """
    base = base or (BOLD_CHAIN[0] if bold else REGULAR_CHAIN[0])
    parts = []
    for font, chunk in runs(text, bold=bold):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(escaped if font == base else f'<font face="{font}">{escaped}</font>')
    return "".join(parts)


def escape(text: str) -> str:
    """``text`` with ``&``, ``<`` and ``>`` written as entities, as XML and paragraph markup need.

    The same as ``xml.sax.saxutils.escape``, whose module loads urllib, http and ssl (a tenth of
    the time an export takes to start) for functions this program never calls.
    """
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quote_attribute(text: str) -> str:
    """``text`` escaped and quoted as an XML attribute value (as ``xml.sax.saxutils.quoteattr``)."""
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


def has_cjk(text: str) -> bool:
    """True when ``text`` holds characters set in the Chinese font (they need CJK line breaking)."""
    return any(font == CJK for font, _ in runs(text))


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of ``text`` set with fallback fonts, unshaped (close enough for minimum column widths)."""
    return sum(stringWidth(chunk, font, size) for font, chunk in runs(text, bold=bold))
