"""A stored answer that does not fit its question opens in the window, shown as invalid with its stored text
(on the small form)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession


def _write_raw(path: Path, rows: dict[str, str]) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for question_id, value in rows.items():
            conn.execute("INSERT OR REPLACE INTO answers (question_id, value, special, needs_review, updated_at, "
                         "author) VALUES (?, ?, NULL, 0, '2024-01-01T00:00:00Z', 'x')", (question_id, value))
    conn.close()


def test_malformed_answers_open_as_invalid_and_can_be_corrected(
    qtbot: QtBot, window: MainWindow, small_report_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> None:
    report_path = small_report_path
    _write_raw(report_path, {"staff_trained": '"many"', "period_start": '["2019-01-01"]'})
    session = open_in(window, report_path)
    window.go_to_section(session.form.general.id)
    page = window.current_page()
    assert page is not None
    start = page.questions["period_start"]
    assert start.message.isVisible()
    assert '["2019-01-01"]' in start.message.text()
    window.go_to_section("objective-2.1")
    page = window.current_page()
    assert page is not None
    widget = page.questions["staff_trained"]
    assert widget.message.isVisible() and '"many"' in widget.message.text()
    widget.editor.focus_editor()
    qtbot.keyClicks(widget.editor.focus_target(), "3")
    qtbot.keyClick(widget.editor.focus_target(), Qt.Key.Key_Return)
    stored = session.report.answer("staff_trained")
    assert stored is not None and stored.value == 3
    qtbot.waitUntil(lambda: not widget.message.isVisible())


def test_undoing_a_correction_puts_the_stored_text_back_exactly(
    window: MainWindow, small_report_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> None:
    report_path = small_report_path
    _write_raw(report_path, {"staff_trained": '"many"'})
    session = open_in(window, report_path)
    assert session.change_answer("staff_trained", 4) is None
    session.undo_stack.undo()
    conn = sqlite3.connect(report_path)
    try:
        stored = conn.execute("SELECT value FROM answers WHERE question_id = 'staff_trained'").fetchone()
    finally:
        conn.close()
    assert stored == ('"many"',)
    session.undo_stack.redo()
    answer = session.report.answer("staff_trained")
    assert answer is not None and answer.value == 4
