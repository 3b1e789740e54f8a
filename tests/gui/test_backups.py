"""Backups while editing: a copy on opening and every 10 minutes of changes; File > Restore from Backup, undoable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bsreporter.gui.backups import BackupKeeper
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.restore_dialog import RestoreDialog
from bsreporter.gui.session import ReportSession
from bsreporter.report.backup import Backup, Reason, list_backups
from bsreporter.report.completeness import Status
from bsreporter.report.store import Report

Opener = Callable[[MainWindow, Path], ReportSession]


def _keeper(window: MainWindow) -> BackupKeeper:
    return window.safekeeping.backups


def _wait_for_copies(qtbot: QtBot, path: Path, count: int, window: MainWindow | None = None) -> list[Backup]:
    qtbot.waitUntil(lambda: len(list_backups(path)) == count, timeout=10_000)
    if window is not None:  # and until the window has heard of it
        qtbot.waitUntil(lambda: not _keeper(window).busy, timeout=10_000)
    return list_backups(path)


def _value(path: Path, question_id: str) -> object:
    with Report.open(path, read_only=True) as report:
        answer = report.answer(question_id)
        return None if answer is None else answer.value


def test_opening_for_editing_makes_a_copy_and_opening_read_only_does_not(
    qtbot: QtBot, make_window: Callable[[], MainWindow], small_report_path: Path, open_in: Opener, isolated_home: Path
) -> None:
    report_path = small_report_path
    first = make_window()
    open_in(first, report_path)
    (copy,) = _wait_for_copies(qtbot, report_path, 1)
    assert copy.reason is Reason.OPENED
    assert copy.path.is_relative_to(isolated_home / "data")  # the user's data folder, not beside the report
    second = make_window()
    with qtbot.waitSignal(second.reportOpened, timeout=10_000):
        second.open_report(report_path, read_only=True)
    assert not _keeper(second).timer.isActive()
    assert len(list_backups(report_path)) == 1


def test_rolling_copy_only_when_something_changed_since_the_last(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_report_path: Path
) -> None:
    session = small_session
    report_path = small_report_path
    keeper = _keeper(window)
    assert keeper.timer.isActive() and keeper.timer.interval() == 10 * 60 * 1000
    _wait_for_copies(qtbot, report_path, 1, window)
    assert keeper.take_rolling_snapshot() is None  # nothing changed since the opening copy

    session.change_answer("contact_name", "Dr. Ana Silva")
    operation = keeper.take_rolling_snapshot()
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    newest = list_backups(report_path)[0]
    assert newest.reason is Reason.ROLLING
    assert _value(newest.path, "contact_name") == "Dr. Ana Silva"
    assert keeper.take_rolling_snapshot() is None


def test_the_timer_keeps_copying_while_editing_and_keeps_the_newest_n(
    qtbot: QtBot, window: MainWindow, small_report_path: Path, open_in: Opener
) -> None:
    report_path = small_report_path
    window.prefs.set_backups_to_keep(3)
    session = open_in(window, report_path)
    keeper = _keeper(window)
    _wait_for_copies(qtbot, report_path, 1, window)
    keeper.timer.setInterval(5)  # ten minutes, shortened for the test
    for number in range(5):
        with qtbot.waitSignal(keeper.snapshotTaken, timeout=10_000) as signal:
            session.change_answer("contact_name", f"Name {number}")
        backup = signal.args[0]
        assert backup.reason is Reason.ROLLING
        assert _value(backup.path, "contact_name") == f"Name {number}"
    copies = list_backups(report_path)
    assert len(copies) == 3
    assert [_value(b.path, "contact_name") for b in copies] == ["Name 4", "Name 3", "Name 2"]


def _open_dialog(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    window.safekeeping.restore.trigger()
    (dialog,) = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
    if dialog.loading is not None:
        qtbot.waitUntil(lambda: dialog.loading is not None and dialog.loading.done, timeout=10_000)
    return dialog


def _confirm(qtbot: QtBot, dialog: RestoreDialog) -> QMessageBox:
    box = dialog.ask_restore()
    assert box is not None and box.isVisible()
    return box


def _click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def _prepare(qtbot: QtBot, window: MainWindow, session: ReportSession, path: Path) -> Backup:
    """A copy holding Dr. Ana Silva; afterwards the answers change."""
    _wait_for_copies(qtbot, path, 1, window)
    session.change_answer("contact_name", "Dr. Ana Silva")
    operation = _keeper(window).take_snapshot(Reason.ROLLING)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    session.change_answer("contact_name", "Someone Else")
    session.change_answer("has_law", "yes")
    return list_backups(path)[0]


def test_restore_dialog_lists_time_reason_and_completeness_and_restores_after_asking(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_report_path: Path
) -> None:
    session = small_session
    report_path = small_report_path
    copy = _prepare(qtbot, window, session, report_path)
    dialog = _open_dialog(qtbot, window)
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.index(r, 1).data() for r in range(2)] == ["Automatic, while editing", "When the report was opened"]
    assert model.index(0, 0).data() == copy.taken_at.strftime("%Y-%m-%d %H:%M:%S")
    assert model.index(0, 2).data().endswith("%") and model.index(1, 2).data().endswith("%")

    dialog.select(copy.path)
    box = _confirm(qtbot, dialog)
    assert "Edit > Undo takes the restore back" in box.text()
    _click(box, "Cancel")
    assert session.answers["contact_name"].value == "Someone Else"  # nothing happens without a yes

    _click(_confirm(qtbot, dialog), "Restore")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert session.answers["contact_name"].value == "Dr. Ana Silva"
    assert session.report.answer("has_law").is_blank  # type: ignore[union-attr]
    window.go_to_question("contact_name")
    page = window.current_page()
    assert page is not None and page.questions["contact_name"].editor.value() == "Dr. Ana Silva"
    assert "Restored the backup of" in window.report_view.notice.full_text() and window.report_view.notice.isVisible()
    assert window.report_view.notice.path is not None and str(window.report_view.notice.path) in window.report_view.notice.full_text()
    assert window.safekeeping.restore.isEnabled()

    # The state just before the restore is listed, and restoring it brings everything back.
    before = list_backups(report_path)[0]
    assert before.reason is Reason.BEFORE_RESTORE
    again = _open_dialog(qtbot, window)
    assert again.model.index(0, 1).data() == "Before a restore"
    again.select(before.path)
    _click(_confirm(qtbot, again), "Restore")
    assert session.answers["contact_name"].value == "Someone Else"
    assert session.answers["has_law"].value == "yes"


def test_a_restore_is_one_undoable_step_after_the_earlier_ones(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_report_path: Path
) -> None:
    session = small_session
    report_path = small_report_path
    copy = _prepare(qtbot, window, session, report_path)
    dialog = _open_dialog(qtbot, window)
    dialog.select(copy.path)
    _click(_confirm(qtbot, dialog), "Restore")
    assert session.answers["contact_name"].value == "Dr. Ana Silva"

    undo = window.menu_actions.undo
    assert undo.text().startswith("&Undo Restore Backup of")
    undo.trigger()
    assert _value(report_path, "contact_name") == "Someone Else"
    assert session.answers["has_law"].value == "yes"
    assert session.completeness.questions["law_count"].status is not Status.NOT_RELEVANT  # follow-up asked again
    window.menu_actions.redo.trigger()
    assert session.answers["contact_name"].value == "Dr. Ana Silva"
    undo.trigger()
    undo.trigger()  # the earlier steps are still there and still right
    assert session.report.answer("has_law").is_blank  # type: ignore[union-attr]
    assert session.answers["contact_name"].value == "Someone Else"
    history = [e.source.value for e in session.report.history("contact_name")]
    assert "restored" in history


def test_restore_is_not_offered_for_a_report_open_read_only(
    qtbot: QtBot, make_window: Callable[[], MainWindow], small_report_path: Path, open_in: Opener
) -> None:
    report_path = small_report_path
    first = make_window()
    open_in(first, report_path)
    _wait_for_copies(qtbot, report_path, 1)
    second = make_window()
    with qtbot.waitSignal(second.reportOpened, timeout=10_000):
        second.open_report(report_path, read_only=True)
    assert not second.safekeeping.restore.isEnabled()
    assert first.safekeeping.restore.isEnabled()


def test_the_windows_first_page_is_painted_before_the_opening_copy_is_taken(
    qtbot: QtBot, window: MainWindow, small_report_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report_path = small_report_path
    from PySide6.QtCore import QEvent, QObject

    events: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in events:
                events.append("painted")
            return False

    recorder = Painted()

    def watch_page() -> None:
        page = window.report_view.page_stack.currentWidget()
        for widget in (page, getattr(page, "viewport", lambda: None)(), getattr(page, "widget", lambda: None)()):
            if widget is not None:
                widget.installEventFilter(recorder)

    keeper = _keeper(window)
    take = keeper.take_snapshot

    def recorded(reason: Reason) -> object:
        events.append(f"copy {reason.value}")
        return take(reason)

    monkeypatch.setattr(keeper, "take_snapshot", recorded)
    window.reportOpened.connect(watch_page)
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        window.open_report(report_path)
    _wait_for_copies(qtbot, report_path, 1, window)
    assert events[:2] == ["painted", f"copy {Reason.OPENED.value}"]
