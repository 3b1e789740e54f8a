"""Read-only mode: every command that would change the report is disabled and says why; reading stays open.

A report is read-only here when another program edits it, when its disk cannot be written, when
the person asked to look without changing, or once it is validated (until reopened for editing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.gui.actions import writes_of
from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.navigator import View
from bsreporter.gui.question_widget import QuestionWidget
from bsreporter.gui.write_access import Access, Writes, access_of, allows
from bsreporter.report.store import Report, Source
from bsreporter.report.synthetic import synthetic_answers

WAIT_MS = 10_000
Shown = Callable[[QWidget], list[QMessageBox]]


@pytest.fixture
def complete_path(tmp_path: Path, small_form: Questionnaire) -> Path:
    """A report with every relevant question answered (so it can be validated)."""
    path = tmp_path / "complete.bsr"
    answers = synthetic_answers(small_form, seed=7, answered_share=1.0)
    answers.pop("party", None)
    with Report.create(path, party="Republic of Arcadia", form=small_form, author="tester") as report:
        report.set_answers(answers, source=Source.TYPED)
    return path


@pytest.fixture
def back_to_english(app: QApplication) -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English again."""
    yield
    apply_language("en")


def every_action(window: MainWindow) -> list[QAction]:
    """Every command of the window: each entry of every menu (filled as when opened) and every shortcut."""
    found: list[QAction] = []

    def walk(menu: QWidget) -> None:
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # menus filled when opened (recent reports) show their entries
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu())  # type: ignore[arg-type]
            elif action not in found:
                found.append(action)

    walk(window.menuBar())
    found += [action for action in window.actions() if action not in found]
    return found


def writing_actions(window: MainWindow) -> list[QAction]:
    """The commands that change the report, named here one by one (a new one is added on purpose)."""
    a, s = window.menu_actions, window.safekeeping
    return [a.import_answers, a.merge_contribution, a.undo, a.redo, s.restore, s.validate, s.reopen]


def _open(qtbot: QtBot, window: MainWindow, path: Path, *, read_only: bool = False) -> None:
    with qtbot.waitSignal(window.reportOpened, timeout=WAIT_MS):
        window.open_report(path, read_only=read_only)
    assert window.session is not None


