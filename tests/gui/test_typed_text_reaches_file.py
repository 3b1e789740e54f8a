"""Typed text is in the file, as another program reads it, the moment the field is left or the window closes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.form.installed import installed_questionnaire
from bsreporter.gui.editors import AnswerEditor, MultilingualEditor
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.gui.table_editor import TableEditor
from bsreporter.report.store import Report

Opener = Callable[[MainWindow, Path], ReportSession]


def _in_file(path: Path, question_id: str) -> Any:
    """The stored value as a separate read-only connection reads it (None: nothing stored)."""
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = reader.execute("SELECT value FROM answers WHERE question_id = ?", (question_id,)).fetchone()
    finally:
        reader.close()
    return None if row is None or row[0] is None else json.loads(row[0])


def _editor(window: MainWindow, question_id: str) -> AnswerEditor:
    window.go_to_question(question_id)
    page = window.current_page()
    assert page is not None
    return page.questions[question_id].editor


def _open_cell(editor: AnswerEditor) -> QWidget:
    """Add a row to a table and return the open editor of its first cell."""
    assert isinstance(editor, TableEditor)
    editor.add_button.click()
    cell = QApplication.focusWidget()
    assert cell is not None and cell.parent() is editor.view.viewport()
    return cell


@pytest.fixture
def plan_report(tmp_path: Path, window: MainWindow, open_in: Opener) -> Path:
    """A Strategic Plan report, open in the window."""
    path = tmp_path / "arcadia.bsr"
    Report.create(path, party="Republic of Arcadia", form=installed_questionnaire(), author="tester").close()
    session = open_in(window, path)
    session.change_answer("nbf_legislation_in_place", "yes")  # the table of instruments is asked
    return path


@pytest.fixture
def format_report(tmp_path: Path, window: MainWindow, open_in: Opener) -> Path:
    """A fourth national report, open in the window: multilingual answers and detail boxes."""
    path = tmp_path / "fourth.bsr"
    Report.create(path, party="Republic of Arcadia", form=installed_questionnaire("cpb-nr4-2019"),
                  author="tester").close()
    session = open_in(window, path)
    session.change_answer("Q016", "true")  # its detail box is asked
    return path


def _target(editor: AnswerEditor) -> QWidget:
    if isinstance(editor, TableEditor):
        return _open_cell(editor)
    if isinstance(editor, MultilingualEditor):
        return editor.boxes["en"].edit
    return editor.focus_target()


# (question, what is typed, what the file then holds)
PLAN_FIELDS = [
    ("nfp_name", "Dr. Ana Okafor", "Dr. Ana Okafor"),
    ("nfp_address", "12 Riverside Avenue", "12 Riverside Avenue"),
    ("rarm_assessments_count", "14", 14),
    ("period_start", "2015-01-01", "2015-01-01"),
    ("nbf_instruments", "Biosafety Act", [{"instrument_title": "Biosafety Act", "instrument_type": None,
                                           "instrument_status": None, "year_adopted": None, "instrument_url": None}]),
]
FORMAT_FIELDS = [
    ("Q060", "The law is under review.", {"en": "The law is under review."}),
    ("Q016__true", "Adopted in 2012.", "Adopted in 2012."),
]


def _type_then_leave(qtbot: QtBot, window: MainWindow, path: Path, question_id: str, text: str, stored: Any) -> None:
    editor = _editor(window, question_id)
    target = _target(editor)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    fired: list[bool] = []
    editor._timer.timeout.connect(lambda: fired.append(True))
    qtbot.keyClicks(target, text)
    assert editor._timer.isActive() and _in_file(path, question_id) is None  # waiting for a pause in typing
    qtbot.keyClick(target, Qt.Key.Key_Tab)  # the focus moves on to the next field
    assert QApplication.focusWidget() is not target
    assert not fired  # no pause in typing was waited for
    assert _in_file(path, question_id) == stored
    assert window.session is not None and not window.session.has_pending()


@pytest.mark.parametrize(("question_id", "text", "stored"), PLAN_FIELDS, ids=[f[0] for f in PLAN_FIELDS])
def test_text_typed_then_focus_moved_to_another_field_is_in_the_file_before_any_timer_fires(
    qtbot: QtBot, window: MainWindow, plan_report: Path, question_id: str, text: str, stored: Any
) -> None:
    _type_then_leave(qtbot, window, plan_report, question_id, text, stored)


@pytest.mark.parametrize(("question_id", "text", "stored"), FORMAT_FIELDS, ids=["multilingual", "detail box"])
def test_multilingual_box_and_detail_box_commit_on_focus_loss(
    qtbot: QtBot, window: MainWindow, format_report: Path, question_id: str, text: str, stored: Any
) -> None:
    _type_then_leave(qtbot, window, format_report, question_id, text, stored)


def test_a_translation_box_commits_on_focus_loss_to_the_next_box(
    qtbot: QtBot, window: MainWindow, format_report: Path
) -> None:
    editor = _editor(window, "Q060")
    assert isinstance(editor, MultilingualEditor)
    french = editor.add_language("fr")
    qtbot.keyClicks(french, "La loi est en cours de revue.")
    assert _in_file(format_report, "Q060") is None
    editor.boxes["en"].edit.setFocus(Qt.FocusReason.MouseFocusReason)  # a click into the English box
    assert _in_file(format_report, "Q060") == {"fr": "La loi est en cours de revue."}


@pytest.mark.parametrize(("question_id", "text", "stored"), PLAN_FIELDS, ids=[f[0] for f in PLAN_FIELDS])
def test_closing_the_window_with_pending_text_stores_it(
    qtbot: QtBot, window: MainWindow, plan_report: Path, question_id: str, text: str, stored: Any
) -> None:
    editor = _editor(window, question_id)
    target = _target(editor)
    qtbot.keyClicks(target, text)
    assert _in_file(plan_report, question_id) is None
    window.close()
    assert _in_file(plan_report, question_id) == stored


def test_closing_the_window_with_a_pending_translation_stores_it(
    qtbot: QtBot, window: MainWindow, format_report: Path
) -> None:
    editor = _editor(window, "Q060")
    qtbot.keyClicks(_target(editor), "The law is under review.")
    window.close()
    assert _in_file(format_report, "Q060") == {"en": "The law is under review."}

