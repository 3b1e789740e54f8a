"""A report is shown by one window of the program: opening it again brings that window forward."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from bsreporter.gui.main_window import MainWindow


def window_showing(path: Path) -> MainWindow | None:
    """The window of this program that has the report open, or is opening it now (None: none has)."""
    from bsreporter.gui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.shows_report(path):
            return widget
    return None


def bring_forward(window: MainWindow, path: Path) -> None:
    """Show the window that has the report, in front, and say that it is already open there."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
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


def _say_already_open(window: MainWindow, path: Path) -> None:
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "“{name}” is already open in this window.").format(name=path.name),
        10_000,
    )
