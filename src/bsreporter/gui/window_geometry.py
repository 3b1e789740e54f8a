"""Where the main window goes on the screen, and how its width is shared between its three panes.

A focal point's laptop is often 1366x768 or 1024x600, less a task bar: the window must come
up whole within the screen's available area (also when it was last closed on a larger monitor),
and the question page, where the work is done, gets most of the width. The navigator and
the completeness panel are aids: they get a share with a floor and a ceiling, and on a
narrow screen the completeness panel starts hidden (View > Completeness Panel, or a click
on the completeness figure in the status bar, shows it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMargins, QRect, QSize

#: The size of a first window on a large screen.
PREFERRED_SIZE = QSize(1280, 820)
#: The smallest window the panes are laid out for (a 1024x600 netbook, less its panel).
SMALLEST_SIZE = QSize(640, 420)
#: Below this available width, the completeness panel starts hidden to leave the room to the page.
NARROW_WIDTH = 1200
#: A window manager's title bar and borders, allowed for before the window is shown and its frame known.
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)

#: Navigator: share of the window's width, and the least and most it is given.
NAVIGATOR_SHARE, NAVIGATOR_MIN, NAVIGATOR_MAX = 0.22, 180, 380
#: Completeness panel: share of the window's width at most, and the least and most it is given.
COMPLETENESS_SHARE, COMPLETENESS_MIN, COMPLETENESS_MAX = 0.20, 220, 380


@dataclass(frozen=True, slots=True)
class PaneWidths:
    """The widths the window starts its panes with (0: the pane starts hidden)."""

    navigator: int
    page: int
    completeness: int


def is_narrow(available: QRect) -> bool:
    """Whether a screen's available area is too narrow to show the completeness panel from the start."""
    return available.width() < NARROW_WIDTH


def first_geometry(available: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    """A first window's geometry (without its frame): the preferred size, or less, centred in ``available``."""
    width = min(PREFERRED_SIZE.width(), available.width() - frame.left() - frame.right())
    height = min(PREFERRED_SIZE.height(), available.height() - frame.top() - frame.bottom())
    # The window with its frame is centred, so neither its title bar nor its bottom edge leaves the screen.
    outside = QRect(0, 0, max(width, 1) + frame.left() + frame.right(), max(height, 1) + frame.top() + frame.bottom())
    outside.moveCenter(available.center())
    return outside.marginsRemoved(frame)


def fit_geometry(geometry: QRect, available: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    """``geometry`` (without its frame) made smaller and moved, as little as needed, so that the
    window with its frame lies wholly within ``available`` (e.g. restored from a larger monitor)."""
    width = min(geometry.width(), available.width() - frame.left() - frame.right())
    height = min(geometry.height(), available.height() - frame.top() - frame.bottom())
    left = min(max(geometry.left(), available.left() + frame.left()), available.right() - frame.right() - width + 1)
    top = min(max(geometry.top(), available.top() + frame.top()), available.bottom() - frame.bottom() - height + 1)
    return QRect(left, top, max(width, 1), max(height, 1))


def _share(width: int, share: float, least: int, most: int) -> int:
    return max(least, min(most, round(width * share)))


def pane_widths(window_width: int, *, completeness_shown: bool) -> PaneWidths:
    """How a window ``window_width`` wide shares its width: the page gets what the side panes leave.

    Each side pane gets its share of the width, never less than its floor nor more than its
    ceiling, and never so much that the page is left with less than half the window.
    """
    navigator = _share(window_width, NAVIGATOR_SHARE, NAVIGATOR_MIN, NAVIGATOR_MAX)
    completeness = (
        _share(window_width, COMPLETENESS_SHARE, COMPLETENESS_MIN, COMPLETENESS_MAX) if completeness_shown else 0
    )
    sides = navigator + completeness
    if sides > window_width // 2:
        # A window narrower than its panes' floors: the side panes give up width in proportion.
        navigator = navigator * (window_width // 2) // sides
        completeness = completeness * (window_width // 2) // sides
    return PaneWidths(navigator, window_width - navigator - completeness, completeness)
