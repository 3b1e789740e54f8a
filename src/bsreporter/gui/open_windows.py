"""A report is shown by one window of the program: opening it again brings that window forward.

Each window counts itself in (``register``) when it is built; a window the program no longer
holds drops out by itself.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from bsreporter.gui.window_api import ReportWindow

_windows: weakref.WeakSet[ReportWindow] = weakref.WeakSet()


def register(window: ReportWindow) -> None:
    """Count ``window`` among the windows a report may be open in."""
    _windows.add(window)


def window_showing(path: Path) -> ReportWindow | None:
    """The window of this program that has the report open, or is opening it now (None: none has)."""
    for window in list(_windows):
        if shiboken6.isValid(window.widget()) and window.shows_report(path):
            return window
    return None


def any_report_open() -> bool:
    """Whether a window of this program has a report open."""
    return any(shiboken6.isValid(window.widget()) and window.session is not None for window in list(_windows))


def bring_forward(window: ReportWindow, path: Path) -> None:
    """Show the window that has the report, in front, and say that it is already open there."""
    widget = window.widget()
    if widget.isMinimized():
        widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
    widget.show()
    widget.raise_()
    widget.activateWindow()
    session = window.session
    if session is not None and session.report.path.resolve() == path.resolve():
        _say_already_open(window, path)
        return

    # Still being opened: said once it is open; if it is refused, the refusal alone is what the person reads.
    def opened() -> None:
        window.reportOpened.disconnect(opened)
        if window.shows_report(path):
            _say_already_open(window, path)

    window.reportOpened.connect(opened)


def _say_already_open(window: ReportWindow, path: Path) -> None:
    window.show_status(
        QCoreApplication.translate("MainWindow", "“{name}” is already open in this window.").format(name=path.name),
        10_000,
    )
