"""The window's number fields: what is typed is shown as typed, read by the core, and the file's number shown exactly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bsreporter.gui.editors import NumberEditor
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.question_widget import QuestionWidget
from bsreporter.gui.session import ReportSession

AMOUNT = "funding_usd"  # decimal
COUNT = "staff_trained"  # whole number
PERCENT = "staff_share"


def _question(window: MainWindow, question_id: str) -> QuestionWidget:
    window.go_to_question(question_id)
    page = window.current_page()
    assert page is not None
    return page.questions[question_id]


def _stored(session: ReportSession, question_id: str) -> object:
    answer = session.report.answer(question_id)  # read back from the file, not the window's copy
    return None if answer is None else answer.value


def _type(qtbot: QtBot, widget: QuestionWidget, typed: str) -> str:
    """Type ``typed`` into the number field and press Enter; return the text the field shows."""
    assert isinstance(widget.editor, NumberEditor)
    widget.editor.focus_editor()
    field = widget.editor.focus_target()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    shown = field.text()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return shown


def test_grouped_digits_are_stored_as_the_whole_number(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    amount = _question(window, AMOUNT)
    assert _type(qtbot, amount, "1,500,000") == "1,500,000"  # no key swallowed
    assert _stored(session, AMOUNT) == 1_500_000.0
    assert _type(qtbot, amount, "250 000") == "250 000"
    assert _stored(session, AMOUNT) == 250_000.0
    count = _question(window, COUNT)
    assert _type(qtbot, count, "1 500") == "1 500"
    assert _stored(session, COUNT) == 1500
    assert amount.refusal is None and count.refusal is None


def test_ambiguous_comma_is_shown_as_typed_and_refused_with_the_reason(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    assert session.change_answer(AMOUNT, 1200) is None
    widget = _question(window, AMOUNT)
    _type(qtbot, widget, "250,000")
    assert widget.editor.focus_target().text() == "250,000"  # kept on screen to be corrected
    assert widget.refusal is not None and "could be read as 250000 or as 250" in widget.refusal
    assert "Not saved" in widget.message.text()
    assert _stored(session, AMOUNT) == 1200.0  # the file keeps what it had


def test_exponent_is_shown_as_typed_and_refused(qtbot: QtBot, window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    widget = _question(window, AMOUNT)
    assert _type(qtbot, widget, "1e5") == "1e5"  # the 'e' is not silently dropped (that stored 15)
    assert widget.refusal is not None and "write the number in full" in widget.refusal
    assert _stored(session, AMOUNT) is None


def test_long_numbers_are_typed_in_full(qtbot: QtBot, window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    count = _question(window, COUNT)
    assert _type(qtbot, count, "12345678901") == "12345678901"  # a tenth and eleventh digit
    assert _stored(session, COUNT) == 12_345_678_901
    amount = _question(window, AMOUNT)
    assert _type(qtbot, amount, "20000000000000.5") == "20000000000000.5"
    assert _stored(session, AMOUNT) == 20_000_000_000_000.5
    _type(qtbot, amount, "12345678901234567890.5")
    assert amount.refusal is not None and "significant digits" in amount.refusal
    assert _stored(session, AMOUNT) == 20_000_000_000_000.5


def test_the_field_shows_the_stored_number_exactly(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    assert session.change_answer(COUNT, 5_000_000_000) is None
    assert session.change_answer(AMOUNT, 0.1234567) is None
    assert session.change_answer(PERCENT, 62.5) is None
    count = _question(window, COUNT)
    assert isinstance(count.editor, NumberEditor)
    assert count.editor.focus_target().text() == "5000000000"  # not 999999999
    amount = _question(window, AMOUNT)
    assert isinstance(amount.editor, NumberEditor)
    assert amount.editor.focus_target().text() == "0.1234567"
    assert session.change_answer(AMOUNT, 3e13) is None
    assert amount.editor.focus_target().text() == "30000000000000"  # not stopped at 1e12, no added decimals
    percent = _question(window, PERCENT)
    assert isinstance(percent.editor, NumberEditor)
    assert percent.editor.focus_target().text() == "62.5"
    assert percent.editor.unit is not None and percent.editor.unit.text() == "%"
