"""A full disk while typing: the edit is refused clearly, the editor shows what is stored, nothing stored is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession

LONG_TEXT = "Ministry of Environment, Ministry of Agriculture, customs and research institutes. " * 240


def _fill_the_disk(session: ReportSession) -> None:
    # The file may not grow by a single page: what a full disk does to SQLite.
    conn = session.report._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_typing_on_a_full_disk_is_refused_and_the_stored_text_comes_back(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    window.go_to_question("remarks_1_1")
    page = window.current_page()
    assert page is not None
    widget = page.questions["remarks_1_1"]
    field = widget.editor.focus_target()
    qtbot.keyClicks(field, "Ministries")
    widget.editor.flush()
    assert window.save_label.text() == "All changes saved"
    session.change_answer("contact_name", "Dr. Ana Silva")
    steps = session.undo_stack.count()

    _fill_the_disk(session)
    QApplication.clipboard().setText(LONG_TEXT)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # a long paste
    assert widget.editor.value().endswith(LONG_TEXT)
    assert window.save_label.text() == "Saving…"
    # Stored after the pause in typing, as always: here it is refused.
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Not saved:"), timeout=10_000)

    assert "is full; the last change was not stored" in window.save_label.text()
    assert widget.editor.value() == "Ministries"  # the last stored value, not the refused one
    assert widget.message.isVisible() and "is full" in widget.message.text()
    assert session.undo_stack.count() == steps  # a refused edit is no step to undo
    assert session.report.answer("remarks_1_1").value == "Ministries"  # type: ignore[union-attr]
    assert session.report.answer("contact_name").value == "Dr. Ana Silva"  # type: ignore[union-attr]

    # Space freed: the next edit is stored and the status says so.
    session.report._conn.execute("PRAGMA max_page_count = 1073741823")
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, " and customs")
    widget.editor.flush()
    assert window.save_label.text() == "All changes saved"
    assert session.report.answer("remarks_1_1").value == "Ministries and customs"  # type: ignore[union-attr]
    assert not widget.message.isVisible()
