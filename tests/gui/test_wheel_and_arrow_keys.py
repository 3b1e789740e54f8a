"""Scrolling the page never changes an answer: the wheel and the arrow keys move the page, not the values
(on the small form)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.gui.editor_factory import make_editor
from bsreporter.gui.editors import ComboEditor, DateEditor, NumberEditor
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.question_widget import QuestionWidget
from bsreporter.gui.section_page import SectionPage
from bsreporter.gui.session import ReportSession
from bsreporter.gui.table_editor import TableEditor


def _question(window: MainWindow, question_id: str) -> tuple[SectionPage, QuestionWidget]:
    window.go_to_question(question_id)
    page = window.current_page()
    assert page is not None
    return page, page.questions[question_id]


def _stored(session: ReportSession, question_id: str) -> object:
    answer = session.report.answer(question_id)  # read back from the file, not the window's copy
    return None if answer is None else answer.value


def _wheel(widget: QWidget, notches: int = -1) -> None:
    """One turn of the mouse wheel over the middle of ``widget`` (negative: towards the person, down the page)."""
    where = QPointF(widget.rect().center())
    event = QWheelEvent(
        where,
        QPointF(widget.mapToGlobal(where.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _unfocus(page: SectionPage) -> None:
    page.next_button.setFocus(Qt.FocusReason.OtherFocusReason)


def _halfway(page: SectionPage) -> int:
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0, "the page must be longer than the window for this test"
    bar.setValue(bar.maximum() // 2)
    return bar.value()


def test_wheel_over_an_unfocused_number_scrolls_the_page_and_keeps_the_answer(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    assert session.change_answer("has_law", "yes") is None  # the number of laws is asked
    assert session.change_answer("law_count", 3) is None
    page, widget = _question(window, "law_count")
    assert isinstance(widget.editor, NumberEditor)
    _unfocus(page)
    assert not widget.editor.field.hasFocus()
    before = _halfway(page)
    for _ in range(3):
        _wheel(widget.editor.field)
    widget.flush()
    assert page.verticalScrollBar().value() > before  # the page moved...
    assert widget.editor.value() == 3  # ...the field did not
    assert _stored(session, "law_count") == 3
    assert not session.has_pending()


def test_wheel_over_an_unfocused_date_scrolls_the_page_and_keeps_the_answer(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    assert session.change_answer("period_start", dt.date(2022, 1, 1)) is None
    page, widget = _question(window, "period_start")
    assert isinstance(widget.editor, DateEditor)
    _unfocus(page)
    before = _halfway(page)
    for _ in range(3):
        _wheel(widget.editor.focus_target())
    widget.flush()
    assert page.verticalScrollBar().value() > before
    assert widget.editor.value() == dt.date(2022, 1, 1)
    assert _stored(session, "period_start") == dt.date(2022, 1, 1)


def test_wheel_over_a_focused_number_or_date_changes_nothing(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    # Scrolling past the field just typed into must not change it either.
    assert session.change_answer("has_law", "yes") is None  # the number of laws is asked
    assert session.change_answer("law_count", 3) is None
    assert session.change_answer("period_start", dt.date(2022, 1, 1)) is None
    for question_id, kept in (("law_count", 3), ("period_start", dt.date(2022, 1, 1))):
        _page, widget = _question(window, question_id)
        widget.editor.focus_editor()
        qtbot.waitUntil(widget.editor.focus_target().hasFocus)
        _wheel(widget.editor.focus_target(), notches=1)
        _wheel(widget.editor.focus_target(), notches=-2)
        widget.flush()
        assert widget.editor.value() == kept, question_id
        assert _stored(session, question_id) == kept, question_id


def test_arrow_keys_in_a_number_or_date_field_move_the_page_not_the_value(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    assert session.change_answer("has_law", "yes") is None  # the number of laws is asked
    assert session.change_answer("law_count", 3) is None
    assert session.change_answer("period_start", dt.date(2022, 1, 1)) is None
    for question_id, kept in (("law_count", 3), ("period_start", dt.date(2022, 1, 1))):
        page, widget = _question(window, question_id)
        widget.editor.focus_editor()
        target = widget.editor.focus_target()
        qtbot.waitUntil(target.hasFocus)
        before = _halfway(page)
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_PageDown):
            qtbot.keyClick(target, key)
        qtbot.keyClick(target, Qt.Key.Key_Tab)
        assert widget.editor.value() == kept, question_id
        assert _stored(session, question_id) == kept, question_id
        assert page.verticalScrollBar().value() != before, question_id  # the keys scrolled the page


def test_wheel_over_a_drop_down_scrolls_the_page_and_keeps_the_choice(qtbot: QtBot, small_form: Questionnaire) -> None:
    form = small_form
    question = dataclasses.replace(form.question("has_law"), appearance="minimal")
    area = QScrollArea()
    content = QWidget()
    layout = QVBoxLayout(content)
    editor = make_editor(question, "en")
    assert isinstance(editor, ComboEditor)
    layout.addWidget(editor)
    layout.addSpacing(3000)
    area.setWidget(content)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    editor.set_value("in_progress")
    changes: list[object] = []
    editor.committed.connect(changes.append)
    for focused in (False, True):
        if focused:
            editor.combo.setFocus()
            qtbot.waitUntil(editor.combo.hasFocus)
        before = area.verticalScrollBar().value()
        _wheel(editor.combo)
        _wheel(editor.combo)
        assert area.verticalScrollBar().value() > before
    assert editor.combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not take the focus
    assert editor.value() == "in_progress"
    assert changes == []


def test_wheel_over_a_table_drop_down_being_edited_keeps_the_cell(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    session.change_answer("has_law", "yes")
    rows = [{"law_title": "Biosafety Act", "law_kind": None, "law_year": 2012}]
    assert session.change_answer("law_list", rows) is None
    _page, widget = _question(window, "law_list")
    editor = widget.editor
    assert isinstance(editor, TableEditor)
    index = editor.model.index(0, 1)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    for _ in range(3):
        _wheel(combo)
    assert combo.currentData() is None
    editor.view.setFocus()  # the cell editor closes and hands its value to the table
    qtbot.waitUntil(lambda: editor.view.state() != editor.view.State.EditingState)
    stored = _stored(session, "law_list")
    assert isinstance(stored, list) and stored[0]["law_kind"] is None
