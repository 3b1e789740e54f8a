"""The least a PDF export of a report can cost with reportlab: its lines drawn with every layout decision made.

Two halves, each run as a process of its own:

- :func:`record` (setup, untimed) runs the real PDF export of a report and notes every line of text it
  draws, page by page, where it lands on the page: for text drawn through the bidi module (every line of a
  right-to-left report, and the header and footer), the line's logical text, size, direction and start;
  for the rest, each run of text shown in one font (its font, size, text and start). Positions come from
  the text operators the export wrote, in the page's coordinates (through the canvas's transformation, and
  for a page number drawn in a form, through the place that uses the form).
- :func:`draw` (timed) is what any reportlab export of that report must do, and no more: start Python,
  open the report read-only and read it as the export does (:func:`bsreporter.exchange.context.gather`),
  register the same faces from the kept ones (:mod:`bsreporter.exchange.fonts`), draw each line with
  reportlab's canvas at its place (a run's fonts chosen per character as the export chooses them; a bidi
  line ordered and shaped from its logical text by the export's own functions, logical text in, glyphs
  out), on as many pages, and save the PDF with the export's PDF/A settings (subset fonts embedded),
  written atomically as the export writes it. Rules, table borders, links, bookmarks and the DRAFT mark
  are left out: a lower bound.

``python -m benchmarks.pdf_lines record REPORT LANGUAGE OUT.lines`` and
``python -c "from benchmarks.pdf_lines import main; main()" draw OUT.lines REPORT LANGUAGE OUT.pdf``.
"""

from __future__ import annotations

import marshal
import sys
from pathlib import Path
from typing import Any

#: A run of text in one font: page, x, y, font, size, text.
Run = tuple[int, float, float, str, float, str]
#: A bidi line: page, x, y, spans ((text, bold), ...), size, base direction right to left.
BidiLine = tuple[int, float, float, tuple[tuple[str, bool], ...], float, bool]


