"""Nothing typed in the window vanishes: not a table cell still open, not an entry marked "Not saved"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.gui.backups import restore_from_backup
from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.locking import ask_validate
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.operations import wait_for_all
from bsreporter.gui.preferences_dialog import apply_preferences
from bsreporter.gui.question_widget import QuestionWidget
from bsreporter.gui.session import ReportSession
from bsreporter.gui.table_editor import TableEditor
from bsreporter.gui.wizard import NewReportWizard
from bsreporter.report.backup import Reason, list_backups
from bsreporter.report.store import Report, Source
from bsreporter.report.synthetic import synthetic_answers

Opener = Callable[[MainWindow, Path], ReportSession]
Messages = Callable[[QWidget], list[QMessageBox]]


def _question(window: MainWindow, question_id: str) -> QuestionWidget:
    window.go_to_question(question_id)
    page = window.current_page()
    assert page is not None
    return page.questions[question_id]


def _stored_in_file(path: Path, question_id: str) -> object:
    with Report.open(path, read_only=True) as report:
        answer = report.answer(question_id)
        return None if answer is None else answer.value


def _type_title_without_enter(qtbot: QtBot, window: MainWindow, session: ReportSession) -> QLineEdit:
    """1.1.3: a stored row, then its Title cell opened and "Yak Law" typed over it, no Enter."""
    assert session.change_answer("has_law", "yes") is None
    assert session.change_answer("law_list", [{"law_title": "Old Act"}]) is None
    widget = _question(window, "law_list")
    editor = widget.editor
    assert isinstance(editor, TableEditor)
    index = editor.model.index(0, 0)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, "Yak Law")
    return cell


def _title(rows: object) -> object:
    assert isinstance(rows, list)
    return rows[0]["law_title"]


def test_an_open_table_cell_is_not_called_saved_and_is_stored_after_a_pause(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_report_path: Path
) -> None:
    session = small_session
    cell = _type_title_without_enter(qtbot, window, session)
    assert window.save_label.text() == "Saving…"  # never "All changes saved" while the cell holds it
    qtbot.waitUntil(lambda: window.save_label.text() == "All changes saved", timeout=10_000)
    assert _title(session.report.answer("law_list").value) == "Yak Law"  # type: ignore[union-attr]
    assert cell.isVisible() and cell.text() == "Yak Law"  # the cell stays open, as a text field keeps the focus


@pytest.mark.parametrize("leave", ["close_report", "close_window", "quit", "question_language", "next_section"])
def test_an_open_table_cell_is_stored_on_every_way_out(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_report_path: Path, leave: str
) -> None:
    session = small_session
    report_path = small_report_path
    _type_title_without_enter(qtbot, window, session)
    if leave == "close_report":
        window.menu_actions.close.trigger()
    elif leave == "close_window":
        window.close()
    elif leave == "quit":
        window.menu_actions.quit.trigger()
    elif leave == "question_language":
        window.set_language("fr")
    else:
        window.report_view.step_section(1)
    if window.session is not None:
        window.close()
    assert _title(_stored_in_file(report_path, "law_list")) == "Yak Law"


def _refuse_two_entries(qtbot: QtBot, window: MainWindow, session: ReportSession) -> None:
    """G.4 an address without @, G.6 half a date: both marked "Not saved", the file keeps the earlier ones."""
    assert session.change_answer("email", "nfp@arcadia.example") is None
    email = _question(window, "email")
    field = email.editor.focus_target()
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "jane.example.org")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    date = _question(window, "period_start")
    field = date.editor.focus_target()
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, "2009-07")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    session.flush_pending()
    assert email.refusal is not None and date.refusal is not None


def _question_box(qtbot: QtBot, window: MainWindow, shown_messages: Messages) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(shown_messages(window)))
    (box,) = shown_messages(window)
    return box


@pytest.mark.parametrize("leave", ["close_report", "close_window", "quit"])
def test_closing_with_entries_not_saved_asks_and_goes_back_to_them(
    qtbot: QtBot,
    window: MainWindow,
    small_session: ReportSession,
    small_report_path: Path,
    shown_messages: Messages,
    leave: str,
) -> None:
    session = small_session
    report_path = small_report_path
    _refuse_two_entries(qtbot, window, session)
    window.go_to_section(session.form.sections[-1].id)
    ways_out = {
        "close_report": window.menu_actions.close.trigger,
        "close_window": window.close,
        "quit": window.menu_actions.quit.trigger,
    }
    ways_out[leave]()
    box = _question_box(qtbot, window, shown_messages)
    assert "2 answers you typed were not saved because they are not valid: G.4, G.6." in box.text()
    assert "The report keeps its earlier answers." in box.text()
    assert box.defaultButton().text() == "Go Back to Them"
    assert box.escapeButton() is box.defaultButton()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter goes back
    qtbot.waitUntil(lambda: not shown_messages(window))
    assert window.session is session and window.isVisible()
    page = window.current_page()
    assert page is not None and "email" in page.questions  # the first of them is shown
    email = page.questions["email"]
    assert email.editor.value() == "jane.example.org"  # still there to be corrected
    assert email.editor.focus_target().hasFocus()
    # Asked again, the person closes anyway: the report keeps its earlier answers.
    window.close()
    box = _question_box(qtbot, window, shown_messages)
    next(b for b in box.buttons() if b.text() == "Close Anyway").click()
    qtbot.waitUntil(lambda: window.session is None)
    assert _stored_in_file(report_path, "email") == "nfp@arcadia.example"


def test_switching_the_interface_language_with_entries_not_saved_asks_first(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, shown_messages: Messages
) -> None:
    session = small_session
    _refuse_two_entries(qtbot, window, session)
    assert apply_preferences(window, "fr", "") is window
    box = _question_box(qtbot, window, shown_messages)
    box.escapeButton().click()
    qtbot.waitUntil(lambda: not shown_messages(window))
    assert window.session is session
    assert _question(window, "email").editor.value() == "jane.example.org"
    assert window.prefs.interface_language() != "fr"  # nothing switched


@pytest.fixture
def back_to_english(app: QApplication) -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English again."""
    yield
    apply_language("en")


