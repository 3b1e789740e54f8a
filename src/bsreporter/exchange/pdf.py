"""PDF export: the print-ready national report a ministry signs and files.

Layout: A4 or US Letter; a header (Party, report title) and a footer ("Page N of M",
content fingerprint, and "Validated on ... by ..." once validated) on every page; a
diagonal "DRAFT - incomplete" watermark while the completeness check fails; bookmarks
for every focal area and operational objective. The document is laid out once, in memory
(page numbers are filled in at the end, see :mod:`bsreporter.exchange.pdf_pages`), and then
written atomically.
"""

from __future__ import annotations

# Before reportlab: it defers what reportlab loads at import time that an export seldom needs.
from bsreporter.exchange.pdf_imports import harfbuzz_release

# isort: split

import copy
import io
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.tableofcontents import TableOfContents

from bsreporter.atomic import PDF, check_writable, write_bytes_atomically
from bsreporter.errors import ExchangeError
from bsreporter.exchange.context import (
    CancelCheck,
    ExportData,
    Phase,
    ProgressCallback,
    Steps,
    check_destination,
    gather,
)
from bsreporter.exchange.font_cache import kept_outline
from bsreporter.exchange.fonts import SANS, register_fonts, runs
from bsreporter.exchange.labels import is_rtl_language, phrase
from bsreporter.exchange.pdf_archive import ArchivalCanvas, make_archival
from bsreporter.exchange.pdf_bidi import draw_line, fit_line, line_width, visual_runs
from bsreporter.exchange.pdf_content import Heading, PlainHeading, ReportStory, validation_note
from bsreporter.exchange.pdf_pages import Contents, LatePageNumbers
from bsreporter.exchange.pdf_paragraph import BidiContents, BidiHeading
from bsreporter.exchange.pdf_styles import MUTED, RULE, Styles
from bsreporter.report.store import Report
from bsreporter.report.validation import Validation, validation_state

if TYPE_CHECKING:
    from bsreporter.report.compare import AnswerChange

# reportlab would write every stream as ASCII85 text (in pure Python): a third larger, for nothing.
rl_config.useA85 = 0

PAPER_SIZES = {"a4": A4, "letter": LETTER}
_MARGIN_X, _MARGIN_TOP, _MARGIN_BOTTOM = 2.0 * cm, 2.2 * cm, 2.0 * cm
#: Layout passes at most: one, unless the headings laid out differ from those found in the story.
_MAX_PASSES = 3


def export_pdf(report: Report, destination: Path, *, language: str | None = None, paper: str = "a4",
               progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None,
               changes_annex: bool = False, blank: bool = False) -> None:
    """Write the report as a print-ready PDF to ``destination`` (atomically).

    ``language`` defaults to the report's language; ``paper`` is ``"a4"`` or ``"letter"``;
    ``changes_annex`` adds an annex listing the answers that differ from the previous report;
    ``blank`` prints the whole questionnaire without answers, to fill in by hand.
    ``progress(done, total)`` is called as the work advances and ``cancelled()`` is
    polled; when it returns True, ExchangeError("Export cancelled; no file was
    written.") is raised and no file is written. Any failure leaves an existing
    destination as it was.
    """
    destination = Path(destination)
    page_size = PAPER_SIZES.get(paper.lower())
    if page_size is None:
        raise ExchangeError.of("export_paper_unknown", paper=paper)
    check_destination(report, destination)
    check_writable(destination, kind=PDF)
    data = gather(report, language)
    steps = Steps(progress, cancelled)
    steps.check()
    changes = None
    if changes_annex:
        # Only this annex compares answers (the comparison's module, with difflib, is left unloaded otherwise).
        from bsreporter.report.compare import changes_since_previous

        changes = changes_since_previous(report)
    pdf = render_pdf(data, page_size, steps, validation=validation_state(report), changes=changes, blank=blank)
    steps.check()  # the last moment a cancel can still leave no file
    write_bytes_atomically(destination, pdf, kind=PDF)
    steps.finish()


