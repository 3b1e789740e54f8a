"""GUI test fixtures: offscreen Qt, the program's QApplication set-up, real windows on real report files."""

from __future__ import annotations

import os

# Before anything imports Qt: no display needed, nothing flashes on a developer's screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.gui.app import create_application
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.operations import wait_for_all
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report


@pytest.fixture(autouse=True)
def app(qapp: QApplication) -> QApplication:
    """The QApplication with the program's names, fonts and icon."""
    return create_application()


@pytest.fixture
def report_path(tmp_path: Path, form: Questionnaire) -> Path:
    """A new, empty report file for Arcadia (closed: the window opens it)."""
    path = tmp_path / "arcadia.bsr"
    Report.create(path, party="Republic of Arcadia", form=form, author="tester").close()
    return path


@pytest.fixture
def small_report_path(tmp_path: Path, small_form: Questionnaire) -> Path:
    """A new, empty report file of the small form (closed: the window opens it)."""
    path = tmp_path / "arcadia.bsr"
    Report.create(path, party="Republic of Arcadia", form=small_form, author="tester").close()
    return path


def _show(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[[], MainWindow]]:
    """Makes shown, active main windows; closes them (releasing their reports) afterwards."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = _show(qtbot, MainWindow())
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    wait_for_all()


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    """One main window on its start page."""
    return make_window()


@pytest.fixture
def open_in(qtbot: QtBot) -> Callable[[MainWindow, Path], ReportSession]:
    """Open a report in a window and wait until its first page shows."""

    def open_report(window: MainWindow, path: Path) -> ReportSession:
        with qtbot.waitSignal(window.reportOpened, timeout=10_000):
            window.open_report(path)
        assert window.session is not None
        return window.session

    return open_report


@pytest.fixture
def session(
    window: MainWindow, report_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> ReportSession:
    """The empty Arcadia report, open in the window."""
    return open_in(window, report_path)


@pytest.fixture
def small_session(
    window: MainWindow, small_report_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> ReportSession:
    """The empty report of the small form, open in the window."""
    return open_in(window, small_report_path)


@pytest.fixture
def shown_messages() -> Callable[[QWidget], list[QMessageBox]]:
    """Lists the message boxes currently shown over a widget."""

    def find(parent: QWidget) -> list[QMessageBox]:
        return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]

    return find
