"""Dialogs and the wizard in the longest languages: whole titles, whole labels, whole headers, snug check boxes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QRadioButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from bsreporter.exchange.source_description import describe_source
from bsreporter.exchange.xlsx import export_xlsx
from bsreporter.gui.author import ask_author_name
from bsreporter.gui.compare_view import CompareDialog
from bsreporter.gui.export_dialog import ExportDialog
from bsreporter.gui.history_dialog import open_history
from bsreporter.gui.import_source import ImportSourceDialog
from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.locking import ReopenDialog
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.navigator import View
from bsreporter.gui.preferences_dialog import PreferencesDialog
from bsreporter.gui.restore_dialog import RestoreDialog
from bsreporter.gui.session import ReportSession
from bsreporter.gui.wizard import NewReportWizard

#: English and the interface languages whose words run longest, or right to left.
LANGUAGES = ("en", "fr", "ru", "ar")
SELF_ASSESSMENT = "cpb-sp-2011-2020"


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, app: QApplication) -> Iterator[str]:
    """The interface in each language in turn (windows are built after it is applied)."""
    apply_language(request.param)
    yield request.param
    apply_language("en")


@pytest.fixture
def opened(
    language: str, make_window: Callable[[], MainWindow], report_path: Path, open_in: Callable[..., ReportSession]
) -> MainWindow:
    """A window in ``language`` with the empty Arcadia report open."""
    window = make_window()
    open_in(window, report_path)
    return window


def needed_for_title(window: QWidget) -> int:
    """What a title bar needs for the whole title as shown (with the program's name), its icon and buttons."""
    font = QFont(QApplication.font())
    font.setBold(True)
    shown = f"{window.windowTitle()} — {QGuiApplication.applicationDisplayName()}"
    return QFontMetrics(font).horizontalAdvance(shown) + 120


def cut_labels(top: QWidget) -> list[str]:
    """The labels on show whose text does not fit them."""
    cut = []
    for label in top.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                cut.append(label.text())
        elif label.width() < label.sizeHint().width():
            cut.append(label.text())
    return cut


def _dialogs(window: MainWindow, tmp_path: Path) -> Iterator[QWidget]:
    session = window.session
    assert session is not None
    yield ReopenDialog(window)
    yield RestoreDialog(window)
    yield open_history(session, next(iter(session.form.questions)), window.language, window)
    yield CompareDialog(session, window.language, window)
    yield ExportDialog(session.report, window.prefs, "a4", has_previous=True, parent=window)
    yield PreferencesDialog(window.prefs, session.form.languages, window)
    yield ask_author_name(window)
    workbook = tmp_path / "answers.xlsx"
    export_xlsx(session.report, workbook)
    yield ImportSourceDialog(describe_source(session.report, workbook), session.form, window.language, window)
    wizard = window.new_report()
    assert wizard is not None
    yield wizard


def test_every_dialog_shows_its_whole_title_and_fits_the_screen(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path
) -> None:
    room = opened.screen().availableGeometry()
    for dialog in _dialogs(opened, tmp_path):
        dialog.show()
        qtbot.waitExposed(dialog)
        name = type(dialog).__name__
        assert dialog.width() >= min(needed_for_title(dialog), room.width() - 16), f"{name}: {dialog.windowTitle()!r}"
        assert dialog.width() <= room.width() and dialog.height() <= room.height(), name
        assert not cut_labels(dialog), f"{name}: {cut_labels(dialog)}"
        dialog.close()


def test_the_wizard_asks_in_the_interface_language_with_whole_labels(
    qtbot: QtBot, language: str, opened: MainWindow, tmp_path: Path
) -> None:
    opened.prefs.set_last_folder(tmp_path)
    wizard = opened.new_report()
    assert isinstance(wizard, NewReportWizard)
    qtbot.waitExposed(wizard)
    wizard.party_page.party.line.setText("Republic of Arcadia")
    choices = wizard.party_page.form_choice
    choices.setCurrentRow(
        next(row for row in range(choices.count()) if choices.item(row).data(Qt.ItemDataRole.UserRole) == SELF_ASSESSMENT)
    )
    form = wizard.form()
    for page in (wizard.period_page, wizard.focal_point_page):
        wizard.button(QWizard.WizardButton.NextButton).click()
        assert wizard.currentPage() is page
        qtbot.waitUntil(lambda page=page: all(label.width() > 0 for label in page.findChildren(QLabel)))
        assert not cut_labels(page), cut_labels(page)
        shown = [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
        assert shown and all(
            any(form.question(qid).label.get(language) in text for qid in page.question_ids) for text in shown
        ), shown
    wizard.reject()


def test_the_view_switch_keeps_whole_words_in_a_narrow_navigator(
    qtbot: QtBot, language: str, opened: MainWindow
) -> None:
    opened.report_view.splitter.setSizes([190, 600])
    switch = opened.report_view.view_switch
    qtbot.waitUntil(lambda: switch.width() <= 200)
    for button in switch.buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()
    opened.report_view.splitter.setSizes([370, 430])
    qtbot.waitUntil(lambda: switch.width() >= 350)
    by_section, by_plan = switch.buttons[View.SECTIONS], switch.buttons[View.PLAN]
    qtbot.waitUntil(lambda: by_section.y() == by_plan.y())  # room enough: side by side again


def test_cut_column_titles_are_whole_in_their_tooltips(opened: MainWindow) -> None:
    session = opened.session
    assert session is not None
    compare = CompareDialog(session, opened.language, opened)
    panel = opened.report_view.completeness_panel.tree.model()
    for model, columns in ((compare.model, 5), (panel, 2)):
        for column in range(columns):
            title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            assert title and model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == title
    header = compare.table.horizontalHeader()
    compare.show()
    for column in range(4):  # the last takes what is left
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    compare.close()


def _buttons_wider_than_their_words(top: QWidget) -> list[str]:
    wide = []
    for button in top.findChildren(QAbstractButton):
        snug = button.width() <= button.sizeHint().width() + 4
        if isinstance(button, (QCheckBox, QRadioButton)) and button.isVisible() and not snug:
            wide.append(f"{button.text() or button.accessibleName()}: {button.width()} > {button.sizeHint().width()}")
    return wide


def test_check_boxes_and_option_buttons_are_as_wide_as_their_words(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path
) -> None:
    session = opened.session
    assert session is not None
    for dialog in (
        ExportDialog(session.report, opened.prefs, "a4", has_previous=True, parent=opened),
        ImportSourceDialog(
            describe_source(session.report, _workbook(session, tmp_path)), session.form, opened.language, opened
        ),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not _buttons_wider_than_their_words(dialog), _buttons_wider_than_their_words(dialog)
        dialog.close()
    for section_id in ("general", "objective-1.1"):
        opened.go_to_section(section_id)
        page = opened.current_page()
        assert page is not None
        qtbot.waitUntil(lambda page=page: page.widget().width() > 0)
        assert not _buttons_wider_than_their_words(page), _buttons_wider_than_their_words(page)


def _workbook(session: ReportSession, folder: Path) -> Path:
    path = folder / "answers.xlsx"
    export_xlsx(session.report, path)
    return path