def render_pdf(data: ExportData, page_size: tuple[float, float], steps: Steps,
               validation: Validation | None = None, changes: list[AnswerChange] | None = None,
               blank: bool = False) -> bytes:
    """The PDF bytes of one export snapshot (``validation``: the report's state, printed when validated;
    ``blank``: the questionnaire without answers, to fill in by hand)."""
    register_fonts()
    styles = Styles(cjk=data.language == "zh", rtl=is_rtl_language(data.language))
    buffer = io.BytesIO()
    document = _ReportDocument(buffer, data, page_size, validation, blank=blank)
    building = steps.phase(0.15, len(data.form.questions) + len(data.form.objectives))
    story = ReportStory(data, styles, document.width, building, validation=validation, changes=changes,
                        blank=blank).build()
    contents = _expect_contents(story)
    if isinstance(contents, Contents | BidiContents):
        contents.late = document.numbers
    # Layout is most of the work: count it per placed flowable.
    document.layout = steps.phase(0.8, len(story))
    try:
        for _ in range(_MAX_PASSES):
            buffer = io.BytesIO()
            document.filename = buffer
            edits: list[tuple[object, ...]] = []
            # reportlab notes here what a pass leaves to undo before another (as its own multiBuild does).
            document._multiBuildEdits = edits.append
            document.build(story[:], canvasmaker=ArchivalCanvas)  # the build consumes the list it is given
            if contents is None or _settled(contents, document.headings):
                break
            for undo, *arguments in edits:
                undo(*arguments)  # type: ignore[operator]
        else:
            raise ExchangeError.of("pdf_pages_unsettled")
    except LayoutError as exc:
        raise ExchangeError.of("pdf_layout_failed", reason=str(exc)) from exc
    return buffer.getvalue()


def _settled(contents: TableOfContents, met: list[tuple[int, str, int, str]]) -> bool:
    """True when the contents showed the headings the layout met; else they take those for the next pass."""
    if [entry[:2] + entry[3:] for entry in met] == [entry[:2] + entry[3:] for entry in contents._lastEntries]:
        return True
    contents._lastEntries = list(met)
    return False


def _expect_contents(story: list[Flowable]) -> TableOfContents | None:
    """Give the contents their entries before the layout, with page numbers still unknown.

    The headings are known before anything is laid out, so the contents take the room they
    will take, the body starts on the page it ends up on, and one pass suffices: the page
    numbers are drawn as forms filled in at its end.
    """
    contents = [flowable for flowable in story if isinstance(flowable, TableOfContents)]
    if len(contents) != 1:
        return None
    entries: list[tuple[int, str, int, str]] = []
    pending = list(reversed(story))
    while pending:
        flowable = pending.pop()
        if isinstance(flowable, Heading | PlainHeading | BidiHeading):
            entries.append((flowable.level, flowable.toc_markup, 0, flowable.key))
        elif isinstance(getattr(flowable, "_content", None), list):  # KeepTogether and its kin
            pending += reversed(flowable._content)  # type: ignore[attr-defined]
    # The entries the contents show (reportlab's contents show those of the pass before).
    contents[0]._lastEntries = entries
    return contents[0]


