"""Page numbers a PDF prints before it knows them: "Page N of M" and the page numbers of the contents.

The report is laid out once. Where a page number goes is known when its page is drawn, but the number
itself (the page a heading falls on, the count of pages) only once the whole body is laid out. So each
is drawn as a reference to a form XObject, and the forms are written at the end, before the PDF is
saved (PDF lets a page use a form defined after it). A form is drawn in the graphics state of the place
that uses it, so its content is exactly what would have been drawn there. The links on the contents'
page numbers, whose size depends on the number, are added to their page at the end too.
"""

from __future__ import annotations

from ast import literal_eval
from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

#: A rectangle: left, bottom, right, top.
Rect = tuple[float, float, float, float]
Drawing = Callable[[object], object]


class LatePageNumbers:
    """Page numbers drawn as forms filled in after the layout; the document records what they are."""

    def __init__(self, page_size: tuple[float, float]) -> None:
        #: The page each heading (by its key) begins on, as the layout finds it.
        self.pages: dict[str, int] = {}
        #: The number of pages, once laid out.
        self.total = 0
        width, height = page_size
        # Wide enough for anything drawn where a form is used, whatever its place on the page.
        self._box = (-2 * width, -2 * height, 2 * width, 2 * height)
        self._forms: list[tuple[str, Drawing]] = []
        self._links: list[tuple[list[object], tuple[float, ...], str, Callable[[], Rect]]] = []

    def begin(self) -> None:
        """Forget what an earlier layout pass found."""
        self.pages, self.total, self._forms, self._links = {}, 0, [], []

    def page_of(self, key: str) -> int:
        """The page the heading ``key`` begins on (0 for one never laid out)."""
        return self.pages.get(key, 0)

    def draw_later(self, canvas: object, drawing: Drawing) -> None:
        """Use a form here whose content ``drawing(canvas)`` draws at the end, in this place's coordinates."""
        name = f"bsrLateNumber{len(self._forms)}"
        canvas.doForm(name)  # type: ignore[attr-defined]
        self._forms.append((name, drawing))

    def link_later(self, canvas: object, key: str, rect: Callable[[], Rect]) -> None:
        """Link ``rect()`` (in this place's coordinates, known at the end) on this page to the heading ``key``."""
        self._links.append((canvas._annotationrefs, canvas._currentMatrix, key, rect))  # type: ignore[attr-defined]

    def fill(self, canvas: object) -> None:
        """Write every form and link with the numbers now known (after the last page, before saving)."""
        c = canvas
        for name, drawing in self._forms:
            c.beginForm(name, *self._box)  # type: ignore[attr-defined]
            drawing(c)
            c.endForm()  # type: ignore[attr-defined]
        for index, (page_links, matrix, key, rect) in enumerate(self._links):
            a, b, cc, d, e, f = matrix
            left, bottom, right, top = rect()
            corners = [(a * x + cc * y + e, b * x + d * y + f)
                       for x, y in ((left, bottom), (right, top), (left, top), (right, bottom))]
            xs, ys = [x for x, _ in corners], [y for _, y in corners]
            name = f"bsrLateLink{index}"
            c.linkAbsolute("", key, (min(xs), min(ys), max(xs), max(ys)), addtopage=0,  # type: ignore[attr-defined]
                           name=name)
            page_links.append(c._doc.refAnnotation(name))  # type: ignore[attr-defined]
        self._forms, self._links = [], []


class Contents(TableOfContents):
    """reportlab's contents, whose page numbers (and the dots before them) may be drawn once known."""

    #: When set, page numbers are drawn through it at the end instead of from the entries.
    late: LatePageNumbers | None = None
    #: The last wrap: its width, canvas, entries and size (the table of entries made for it is kept).
    _wrapped: tuple[float, object, list[tuple[object, ...]], tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        late = self.late
        wrapped = self._wrapped
        if (late is not None and wrapped is not None and wrapped[0] == availWidth and wrapped[1] is self.canv
                and wrapped[2] == self._lastEntries and wrapped[3][1] <= availHeight):
            # Wrapped again at the same width (kept with the heading above it, then placed): the same
            # entries make the same table, and one that fits has every row measured whatever the height.
            size = wrapped[3]
        else:
            size = super().wrap(availWidth, availHeight)
            self._wrapped = (availWidth, self.canv, list(self._lastEntries), size)
        if late is not None:
            # Replaces the callback reportlab's contents register for the end of each entry.
            self.canv.setNamedCB("drawTOCEntryEnd", lambda canvas, kind, label: self._entry_end(
                late, canvas, label, availWidth, availHeight))
        return size  # type: ignore[no-any-return]

    def _entry_end(self, late: LatePageNumbers, canvas: object, label: str, width: float, height: float) -> None:
        """What reportlab's contents draw after an entry (dots, the page number, its link), once known."""
        _, level_text, key_text = label.split(",")
        level, key = int(level_text), literal_eval(key_text)
        style = self.getLevelStyle(level)
        dot = " . " if 0 <= self.dotsMinLevel <= level else ""
        where = {"cur_x": canvas._curr_tx_info["cur_x"], "cur_y": canvas._curr_tx_info["cur_y"]}  # type: ignore[attr-defined]

        def drawing(form: object) -> None:
            before = getattr(form, "_curr_tx_info", None)
            form._curr_tx_info = where  # type: ignore[attr-defined]  # where drawPageNumbers starts
            drawPageNumbers(form, style, [(late.page_of(key), None)], width, height, dot)
            form._curr_tx_info = before  # type: ignore[attr-defined]

        def rect() -> Rect:
            # Where drawPageNumbers puts the number, shrunk as it shrinks one too long for its room.
            text, font_size = str(late.page_of(key)), style.fontSize
            text_width = stringWidth(text, style.fontName, font_size)
            while text_width > width - where["cur_x"] and font_size >= 1.0:
                font_size *= 0.9
                text_width = stringWidth(text, style.fontName, font_size)
            left = width - text_width
            return left, where["cur_y"], left + text_width, where["cur_y"] + style.leading

        late.draw_later(canvas, drawing)
        if key:
            late.link_later(canvas, key, rect)
