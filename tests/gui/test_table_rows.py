"""Filling a table: a row is checked when the person leaves it, number cells take only numbers,
and every message names a column by its label in the interface language (on the small form)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.form.values import number_bounds
from bsreporter.gui.icons import StatusIcon
from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.question_widget import QuestionWidget
from bsreporter.gui.session import ReportSession
from bsreporter.gui.table_editor import TableEditor

TABLE = "law_list"
YEAR = 2  # the "Year" column: a whole number from 1950 to 2100


def _table(qtbot: QtBot, window: MainWindow, session: ReportSession) -> QuestionWidget:
    session.change_answer("has_law", "yes")
    window.go_to_question(TABLE)
    page = window.current_page()
    assert page is not None
    widget = page.questions[TABLE]
    assert isinstance(widget.editor, TableEditor)
    # The keys typed go to the window with the keyboard, whatever came up while the report opened.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return widget


def _stored(session: ReportSession) -> object:
    answer = session.report.answer(TABLE)  # read back from the file, not the window's copy
    return None if answer is None else answer.value


def _open_cell(editor: TableEditor, row: int, column: int) -> QLineEdit:
    index = editor.model.index(row, column)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    return cell


def _add_row_with_title(qtbot: QtBot, widget: QuestionWidget, session: ReportSession, title: str) -> None:
    editor = widget.editor
    assert isinstance(editor, TableEditor)
    rows = editor.model.rowCount()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    qtbot.keyClicks(cell, title)
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # the view hands the cell to the table on its next turn
    qtbot.waitUntil(lambda: isinstance(_stored(session), list) and len(_stored(session)) == rows + 1)


def test_a_row_is_not_faulted_while_it_is_filled_and_is_checked_when_left(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _table(qtbot, window, session)
    editor = widget.editor
    assert isinstance(editor, TableEditor)
    _add_row_with_title(qtbot, widget, session, "Biosafety Act")
    # Stored at once, but "Kind" is still to come: no red yet.
    assert widget.message.isHidden()
    assert widget.icon_kind is not StatusIcon.INVALID
    assert editor.row_being_filled == 1
    # Tab leaves the table: now the row is checked, and the message names the column by its label.
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not widget.message.isHidden())
    assert editor.row_being_filled is None
    assert widget.icon_kind is StatusIcon.INVALID
    assert "row 1" in widget.message.text() and "“Kind”" in widget.message.text()
    assert "law_kind" not in widget.message.text()


def test_moving_to_another_row_checks_the_row_left(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _table(qtbot, window, session)
    editor = widget.editor
    assert isinstance(editor, TableEditor)
    kind_column = editor.model.columns[1]
    assert kind_column.choices is not None
    complete = {"law_title": "Act", "law_kind": kind_column.choices.values[0]}
    assert session.change_answer(TABLE, [complete]) is None
    _add_row_with_title(qtbot, widget, session, "Regulation")
    assert widget.message.isHidden() and editor.row_being_filled == 2
    qtbot.keyClick(editor.view, Qt.Key.Key_Up)  # to the complete first row
    qtbot.waitUntil(lambda: not widget.message.isHidden())
    assert "row 2" in widget.message.text()


def test_a_letter_typed_in_a_number_cell_leaves_the_cell_unchanged(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    widget = _table(qtbot, window, session)
    editor = widget.editor
    assert isinstance(editor, TableEditor)
    _add_row_with_title(qtbot, widget, session, "Biosafety Act")
    cell = _open_cell(editor, 0, YEAR)
    qtbot.keyClicks(cell, "20x1y2")
    assert cell.text() == "2012"  # the letters were refused as they were typed
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(_stored(session), list) and _stored(session)[0]["law_year"] == 2012)
    assert widget.refusal is None
    cell = _open_cell(editor, 0, YEAR)
    cell.selectAll()
    qtbot.keyClicks(cell, "n")  # replaces nothing: the year stays as it was
    assert cell.text() == "2012"
    cell.end(False)
    cell.insert("\u0661")  # an Arabic-Indic digit is a digit, but a fifth one is too many for a year
    assert cell.text() == "2012"
    cell.clear()
    cell.insert("\u0662\u0660\u0661\u0662")  # 2012 in Arabic-Indic digits is taken
    assert cell.text() == "\u0662\u0660\u0661\u0662"
    # A year cannot be negative: the minus sign is refused too.
    cell.clear()
    qtbot.keyClicks(cell, "-19")
    assert cell.text() == "19"


@pytest.fixture
def in_french(app: QApplication) -> Iterator[None]:
    """The interface in French for one test; English again afterwards."""
    apply_language("fr")
    yield
    apply_language("en")


def test_a_refused_cell_is_named_by_its_french_column_label_in_a_french_window(
    qtbot: QtBot,
    in_french: None,
    make_window: Callable[[], MainWindow],
    small_report_path: Path,
    open_in: Callable[[MainWindow, Path], ReportSession],
) -> None:
    report_path = small_report_path
    window = make_window()
    session = open_in(window, report_path)
    widget = _table(qtbot, window, session)
    editor = widget.editor
    assert isinstance(editor, TableEditor)
    _add_row_with_title(qtbot, widget, session, "Loi sur la biosecurite")
    cell = _open_cell(editor, 0, YEAR)
    qtbot.keyClicks(cell, "1800")  # a number, but before the years the column takes
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.refusal is not None)
    assert "colonne « Année »" in widget.message.text()
    assert "law_year" not in widget.message.text()


def test_the_bounds_of_a_number_column_are_read_from_its_rule(small_form: Questionnaire) -> None:
    form = small_form
    year = next(c for c in form.question(TABLE).columns if c.name == "law_year")
    assert number_bounds(year) == (1950, 2100)
    title = next(c for c in form.question(TABLE).columns if c.name == "law_title")
    assert number_bounds(title) == (None, None)
