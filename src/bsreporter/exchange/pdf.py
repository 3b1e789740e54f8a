"""PDF export: the print-ready national report a ministry signs and files.

Layout: A4 or US Letter; a header (Party, report title) and a footer ("Page N of M",
content fingerprint, and "Validated on ... by ..." once validated) on every page; a
diagonal "DRAFT - incomplete" watermark while the completeness check fails; bookmarks
for every focal area and operational objective. The document is built in memory in
two passes (the first only finds the page numbers for the contents and the page count,
placing every flowable without drawing it) and then written atomically.
"""

from __future__ import annotations

import io
import weakref
from pathlib import Path

import uharfbuzz
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import IndexingFlowable, LayoutError
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
from bsreporter.exchange.fonts import SANS, register_fonts, runs
from bsreporter.exchange.labels import is_rtl_language, phrase
from bsreporter.exchange.pdf_archive import make_archival
from bsreporter.exchange.pdf_bidi import draw_line, fit_line, line_width, visual_runs
from bsreporter.exchange.pdf_content import Heading, ReportStory, validation_note
from bsreporter.exchange.pdf_paragraph import BidiHeading
from bsreporter.exchange.pdf_styles import MUTED, RULE, Styles
from bsreporter.report.compare import AnswerChange, changes_since_previous
from bsreporter.report.store import Report
from bsreporter.report.validation import Validation, validation_state

PAPER_SIZES = {"a4": A4, "letter": LETTER}
_MARGIN_X, _MARGIN_TOP, _MARGIN_BOTTOM = 2.0 * cm, 2.2 * cm, 2.0 * cm
#: Layout passes expected: one to learn page numbers, one to print them.
_PASSES = 2


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
        raise ExchangeError(f"Unknown paper size '{paper}'; use a4 or letter.")
    check_destination(report, destination)
    check_writable(destination, kind=PDF)
    data = gather(report, language)
    steps = Steps(progress, cancelled)
    steps.check()
    changes = changes_since_previous(report) if changes_annex else None
    pdf = render_pdf(data, page_size, steps, validation=validation_state(report), changes=changes, blank=blank)
    pdf = make_archival(pdf, data)
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
    story.append(_PageCounter(document))
    _expect_contents(story)
    # Layout is most of the work: count it per placed flowable over the expected passes.
    document.layout = steps.phase(0.8, len(story) * _PASSES)
    try:
        document.multiBuild(story, maxPasses=4)
    except LayoutError as exc:
        raise ExchangeError(f"The PDF could not be laid out ({exc}). A very long answer may not fit "
                            f"on a page; shorten it and export again.") from exc
    except IndexError as exc:  # reportlab's "index entries not resolved": page numbers never settled
        raise ExchangeError("The PDF's page numbers did not settle; export again, and report the problem "
                            "if it persists.") from exc
    return buffer.getvalue()


def _expect_contents(story: list[Flowable]) -> None:
    """Give the contents their entries before the first pass, with page numbers still unknown.

    The headings are known before anything is laid out, so the first pass can already give
    the contents the room they will take: the body then starts on the page it ends up on, and
    the second pass, which prints the page numbers, is the last one (when the contents ran
    longer than the placeholder of one line, a third pass was needed).
    """
    contents = [flowable for flowable in story if isinstance(flowable, TableOfContents)]
    if len(contents) != 1:
        return
    entries: list[tuple[int, str, int, str]] = []
    pending = list(reversed(story))
    while pending:
        flowable = pending.pop()
        if isinstance(flowable, Heading | BidiHeading):
            entries.append((flowable.level, flowable.toc_markup, 0, flowable.key))
        elif isinstance(getattr(flowable, "_content", None), list):  # KeepTogether and its kin
            pending += reversed(flowable._content)  # type: ignore[attr-defined]
    # reportlab's contents move the entries of a pass to the ones they show at the start of the next.
    contents[0]._entries = entries


class _PageCounter(IndexingFlowable):
    """Learns the number of pages in one pass for "Page N of M" in the next (takes no space)."""

    def __init__(self, document: _ReportDocument) -> None:
        super().__init__()
        self._document = document
        self.pages: int | None = None
        self.previous: int | None = None

    def beforeBuild(self) -> None:
        self.previous = self.pages

    def afterBuild(self) -> None:
        self.pages = self._document.page

    def isSatisfied(self) -> bool:
        return self.pages == self.previous

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


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
        #: Layout passes begun; the first only counts pages (see _BodyFrame).
        self.passes = 0
        frame = _BodyFrame(self, self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.passes += 1
        self.canv.showOutline()

    @property
    def counting_only(self) -> bool:
        """True in the first layout pass: it learns the page numbers, and its pages are never written.

        The page counter is never satisfied after the first pass, so a second one always follows.
        """
        return self.passes == 1

    def afterFlowable(self, flowable: object) -> None:
        """Bookmark headings, feed the contents, count progress and honour a cancel."""
        if isinstance(flowable, Heading | BidiHeading):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.outline_text, flowable.key, level=flowable.level,
                                      closed=flowable.level > 0)
            self.notify("TOCEntry", (flowable.level, flowable.toc_markup, self.page, flowable.key))
        if self.layout is not None:
            self.layout.advance()

    def _total_pages(self) -> str:
        for flowable in getattr(self, "_indexingFlowables", ()):
            if isinstance(flowable, _PageCounter) and flowable.previous is not None:
                return str(flowable.previous)
        return "?"  # first pass only: that pass is never the one written

    def _decorate(self, canvas: object, document: object) -> None:
        if self.counting_only:
            return
        data, lang = self.data, self.data.language
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
        page_of = phrase("page_of", lang, page=self.page, pages=self._total_pages())
        draw_line(c, end, bottom, page_of, 8, align=end_align, rtl=self.rtl)
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


class _BodyFrame(Frame):
    """The body's frame: in the pass that only counts pages, flowables are placed but not drawn.

    Where a flowable goes depends on its size alone, never on its drawing, so the first pass
    ends on the same pages without shaping and drawing every line (that pass is thrown away).
    """

    def __init__(self, document: _ReportDocument, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # A weak reference: reportlab deep-copies frames to measure a KeepTogether, and copies it as it is.
        self._document = weakref.ref(document)

    def add(self, flowable: Flowable, canv: object, trySplit: int = 0) -> int:
        document = self._document()
        if document is None or not document.counting_only or "drawOn" in vars(flowable):
            return super().add(flowable, canv, trySplit)  # type: ignore[no-any-return]
        flowable.drawOn = _not_drawn  # type: ignore[method-assign]
        try:
            return super().add(flowable, canv, trySplit)  # type: ignore[no-any-return]
        finally:
            del flowable.drawOn


def _not_drawn(*args: object, **kwargs: object) -> None:
    """A flowable's drawing in the page-counting pass: nothing."""


def draw_outlines(canvas: object, text: str, size: float, *, rtl: bool) -> None:
    """Fill ``text`` (bold, centred on the origin) as glyph outlines: shaped, in bidi order, never text."""
    register_fonts()
    fonts = [font for font, part in runs(text, bold=True) for _ in part]
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
    path = canvas.beginPath()  # type: ignore[attr-defined]
    for font, glyph, left, bottom, scale in glyphs:
        font.draw_glyph_with_pen(glyph, _PathPen(path, left - x / 2, bottom, scale))
    canvas.drawPath(path, stroke=0, fill=1, fillMode=0)  # type: ignore[attr-defined]


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