def _to_middle_section(window: MainWindow) -> None:
    assert window.report_view.report_pages is not None
    pages = window.report_view.report_pages.order(View.SECTIONS)
    window.go_to_section(pages[len(pages) // 2].id)


def _label(action: QAction) -> str:
    return action.text().replace("&", "") or repr(action)


def test_every_action_declares_whether_it_writes(qtbot: QtBot, window: MainWindow, complete_path: Path) -> None:
    _open(qtbot, window, complete_path)
    undeclared = [_label(action) for action in every_action(window) if writes_of(action) is None]
    assert not undeclared
    writing = writing_actions(window)
    for action in every_action(window):
        assert (writes_of(action) is not Writes.NOTHING) == (action in writing), _label(action)


def test_only_the_writing_actions_stop_when_the_report_is_open_read_only(
    qtbot: QtBot, window: MainWindow, complete_path: Path
) -> None:
    # Writable, with everything applying: a change undone (Undo and Redo), a complete report (Validate).
    _open(qtbot, window, complete_path)
    session = window.session
    assert session is not None
    session.change_answer("contact_name", "Dr. Ana Silva")
    session.change_answer("contact_name", "Dr. Ana Silva-Mendes")
    window.undo()
    _to_middle_section(window)
    window.safekeeping.update_actions()
    writing = writing_actions(window)
    reopen = window.safekeeping.reopen
    for action in every_action(window):
        if action is not reopen:  # only a validated report is reopened
            assert action.isEnabled(), f"writable: {_label(action)}"
            assert not action.toolTip().startswith("Not available"), _label(action)
    window.close_report()

    with Report.open(complete_path):  # another program edits it
        _open(qtbot, window, complete_path, read_only=True)
        _to_middle_section(window)
        window.safekeeping.update_actions()
        for action in every_action(window):
            if action in writing:
                assert not action.isEnabled(), f"read-only: {_label(action)}"
                assert "being edited elsewhere" in action.toolTip(), _label(action)
            else:
                assert action.isEnabled(), f"read-only: {_label(action)}"
        window.close_report()


def _why_validated() -> str:
    return "Not available: the report is validated and locked. To change it, choose File > Reopen for Editing…"


def test_validating_stops_the_writing_actions_and_reopening_starts_them_again(
    qtbot: QtBot, window: MainWindow, complete_path: Path, shown_messages: Shown
) -> None:
    _open(qtbot, window, complete_path)
    _to_middle_section(window)
    assert window.menu_actions.import_answers.isEnabled()
    window.safekeeping.validate.trigger()
    next(b for b in shown_messages(window)[0].buttons() if b.text() == "Validate").click()
    assert window.session is not None and window.session.validated
    window.safekeeping.update_actions()
    reopen = window.safekeeping.reopen
    for action in every_action(window):
        if action is reopen:
            assert action.isEnabled() and not action.toolTip().startswith("Not available")
        elif action in writing_actions(window):
            assert not action.isEnabled(), f"validated: {_label(action)}"
            assert action.toolTip() == _why_validated()
        else:
            assert action.isEnabled(), f"validated: {_label(action)}"

    from bsreporter.gui.locking import reopen as reopen_report

    assert reopen_report(window, "A late correction from the ministry")
    assert window.menu_actions.import_answers.isEnabled() and window.menu_actions.merge_contribution.isEnabled()
    assert not window.menu_actions.import_answers.toolTip().startswith("Not available")


def test_a_validated_report_opened_read_only_cannot_be_reopened_here(
    qtbot: QtBot, window: MainWindow, complete_path: Path
) -> None:
    from bsreporter.report.validation import validate_report

    with Report.open(complete_path) as report:
        validate_report(report, author="tester")
    with Report.open(complete_path):
        _open(qtbot, window, complete_path, read_only=True)
        window.safekeeping.update_actions()
        for action in writing_actions(window):
            assert not action.isEnabled(), _label(action)
            assert "being edited elsewhere" in action.toolTip()
        window.close_report()


def test_menus_show_why_a_command_is_disabled(qtbot: QtBot, window: MainWindow, small_report_path: Path) -> None:
    file_menu = window.menu_actions.import_answers.associatedObjects()
    menus = [m for m in file_menu if isinstance(m, QMenu)]
    menus += [m for m in window.menu_actions.undo.associatedObjects() if isinstance(m, QMenu)]
    assert len(menus) == 2 and all(menu.toolTipsVisible() for menu in menus)


def test_the_reason_is_given_in_the_interface_language(
    qtbot: QtBot, back_to_english: None, make_window: Callable[[], MainWindow], small_report_path: Path
) -> None:
    report_path = small_report_path
    apply_language("fr")
    window = make_window()
    with Report.open(report_path):
        _open(qtbot, window, report_path, read_only=True)
        tip = window.menu_actions.import_answers.toolTip()
        assert "en cours de modification ailleurs" in tip, tip
        window.close_report()


def _usable_inputs(question: QuestionWidget) -> list[QWidget]:
    """The widgets of a question that take a click or typing, shown and enabled; reading ones left out."""
    kinds = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)
    reading = {question.history_button, question.previous.button}
    return [
        widget
        for widget in question.findChildren(QWidget)
        if isinstance(widget, kinds) and widget not in reading and widget.isEnabled() and widget.isVisibleTo(question)
    ]


def _assert_every_page_read_only(window: MainWindow) -> set[str]:
    """Visit every page of both views; no question on any may take a change. Returns the questions seen."""
    assert window.report_view.report_pages is not None
    seen: set[str] = set()
    for view in View:
        for section in window.report_view.report_pages.order(view):
            window.go_to_section(section.id)
            page = window.current_page()
            assert page is not None
            for question_id, question in page.questions.items():
                assert not _usable_inputs(question), f"{section.id}/{question_id}: {_usable_inputs(question)}"
                if not question.editor.isEnabled():
                    assert question.editor.toolTip().startswith("Not available"), question_id
                seen.add(question_id)
    return seen


def test_no_editor_takes_a_change_on_any_page_of_a_report_open_read_only(
    qtbot: QtBot, window: MainWindow, complete_path: Path
) -> None:
    with Report.open(complete_path):
        _open(qtbot, window, complete_path, read_only=True)
        assert len(window.report_view.pages) == 1  # every other page is built after opening read-only
        assert _assert_every_page_read_only(window) == set(window.session.form.questions)
        window.close_report()


def test_no_editor_takes_a_change_after_the_report_turns_read_only_while_open(
    qtbot: QtBot, window: MainWindow, complete_path: Path, shown_messages: Shown
) -> None:
    _open(qtbot, window, complete_path)
    _to_middle_section(window)  # a page built while writable
    window.safekeeping.validate.trigger()
    next(b for b in shown_messages(window)[0].buttons() if b.text() == "Validate").click()
    assert window.session is not None and window.session.read_only
    assert _assert_every_page_read_only(window) == set(window.session.form.questions)


def test_the_undo_shortcut_does_nothing_once_the_report_is_read_only(
    qtbot: QtBot, window: MainWindow, complete_path: Path, shown_messages: Shown
) -> None:
    _open(qtbot, window, complete_path)
    session = window.session
    assert session is not None
    session.change_answer("contact_name", "Dr. Ana Silva-Mendes")
    window.safekeeping.validate.trigger()
    next(b for b in shown_messages(window)[0].buttons() if b.text() == "Validate").click()
    assert session.read_only
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.answers["contact_name"].value == "Dr. Ana Silva-Mendes"
    assert session.report.answer("contact_name").value == "Dr. Ana Silva-Mendes"  # type: ignore[union-attr]


def test_the_rule_lets_each_kind_of_change_through_only_where_the_report_takes_it() -> None:
    assert access_of(report_open=False, file_read_only=False, validated=False) is Access.NO_REPORT
    assert access_of(report_open=True, file_read_only=False, validated=False) is Access.WRITABLE
    assert access_of(report_open=True, file_read_only=False, validated=True) is Access.VALIDATED
    assert access_of(report_open=True, file_read_only=True, validated=True) is Access.READ_ONLY
    assert access_of(report_open=True, file_read_only=True, validated=False) is Access.READ_ONLY
    table = {
        Access.WRITABLE: {Writes.NOTHING, Writes.ANSWERS, Writes.LOCK},
        Access.VALIDATED: {Writes.NOTHING, Writes.LOCK},
        Access.READ_ONLY: {Writes.NOTHING},
    }
    for access, allowed in table.items():
        for writes in Writes:
            assert allows(access, writes) == (writes in allowed), (access, writes)
