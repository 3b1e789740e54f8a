"""A page is built a question at a time after its first paint: the window keeps reacting, and the page ends up
as it would have been built all at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.gui.icons import StatusIcon
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.section_page import FIRST_QUESTIONS, SectionPage
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report, Source

WAIT_MS = 10_000


def _shown(page: SectionPage) -> list[str]:
    return [question_id for question_id, widget in page.questions_built.items() if not widget.isHidden()]


def test_a_page_opens_with_its_first_questions_and_takes_the_others_in_later_turns(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    page = window.current_page()
    assert page is not None and page.section.id == "general"
    assert FIRST_QUESTIONS <= len(page.questions_built) < len(page.section.questions)  # the rest is not built yet
    qtbot.waitUntil(lambda: page.built, timeout=WAIT_MS)  # without anyone asking for it
    assert _shown(page) == [q.id for q in page.section.questions]


def test_questions_built_later_keep_their_relevance_answer_and_status(
    qtbot: QtBot, window: MainWindow, small_report_path: Path, small_form: Questionnaire,
    open_in: Callable[[MainWindow, Path], ReportSession],
) -> None:
    with Report.open(small_report_path, form=small_form) as report:
        report.set_answers({"has_law": "in_progress", "law_list": [{"law_title": "Biosafety Act", "law_kind": "law"}]},
                           source=Source.TYPED)
    session = open_in(window, small_report_path)
    window.go_to_section(session.form.section_of["has_law"].id)
    page = window.current_page()
    assert page is not None and not page.built
    qtbot.waitUntil(lambda: page.built, timeout=WAIT_MS)
    # The follow-up asked only after "yes" stays hidden; the table asked after "in progress" shows its row.
    assert _shown(page) == ["has_law", "law_list", "remarks_1_1"]
    assert page.questions_built["law_list"].editor.value() == [{"law_title": "Biosafety Act", "law_kind": "law",
                                                        "law_year": None}]
    assert [page.questions_built[q].icon_kind for q in ("has_law", "law_list")] == [StatusIcon.COMPLETE] * 2


def test_asking_for_the_questions_of_a_page_still_being_built_gives_them_all(
    window: MainWindow, small_session: ReportSession
) -> None:
    page = window.current_page()
    assert page is not None and not page.built
    assert list(page.questions) == [q.id for q in page.section.questions]
    assert page.built and _shown(page) == [q.id for q in page.section.questions]


def test_a_report_closed_while_its_page_is_being_built_is_left_alone(
    window: MainWindow, small_session: ReportSession
) -> None:
    page = window.current_page()
    assert page is not None and not page.built
    window.close_report()
    for _ in range(3):  # turns of the loop before the dropped page is deleted: building on would read the closed file
        QCoreApplication.processEvents()  # (an error raised in one of them fails the test)
    assert shiboken6.isValid(page) and window.session is None
