"""New report: the wizard collects Party, questionnaire, period, focal point, language and file, then opens it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.wizard import NewReportWizard
from bsreporter.report.store import Report


def _line(wizard: NewReportWizard, name: str) -> QLineEdit:
    edit = wizard.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def _next(qtbot: QtBot, wizard: NewReportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    button.click()


def test_report_created_through_the_wizard_opens_with_its_answers(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.prefs.set_last_folder(tmp_path)
    wizard = window.new_report()
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(_line(wizard, "wizardParty"), "Republic of Arcadia")
    _next(qtbot, wizard)
    start = wizard.findChild(QDateEdit, "wizard_period_start")
    end = wizard.findChild(QDateEdit, "wizard_period_end")
    assert start is not None and end is not None
    start.setDate(QDate(2015, 1, 1))
    end.setDate(QDate(2019, 12, 31))
    _next(qtbot, wizard)
    qtbot.keyClicks(_line(wizard, "wizard_nfp_name"), "Dr. Ana Silva")
    qtbot.keyClicks(_line(wizard, "wizard_nfp_email"), "ana@arcadia.example")
    _next(qtbot, wizard)
    language = wizard.findChild(QComboBox, "wizardLanguage")
    assert language is not None
    language.setCurrentIndex(language.findData("zh"))
    path = Path(_line(wizard, "wizardPath").text())
    assert path == tmp_path / "Republic of Arcadia national report.bsr"
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    session = window.session
    assert session is not None and session.report.path == path
    assert session.report.info.party == "Republic of Arcadia"
    assert session.report.info.language == "zh"
    assert window.language == "zh"
    values = {qid: a.value for qid, a in session.answers.items()}
    assert values["period_start"] == dt.date(2015, 1, 1)
    assert values["period_end"] == dt.date(2019, 12, 31)
    assert values["nfp_name"] == "Dr. Ana Silva"
    assert values["nfp_email"] == "ana@arcadia.example"
    assert "nfp_phone" not in values  # left blank
    assert path in window.prefs.recent_reports()


def test_wizard_refuses_a_mistyped_email_on_its_page(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.new_report()
    qtbot.keyClicks(_line(wizard, "wizardParty"), "Arcadia")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.keyClicks(_line(wizard, "wizard_nfp_email"), "ana at arcadia")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.focal_point_page
    assert "is not an e-mail address" in wizard.focal_point_page.error.text()


def test_wizard_refuses_a_period_that_ends_before_it_starts(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.new_report()
    qtbot.keyClicks(_line(wizard, "wizardParty"), "Arcadia")
    _next(qtbot, wizard)
    start = wizard.findChild(QDateEdit, "wizard_period_start")
    end = wizard.findChild(QDateEdit, "wizard_period_end")
    assert start is not None and end is not None
    start.setDate(QDate(2019, 1, 1))
    end.setDate(QDate(2018, 1, 1))
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.period_page
    assert "must come before the end of the period" in wizard.period_page.error.text()


def test_wizard_needs_a_party_and_never_overwrites_a_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    existing = tmp_path / "taken.bsr"
    Report.create(existing, party="Arcadia").close()
    wizard = window.new_report()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # Party is required
    qtbot.keyClicks(_line(wizard, "wizardParty"), "Arcadia")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    for _ in range(3):
        _next(qtbot, wizard)
    path_field = _line(wizard, "wizardPath")
    path_field.setText(str(existing))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert "already exists" in wizard.file_page.error.text()


def test_the_wheel_and_arrow_keys_never_change_the_period_of_a_new_report(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.new_report()
    qtbot.keyClicks(_line(wizard, "wizardParty"), "Arcadia")
    _next(qtbot, wizard)
    start = wizard.findChild(QDateEdit, "wizard_period_start")
    assert start is not None
    before = start.date()
    where = QPointF(start.rect().center())
    turn = QWheelEvent(where, QPointF(start.mapToGlobal(where.toPoint())), QPoint(0, 0), QPoint(0, -120),
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(start, turn)
    start.setFocus()
    start.setCurrentSection(QDateEdit.Section.YearSection)
    qtbot.keyClick(start, Qt.Key.Key_Up)
    qtbot.keyClick(start, Qt.Key.Key_Down)
    qtbot.keyClick(start, Qt.Key.Key_Down)
    assert start.date() == before
