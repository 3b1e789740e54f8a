"""The start page: New, Open, the demo report and recent reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession


def test_start_page_shows_first_with_new_report_focused(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.start_page
    assert window.start_page.new_button.hasFocus()
    assert window.start_page.empty_note.isVisible()
    assert window.windowTitle() == "bsreporter"


def test_recent_report_reopens_from_the_start_page(
    qtbot: QtBot, window: MainWindow, report_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> None:
    open_in(window, report_path)
    window.menu_actions.close.trigger()
    assert window.stack.currentWidget() is window.start_page
    recent = window.start_page.recent
    assert recent.count() == 1
    assert recent.item(0).toolTip() == str(report_path.resolve())
    recent.setFocus()
    recent.setCurrentRow(0)
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.session is not None and window.session.report.path.resolve() == report_path.resolve()


def test_recent_report_that_was_moved_cannot_be_chosen(window: MainWindow, tmp_path: Path) -> None:
    window.prefs.add_recent_report(tmp_path / "gone.bsr")
    window.close_report()
    item = window.start_page.recent.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "no longer there" in item.toolTip()


def test_open_recent_menu_lists_reports(
    window: MainWindow, report_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> None:
    open_in(window, report_path)
    window.menu_actions.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.menu_actions.recent_menu.actions()]
    assert texts == [f"&1 {report_path.name}"]


def test_demo_report_opens_from_the_start_page(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        window.start_page.demo_button.click()
    assert window.session is not None
    assert window.session.report.info.party == "Republic of Arcadia"
    assert window.session.report.info.form_id == "cpb-nr4-2019"  # the format a focal point fills
    assert window.session.completeness.report.done > 0