def record(report_path: Path, language: str, destination: Path) -> dict[str, Any]:
    """Export ``report_path`` to PDF in ``language`` and keep its lines (see the module) in ``destination``."""
    import tempfile

    from reportlab.pdfbase.ttfonts import ShapedStr
    from reportlab.pdfgen.textobject import PDFTextObject

    from bsreporter.exchange import fonts, pdf, pdf_bidi, pdf_paragraph
    from bsreporter.exchange.labels import is_rtl_language
    from bsreporter.report.store import Report

    fonts.register_fonts()  # its own text hooks first: the note is taken around them
    shown = PDFTextObject._formatText
    logical: dict[int, tuple[tuple[Any, ...], tuple[tuple[str, bool], ...], float, bool]] = {}
    canvases: list[_RecordingCanvas] = []

    def format_text(self: PDFTextObject, text: str) -> str:
        self.__dict__.setdefault("noted", {})[len(self._code)] = (self._fontname, self._fontsize, text)
        return shown(self, text)  # type: ignore[no-any-return]

    def visual_line(spans: tuple[tuple[str, bool], ...], size: float, rtl: bool) -> tuple[Any, ...]:
        pieces = visual(spans, size, rtl)
        logical[id(pieces)] = (pieces, spans, size, rtl)  # the tuple kept, so that its id stays its own
        return pieces

    def draw_pieces(canvas: Any, x: float, y: float, pieces: tuple[Any, ...], size: float) -> None:
        canvas.bidi_line = logical.get(id(pieces), (None, None, None, None))[1:]
        try:
            draw(canvas, x, y, pieces, size)
        finally:
            canvas.bidi_line = None

    class _RecordingCanvas(pdf.ArchivalCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.bidi_line: tuple[Any, ...] | None = None
            self.runs: list[tuple[int, str | None, float, float, str, float, str]] = []
            self.bidi: list[tuple[int, str | None, float, float, Any, float, bool]] = []
            self.form_uses: dict[str, tuple[int, tuple[float, ...]]] = {}
            canvases.append(self)

        def doForm(self, name: str) -> None:
            self.form_uses[name] = (self.getPageNumber(), self._currentMatrix)
            super().doForm(name)

        def drawText(self, text_object: PDFTextObject) -> None:
            form = self._formData[0] if self._formData else None
            page, matrix = self.getPageNumber(), self._currentMatrix
            placed = _placed(text_object)
            spans, size, rtl = self.bidi_line or (None, None, None)
            if spans is not None and (rtl or is_rtl_language(language) or any(
                    isinstance(text, ShapedStr) for _, _, _, _, text in placed)):
                x, y = placed[0][:2]
                self.bidi.append((page, form, *_apply(matrix, x, y), spans, size, rtl))
            else:
                for x, y, font, font_size, text in placed:
                    if isinstance(text, ShapedStr):
                        raise ValueError(f"shaped text outside a bidi line: {str(text)!r}")
                    self.runs.append((page, form, *_apply(matrix, x, y), font, font_size, str(text)))
            super().drawText(text_object)

    visual, draw = pdf_bidi.visual_line, pdf_bidi.draw_pieces
    PDFTextObject._formatText = format_text  # type: ignore[method-assign]
    # Both drawing modules look them up by name.
    pdf_bidi.visual_line = pdf_paragraph.visual_line = visual_line  # type: ignore[assignment]
    pdf_bidi.draw_pieces = pdf_paragraph.draw_pieces = draw_pieces
    pdf.ArchivalCanvas = _RecordingCanvas  # type: ignore[misc]
    with tempfile.TemporaryDirectory() as folder, Report.open(report_path, read_only=True) as report:
        pdf.export_pdf(report, Path(folder) / "recorded.pdf", language=language)
    canvas = canvases[-1]  # the last layout pass is the one saved
    pages = canvas.getPageNumber() - 1  # it counts the page after the last one shown

    def on_page(page: int, form: str | None, x: float, y: float) -> tuple[int, float, float]:
        if form is None:
            return page, x, y
        used_on, matrix = canvas.form_uses[form]
        return (used_on, *_apply(matrix, x, y))

    runs = [(*on_page(page, form, x, y), *rest) for page, form, x, y, *rest in canvas.runs]
    bidi = [(*on_page(page, form, x, y), *rest) for page, form, x, y, *rest in canvas.bidi]
    lines = {"language": language, "pages": pages, "runs": runs, "bidi": bidi}
    destination.write_bytes(marshal.dumps(lines))
    return lines


def _placed(text_object: Any) -> list[tuple[float, float, str, float, str]]:
    """Where each run of text of a text object starts (in the canvas's space): x, y, font, size, text.

    The text operators reportlab wrote are followed (Tm, Td, T*, TL); after a run the point moves by its width
    on the line, as a PDF viewer moves it.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    noted: dict[int, tuple[str, float, str]] = text_object.__dict__.get("noted", {})
    placed = []
    line_x = line_y = advance = leading = 0.0
    operands: list[str] = []
    for index, code in enumerate(text_object._code):
        if index in noted:
            font, size, text = noted[index]
            placed.append((line_x + advance, line_y, font, size, text))
            shaped = getattr(text, "__shapeData__", None)
            advance += (sum(shape.x_advance for shape in shaped) * size / 1000 if shaped is not None
                        else stringWidth(text, font, size))
            for token in _tokens(code):  # the run's own font change may set the leading
                if token == "TL":
                    leading = float(operands[-1])
                operands = [] if token.isalpha() or token == "T*" else [*operands, token]
            if code.endswith("T*"):
                line_y, advance = line_y - leading, 0.0
            continue
        operands = []
        for token in _tokens(code):
            if token == "Tm":
                line_x, line_y, advance = float(operands[-2]), float(operands[-1]), 0.0
            elif token == "Td":
                line_x, line_y, advance = line_x + float(operands[-2]), line_y + float(operands[-1]), 0.0
            elif token == "T*":
                line_y, advance = line_y - leading, 0.0
            elif token == "TL":
                leading = float(operands[-1])
            operands = [] if token.isalpha() or token == "T*" else [*operands, token]
    return placed


def _tokens(code: str) -> list[str]:
    """The words of some PDF operators, strings in parentheses left out (only numbers and operators count)."""
    words, depth, start = [], 0, None
    for index, char in enumerate(code + " "):
        if char == "(" and (index == 0 or code[index - 1] != "\\"):
            depth += 1
        elif char == ")" and depth and code[index - 1] != "\\":
            depth -= 1
        elif not depth and char.isspace():
            if start is not None:
                words.append(code[start:index])
            start = None
        elif not depth and start is None:
            start = index
    return words


def _apply(matrix: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def draw(lines_file: Path, report_path: Path, language: str, destination: Path) -> None:
    """Draw the kept lines of a report's export at their places and save them as the export saves its PDF."""
    import gc
    import io

    from bsreporter.report.store import Report

    with Report.open(report_path, read_only=True) as report:
        gc.freeze()  # as the command does once the report is open
        from bsreporter.exchange.context import gather

        data = gather(report, language)
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4

    from bsreporter.atomic import PDF, write_bytes_atomically
    from bsreporter.exchange.fonts import BOLD_CHAIN, SANS, register_fonts, runs
    from bsreporter.exchange.pdf_archive import ArchivalCanvas, make_archival

    lines = marshal.loads(lines_file.read_bytes())
    rl_config.useA85 = 0  # as the export writes its streams
    register_fonts()
    buffer = io.BytesIO()
    canvas = ArchivalCanvas(buffer, pagesize=A4, pageCompression=1, lang=language, initialFontName=SANS,
                            initialFontSize=9.5)
    by_page: dict[int, list[Run]] = {}
    for run in lines["runs"]:
        by_page.setdefault(run[0], []).append(run)
    bidi_by_page: dict[int, list[BidiLine]] = {}
    for line in lines["bidi"]:
        bidi_by_page.setdefault(line[0], []).append(line)
    if bidi_by_page:
        from bsreporter.exchange.pdf_bidi import draw_pieces, visual_line
    bold_fonts = frozenset(BOLD_CHAIN)
    for page in range(1, lines["pages"] + 1):
        page_runs = by_page.get(page, [])
        if page_runs:
            text = canvas.beginText()
            font = size = None
            for _, x, y, run_font, run_size, run_text in page_runs:
                text.setTextOrigin(x, y)
                # The fonts of the run chosen per character, as the export chooses them; each part goes on
                # where the one before ends, as the viewer moves the point (nothing measured here).
                for part_font, part in runs(run_text, bold=run_font in bold_fonts):
                    if (part_font, run_size) != (font, size):
                        font, size = part_font, run_size
                        text.setFont(font, size)
                    text._code.append(text._formatText(part))
            canvas.drawText(text)
        for _, x, y, spans, line_size, rtl in bidi_by_page.get(page, []):
            draw_pieces(canvas, x, y, visual_line(spans, line_size, rtl), line_size)
        canvas.showPage()
    make_archival(canvas, data)
    canvas.save()
    write_bytes_atomically(destination, buffer.getvalue(), kind=PDF)


def main(argv: list[str] | None = None) -> int:
    """``record REPORT LANGUAGE OUT.lines`` or ``draw LINES REPORT LANGUAGE OUT.pdf``."""
    command, *arguments = sys.argv[1:] if argv is None else argv
    if command == "record":
        report_path, language, destination = arguments
        lines = record(Path(report_path), language, Path(destination))
        print(f"{lines['pages']} pages, {len(lines['runs'])} runs, {len(lines['bidi'])} bidi lines")
    elif command == "draw":
        lines_file, report_path, language, destination = arguments
        draw(Path(lines_file), Path(report_path), language, Path(destination))
    else:
        raise SystemExit(f"unknown command {command!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
