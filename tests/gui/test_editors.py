"""One question of every type answered through its own editor, as a person would, and stored at once (small form)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.gui.editor_factory import make_editor
from bsreporter.gui.editors import (
    CheckListEditor,
    ComboEditor,
    DateEditor,
    LineEditor,
    MultilineEditor,
    NumberEditor,
    RadioEditor,
)
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
    return None if answer is None else (answer.special or answer.value)


def _leave(qtbot: QtBot, widget: QuestionWidget) -> None:
    """Move the keyboard focus away, as Tab does."""
    widget.editor.focus_editor()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_line_of_text_is_stored_after_a_pause_in_typing(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _question(window, "contact_name")
    assert isinstance(widget.editor, LineEditor)
    widget.editor.focus_editor()
    qtbot.keyClicks(widget.editor.edit, "Dr. Ana")
    assert window.save_label.text() == "Saving…"
    assert _stored(session, "contact_name") is None  # not yet: typing goes on
    with qtbot.waitSignal(session.answerChanged, timeout=3_000):
        pass  # the pause after the last keystroke
    assert _stored(session, "contact_name") == "Dr. Ana"
    assert window.save_label.text() == "All changes saved"


def test_multiline_text_is_stored_when_the_focus_leaves(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _question(window, "remarks_1_1")
    assert isinstance(widget.editor, MultilineEditor)
    widget.editor.focus_editor()
    qtbot.keyClicks(widget.editor.edit, "12 Riverside Avenue")
    qtbot.keyClick(widget.editor.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(widget.editor.edit, "Arcadia City")
    qtbot.keyClick(widget.editor.edit, Qt.Key.Key_Tab)  # Tab leaves a multi-line field
    assert _stored(session, "remarks_1_1") == "12 Riverside Avenue\nArcadia City"


def test_email_and_date_and_choice(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    email = _question(window, "email")
    email.editor.focus_editor()
    qtbot.keyClicks(email.editor.focus_target(), "nfp@environment.arcadia.example")
    qtbot.keyClick(email.editor.focus_target(), Qt.Key.Key_Return)
    assert _stored(session, "email") == "nfp@environment.arcadia.example"

    start = _question(window, "period_start")
    assert isinstance(start.editor, DateEditor)
    start.editor.focus_editor()
    qtbot.keyClicks(start.editor.focus_target(), "20150101")  # the same date without hyphens
    _leave(qtbot, start)
    assert _stored(session, "period_start") == dt.date(2015, 1, 1)

    choice = _question(window, "has_law")
    assert isinstance(choice.editor, RadioEditor)
    choice.editor.buttons["in_progress"].click()
    assert _stored(session, "has_law") == "in_progress"


def test_date_left_untouched_stays_blank(qtbot: QtBot, window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    widget = _question(window, "period_end")
    widget.editor.focus_editor()  # a blank date offers today while focused...
    _leave(qtbot, widget)
    assert _stored(session, "period_end") is None  # ...but stores nothing unless changed
    assert widget.editor.value() is None


def test_whole_number_typed_into_a_number_field(qtbot: QtBot, window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    widget = _question(window, "staff_trained")
    assert isinstance(widget.editor, NumberEditor)
    widget.editor.focus_editor()
    qtbot.keyClicks(widget.editor.field, "42")
    qtbot.keyClick(widget.editor.field, Qt.Key.Key_Return)
    assert _stored(session, "staff_trained") == 42
    qtbot.keyClick(widget.editor.field, Qt.Key.Key_Up)  # a count is typed, not stepped: the key scrolls the page
    qtbot.keyClick(widget.editor.field, Qt.Key.Key_Return)
    assert _stored(session, "staff_trained") == 42


def test_percentage_typed_into_a_decimal_field(qtbot: QtBot, window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    widget = _question(window, "staff_share")
    assert isinstance(widget.editor, NumberEditor)
    assert widget.editor.unit is not None and widget.editor.unit.text() == "%"
    widget.editor.focus_editor()
    qtbot.keyClicks(widget.editor.field, "62.5")
    qtbot.keyClick(widget.editor.field, Qt.Key.Key_Return)
    assert _stored(session, "staff_share") == 62.5
    assert widget.editor.field.text() == "62.5"


def test_emptying_a_number_field_clears_the_answer(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _question(window, "staff_trained")
    widget.editor.focus_editor()
    qtbot.keyClicks(widget.editor.focus_target(), "7")
    qtbot.keyClick(widget.editor.focus_target(), Qt.Key.Key_Return)
    assert _stored(session, "staff_trained") == 7
    qtbot.keyClick(widget.editor.focus_target(), Qt.Key.Key_Backspace)
    qtbot.keyClick(widget.editor.focus_target(), Qt.Key.Key_Return)
    assert _stored(session, "staff_trained") is None


def test_several_choices_with_check_boxes(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_form: Questionnaire
) -> None:
    form = small_form
    session = small_session
    widget = _question(window, "needs_areas")
    assert isinstance(widget.editor, CheckListEditor)
    choices = form.question("needs_areas").choices
    assert choices is not None
    first, second = choices.values[:2]
    widget.editor.boxes[second].click()
    widget.editor.boxes[first].setFocus()
    qtbot.keyClick(widget.editor.boxes[first], Qt.Key.Key_Space)  # the keyboard works too
    assert _stored(session, "needs_areas") == [first, second]  # in the form's order


def test_url_is_stored_when_valid(qtbot: QtBot, window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    session.change_answer("needs_assessed", "yes")  # makes the address question relevant
    widget = _question(window, "needs_url")
    assert isinstance(widget.editor, LineEditor)
    assert widget.editor.edit.placeholderText().startswith("https://")
    widget.editor.focus_editor()
    qtbot.keyClicks(widget.editor.edit, "https://bch.arcadia.example/liability")
    qtbot.keyClick(widget.editor.edit, Qt.Key.Key_Return)
    assert _stored(session, "needs_url") == "https://bch.arcadia.example/liability"


def test_special_answer_disables_the_editor_and_is_stored(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _question(window, "staff_trained")
    box = widget.specials[SpecialAnswer.NOT_AVAILABLE]
    assert box.text() == "Information not available"
    box.click()
    assert _stored(session, "staff_trained") is SpecialAnswer.NOT_AVAILABLE
    assert not widget.editor.isEnabled()
    box.click()
    assert _stored(session, "staff_trained") is None
    assert widget.editor.isEnabled()


def test_table_rows_are_added_typed_and_removed(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_form: Questionnaire
) -> None:
    form = small_form
    session = small_session
    session.change_answer("has_law", "yes")
    widget = _question(window, "law_list")
    editor = widget.editor
    assert isinstance(editor, TableEditor)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    # The first cell is being edited: type the title and confirm with Enter.
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    qtbot.keyClicks(cell, "Biosafety Act 2012")
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # the view commits the cell on its next turn
    qtbot.waitUntil(lambda: _stored(session, "law_list") is not None)
    assert _stored(session, "law_list") == [{"law_title": "Biosafety Act 2012", "law_kind": None, "law_year": None}]
    # A choice column: its cell editor is a drop-down of the column's options.
    type_column = next(c for c in form.question("law_list").columns if c.name == "law_kind")
    assert type_column.choices is not None
    index = editor.model.index(0, 1)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.view.state() != editor.view.State.EditingState)
    stored = _stored(session, "law_list")
    assert isinstance(stored, list) and stored[0]["law_kind"] == type_column.choices.values[0]
    editor.view.setCurrentIndex(editor.model.index(0, 0))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert _stored(session, "law_list") is None


def test_long_choice_list_uses_a_drop_down(qtbot: QtBot, small_form: Questionnaire) -> None:
    form = small_form
    question = dataclasses.replace(form.question("has_law"), appearance="minimal")
    editor = make_editor(question, "en")
    qtbot.addWidget(editor)
    assert isinstance(editor, ComboEditor)
    assert editor.combo.accessibleName().startswith("1.1.1 ")
    with qtbot.waitSignal(editor.committed) as received:
        editor.combo.setCurrentIndex(editor.combo.findData("in_progress"))
    assert received.args == ["in_progress"]
    editor.set_value(None)
    assert editor.combo.currentData() is None


def test_every_editor_has_an_accessible_name(
    window: MainWindow, small_session: ReportSession, small_form: Questionnaire
) -> None:
    form = small_form
    for section in form.sections[:3]:
        window.go_to_section(section.id)
        page = window.current_page()
        assert page is not None
        for question_id, widget in page.questions.items():
            target = widget.editor.focus_target()
            assert target.accessibleName(), question_id
            assert target.focusPolicy() & Qt.FocusPolicy.TabFocus, question_id


def test_clear_button_removes_the_answer(qtbot: QtBot, window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    widget = _question(window, "needs_assessed")
    widget.editor.buttons["yes"].click()
    assert widget.clear_button.isVisible()
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert _stored(session, "needs_assessed") is None
    assert widget.editor.value() is None
