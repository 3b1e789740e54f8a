"""A multilingual answer typed as a person would: the report's language first, then translations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bsreporter.form.installed import installed_questionnaire
from bsreporter.gui.editors import MultilingualEditor
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.question_widget import QuestionWidget
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report


def _open(tmp_path: Path, window: MainWindow, open_in: Callable[[MainWindow, Path], ReportSession],
          language: str = "en") -> ReportSession:
    path = tmp_path / "fourth.bsr"
    Report.create(path, party="Republic of Arcadia", language=language,
                  form=installed_questionnaire("cpb-nr4-2019")).close()
    return open_in(window, path)


def _question(window: MainWindow, question_id: str) -> QuestionWidget:
    window.go_to_question(question_id)
    page = window.current_page()
    assert page is not None
    return page.questions[question_id]


def _stored(session: ReportSession, question_id: str) -> object:
    answer = session.report.answer(question_id)  # read back from the file, not the window's copy
    return None if answer is None else answer.value


def _menu_action(editor: MultilingualEditor, code: str) -> QAction:
    return next(a for a in editor.languages_menu.actions() if a.data() == code)


def test_typing_then_adding_a_french_translation_stores_both(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> None:
    session = _open(tmp_path, window, open_in)
    widget = _question(window, "Q060")
    editor = widget.editor
    assert isinstance(editor, MultilingualEditor)
    assert list(editor.boxes) == ["en"] and editor.boxes["en"].remove is None  # the report's language stays
    widget.focus_editor()
    qtbot.keyClicks(editor.boxes["en"].edit, "The law is under review.")
    with qtbot.waitSignal(session.answerChanged, timeout=3_000):
        pass  # the pause after the last keystroke
    assert _stored(session, "Q060") == {"en": "The law is under review."}

    _menu_action(editor, "fr").trigger()  # Add a translation > Français
    assert list(editor.boxes) == ["en", "fr"]
    assert editor.boxes["fr"].name.text() == "Français"
    assert QApplication.focusWidget() is editor.boxes["fr"].edit
    assert not _menu_action(editor, "fr").isVisible()  # not offered twice
    qtbot.keyClicks(editor.boxes["fr"].edit, "La loi est en cours de revue.")
    qtbot.keyClick(editor.boxes["fr"].edit, Qt.Key.Key_Tab)  # leaving the box stores it at once
    assert _stored(session, "Q060") == {"en": "The law is under review.", "fr": "La loi est en cours de revue."}

    window.menu_actions.undo.trigger()  # the translation goes, as any change of an answer
    assert _stored(session, "Q060") == {"en": "The law is under review."}
    assert list(editor.boxes) == ["en"]
    window.menu_actions.redo.trigger()
    assert editor.value() == {"en": "The law is under review.", "fr": "La loi est en cours de revue."}

    assert editor.boxes["fr"].remove is not None
    editor.boxes["fr"].remove.click()
    assert _stored(session, "Q060") == {"en": "The law is under review."}
    assert list(editor.boxes) == ["en"] and _menu_action(editor, "fr").isVisible()


def test_an_arabic_box_reads_right_to_left_in_a_report_in_french(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> None:
    session = _open(tmp_path, window, open_in, language="fr")
    session.change_answer("Q186", {"ar": "نص", "fr": "Texte"})
    editor = _question(window, "Q186").editor
    assert isinstance(editor, MultilingualEditor)
    assert list(editor.boxes) == ["fr", "ar"]  # the report's language first
    assert editor.boxes["ar"].edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.boxes["ar"].edit.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignRight
    assert editor.boxes["fr"].edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert editor.boxes["ar"].edit.toPlainText() == "نص"


def test_clearing_every_box_removes_the_answer(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> None:
    session = _open(tmp_path, window, open_in)
    session.change_answer("Q060", {"en": "Text"})
    widget = _question(window, "Q060")
    edit = widget.editor.focus_target()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert _stored(session, "Q060") is None