class _ReportDocument(BaseDocTemplate):
    """The page frame: margins, header, footer, watermark, bookmarks and progress."""

    def __init__(self, buffer: io.BytesIO, data: ExportData, page_size: tuple[float, float],
                 validation: Validation | None = None, *, blank: bool = False) -> None:
        title = data.form.title.get(data.language)
        super().__init__(
            buffer, pagesize=page_size, leftMargin=_MARGIN_X, rightMargin=_MARGIN_X, topMargin=_MARGIN_TOP,
            bottomMargin=_MARGIN_BOTTOM, title=f"{title} - {data.info.party}", author=data.info.party,
            subject=data.form.cycle.get(data.language), keywords=f"SHA-256 {data.fingerprint}",
            creator=f"bsreporter {data.program_version}", lang=data.language, pageCompression=1,
            initialFontName=SANS, initialFontSize=9.5,
            displayDocTitle=1,
        )
        self.data = data
        self.rtl = is_rtl_language(data.language)
        # A blank form is not a draft of anything: it carries no DRAFT mark.
        self.draft = not blank and not data.completeness.is_complete
        # "Validated on ... by ..." under the fingerprint of every page, when validated.
        self.validation_line = validation_note(data, validation)
        self.layout: Phase | None = None
        #: "Page N of M" and the contents' page numbers, drawn once the layout knows them.
        self.numbers = LatePageNumbers(page_size)
        #: The headings laid out: level, contents markup, page and key (see _settled).
        self.headings: list[tuple[int, str, int, str]] = []
        frame = _Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.numbers.begin()
        self.headings = []
        self.canv.showOutline()

    def _endBuild(self) -> None:
        # The forms that print the page numbers are written once all pages are laid out, then the PDF,
        # archival from the start.
        self._doSave = 0
        super()._endBuild()
        self.numbers.fill(self.canv)
        make_archival(self.canv, self.data)
        self.canv.save()

    def afterFlowable(self, flowable: object) -> None:
        """Bookmark headings, note their pages for the contents, count progress and honour a cancel."""
        if isinstance(flowable, Heading | PlainHeading | BidiHeading):
            self.canv.bookmarkPage(flowable.key)
            self.numbers.pages.setdefault(flowable.key, self.page)
            self.canv.addOutlineEntry(flowable.outline_text, flowable.key, level=flowable.level,
                                      closed=flowable.level > 0)
            self.headings.append((flowable.level, flowable.toc_markup, self.page, flowable.key))
        if self.layout is not None:
            self.layout.advance()

    def _decorate(self, canvas: object, document: object) -> None:
        data, lang = self.data, self.data.language
        self.numbers.total = self.page
        width, height = self.pagesize
        c = canvas
        c.saveState()  # type: ignore[attr-defined]
        if self.draft:
            self._watermark(c, width, height)
        c.setFillColor(MUTED)  # type: ignore[attr-defined]
        c.setStrokeColor(RULE)  # type: ignore[attr-defined]
        c.setLineWidth(0.4)  # type: ignore[attr-defined]
        # Start and end of the lines: left and right, or right and left in a right-to-left report.
        start, end = (width - _MARGIN_X, _MARGIN_X) if self.rtl else (_MARGIN_X, width - _MARGIN_X)
        start_align, end_align = ("right", "left") if self.rtl else ("left", "right")
        top = height - _MARGIN_TOP + 0.9 * cm
        party = fit_line(data.info.party, 8, self.width * 0.45, bold=True)
        draw_line(c, start, top, party, 8, bold=True, align=start_align)
        room = self.width - line_width(party, 8, bold=True) - 24
        title = fit_line(data.form.title.get(lang), 8, room)
        draw_line(c, end, top, title, 8, align=end_align)
        c.line(_MARGIN_X, top - 4, width - _MARGIN_X, top - 4)  # type: ignore[attr-defined]
        bottom = _MARGIN_BOTTOM - 1.0 * cm
        c.line(_MARGIN_X, bottom + 10, width - _MARGIN_X, bottom + 10)  # type: ignore[attr-defined]
        draw_line(c, start, bottom, f"SHA-256 {data.fingerprint}", 6.5, align=start_align)
        if self.validation_line:
            draw_line(c, start, bottom - 9, fit_line(self.validation_line, 6.5, self.width * 0.75), 6.5,
                      align=start_align)
        page, numbers = self.page, self.numbers
        # The count of pages is known at the end: the line is a form filled in then.
        numbers.draw_later(c, lambda form: draw_line(
            form, end, bottom, phrase("page_of", lang, page=page, pages=numbers.total), 8, align=end_align,
            rtl=self.rtl))
        c.restoreState()  # type: ignore[attr-defined]

    def _watermark(self, c: object, width: float, height: float) -> None:
        # Drawn as glyph outlines in one form shared by every page: a mark, not text, so copying or
        # extracting a page's text never mixes its letters into the questions.
        if not c.hasForm(_DRAFT_FORM):  # type: ignore[attr-defined]
            c.beginForm(_DRAFT_FORM, -width, -height, width, height)  # type: ignore[attr-defined]
            draw_outlines(c, phrase("draft", self.data.language), 54, rtl=self.rtl)
            c.endForm()  # type: ignore[attr-defined]
        c.saveState()  # type: ignore[attr-defined]
        c.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))  # type: ignore[attr-defined]
        c.translate(width / 2, height / 2)  # type: ignore[attr-defined]
        c.rotate(52)  # type: ignore[attr-defined]
        c.translate(0, -20)  # type: ignore[attr-defined]
        c.doForm(_DRAFT_FORM)  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]


