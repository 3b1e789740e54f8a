"""A click changes only the option under the mouse: never blank space, never an option that moved."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.gui.editor_factory import make_editor
from bsreporter.gui.editors import CheckListEditor, RadioEditor
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.question_widget import QuestionWidget
from bsreporter.gui.session import ReportSession
from bsreporter.gui.table_editor import TableEditor


def _question(window: MainWindow, question_id: str) -> QuestionWidget:
    window.go_to_question(question_id)
    page = window.current_page()
    assert page is not None
    return page.questions[question_id]


def _settle(window: MainWindow) -> None:
    """Let the layouts run, as they do before the next click reaches the window."""
    QApplication.sendPostedEvents()
    window.layout().activate()
    QApplication.sendPostedEvents()


def _click_at(qtbot: QtBot, area: QWidget, point: QPoint) -> None:
    """Click whatever lies at ``point`` (in ``area``'s coordinates), as the mouse would."""
    target = area.childAt(point) or area
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(area, point))


def _stored(session: ReportSession, question_id: str) -> object:
    answer = session.report.answer(question_id)
    return None if answer is None else answer.value


def test_a_click_in_the_blank_space_beside_an_option_changes_nothing(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    window.resize(1366, 768)
    widget = _question(window, "has_law")
    editor = widget.editor
    assert isinstance(editor, RadioEditor)
    editor.buttons["yes"].click()
    _settle(window)
    row = editor.buttons["no"].parentWidget()
    assert row.width() > 500
    # Far to the right of the "No" label, on the option's line: blank space.
    _click_at(qtbot, row, QPoint(row.width() - 20, row.height() // 2))
    assert editor.value() == "yes"
    assert _stored(session, "has_law") == "yes"
    # The label's own text still chooses its option, as the button's text would.
    label = row.findChild(QLabel)
    assert label is not None
    _click_at(qtbot, row, label.geometry().topLeft() + QPoint(4, label.height() // 2))
    assert _stored(session, "has_law") == "no"


def test_a_long_option_still_wraps_and_a_click_on_its_text_ticks_it(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    window.resize(700, 768)
    widget = _question(window, "needs_areas")
    editor = widget.editor
    assert isinstance(editor, CheckListEditor)
    _settle(window)
    name, box = max(editor.boxes.items(), key=lambda item: len(item[1].accessibleName()))
    row = box.parentWidget()
    label = row.findChild(QLabel)
    assert label is not None
    line = label.fontMetrics().lineSpacing()
    assert label.height() >= 2 * line  # wrapped onto a second line, not cut off
    # A word on the second line of the text.
    _click_at(qtbot, row, label.geometry().topLeft() + QPoint(6, line + line // 2))
    assert box.isChecked()
    assert _stored(session, "needs_areas") == [name]
    # Blank space right of a short option leaves it alone.
    short_name, short = min(editor.boxes.items(), key=lambda item: len(item[1].accessibleName()))
    short_row = short.parentWidget()
    _click_at(qtbot, short_row, QPoint(short_row.width() - 10, short_row.height() // 2))
    assert not short.isChecked()
    assert short_name not in (_stored(session, "needs_areas") or [])


def test_the_keyboard_still_moves_between_options_and_chooses(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _question(window, "has_law")
    editor = widget.editor
    assert isinstance(editor, RadioEditor)
    editor.focus_editor()
    first = editor.buttons["yes"]
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert _stored(session, "has_law") == "yes"
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert _stored(session, "has_law") == next(v for v in editor.buttons if v != "yes")


def test_the_options_do_not_move_when_the_first_answer_is_given(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    questions = ("needs_areas", "needs_assessed")
    for width, question_id in [(w, q) for w in (1280, 1366) for q in questions]:
        window.resize(width, 768)
        session.change_answer(question_id, None)  # a question not yet answered
        widget = _question(window, question_id)
        editor = widget.editor
        _settle(window)
        assert not widget.clear_button.isVisible()
        buttons = list(editor.boxes.values()) if isinstance(editor, CheckListEditor) else list(editor.buttons.values())
        page = window.current_page()
        assert page is not None
        before = [b.mapTo(page, QPoint(0, 0)) for b in buttons]
        title_before = widget.title.geometry()
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        _settle(window)
        assert widget.clear_button.isVisible()
        assert [b.mapTo(page, QPoint(0, 0)) for b in buttons] == before, (width, question_id)
        assert widget.title.geometry() == title_before, (width, question_id)


def _table_with_rows(qtbot: QtBot, window: MainWindow, session: ReportSession, titles: list[str]) -> TableEditor:
    session.change_answer("has_law", "yes")
    rows = [{"law_title": title, "law_kind": None, "law_year": None} for title in titles]
    assert session.change_answer("law_list", rows) is None
    widget = _question(window, "law_list")
    editor = widget.editor
    assert isinstance(editor, TableEditor)
    assert editor.model.rowCount() == len(titles)
    return editor


def _titles(session: ReportSession) -> list[str]:
    stored = _stored(session, "law_list")
    return [row["law_title"] for row in stored] if isinstance(stored, list) else []


def _question_box(window: MainWindow) -> QMessageBox | None:
    return next((b for b in window.findChildren(QMessageBox) if b.isVisible()), None)


def test_remove_row_removes_only_the_current_row(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    editor = _table_with_rows(qtbot, window, session, ["Act A", "Act B", "Act C"])
    editor.view.setCurrentIndex(editor.model.index(1, 2))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert _question_box(window) is None
    assert _titles(session) == ["Act A", "Act C"]


def test_remove_row_asks_before_removing_every_row_of_a_selected_column(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    editor = _table_with_rows(qtbot, window, session, ["Act A", "Act B", "Act C"])
    header = editor.view.horizontalHeader()
    column_title = QPoint(header.sectionPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=column_title)
    assert len({i.row() for i in editor.view.selectionModel().selectedIndexes()}) == 3
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    box = _question_box(window)
    assert box is not None, "every row would go without a word"
    assert "3" in box.text()
    assert box.defaultButton() is not None
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole  # Enter keeps the rows
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert _titles(session) == ["Act A", "Act B", "Act C"]
    assert editor.model.rowCount() == 3
    # Asked again, the person means it: every selected row goes.
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    box = _question_box(window)
    assert box is not None
    remove = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 0)
    assert _titles(session) == []


def test_in_a_right_to_left_language_the_text_answers_on_the_right(qtbot: QtBot, small_form: Questionnaire) -> None:
    form = small_form
    editor = make_editor(form.question("has_law"), "ar")
    qtbot.addWidget(editor)
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    editor.resize(800, 200)
    editor.show()
    qtbot.waitExposed(editor)
    assert isinstance(editor, RadioEditor)
    button = next(iter(editor.buttons.values()))
    label = button.parentWidget().findChild(QLabel)
    assert label is not None
    text = label.text_rect()
    assert text.right() >= label.width() - 4 and text.width() < label.width() // 2  # drawn at the right edge
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(6, label.height() // 2))  # blank, on the left
    assert not button.isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=text.center())
    assert button.isChecked()
