"""Validate and lock: only a complete report; then a "Validated - read-only" banner and no editor;
"Reopen for Editing" needs a reason and records who and why."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.gui.locking import ReopenDialog, ask_validate
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.fingerprint import answers_fingerprint
from bsreporter.report.store import Report, Source
from bsreporter.report.synthetic import synthetic_answers
from bsreporter.report.validation import validate_report

Opener = Callable[[MainWindow, Path], ReportSession]
Shown = Callable[[QWidget], list[QMessageBox]]


@pytest.fixture
def complete_path(tmp_path: Path, small_form: Questionnaire) -> Path:
    """A report with every relevant question answered (so: it passes the check)."""
    path = tmp_path / "complete.bsr"
    answers = synthetic_answers(small_form, seed=7, answered_share=1.0)
    answers.pop("party", None)
    with Report.create(path, party="Republic of Arcadia", form=small_form, author="tester") as report:
        report.set_answers(answers, source=Source.TYPED)
    return path


def _click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def _editors_enabled(window: MainWindow, question_id: str) -> bool:
    window.go_to_question(question_id)
    page = window.current_page()
    assert page is not None
    return page.questions[question_id].editor.isEnabled()


def test_an_incomplete_report_says_how_many_questions_remain(
    window: MainWindow, small_session: ReportSession, shown_messages: Shown
) -> None:
    session = small_session
    validate = window.safekeeping.validate
    remaining = len(session.completeness.blockers)
    assert remaining > 0
    assert not validate.isEnabled()
    assert validate.text() == f"&Validate Report… ({remaining} questions to finish)"
    session.change_answer("contact_name", "Dr. Ana Silva")  # the count follows the answers
    assert validate.text() == f"&Validate Report… ({len(session.completeness.blockers)} questions to finish)"
    box = ask_validate(window)  # even if asked directly, it explains and changes nothing
    assert box is not None and "cannot be validated yet" in box.text()
    assert not session.validated and not session.report.is_validated


def test_validating_locks_the_window_with_a_banner_and_the_frozen_fingerprint(
    qtbot: QtBot, window: MainWindow, complete_path: Path, open_in: Opener, shown_messages: Shown
) -> None:
    session = open_in(window, complete_path)
    validate = window.safekeeping.validate
    assert validate.isEnabled() and validate.text() == "&Validate Report…"
    assert not window.safekeeping.reopen.isEnabled()
    assert _editors_enabled(window, "contact_name")
    fingerprint = answers_fingerprint(session.form, session.answers)

    validate.trigger()
    box = shown_messages(window)[0]
    assert fingerprint in box.text()
    _click(box, "Validate")
    assert session.validated and session.report.is_validated

    banner = window.safekeeping.banner
    assert banner.isVisible()
    assert "Validated - read-only" in banner.text() and fingerprint in banner.text()
    assert f"by {session.report.author}" in banner.text()
    assert not window.report_view.read_only_banner.isVisible()  # not "edited elsewhere"
    assert not _editors_enabled(window, "contact_name")
    page = window.current_page()
    assert page is not None and page.questions["contact_name"].clear_button.isHidden()
    assert not window.menu_actions.undo.isEnabled()
    assert not window.safekeeping.restore.isEnabled()
    assert not validate.isEnabled() and window.safekeeping.reopen.isEnabled()
    assert window.save_label.text() == "Read-only: nothing can be changed"
    assert "(read-only)" in window.windowTitle()


def test_reopening_needs_a_reason_and_records_who_and_why(
    qtbot: QtBot, window: MainWindow, complete_path: Path, open_in: Opener
) -> None:
    with Report.open(complete_path) as report:
        validate_report(report, author="Dr. Okafor")
    session = open_in(window, complete_path)
    assert session.validated and window.safekeeping.banner.isVisible()  # also when opened validated
    assert "by Dr. Okafor" in window.safekeeping.banner.text()
    assert not _editors_enabled(window, "contact_name")

    window.safekeeping.reopen.trigger()
    (dialog,) = [d for d in window.findChildren(ReopenDialog) if d.isVisible()]
    assert not dialog.reopen_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.reopen_button.isEnabled()  # blanks are no reason
    qtbot.keyClicks(dialog.reason, "The ministry asked for a correction in 2.2")
    assert dialog.reopen_button.isEnabled()
    dialog.reopen_button.click()

    assert not session.validated and not session.report.is_validated
    assert not window.safekeeping.banner.isVisible()
    assert _editors_enabled(window, "contact_name")
    assert session.change_answer("contact_name", "Dr. Ana Silva") is None
    _at, author, kind, detail = session.report.events()[-1]
    assert (author, kind, detail) == (session.report.author, "reopened", "The ministry asked for a correction in 2.2")
    assert window.safekeeping.validate.isEnabled()