_DRAFT_FORM = "bsrDraftMark"


class _Frame(Frame):
    """The body's frame, copied quickly: reportlab copies the frame (deeply) each time it measures a heading
    kept with what follows, and a frame holds numbers and strings, which a deep copy shares anyway."""

    def __deepcopy__(self, memo: dict[int, object]) -> _Frame:
        twin = copy.copy(self)
        for name, value in vars(self).items():
            if not isinstance(value, str | int | float | type(None)):  # a list or other container: its own copy
                setattr(twin, name, copy.deepcopy(value, memo))
        return twin


def draw_outlines(canvas: object, text: str, size: float, *, rtl: bool) -> None:
    """Fill ``text`` (bold, centred on the origin) as glyph outlines: shaped, in bidi order, never text."""
    register_fonts()
    fonts = [font for font, part in runs(text, bold=True) for _ in part]
    operators = kept_outline(sorted(set(fonts)), f"{text}\0{size!r}\0{rtl}\0{harfbuzz_release()}",
                             lambda: _outline(text, fonts, size, rtl))
    canvas.drawPath(PDFPathObject(list(operators)), stroke=0, fill=1, fillMode=0)  # type: ignore[attr-defined]


def _outline(text: str, fonts: list[str], size: float, rtl: bool) -> list[str]:
    """The PDF path operators of :func:`draw_outlines` (HarfBuzz shapes the text and gives the outlines)."""
    import uharfbuzz

    pieces = [(text[low:high + 1], fonts[low], right_to_left)
              for low, high, right_to_left in visual_runs(text, rtl, fonts)]
    glyphs: list[tuple[uharfbuzz.Font, int, float, float, float]] = []  # font, glyph, x, y, scale
    x = 0.0
    for part, font_name, right_to_left in pieces:
        face = pdfmetrics.getFont(font_name).hbFace
        font = uharfbuzz.Font(face)
        scale = size / face.upem
        buffer = uharfbuzz.Buffer()
        buffer.add_str(part)
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if right_to_left else "ltr"
        uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            glyphs.append((font, info.codepoint, x + position.x_offset * scale, position.y_offset * scale, scale))
            x += position.x_advance * scale
    path = PDFPathObject()
    for font, glyph, left, bottom, scale in glyphs:
        font.draw_glyph_with_pen(glyph, _PathPen(path, left - x / 2, bottom, scale))
    return list(path._code)


class _PathPen:
    """Receives a glyph's outline from HarfBuzz and adds it, placed and scaled, to a PDF path."""

    def __init__(self, path: object, x: float, y: float, scale: float) -> None:
        self.path, self.x, self.y, self.scale = path, x, y, scale
        self.last = (0.0, 0.0)

    def _at(self, point: tuple[float, float]) -> tuple[float, float]:
        return self.x + point[0] * self.scale, self.y + point[1] * self.scale

    def moveTo(self, point: tuple[float, float]) -> None:
        self.last = self._at(point)
        self.path.moveTo(*self.last)  # type: ignore[attr-defined]

    def lineTo(self, point: tuple[float, float]) -> None:
        self.last = self._at(point)
        self.path.lineTo(*self.last)  # type: ignore[attr-defined]

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        placed = [self._at(p) for p in points]
        # Implied on-curve points halfway between successive control points (TrueType quadratics).
        for index, control in enumerate(placed[:-1]):
            end = placed[-1] if index == len(placed) - 2 else (
                (control[0] + placed[index + 1][0]) / 2, (control[1] + placed[index + 1][1]) / 2)
            start = self.last
            self.path.curveTo(start[0] + 2 / 3 * (control[0] - start[0]),  # type: ignore[attr-defined]
                              start[1] + 2 / 3 * (control[1] - start[1]),
                              end[0] + 2 / 3 * (control[0] - end[0]), end[1] + 2 / 3 * (control[1] - end[1]),
                              *end)
            self.last = end

    def curveTo(self, *points: tuple[float, float]) -> None:
        first, second, end = (self._at(p) for p in points[-3:])
        self.path.curveTo(*first, *second, *end)  # type: ignore[attr-defined]
        self.last = end

    def closePath(self) -> None:
        self.path.close()  # type: ignore[attr-defined]
