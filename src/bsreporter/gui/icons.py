"""Icons drawn with QPainter at every size and pixel ratio, so they stay sharp on high-DPI screens.

Drawing them (rather than shipping bitmaps) keeps one source for every size and needs
no image files to locate.
"""

from __future__ import annotations

from enum import Enum
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

_SIZES = (16, 20, 24, 32, 48)
_RATIOS = (1.0, 1.25, 1.5, 2.0, 3.0)


class StatusIcon(str, Enum):
    """The state shown next to a section, indicator or question."""

    COMPLETE = "complete"  # everything required is done
    PARTIAL = "partial"  # some required answers done, some not
    EMPTY = "empty"  # nothing done yet
    INVALID = "invalid"  # an answer breaks a rule
    REVIEW = "review"  # carried over, waiting to be confirmed
    OPTIONAL = "optional"  # nothing required here
    NOT_RELEVANT = "not_relevant"


_GREEN = QColor("#2e7d32")
_ORANGE = QColor("#ef8c00")
_GREY = QColor("#8a8a8a")
_RED = QColor("#c62828")
_BLUE = QColor("#1565c0")


def _paint_status(painter: QPainter, kind: StatusIcon, size: float) -> None:
    margin = size * 0.1
    disc = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    pen_width = max(1.0, size * 0.09)
    match kind:
        case StatusIcon.COMPLETE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_GREEN)
            painter.drawEllipse(disc)
            _check_mark(painter, disc, QColor("white"), pen_width * 1.3)
        case StatusIcon.PARTIAL:
            painter.setPen(QPen(_ORANGE, pen_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inner = disc.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2)
            painter.drawEllipse(inner)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_ORANGE)
            painter.drawPie(inner, 90 * 16, 180 * 16)  # left half filled: started, not finished
        case StatusIcon.EMPTY:
            painter.setPen(QPen(_GREY, pen_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(disc.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2))
        case StatusIcon.INVALID:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_RED)
            painter.drawEllipse(disc)
            _exclamation(painter, disc, QColor("white"), pen_width * 1.3)
        case StatusIcon.REVIEW:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_BLUE)
            painter.drawEllipse(disc)
            _exclamation(painter, disc, QColor("white"), pen_width * 1.3)
        case StatusIcon.OPTIONAL:
            painter.setPen(QPen(_GREEN, pen_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(disc.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2))
            _check_mark(painter, disc, _GREEN, pen_width)
        case StatusIcon.NOT_RELEVANT:
            painter.setPen(QPen(QColor("#b0b0b0"), pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            mid = disc.center().y()
            painter.drawLine(
                QPointF(disc.left() + disc.width() * 0.25, mid), QPointF(disc.right() - disc.width() * 0.25, mid)
            )


def _check_mark(painter: QPainter, box: QRectF, colour: QColor, width: float) -> None:
    path = QPainterPath()
    path.moveTo(box.left() + box.width() * 0.27, box.top() + box.height() * 0.52)
    path.lineTo(box.left() + box.width() * 0.44, box.top() + box.height() * 0.68)
    path.lineTo(box.left() + box.width() * 0.74, box.top() + box.height() * 0.34)
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _exclamation(painter: QPainter, box: QRectF, colour: QColor, width: float) -> None:
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    x = box.center().x()
    painter.drawLine(QPointF(x, box.top() + box.height() * 0.25), QPointF(x, box.top() + box.height() * 0.58))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(QPointF(x, box.top() + box.height() * 0.75), width * 0.6, width * 0.6)


def _paint_app(painter: QPainter, kind: str, size: float) -> None:
    # A green rounded square with a white leaf and a check: "biosafety report".
    del kind
    box = QRectF(size * 0.04, size * 0.04, size * 0.92, size * 0.92)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1b5e20"))
    painter.drawRoundedRect(box, size * 0.18, size * 0.18)
    leaf = QPainterPath()
    leaf.moveTo(size * 0.25, size * 0.75)
    leaf.cubicTo(size * 0.2, size * 0.35, size * 0.45, size * 0.2, size * 0.78, size * 0.22)
    leaf.cubicTo(size * 0.8, size * 0.55, size * 0.6, size * 0.78, size * 0.25, size * 0.75)
    painter.setBrush(QColor("#a5d6a7"))
    painter.drawPath(leaf)
    _check_mark(painter, QRectF(size * 0.22, size * 0.2, size * 0.6, size * 0.6), QColor("#1b5e20"), size * 0.07)


def _build(painter_fn, kind, ratios: tuple[float, ...] = _RATIOS) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        for ratio in ratios:
            pixels = round(size * ratio)
            pixmap = QPixmap(pixels, pixels)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(ratio, ratio)
            painter_fn(painter, kind, float(size))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap)
    return icon


def status_icon(kind: StatusIcon) -> QIcon:
    """The icon for a status (needs a running QApplication)."""
    return _status_icon(kind, tuple(screen.devicePixelRatio() for screen in QGuiApplication.screens()))


@cache
def _status_icon(kind: StatusIcon, screen_ratios: tuple[float, ...]) -> QIcon:
    # Of the pixel ratios drawn, Qt shows on a screen the nearest one not below the screen's own (the
    # largest on a denser screen) and never another: drawing only those of the screens present draws a
    # fraction of the pixmaps (the first page shows several icons) and shows the same pixels. A screen
    # added or changed asks for a new icon, drawn for it.
    wanted = {next((ratio for ratio in _RATIOS if ratio >= screen), _RATIOS[-1]) for screen in screen_ratios}
    return _build(_paint_status, kind, tuple(sorted(wanted)) or _RATIOS)


def paint_app_icon(painter: QPainter, size: float) -> None:
    """Paint the program icon into a ``size`` square (also used to write the installers' icon files)."""
    _paint_app(painter, "app", size)


@cache
def app_icon() -> QIcon:
    """The program's window icon (needs a running QApplication)."""
    return _build(_paint_app, "app")
