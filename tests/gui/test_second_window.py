"""One writer per report: a second window on the same file is refused with a message naming who has it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession

Opener = Callable[[MainWindow, Path], ReportSession]


def test_second_window_is_refused_and_may_look_read_only(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    report_path: Path,
    open_in: Opener,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    first = make_window()
    open_in(first, report_path)
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
    assert second.read_only_banner.isVisible()
    assert "(read-only)" in second.windowTitle()
    page = second.current_page()
    assert page is not None
    assert not page.questions["nfp_name"].editor.isEnabled()
    assert not second.menu_actions.undo.isEnabled()
    assert first.session is not None and not first.session.read_only  # the first keeps editing


def test_refusal_can_be_dismissed(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    report_path: Path,
    open_in: Opener,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    first = make_window()
    open_in(first, report_path)
    second = make_window()
    second.open_report(report_path)
    qtbot.waitUntil(lambda: bool(shown_messages(second)))
    cancel = next(b for b in shown_messages(second)[0].buttons() if b.text() == "Cancel")
    cancel.click()
    qtbot.waitUntil(lambda: not shown_messages(second))
    assert second.session is None
    assert second.stack.currentWidget() is second.start_page


def test_a_file_that_is_not_a_report_is_refused_with_the_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, shown_messages: Callable[[QWidget], list[QMessageBox]]
) -> None:
    bogus = tmp_path / "notes.bsr"
    bogus.write_text("hello", encoding="utf-8")
    window.open_report(bogus)
    qtbot.waitUntil(lambda: bool(shown_messages(window)))
    assert "is not a bsreporter report" in shown_messages(window)[0].text()
    assert window.session is None