def test_switching_the_interface_language_makes_no_new_opening_backup(
    qtbot: QtBot, back_to_english: None, window: MainWindow, small_session: ReportSession, small_report_path: Path
) -> None:
    report_path = small_report_path
    # The window is built again in the new language and opens the same report again; that is no
    # new opening and must not push an older copy out of the ten kept.
    qtbot.waitUntil(lambda: len(list_backups(report_path)) == 1 and not window.safekeeping.backups.busy)
    rebuilt = apply_preferences(window, "fr", "")
    qtbot.addWidget(rebuilt)
    qtbot.waitUntil(lambda: rebuilt.session is not None, timeout=10_000)
    wait_for_all()
    qtbot.waitUntil(lambda: not rebuilt.safekeeping.backups.busy, timeout=10_000)
    assert [b.reason for b in list_backups(report_path)] == [Reason.OPENED]
    assert rebuilt.safekeeping.backups.timer.isActive()  # the copies every ten minutes go on
    rebuilt.close()
    # Opened again by the person, it is a new opening and gets its copy.
    apply_language("en")
    again = MainWindow()
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.reportOpened, timeout=10_000):
        again.open_report(report_path)
    qtbot.waitUntil(lambda: len(list_backups(report_path)) == 2, timeout=10_000)
    again.close()


def test_switching_report_or_question_language_with_entries_not_saved_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    small_session: ReportSession,
    small_report_path: Path,
    tmp_path: Path,
    shown_messages: Messages,
) -> None:
    session = small_session
    report_path = small_report_path
    other = tmp_path / "other.bsr"
    Report.create(other, party="Republic of Arcadia", form=session.form, author="tester").close()
    _refuse_two_entries(qtbot, window, session)
    assert window.open_report(other) is None
    box = _question_box(qtbot, window, shown_messages)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape goes back too
    qtbot.waitUntil(lambda: not shown_messages(window))
    assert window.session is session
    window.set_language("fr")
    box = _question_box(qtbot, window, shown_messages)
    assert "Switch Anyway" in [b.text() for b in box.buttons()]
    box.defaultButton().click()
    qtbot.waitUntil(lambda: not shown_messages(window))
    date = _question(window, "period_start").editor.focus_target()
    assert window.language == "en" and isinstance(date, QLineEdit) and date.text() == "2009-07"
    # Going on anyway opens the other report; the first keeps its earlier answers.
    window.open_report(other)
    box = _question_box(qtbot, window, shown_messages)
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        next(b for b in box.buttons() if b.text() == "Close Anyway").click()
    assert window.session is not None and window.session.report.path == other
    assert _stored_in_file(report_path, "email") == "nfp@arcadia.example"


