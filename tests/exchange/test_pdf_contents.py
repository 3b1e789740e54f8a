"""The contents wrapped again at the same width (kept with the heading above them, then placed) draw what
reportlab's contents draw when wrapped once, from the table of entries made the first time."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bsreporter.exchange.fonts import register_fonts
from bsreporter.exchange.pdf_pages import Contents, LatePageNumbers
from bsreporter.exchange.pdf_styles import Styles

_WIDTH, _HEIGHT = 481.9, 700.0


def _contents(count: int) -> Contents:
    register_fonts()
    contents = Contents(levelStyles=Styles(cjk=False).toc_levels, dotsMinLevel=0)
    contents.late = LatePageNumbers(A4)
    contents._lastEntries = [(index % 2, f"Article {index}: General provisions", 99, f"key-{index}")
                             for index in range(count)]
    return contents


def _drawn(contents: Contents, heights: list[float]) -> tuple[list[str], tuple[float, float]]:
    canvas = Canvas("unused.pdf")
    for height in heights:
        size = contents.wrapOn(canvas, _WIDTH, height)
    contents.drawOn(canvas, 56.7, 100.0)
    assert contents.late is not None
    contents.late.fill(canvas)
    return canvas._code, size


def test_contents_wrapped_again_at_the_same_width_draw_what_one_wrap_draws() -> None:
    ours, theirs = _contents(27), _contents(27)
    canvas = Canvas("unused.pdf")
    ours.wrapOn(canvas, _WIDTH, 0xFFFFFFF)
    table = ours._table
    ours.wrapOn(canvas, _WIDTH, _HEIGHT)
    assert ours._table is table  # the entries' table made once
    assert _drawn(ours, [0xFFFFFFF, _HEIGHT]) == _drawn(theirs, [_HEIGHT])


def test_contents_taller_than_the_room_or_with_other_entries_are_wrapped_anew() -> None:
    contents = _contents(80)
    canvas = Canvas("unused.pdf")
    contents.wrapOn(canvas, _WIDTH, 0xFFFFFFF)
    table = contents._table
    contents.wrapOn(canvas, _WIDTH, _HEIGHT)  # too tall for the room: reportlab measures it for the room
    assert contents._table is not table
    table = contents._table
    contents._lastEntries = contents._lastEntries[:10]
    contents.wrapOn(canvas, _WIDTH, 0xFFFFFFF)
    assert contents._table is not table
    assert _drawn(contents, [_HEIGHT]) == _drawn(_contents(10), [_HEIGHT])
