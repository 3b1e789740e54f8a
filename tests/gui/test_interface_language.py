"""Interface language (Preferences), mirrored Arabic window, questions in another language or two."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from bsreporter.gui.interface_language import apply_language, current_language
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.preferences_dialog import PreferencesDialog, apply_preferences
from bsreporter.gui.question_widget import QuestionWidget
from bsreporter.gui.session import ReportSession
from bsreporter.gui.settings import Preferences


@pytest.fixture
def back_to_english(app: QApplication) -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English again."""
    yield
    apply_language("en")


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_arabic_interface_mirrors_the_window_and_speaks_arabic(
    app: QApplication, back_to_english: None, make_window: Callable[[], MainWindow]
) -> None:
    apply_language("ar")
    window = make_window()
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "&ملف" in menu_titles(window) and "&File" not in menu_titles(window)
    apply_language("en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _file_dialog_labels() -> list[str]:
    dialog = QFileDialog(None, "Open a report")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as where no desktop provides one
    try:
        return sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize("language", ["fr", "es", "ru", "ar", "zh"])
def test_qts_own_file_dialog_keeps_no_english_label(app: QApplication, back_to_english: None, language: str) -> None:
    # Qt's shipped translations word "Look in:" and "Files of type:", while the dialog asks for "&Look in:" and
    # "Files of &type:": a French Open dialog said "Look in:" until the program translated them itself.
    apply_language("en")
    english = _file_dialog_labels()
    assert "&Look in:" in english and "Files of &type:" in english
    apply_language(language)
    assert set(_file_dialog_labels()).isdisjoint(english)


def test_preferences_rebuild_the_window_in_another_language_with_the_report_still_open(
    qtbot: QtBot,
    back_to_english: None,
    window: MainWindow,
    session: ReportSession,
) -> None:
    window.go_to_section("objective-1.2")
    path = session.report.path
    rebuilt = apply_preferences(window, "fr", "")
    qtbot.addWidget(rebuilt)
    qtbot.waitUntil(lambda: rebuilt.session is not None and rebuilt.current_section == "objective-1.2", timeout=10_000)
    assert current_language() == "fr" and Preferences().interface_language() == "fr"
    assert "&Fichier" in menu_titles(rebuilt)
    assert rebuilt.session is not None and rebuilt.session.report.path == path
    assert not window.isVisible() and window.session is None  # the old window let go of the report
    rebuilt.close()


def test_preferences_dialog_offers_the_computer_language_and_the_six(window: MainWindow) -> None:
    dialog = PreferencesDialog(window.prefs, ("en", "zh", "fr", "es", "ru", "ar"), window)
    choices = [dialog.interface.itemData(i) for i in range(dialog.interface.count())]
    assert choices == ["", "en", "zh", "fr", "es", "ru", "ar"]
    assert dialog.interface_language() == "" and dialog.second_language() == ""


def test_second_language_is_shown_under_each_question(
    qtbot: QtBot, window: MainWindow, session: ReportSession
) -> None:
    apply_preferences(window, window.prefs.interface_language(), "zh")
    window.go_to_section("objective-1.1")
    page = window.current_page()
    assert page is not None
    widget = page.findChild(QuestionWidget, "question_nbf_legislation_in_place")
    assert widget is not None and widget.second_label is not None
    assert widget.second_label.text() == session.form.question("nbf_legislation_in_place").label.get("zh")
    apply_preferences(window, window.prefs.interface_language(), "")
    window.go_to_section("objective-1.1")
    widget = window.current_page().findChild(QuestionWidget, "question_nbf_legislation_in_place")
    assert widget is not None and widget.second_label is None


def test_arabic_questions_read_right_to_left_in_an_english_interface(
    app: QApplication, window: MainWindow, session: ReportSession
) -> None:
    window.set_language("ar")
    window.go_to_section("objective-1.1")
    page = window.current_page()
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert page is not None and page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    title = page.findChild(QuestionWidget, "question_nbf_legislation_in_place").title
    assert "هل اعتمد بلدكم" in title.text()


def test_arabic_second_language_aligns_right_under_english_questions(
    window: MainWindow, session: ReportSession
) -> None:
    apply_preferences(window, window.prefs.interface_language(), "ar")
    window.go_to_section("objective-1.1")
    label = window.current_page().findChild(QLabel, "secondLanguage")
    assert label is not None and label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.current_page().layoutDirection() == Qt.LayoutDirection.LeftToRight
    apply_preferences(window, window.prefs.interface_language(), "")

