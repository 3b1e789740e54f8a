"""Never lose work: every answer is in the file at once, survives closing, and the window remembers its place."""

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
    qtbot: QtBot, make_window: Callable[[], MainWindow], report_path: Path, open_in: Opener
) -> None:
    window = make_window()
    session = open_in(window, report_path)
    rows = [
        {
            "instrument_title": "Biosafety Act",
            "instrument_type": None,
            "instrument_status": None,
            "year_adopted": 2012,
            "instrument_url": "https://laws.arcadia.example/ba",
        }
    ]
    entries = {
        "nfp_name": "Dr. Ana Silva",
        "nfp_address": "12 Riverside Avenue\nArcadia City",
        "nfp_email": "nfp@arcadia.example",
        "period_start": dt.date(2015, 1, 1),
        "report_language": "fr",
        "nbf_legislation_in_place": "yes",
        "nbf_instruments": rows,
        "nbf_admin_rules_scope": ["contained_use"],
        "trained_customs_officers": 40,
        "hti_shipments_documented_pct": 62.5,
        "trained_lab_personnel": SpecialAnswer.NOT_AVAILABLE,
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
    again.go_to_question("nbf_instruments")
    page = again.current_page()
    assert page is not None
    assert page.questions["nbf_instruments"].editor.value()[0]["instrument_title"] == "Biosafety Act"
    assert page.questions["nbf_legislation_in_place"].editor.value() == "yes"


def test_text_still_being_typed_is_stored_when_the_window_closes(
    qtbot: QtBot, window: MainWindow, report_path: Path, open_in: Opener
) -> None:
    open_in(window, report_path)
    window.go_to_question("nfp_title")
    page = window.current_page()
    assert page is not None
    qtbot.keyClicks(page.questions["nfp_title"].editor.focus_target(), "Head of Division")
    assert window.save_label.text() == "Saving…"
    window.close()
    with Report.open(report_path, read_only=True) as report:
        answer = report.answer("nfp_title")
        assert answer is not None and answer.value == "Head of Division"


def test_each_stored_answer_is_committed_before_the_status_says_saved(
    qtbot: QtBot, window: MainWindow, session: ReportSession, report_path: Path
) -> None:
    window.go_to_question("cpb_focal_point_designated")
    page = window.current_page()
    assert page is not None
    page.questions["cpb_focal_point_designated"].editor.buttons["yes"].click()
    assert window.save_label.text() == "All changes saved"
    # Another connection (as after a crash) sees the committed row.
    with Report.open(report_path, read_only=True) as reader:
        answer = reader.answer("cpb_focal_point_designated")
        assert answer is not None and answer.value == "yes"


def test_window_geometry_and_last_section_are_restored(
    qtbot: QtBot, make_window: Callable[[], MainWindow], report_path: Path, open_in: Opener
) -> None:
    window = make_window()
    window.resize(640, 480)  # within the offscreen screen, which clamps
    open_in(window, report_path)
    window.go_to_section("objective-2.3")
    window.close()

    again = make_window()
    assert (again.width(), again.height()) == (640, 480)
    open_in(again, report_path)
    assert again.current_section == "objective-2.3"


def test_question_language_is_chosen_and_remembered(
    qtbot: QtBot, make_window: Callable[[], MainWindow], report_path: Path, open_in: Opener
) -> None:
    window = make_window()
    open_in(window, report_path)
    chinese = next(a for a in window.menu_actions.language_group.actions() if a.data() == "zh")
    assert chinese.text() == "中文"
    chinese.trigger()
    page = window.current_page()
    assert page is not None
    assert "报告缔约方" in page.questions["party"].title.text()
    assert window.navigator.model().index(0, 0).data() == "一般信息"
    window.close()

    again = make_window()
    open_in(again, report_path)
    assert again.language == "zh"


def test_arabic_pages_read_right_to_left(window: MainWindow, session: ReportSession) -> None:
    window.set_language("ar")
    page = window.current_page()
    assert page is not None
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
