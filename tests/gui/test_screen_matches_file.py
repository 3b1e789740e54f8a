"""What the window shows is what the file holds: nothing filled in by itself, and a refused entry never looks saved
(on the small form)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.gui.editors import CheckListEditor, DateEditor, LineEditor
from bsreporter.gui.icons import StatusIcon
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.question_widget import QuestionWidget
from bsreporter.gui.session import ReportSession
from bsreporter.gui.table_editor import TableEditor


def _question(window: MainWindow, question_id: str) -> QuestionWidget:
    window.go_to_question(question_id)
    page = window.current_page()
    assert page is not None
    return page.questions[question_id]


def _stored(session: ReportSession, question_id: str) -> object:
    answer = session.report.answer(question_id)  # read back from the file, not the window's copy
    return None if answer is None else answer.value


def _leave(qtbot: QtBot, widget: QuestionWidget) -> None:
    qtbot.keyClick(widget.editor.focus_target(), Qt.Key.Key_Tab)


def _ticked(editor: CheckListEditor) -> list[str]:
    return [name for name, box in editor.boxes.items() if box.isChecked()]


# -- dates: nothing filled in, exactly what was typed ----------------------------------------


def test_clicking_an_empty_date_and_typing_stores_exactly_the_date_typed(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _question(window, "period_start")
    assert isinstance(widget.editor, DateEditor)
    field = widget.editor.focus_target()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    assert widget.editor.value() is None  # a click fills in nothing, not even today
    qtbot.keyClicks(field, "2009-07-15")
    _leave(qtbot, widget)
    assert _stored(session, "period_start") == dt.date(2009, 7, 15)
    assert widget.editor.value() == dt.date(2009, 7, 15)


def test_clicking_an_empty_date_and_leaving_keeps_it_empty(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _question(window, "period_end")
    field = widget.editor.focus_target()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    _leave(qtbot, widget)
    assert session.report.answer("period_end") is None
    assert widget.editor.value() is None
    assert not session.has_pending()


def test_a_partial_date_is_not_stored_and_says_so(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    assert session.change_answer("period_start", dt.date(2015, 1, 1)) is None
    widget = _question(window, "period_start")
    field = widget.editor.focus_target()
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2009-07")
    _leave(qtbot, widget)
    assert _stored(session, "period_start") == dt.date(2015, 1, 1)  # the stored date is kept
    assert field.text() == "2009-07"  # what was typed stays, to be finished
    assert widget.refusal is not None and "YYYY-MM-DD" in widget.refusal
    assert widget.message.isVisibleTo(widget) and "1 January 2015" in widget.message.text()
    assert widget.icon_kind is not StatusIcon.COMPLETE
    assert window.save_label.text().startswith("Not saved")


def test_a_date_picked_in_the_calendar_is_stored(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _question(window, "period_end")
    editor = widget.editor
    assert isinstance(editor, DateEditor)
    editor.edit.line.setFocus()
    qtbot.keyClick(editor.edit.line, Qt.Key.Key_F4)
    assert editor.edit.calendar.isVisible()
    assert _stored(session, "period_end") is None  # opening the calendar chooses nothing
    editor.edit.calendar.setSelectedDate(editor.edit.calendar.selectedDate().addDays(-400))
    chosen = editor.edit.calendar.selectedDate().toPython()
    days = editor.edit.calendar.findChild(QAbstractItemView)
    assert days is not None
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not editor.edit.calendar.isVisible()
    assert _stored(session, "period_end") == chosen


# -- refused entries: the screen shows it, the status does not say "answered" ---------------------


def test_an_invalid_email_is_marked_not_saved_and_not_answered(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    assert session.change_answer("email", "nfp@arcadia.example") is None
    widget = _question(window, "email")
    assert isinstance(widget.editor, LineEditor)
    assert widget.icon.toolTip() == "Answered"
    widget.editor.focus_editor()
    widget.editor.edit.selectAll()
    qtbot.keyClicks(widget.editor.edit, "nfp at arcadia")
    qtbot.keyClick(widget.editor.edit, Qt.Key.Key_Return)
    assert _stored(session, "email") == "nfp@arcadia.example"
    assert widget.editor.edit.text() == "nfp at arcadia"  # kept to be corrected...
    assert widget.icon.toolTip().startswith("Not saved")  # ...but never shown as answered
    assert widget.icon_kind is StatusIcon.INVALID
    assert "nfp@arcadia.example" in widget.message.text()  # and what the report still holds
    page = window.current_page()
    assert page is not None
    page.refresh()  # a later completeness update keeps the mark
    assert widget.icon.toolTip().startswith("Not saved")
    # Corrected: saved, answered again.
    widget.editor.edit.selectAll()
    qtbot.keyClicks(widget.editor.edit, "focal@arcadia.example")
    qtbot.keyClick(widget.editor.edit, Qt.Key.Key_Return)
    assert _stored(session, "email") == "focal@arcadia.example"
    assert widget.icon.toolTip() == "Answered"
    assert widget.message.isHidden()


def test_ticking_none_of_these_unticks_the_other_options(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_form: Questionnaire
) -> None:
    form = small_form
    session = small_session
    widget = _question(window, "needs_areas")
    editor = widget.editor
    assert isinstance(editor, CheckListEditor)
    choices = form.question("needs_areas").choices
    assert choices is not None and "none" in choices.values
    first, second = choices.values[:2]
    qtbot.mouseClick(editor.boxes[first], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.boxes[second], Qt.MouseButton.LeftButton)
    assert _stored(session, "needs_areas") == [first, second]
    qtbot.mouseClick(editor.boxes["none"], Qt.MouseButton.LeftButton)
    assert _stored(session, "needs_areas") == ["none"]
    assert _ticked(editor) == ["none"]  # the screen shows what the file holds
    assert widget.refusal is None and widget.message.isHidden()
    assert window.save_label.text() == "All changes saved"
    # The other way round: an option ticked while "None of these" is ticked replaces it.
    qtbot.mouseClick(editor.boxes[second], Qt.MouseButton.LeftButton)
    assert _stored(session, "needs_areas") == [second]
    assert _ticked(editor) == [second]
    # One step of Undo brings back the two options.
    window.menu_actions.undo.trigger()
    assert _stored(session, "needs_areas") == ["none"]
    assert _ticked(editor) == ["none"]


def test_a_refused_table_cell_is_marked_not_saved(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    session.change_answer("has_law", "yes")
    rows = [{"law_title": "Biosafety Act", "law_kind": None, "law_year": 2012}]
    assert session.change_answer("law_list", rows) is None
    widget = _question(window, "law_list")
    editor = widget.editor
    assert isinstance(editor, TableEditor)
    index = editor.model.index(0, 2)  # the year
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, "1800")  # a number, but before the years the column takes
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # the view hands the cell to the table on its next turn
    qtbot.waitUntil(lambda: editor.view.state() != editor.view.State.EditingState)
    qtbot.waitUntil(lambda: widget.refusal is not None)
    stored = _stored(session, "law_list")
    assert isinstance(stored, list) and stored[0]["law_year"] == 2012
    assert editor.model.rows[0]["law_year"] == "1800"  # kept on screen to be corrected...
    assert widget.icon.toolTip().startswith("Not saved")  # ...and marked as not saved
    assert "From 1950 to 2100" in widget.message.text() and "1 row" in widget.message.text()  # why, and what is kept
