"""Never lose work: every answer is in the file at once, survives closing, and the window remembers its place
(on the small form; right-to-left pages on the installed form, which has Arabic)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bsreporter.form.model import SpecialAnswer
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report

Opener = Callable[[MainWindow, Path], ReportSession]


def test_answers_of_every_kind_are_there_after_reopening(
    qtbot: QtBot, make_window: Callable[[], MainWindow], small_report_path: Path, open_in: Opener
) -> None:
    report_path = small_report_path
    window = make_window()
    session = open_in(window, report_path)
    rows = [{"law_title": "Biosafety Act", "law_kind": "law", "law_year": 2012}]
    entries = {
        "contact_name": "Dr. Ana Silva",
        "remarks_1_1": "12 Riverside Avenue\nArcadia City",
        "email": "nfp@arcadia.example",
        "period_start": dt.date(2015, 1, 1),
        "needs_assessed": "no",
        "has_law": "yes",
        "law_count": 40,
        "law_list": rows,
        "needs_areas": ["training", "other"],
        "staff_share": 62.5,
        "staff_trained": SpecialAnswer.NOT_AVAILABLE,
    }
    for question_id, value in entries.items():
        assert session.change_answer(question_id, value) is None, question_id
    window.close()  # releases the file

    again = make_window()
    reopened = open_in(again, report_path)
    for question_id, value in entries.items():
        answer = reopened.report.answer(question_id)
        assert answer is not None
        assert (answer.special or answer.value) == value, question_id
    again.go_to_question("law_list")
    page = again.current_page()
    assert page is not None
    assert page.questions["law_list"].editor.value()[0]["law_title"] == "Biosafety Act"
    assert page.questions["has_law"].editor.value() == "yes"


def test_text_still_being_typed_is_stored_when_the_window_closes(
    qtbot: QtBot, window: MainWindow, small_report_path: Path, open_in: Opener
) -> None:
    report_path = small_report_path
    open_in(window, report_path)
    window.go_to_question("contact_title")
    page = window.current_page()
    assert page is not None
    qtbot.keyClicks(page.questions["contact_title"].editor.focus_target(), "Head of Division")
    assert window.save_label.text() == "Saving…"
    window.close()
    with Report.open(report_path, read_only=True) as report:
        answer = report.answer("contact_title")
        assert answer is not None and answer.value == "Head of Division"


def test_each_stored_answer_is_committed_before_the_status_says_saved(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_report_path: Path
) -> None:
    report_path = small_report_path
    window.go_to_question("needs_assessed")
    page = window.current_page()
    assert page is not None
    page.questions["needs_assessed"].editor.buttons["yes"].click()
    assert window.save_label.text() == "All changes saved"
    # Another connection (as after a crash) sees the committed row.
    with Report.open(report_path, read_only=True) as reader:
        answer = reader.answer("needs_assessed")
        assert answer is not None and answer.value == "yes"


def test_window_geometry_and_last_section_are_restored(
    qtbot: QtBot, make_window: Callable[[], MainWindow], small_report_path: Path, open_in: Opener
) -> None:
    report_path = small_report_path
    window = make_window()
    window.resize(640, 480)  # within the offscreen screen, which clamps
    open_in(window, report_path)
    window.go_to_section("objective-2.1")
    window.close()

    again = make_window()
    assert (again.width(), again.height()) == (640, 480)
    open_in(again, report_path)
    assert again.current_section == "objective-2.1"


def test_question_language_is_chosen_and_remembered(
    qtbot: QtBot, make_window: Callable[[], MainWindow], small_report_path: Path, open_in: Opener
) -> None:
    report_path = small_report_path
    window = make_window()
    open_in(window, report_path)
    french = next(a for a in window.menu_actions.language_group.actions() if a.data() == "fr")
    assert french.text() == "Français"
    french.trigger()
    page = window.current_page()
    assert page is not None
    assert "Partie" in page.questions["party"].title.text()
    assert window.report_view.navigator.model().index(0, 0).data() == "Informations générales"
    window.close()

    again = make_window()
    open_in(again, report_path)
    assert again.language == "fr"


def test_arabic_pages_read_right_to_left(window: MainWindow, session: ReportSession) -> None:
    window.set_language("ar")
    page = window.current_page()
    assert page is not None
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