def test_changing_the_second_question_language_with_entries_not_saved_asks_first(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, shown_messages: Messages
) -> None:
    session = small_session
    # A second language builds the pages again: the entries marked "Not saved" would go with them.
    interface = window.prefs.interface_language()
    _refuse_two_entries(qtbot, window, session)
    assert apply_preferences(window, interface, "fr") is window
    box = _question_box(qtbot, window, shown_messages)
    assert "Switch Anyway" in [b.text() for b in box.buttons()]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown_messages(window))
    assert window.prefs.second_language() == ""  # nothing switched
    assert _question(window, "email").editor.value() == "jane.example.org"
    apply_preferences(window, interface, "fr")
    box = _question_box(qtbot, window, shown_messages)
    next(b for b in box.buttons() if b.text() == "Switch Anyway").click()
    qtbot.waitUntil(lambda: not shown_messages(window))
    assert window.prefs.second_language() == "fr"
    assert _question(window, "email").editor.value() == "nfp@arcadia.example"  # the file's answer


def test_file_new_with_entries_not_saved_asks_before_the_wizard(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, shown_messages: Messages
) -> None:
    session = small_session
    # The report created replaces the one open, and its pages go with it.
    _refuse_two_entries(qtbot, window, session)
    window.menu_actions.new.trigger()
    box = _question_box(qtbot, window, shown_messages)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter goes back
    qtbot.waitUntil(lambda: not shown_messages(window))
    assert not [w for w in window.findChildren(NewReportWizard) if w.isVisible()]
    assert window.session is session
    assert _question(window, "email").editor.value() == "jane.example.org"
    window.menu_actions.new.trigger()
    box = _question_box(qtbot, window, shown_messages)
    next(b for b in box.buttons() if b.text() == "Close Anyway").click()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(NewReportWizard)))
    for wizard in window.findChildren(NewReportWizard):
        wizard.reject()


def test_validating_with_entries_not_saved_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    small_form: Questionnaire,
    tmp_path: Path,
    open_in: Opener,
    shown_messages: Messages,
) -> None:
    # Validating builds the pages again, read-only: the entries marked "Not saved" would go with them.
    path = tmp_path / "complete.bsr"
    answers = synthetic_answers(small_form, seed=7, answered_share=1.0)
    answers.pop("party", None)
    with Report.create(path, party="Republic of Arcadia", form=small_form, author="tester") as report:
        report.set_answers(answers, source=Source.TYPED)
    session = open_in(window, path)
    assert not session.completeness.blockers
    stored = _stored_in_file(path, "email")
    email = _question(window, "email")
    field = email.editor.focus_target()
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "jane.example.org")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert ask_validate(window) is None
    box = _question_box(qtbot, window, shown_messages)
    assert "An answer you typed was not saved because it is not valid: G.4." in box.text()
    box.defaultButton().click()
    qtbot.waitUntil(lambda: not shown_messages(window))
    assert not session.validated
    assert _question(window, "email").editor.value() == "jane.example.org"
    ask_validate(window)
    box = _question_box(qtbot, window, shown_messages)
    next(b for b in box.buttons() if b.text() == "Validate Anyway").click()
    box = _question_box(qtbot, window, shown_messages)  # then what validating does, as always
    next(b for b in box.buttons() if b.text() == "Validate").click()
    assert session.validated
    assert _stored_in_file(path, "email") == stored


def test_restoring_a_backup_keeps_the_pages_and_the_entries_it_does_not_change(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_report_path: Path
) -> None:
    session = small_session
    report_path = small_report_path
    # A restore changes answers in place (no page is built again): an entry marked "Not saved"
    # on a question the backup leaves as it is stays on screen, still marked.
    qtbot.waitUntil(lambda: len(list_backups(report_path)) == 1 and not window.safekeeping.backups.busy)
    (opened,) = list_backups(report_path)
    _refuse_two_entries(qtbot, window, session)
    pages = dict(window.report_view.pages)
    assert restore_from_backup(window, opened) is not None
    assert window.report_view.pages == pages
    date = _question(window, "period_start")
    assert date.entry_not_saved and date.editor.value() == "2009-07"
    assert window.report_view.entries_not_saved() == ["period_start"]
