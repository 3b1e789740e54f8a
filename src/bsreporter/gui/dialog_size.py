"""Sizes of dialogs: wide enough for their title, never larger than the screen they open on.

A window manager cuts a title that its window is too narrow for ("Reopen for…"), however
large the screen; a dialog sized for a large screen runs off a 1024x600 one.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from bsreporter.gui.window_geometry import FRAME_ALLOWANCE

#: Room in a title bar besides the title: the window's icon and its minimise, maximise and close buttons.
TITLE_BAR_BUTTONS = 140


def title_width(window: QWidget) -> int:
    """The width a title bar needs to show ``window``'s whole title (as shown, with the program's name)."""
    title = window.windowTitle()
    name = QGuiApplication.applicationDisplayName()
    if name and name not in title:
        title = f"{title} — {name}"  # what Qt shows in the title bar, outside macOS
    font = QFont(QApplication.font())
    font.setBold(True)  # title bars are bold in most themes: allow for it
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_BAR_BUTTONS


def _room(window: QWidget) -> QSize:
    """The largest size of ``window`` (without its frame) on the screen it opens on."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen()
    available = screen.availableGeometry()
    return QSize(
        available.width() - FRAME_ALLOWANCE.left() - FRAME_ALLOWANCE.right(),
        available.height() - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom(),
    )


def fit_dialog(window: QWidget, preferred: QSize | None = None) -> None:
    """Size ``window``: ``preferred`` (else its size hint), at least as wide as its title needs, within the screen.

    Call once its title and contents are set.
    """
    room = _room(window)
    wanted = QSize(preferred) if preferred is not None else window.sizeHint()
    least = min(title_width(window), room.width())
    window.setMinimumWidth(max(window.minimumWidth(), least))
    window.resize(min(max(wanted.width(), least), room.width()), min(wanted.height(), room.height()))
