"""Contributors: the author name recorded in the history, and each answer's history with "Restore This Value"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from bsreporter.gui.history_dialog import HistoryDialog
from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Source, default_author

Opener = Callable[[MainWindow, Path], ReportSession]


def _set_name(window: MainWindow, name: str) -> None:
    window.safekeeping.author.trigger()
    (dialog,) = [d for d in window.findChildren(QInputDialog) if d.isVisible()]
    assert dialog.objectName() == "authorDialog"
    dialog.setTextValue(name)
    dialog.accept()


def test_your_name_is_recorded_in_the_history_and_remembered(
    qtbot: QtBot, make_window: Callable[[], MainWindow], small_report_path: Path, open_in: Opener
) -> None:
    report_path = small_report_path
    window = make_window()
    session = open_in(window, report_path)
    assert window.prefs.author_name() == default_author()  # the account's name until one is given
    _set_name(window, "Ana Silva, Ministry of Environment")
    assert session.report.author == "Ana Silva, Ministry of Environment"
    assert "Ana Silva, Ministry of Environment" in window.statusBar().currentMessage()
    session.change_answer("contact_name", "Dr. Ana Silva")
    assert session.report.history("contact_name")[-1].author == "Ana Silva, Ministry of Environment"
    window.close()

    again = make_window()
    reopened = open_in(again, report_path)
    assert reopened.report.author == "Ana Silva, Ministry of Environment"
    _set_name(again, "   ")  # empty: back to the account's name
    assert reopened.report.author == default_author()


def _history(qtbot: QtBot, window: MainWindow, question_id: str) -> HistoryDialog:
    window.go_to_question(question_id)
    page = window.current_page()
    assert page is not None
    page.questions[question_id].history_button.click()
    (dialog,) = [d for d in window.findChildren(HistoryDialog) if d.isVisible()]
    return dialog


def test_history_lists_who_when_old_new_source_and_file(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    session.change_answer("contact_name", "Dr. Ana Silva")
    session.report.set_answers(
        {"contact_name": "Dr. Li Wei"}, source=Source.IMPORTED, author="Li Wei", source_detail="colleague.xlsx"
    )
    session.reload_answers()
    dialog = _history(qtbot, window, "contact_name")
    model = dialog.model
    assert model.rowCount() == 2
    newest = [model.index(0, column).data() for column in range(6)]
    assert newest[1:] == ["Li Wei", "Dr. Ana Silva", "Dr. Li Wei", "Imported", "colleague.xlsx"]
    assert newest[0].count(":") == 2  # local date and time to the second
    oldest = [model.index(1, column).data() for column in range(1, 6)]
    assert oldest == [default_author(), "(blank)", "Dr. Ana Silva", "Typed", ""]
    assert dialog.current.text() == "Current answer: Dr. Li Wei"
    assert not dialog.restore_button.isEnabled()  # the newest change is what is there now
    with qtbot.waitSignal(dialog.destroyed, timeout=5_000):
        dialog.reject()
    assert session.change_answer("contact_name", "Dr. Ana Silva") is None  # a closed history window hears nothing


def test_restoring_an_earlier_value_is_recorded_and_undoable(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    for count in (1, 2, 3):
        session.change_answer("has_law", "yes")
        session.change_answer("law_count", count)
    dialog = _history(qtbot, window, "law_count")
    assert [dialog.model.index(r, 3).data() for r in range(3)] == ["3", "2", "1"]
    dialog.select_row(2)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert session.answers["law_count"].value == 1
    page = window.current_page()
    assert page is not None and page.questions["law_count"].editor.value() == 1
    assert dialog.current.text() == "Current answer: 1"
    assert dialog.model.index(0, 4).data() == "Restored"
    assert dialog.model.index(0, 5).data().startswith("value of ")
    assert "Edit > Undo takes it back" in dialog.note.text()

    window.menu_actions.undo.trigger()
    assert session.report.answer("law_count").value == 3  # type: ignore[union-attr]
    assert dialog.current.text() == "Current answer: 3"


def test_history_of_the_question_with_the_cursor_from_the_edit_menu(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    window.safekeeping.history.trigger()
    assert "Put the cursor in a question first" in window.statusBar().currentMessage()
    window.go_to_question("email")
    page = window.current_page()
    assert page is not None
    page.questions["email"].editor.focus_target().setFocus()
    qtbot.waitUntil(lambda: page.focused_question() == "email")
    dialog = window.safekeeping.show_history()
    assert dialog is not None and dialog.question.id == "email"
    assert dialog.empty_note.isVisible()


def test_read_only_history_can_be_read_but_not_restored(
    qtbot: QtBot, make_window: Callable[[], MainWindow], small_report_path: Path, open_in: Opener
) -> None:
    report_path = small_report_path
    first = make_window()
    editing = open_in(first, report_path)
    editing.change_answer("contact_name", "A")
    editing.change_answer("contact_name", "B")
    second = make_window()
    with qtbot.waitSignal(second.reportOpened, timeout=10_000):
        second.open_report(report_path, read_only=True)
    dialog = _history(qtbot, second, "contact_name")
    dialog.select_row(1)
    assert dialog.model.rowCount() == 2
    assert not dialog.restore_button.isEnabled()


def test_where_a_change_came_from_is_said_in_the_interface_language(
    qtbot: QtBot, app: QApplication, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    session.change_answer("contact_name", "Dr. Ana Silva")
    session.change_answer("contact_name", "Dr. Li Wei")
    window.menu_actions.undo.trigger()  # recorded as "undo" in the file, in every language
    session.report.set_answers({"contact_name": "Dr. Li"}, source=Source.IMPORTED, source_detail="undo of colleague.xlsx")
    session.reload_answers()
    apply_language("fr")
    try:
        dialog = _history(qtbot, window, "contact_name")
        details = [dialog.model.index(row, 5).data() for row in range(dialog.model.rowCount())]
        assert details[:2] == ["annulation de colleague.xlsx", "annulation"]
        dialog.reject()
    finally:
        apply_language("en")
    assert [entry.source_detail for entry in session.report.history("contact_name")][-2:] == [
        "undo", "undo of colleague.xlsx"]  # the file keeps what it recorded
