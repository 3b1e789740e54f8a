"""One writer per report: a report another program edits is refused with a message naming who has it,
and one already open in this program is brought forward instead of being opened twice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report

Opener = Callable[[MainWindow, Path], ReportSession]


def test_a_report_another_program_edits_is_refused_and_may_look_read_only(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    small_report_path: Path,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    report_path = small_report_path
    elsewhere = Report.open(report_path)  # as another copy of the program holds it
    second = make_window()
    operation = second.open_report(report_path)
    assert operation is not None
    qtbot.waitUntil(lambda: bool(shown_messages(second)))
    box = shown_messages(second)[0]
    assert "is already open for editing by" in box.text()
    assert "Close it there first, or open it read-only." in box.text()
    assert second.session is None

    read_only = next(b for b in box.buttons() if b.text() == "Open Read-Only")
    with qtbot.waitSignal(second.reportOpened, timeout=10_000):
        read_only.click()
    assert second.session is not None and second.session.read_only
    assert second.report_view.read_only_banner.isVisible()
    assert "(read-only)" in second.windowTitle()
    page = second.current_page()
    assert page is not None
    assert not page.questions["contact_name"].editor.isEnabled()
    assert not second.menu_actions.undo.isEnabled()
    assert not elsewhere.read_only  # the other program keeps editing
    second.close_report()
    elsewhere.close()


def test_refusal_can_be_dismissed(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    small_report_path: Path,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    report_path = small_report_path
    with Report.open(report_path):  # another program edits it
        second = make_window()
        second.open_report(report_path)
        qtbot.waitUntil(lambda: bool(shown_messages(second)))
        cancel = next(b for b in shown_messages(second)[0].buttons() if b.text() == "Cancel")
        cancel.click()
        qtbot.waitUntil(lambda: not shown_messages(second))
        assert second.session is None
        assert second.stack.currentWidget() is second.start_page


def test_opening_a_report_open_in_another_window_brings_that_window_forward(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    small_report_path: Path,
    open_in: Opener,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    report_path = small_report_path
    first = make_window()
    open_in(first, report_path)
    second = make_window()
    qtbot.waitUntil(second.isActiveWindow)
    assert second.open_report(report_path) is None  # nothing opened a second time
    qtbot.waitUntil(first.isActiveWindow)
    assert second.session is None and not shown_messages(second) and not shown_messages(first)
    assert "already open in this window" in first.statusBar().currentMessage()
    assert first.session is not None and not first.session.read_only


def test_double_clicking_a_recent_report_opens_it_once(
    qtbot: QtBot,
    window: MainWindow,
    small_report_path: Path,
    open_in: Opener,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    report_path = small_report_path
    open_in(window, report_path)
    window.close_report()
    recent = window.start_page.recent
    where = recent.visualItemRect(recent.item(0)).center()
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        # A double click as the mouse makes it: a click, then the second press that makes it double.
        qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=where)
    # Every opening started is over, and what it sent back to the window is handled.
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QApplication.processEvents()
    assert not shown_messages(window)  # no "already open for editing" about its own second copy
    assert window.session is not None and not window.session.read_only
    assert window.session.report.path.resolve() == report_path.resolve()



def test_already_open_is_said_in_the_status_bar_without_the_save_state_drawn_over_it(
    qtbot: QtBot, window: MainWindow, small_report_path: Path
) -> None:
    report_path = small_report_path
    # On X11 the completeness figure is taller than the save state beside it: its appearance, once the
    # report is open, lays the status bar out again, which showed the save state over the message.
    tall = window.statusBar().sizeHint().height() + 12
    window.percent_label.setMinimumHeight(tall)
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        window.open_report(report_path)
        window.open_report(report_path)  # a second double click while the first is opening it
    qtbot.waitUntil(lambda: window.statusBar().height() >= tall)
    QApplication.processEvents()  # what the new layout queued
    assert "already open in this window" in window.statusBar().currentMessage()
    assert not window.save_label.isVisible()
    window.statusBar().clearMessage()
    assert window.save_label.isVisible() and window.save_label.text() == "All changes saved"


def test_a_second_click_on_a_report_another_program_edits_does_not_say_it_is_open_in_this_window(
    qtbot: QtBot,
    window: MainWindow,
    small_report_path: Path,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    report_path = small_report_path
    with Report.open(report_path):  # another program edits it
        window.open_report(report_path)
        assert window.open_report(report_path) is None  # the double click's second click, while the first opens it
        qtbot.waitUntil(lambda: bool(shown_messages(window)))
        assert "is already open for editing by" in shown_messages(window)[0].text()
        assert "already open in this window" not in window.statusBar().currentMessage()
        assert window.session is None
        shown_messages(window)[0].reject()

def test_a_file_that_is_not_a_report_is_refused_with_the_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, shown_messages: Callable[[QWidget], list[QMessageBox]]
) -> None:
    bogus = tmp_path / "notes.bsr"
    bogus.write_text("hello", encoding="utf-8")
    window.open_report(bogus)
    qtbot.waitUntil(lambda: bool(shown_messages(window)))
    assert "is not a bsreporter report" in shown_messages(window)[0].text()
    assert window.session is None
