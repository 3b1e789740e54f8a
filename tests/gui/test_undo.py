"""Undo/Redo (Ctrl+Z / Ctrl+Shift+Z) across every kind of answer, each step stored in the file (on the small form)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bsreporter.form.model import SpecialAnswer
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.gui.table_editor import TableEditor
from bsreporter.report.store import Report, Source


def _stored(session: ReportSession, question_id: str) -> object:
    answer = session.report.answer(question_id)
    return None if answer is None else (answer.special or answer.value)


def test_undo_and_redo_a_choice_a_number_and_a_special_answer(window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    window.go_to_question("has_law")
    page = window.current_page()
    assert page is not None
    page.questions["has_law"].editor.buttons["yes"].click()
    session.change_answer("law_count", 2, origin=None)
    window.go_to_question("needs_assessed")
    second = window.current_page()
    assert second is not None and second is not page
    second.questions["needs_assessed"].editor.buttons["no"].click()
    window.go_to_question("staff_trained")
    other = window.current_page()
    assert other is not None
    other.questions["staff_trained"].specials[SpecialAnswer.NOT_AVAILABLE].click()

    assert window.menu_actions.undo.isEnabled()
    assert window.menu_actions.undo.text() == "&Undo Answer 2.1.1"  # the number of the question it undoes
    window.menu_actions.undo.trigger()
    assert _stored(session, "staff_trained") is None
    assert not other.questions["staff_trained"].specials[SpecialAnswer.NOT_AVAILABLE].isChecked()
    assert window.menu_actions.undo.text() == "&Undo Answer 1.2.1"
    window.menu_actions.undo.trigger()
    assert _stored(session, "needs_assessed") is None
    assert second.questions["needs_assessed"].editor.value() is None
    window.menu_actions.undo.trigger()
    assert _stored(session, "law_count") is None
    window.menu_actions.undo.trigger()
    assert _stored(session, "has_law") is None
    assert page.questions["law_count"].isHidden()  # relevance follows undo too
    assert not window.menu_actions.undo.isEnabled()

    for _ in range(4):
        window.menu_actions.redo.trigger()
    assert _stored(session, "has_law") == "yes"
    assert _stored(session, "law_count") == 2
    assert not page.questions["law_count"].isHidden()
    assert _stored(session, "needs_assessed") == "no"
    assert _stored(session, "staff_trained") is SpecialAnswer.NOT_AVAILABLE
    assert other.questions["staff_trained"].specials[SpecialAnswer.NOT_AVAILABLE].isChecked()
    assert not window.menu_actions.redo.isEnabled()


def test_ctrl_z_in_a_text_field_stores_the_typing_then_undoes_it_whole(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    window.go_to_question("contact_name")
    page = window.current_page()
    assert page is not None
    edit = page.questions["contact_name"].editor.focus_target()
    qtbot.keyClicks(edit, "Dr. Ana Silva")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The typing was stored as one change and that change was undone: the field is empty again.
    assert _stored(session, "contact_name") is None
    assert page.questions["contact_name"].editor.value() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _stored(session, "contact_name") == "Dr. Ana Silva"
    assert page.questions["contact_name"].editor.value() == "Dr. Ana Silva"
    history = [entry.source_detail for entry in session.report.history("contact_name")]
    assert history == [None, "undo", "redo"]


def test_undo_of_a_table_edit_and_of_a_confirmation(
    qtbot: QtBot, window: MainWindow, small_report_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> None:
    report_path = small_report_path
    with Report.open(report_path) as report:
        report.set_answer("contact_name", "Dr. Okafor", source=Source.CARRIED_OVER)
    session = open_in(window, report_path)
    window.go_to_question("contact_name")
    page = window.current_page()
    assert page is not None
    carried = page.questions["contact_name"]
    assert carried.review.isVisible()
    qtbot.mouseClick(carried.confirm_button, Qt.MouseButton.LeftButton)
    confirmed = session.report.answer("contact_name")
    assert confirmed is not None and not confirmed.needs_review and confirmed.value == "Dr. Okafor"
    assert carried.review.isHidden()

    session.change_answer("has_law", "yes")
    window.go_to_question("law_list")
    objective = window.current_page()
    assert objective is not None
    table = objective.questions["law_list"].editor
    assert isinstance(table, TableEditor)
    table.add_row()
    cell = QApplication.focusWidget()
    qtbot.keyClicks(cell, "Biosafety Act")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.report.answer("law_list") is not None)

    window.menu_actions.undo.trigger()  # the table edit
    assert _stored(session, "law_list") is None
    assert table.model.rows == []
    window.menu_actions.undo.trigger()  # the parent answer
    window.menu_actions.undo.trigger()  # the confirmation
    restored = session.report.answer("contact_name")
    assert restored is not None and restored.needs_review and restored.value == "Dr. Okafor"
    assert carried.review.isVisible()

    for _ in range(3):
        window.menu_actions.redo.trigger()
    again = session.report.answer("contact_name")
    assert again is not None and not again.needs_review
    assert [entry.source for entry in session.report.history("contact_name")][-1] is Source.CONFIRMED
    stored = _stored(session, "law_list")
    assert isinstance(stored, list) and stored[0]["law_title"] == "Biosafety Act"
    assert table.model.rows[0]["law_title"] == "Biosafety Act"


def test_undo_jumps_to_the_question_it_changes(window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    window.go_to_question("contact_name")
    session.change_answer("contact_name", "Dr. Ana")
    window.go_to_section("objective-2.1")
    window.menu_actions.undo.trigger()
    assert window.current_section == "general"
