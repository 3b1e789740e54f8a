"""New report: the wizard collects Party, questionnaire, period, focal point, language and file, then opens it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel, QLineEdit, QListWidget, QWizard
from pytestqt.qtbot import QtBot

from bsreporter.form.installed import installed_questionnaire
from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.gui.wizard import NewReportWizard
from bsreporter.report.store import Report

FOURTH_REPORT = "cpb-nr4-2019"
#: bsreporter's own questionnaire: the one whose general information has a period and a focal point.
SELF_ASSESSMENT = "cpb-sp-2011-2020"


def _line(wizard: NewReportWizard, name: str) -> QLineEdit:
    edit = wizard.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def _next(qtbot: QtBot, wizard: NewReportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    button.click()


def _choices(wizard: NewReportWizard) -> QListWidget:
    choices = wizard.findChild(QListWidget, "wizardForm")
    assert choices is not None
    return choices


def _offered(wizard: NewReportWizard) -> list[str]:
    choices = _choices(wizard)
    return [choices.item(row).data(Qt.ItemDataRole.UserRole) for row in range(choices.count())]


def _choose(qtbot: QtBot, wizard: NewReportWizard, form_id: str) -> None:
    """Click the questionnaire in the list, as a person does."""
    choices = _choices(wizard)
    item = choices.item(_offered(wizard).index(form_id))
    choices.scrollToItem(item)
    qtbot.mouseClick(choices.viewport(), Qt.MouseButton.LeftButton, pos=choices.visualItemRect(item).center())
    assert wizard.party_page.chosen_form_id() == form_id


def _about(wizard: NewReportWizard) -> QLabel:
    label = wizard.findChild(QLabel, "wizardFormAbout")
    assert label is not None
    return label


def test_report_created_through_the_wizard_opens_with_its_answers(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.prefs.set_last_folder(tmp_path)
    wizard = window.new_report()
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(_line(wizard, "wizardParty"), "Republic of Arcadia")
    _choose(qtbot, wizard, SELF_ASSESSMENT)
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
    _choose(qtbot, wizard, SELF_ASSESSMENT)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.keyClicks(_line(wizard, "wizard_nfp_email"), "ana at arcadia")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.focal_point_page
    assert "is not an e-mail address" in wizard.focal_point_page.error.text()


def test_wizard_refuses_a_period_that_ends_before_it_starts(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.new_report()
    qtbot.keyClicks(_line(wizard, "wizardParty"), "Arcadia")
    _choose(qtbot, wizard, SELF_ASSESSMENT)
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
    _choose(qtbot, wizard, SELF_ASSESSMENT)
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
    _choose(qtbot, wizard, SELF_ASSESSMENT)
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


def test_the_fourth_national_report_is_offered_first_and_chosen(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.new_report()
    qtbot.waitExposed(wizard)
    assert _offered(wizard) == [FOURTH_REPORT, "cpb-nr3-2015", "cpb-nr2-2011", SELF_ASSESSMENT]
    assert _choices(wizard).currentRow() == 0 and wizard.party_page.chosen_form_id() == FOURTH_REPORT
    fourth = installed_questionnaire(FOURTH_REPORT)
    shown = _choices(wizard).item(0).text()
    assert fourth.title.get("en") in shown and fourth.cycle.get("en") in shown
    assert not _about(wizard).isVisible()  # the Secretariat's title says it all


def test_the_self_assessment_is_offered_last_and_says_what_it_is_when_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    wizard = window.new_report()
    qtbot.waitExposed(wizard)
    choices = _choices(wizard)
    assert choices.item(choices.count() - 1).text().startswith("Self-assessment against the Strategic Plan")
    _choose(qtbot, wizard, SELF_ASSESSMENT)
    about = _about(wizard)
    assert about.isVisible() and about.wordWrap()
    assert about.text() == installed_questionnaire(SELF_ASSESSMENT).about.get("en")
    assert "BS-V/16" in about.text() and "fourth national report" in about.text()
    assert about.geometry().right() <= wizard.party_page.width()  # wrapped within the page, not cut off
    _choose(qtbot, wizard, "cpb-nr3-2015")
    assert not about.isVisible()


def test_a_fourth_national_report_created_through_the_wizard_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.prefs.set_last_folder(tmp_path)
    wizard = window.new_report()
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(_line(wizard, "wizardParty"), "Republic of Arcadia")
    _next(qtbot, wizard)
    # The format asks no period and no focal point of its own: straight on to language and file.
    assert wizard.currentPage() is wizard.file_page
    language = wizard.findChild(QComboBox, "wizardLanguage")
    assert language is not None
    language.setCurrentIndex(language.findData("fr"))
    path = Path(_line(wizard, "wizardPath").text())
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    session = window.session
    assert session is not None and session.report.path == path
    assert session.report.form.id == FOURTH_REPORT
    assert (session.report.info.party, session.report.info.language) == ("Republic of Arcadia", "fr")
    assert session.answers == {}


def test_entries_made_for_another_questionnaire_are_left_behind(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # A period typed for the self-assessment, then Back and the fourth report chosen: the file is
    # created with no answer the fourth report does not ask.
    window.prefs.set_last_folder(tmp_path)
    wizard = window.new_report()
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(_line(wizard, "wizardParty"), "Arcadia")
    _choose(qtbot, wizard, SELF_ASSESSMENT)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.keyClicks(_line(wizard, "wizard_nfp_name"), "Dr. Ana Silva")
    wizard.button(QWizard.WizardButton.BackButton).click()
    wizard.button(QWizard.WizardButton.BackButton).click()
    assert wizard.currentPage() is wizard.party_page
    _choose(qtbot, wizard, FOURTH_REPORT)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page
    request = wizard.request()
    assert (request.form_id, request.answers) == (FOURTH_REPORT, {})
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert window.session is not None and window.session.report.form.id == FOURTH_REPORT


@pytest.fixture
def french_interface(app: QApplication) -> Iterator[None]:
    """The interface in French for one test, English again afterwards."""
    apply_language("fr")
    yield
    apply_language("en")


def test_a_party_found_by_typing_part_of_its_french_name_is_recorded(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, french_interface: None
) -> None:
    window.prefs.set_last_folder(tmp_path)
    wizard = window.new_report()
    qtbot.waitExposed(wizard)
    chooser = wizard.party_page.party
    names = [chooser.combo.itemText(row) for row in range(chooser.combo.count())]
    assert len(names) == 173
    # In French alphabetical order: accented initials among their letters, not after Z.
    assert names.index("Djibouti") < names.index("Égypte") < names.index("Espagne") < names.index("Zimbabwe")
    line = _line(wizard, "wizardParty")
    qtbot.keyClicks(line, "llema")
    popup = chooser.combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert offered == ["Allemagne"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert line.text() == "Allemagne"
    assert chooser.party() is not None and chooser.party().code == "DE"  # type: ignore[union-attr]
    assert not chooser.note.isVisible()
    _next(qtbot, wizard)
    language = wizard.findChild(QComboBox, "wizardLanguage")
    assert language is not None
    language.setCurrentIndex(language.findData("en"))
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    session = window.session
    assert session is not None
    assert session.report.info.party == "Germany"  # the Party's name in the report's language
    assert session.report.path.name == "Allemagne - rapport national.bsr"  # named in the interface language
    assert window.windowTitle().startswith("Allemagne – ")  # shown in the interface language


def test_a_name_that_is_not_a_partys_is_allowed_said_so_and_kept_as_typed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.prefs.set_last_folder(tmp_path)
    wizard = window.new_report()
    qtbot.waitExposed(wizard)
    chooser = wizard.party_page.party
    line = _line(wizard, "wizardParty")
    qtbot.keyClicks(line, "Republic of")  # still on its way to "Republic of Korea": nothing said yet
    assert not chooser.note.isVisible()
    qtbot.keyClicks(line, " Arcadia")
    assert chooser.party() is None
    assert chooser.note.isVisible() and "is not in the list of Parties" in chooser.note.text()
    assert "Republic of Arcadia" in chooser.note.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _next(qtbot, wizard)
    language = wizard.findChild(QComboBox, "wizardLanguage")
    assert language is not None
    language.setCurrentIndex(language.findData("fr"))
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert window.session is not None and window.session.report.info.party == "Republic of Arcadia"


def test_an_old_report_with_a_party_typed_in_another_language_shows_it_in_the_interface_language(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path, french_interface: None,
    open_in: Callable[[MainWindow, Path], ReportSession],
) -> None:
    typed = tmp_path / "typed.bsr"
    Report.create(typed, party="germany ", form=installed_questionnaire(FOURTH_REPORT)).close()
    free = tmp_path / "free.bsr"
    Report.create(free, party="Republic of Arcadia", form=installed_questionnaire(FOURTH_REPORT)).close()
    window = make_window()
    open_in(window, typed)
    assert window.windowTitle().startswith("Allemagne – ")
    assert window.session is not None and window.session.report.info.party == "germany"  # the file unchanged
    open_in(window, free)
    assert window.windowTitle().startswith("Republic of Arcadia – ")


def test_the_period_of_a_new_self_assessment_defaults_to_the_years_of_its_plan(
    qtbot: QtBot, window: MainWindow
) -> None:
    wizard = window.new_report()
    qtbot.keyClicks(_line(wizard, "wizardParty"), "Arcadia")
    _choose(qtbot, wizard, SELF_ASSESSMENT)
    _next(qtbot, wizard)
    start = wizard.findChild(QDateEdit, "wizard_period_start")
    end = wizard.findChild(QDateEdit, "wizard_period_end")
    assert start is not None and end is not None
    assert installed_questionnaire(SELF_ASSESSMENT).period == ("2011-01-01", "2020-12-31")
    assert (start.date().toPython(), end.date().toPython()) == (dt.date(2011, 1, 1), dt.date(2020, 12, 31))


def test_the_arabic_wizard_s_cancel_button_reads_as_the_whole_word_the_program_uses_everywhere(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, app: QApplication
) -> None:
    # Qt's Arabic for the wizard's Cancel, "ألغِ", reads as a cut-off "إلغاء".
    apply_language("ar")
    try:
        window.prefs.set_last_folder(tmp_path)
        wizard = window.new_report()
        qtbot.waitExposed(wizard)
        assert wizard.button(QWizard.WizardButton.CancelButton).text() == "إلغاء"
        wizard.reject()
    finally:
        apply_language("en")
