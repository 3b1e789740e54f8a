"""Long results are read in full in the window's notice panel, with a button that opens the folder of the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from bsreporter.gui import importer, notice
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.notice import notify
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report

WAIT_MS = 10_000


class _Desktop:
    """Stands in for QDesktopServices: records what would be opened."""

    opened: ClassVar[list[QUrl]] = []

    @classmethod
    def openUrl(cls, url: QUrl) -> bool:
        cls.opened.append(url)
        return True


def _merge_a_copy(qtbot: QtBot, window: MainWindow, session: ReportSession, tmp_path: Path) -> importer.ImportRun:
    copy = tmp_path / "li-wei.bsr"
    target = sqlite3.connect(copy)
    session.report.copy_into(target)
    target.close()
    with Report.open(copy, author="Li Wei") as theirs:
        theirs.set_answer("phone", "+1 555 0100")
    run = importer.start_merge(window, copy)
    assert run is not None
    qtbot.waitUntil(lambda: run.preview_dialog is not None or run.over, timeout=WAIT_MS)
    assert run.preview_dialog is not None, run.error
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(run.preview_dialog.apply_all_button, Qt.MouseButton.LeftButton)
    return run


def test_after_an_import_the_whole_backup_path_is_shown_and_its_button_opens_the_folder(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notice, "QDesktopServices", _Desktop)
    _Desktop.opened = []
    run = _merge_a_copy(qtbot, window, small_session, tmp_path)
    assert run.outcome is not None
    backup = run.outcome.backup
    bar = window.report_view.notice
    assert bar.isVisible() and backup.is_file()
    assert str(backup) in bar.full_text() and "Edit > Undo takes the whole import back" in bar.full_text()
    # Wrapped, not cut: the label is as tall as its text needs at its width, within the window's width.
    qtbot.waitUntil(lambda: bar.text.height() >= bar.text.heightForWidth(bar.text.width()))
    assert bar.geometry().right() <= window.width()

    # The keyboard comes to the panel once the preview has closed: Space opens the folder, Escape closes it.
    assert window.focusWidget() is bar.show_folder_button
    window.activateWindow()  # as the desktop does when the dialog closes (the offscreen platform does not)
    qtbot.waitUntil(lambda: bar.show_folder_button.hasFocus())
    qtbot.keyClick(bar.show_folder_button, Qt.Key.Key_Space)
    assert _Desktop.opened == [QUrl.fromLocalFile(str(backup.parent))]
    qtbot.keyClick(bar.show_folder_button, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_a_long_path_wraps_without_widening_the_window_and_another_report_hides_it(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path, small_form: object
) -> None:
    narrowest = window.minimumSizeHint().width()
    deep = tmp_path.joinpath(*[f"folder-of-the-national-focal-point-{n}" for n in range(6)], "arcadia-backup.bsr")
    notify(window, f"A copy of the report as it was is at {deep}.", path=deep)
    assert window.report_view.notice.isVisible() and str(deep) in window.report_view.notice.full_text()
    assert window.minimumSizeHint().width() <= narrowest + 1
    other = tmp_path / "other.bsr"
    Report.create(other, party="Republic of Arcadia", form=small_form, author="tester").close()  # type: ignore[arg-type]
    with qtbot.waitSignal(window.reportOpened, timeout=WAIT_MS):
        window.open_report(other)
    assert not window.report_view.notice.isVisible()  # it spoke of the other report


def test_in_a_right_to_left_window_the_path_keeps_its_left_to_right_order(
    window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    backup = tmp_path / "backups" / "arcadia-before-import.bsr"
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    notify(window, f"توجد نسخة من التقرير كما كان في {backup}.", path=backup)
    # Isolated: the slashes stay where they are instead of moving to the path's other end.
    assert f"\u2066{backup}\u2069" in window.report_view.notice.full_text()


def test_closing_the_report_closes_its_notice_so_reopening_it_does_not_show_a_stale_one(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_report_path: Path, tmp_path: Path
) -> None:
    # Such a notice says "Edit > Undo takes back the whole import": after closing, there is nothing to undo.
    backup = tmp_path / "arcadia-before-import.bsr"
    notify(window, f"1 answer taken from colleague.xlsx. A copy of the report as it was is at {backup}.", path=backup)
    assert window.report_view.notice.isVisible()
    window.close_report()
    with qtbot.waitSignal(window.reportOpened, timeout=WAIT_MS):
        window.open_report(small_report_path)
    assert not window.report_view.notice.isVisible()
