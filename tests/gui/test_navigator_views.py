"""The navigator's two views of a report: by the form's sections, and by focal area and operational objective."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.gui.completeness_panel import QUESTION_ROLE
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.navigator import SECTION_ROLE, NavigatorModel, View, plan_page
from bsreporter.gui.session import ReportSession
from bsreporter.gui.settings import Preferences
from bsreporter.report.store import Report

Opener = Callable[[MainWindow, Path], ReportSession]


@pytest.fixture(scope="module")
def fourth() -> Questionnaire:
    """The Secretariat's fourth national report format."""
    return installed_questionnaire("cpb-nr4-2019")


@pytest.fixture
def fourth_path(tmp_path: Path, fourth: Questionnaire) -> Path:
    """A new, empty fourth report for Arcadia (closed: the window opens it)."""
    path = tmp_path / "fourth.bsr"
    Report.create(path, party="Republic of Arcadia", form=fourth, author="tester").close()
    return path


@pytest.fixture
def fourth_session(window: MainWindow, fourth_path: Path, open_in: Opener) -> ReportSession:
    """The fourth report, open in the window."""
    return open_in(window, fourth_path)


def _rows(model: NavigatorModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def _objective_row(model: NavigatorModel, objective_id: str) -> QModelIndex:
    return model.index_for_section("plan:" + objective_id)


def test_a_report_opens_by_section_and_switches_to_focal_areas_and_objectives(
    qtbot: QtBot, window: MainWindow, fourth: Questionnaire, fourth_session: ReportSession
) -> None:
    model = window.report_view.navigator.model()
    assert isinstance(model, NavigatorModel)
    assert [row.data(SECTION_ROLE) for row in _rows(model)] == [s.id for s in fourth.sections]
    assert window.current_section == "General"

    qtbot.mouseClick(window.report_view.view_switch.buttons[View.PLAN], Qt.MouseButton.LeftButton)

    focal_areas = _rows(model)
    assert len(focal_areas) == 5
    assert [row.data(SECTION_ROLE) for row in _rows(model, focal_areas[0])] == [
        "plan:" + o.id for o in fourth.focal_areas[0].objectives
    ]
    assert window.current_section is not None and window.current_section.startswith("plan:")
    assert window.view_actions[View.PLAN].isChecked()
    window.report_view.navigator.setFocus()
    qtbot.keyClick(window.report_view.navigator, Qt.Key.Key_Down)  # choosing a row with the keyboard opens the objective
    assert window.current_section == window.report_view.navigator.currentIndex().data(SECTION_ROLE)

    window.view_actions[View.SECTIONS].trigger()
    assert window.current_section in {s.id for s in fourth.sections}
    assert window.report_view.view_switch.buttons[View.SECTIONS].isChecked()


def test_the_view_chosen_is_remembered_for_the_next_report_opened(
    qtbot: QtBot, make_window: Callable[[], MainWindow], fourth_path: Path, open_in: Opener
) -> None:
    first = make_window()
    open_in(first, fourth_path)
    first.report_view.set_view(View.PLAN)
    first.close()
    assert Preferences().navigator_view() == "plan"

    again = make_window()
    open_in(again, fourth_path)
    assert again.report_view.view is View.PLAN
    assert again.current_section == "plan:objective-1.1"
    assert again.report_view.view_switch.buttons[View.PLAN].isChecked()


def test_an_answer_given_on_an_objective_page_is_stored_and_shows_on_its_section_page(
    qtbot: QtBot, window: MainWindow, fourth: Questionnaire, fourth_session: ReportSession
) -> None:
    window.report_view.set_view(View.PLAN)
    window.go_to_section("plan:objective-4.1")  # Q014 informs objectives 1.1 and 4.1
    on_plan = window.report_view.pages["plan:objective-4.1"].questions["Q014"]
    window.go_to_section("plan:objective-1.1")
    also_on_plan = window.report_view.pages["plan:objective-1.1"].questions["Q014"]

    also_on_plan.editor.buttons["implementation.partiallyInPlace"].click()  # type: ignore[attr-defined]

    stored = fourth_session.report.answer("Q014")
    assert stored is not None and stored.value == "implementation.partiallyInPlace"
    assert on_plan.editor.value() == "implementation.partiallyInPlace"  # the other objective's page too
    window.go_to_question("Q014")
    assert window.current_section == "plan:objective-1.1"  # the page shown holds it: no jump
    window.report_view.set_view(View.SECTIONS)
    assert window.current_section == fourth.section_of["Q014"].id == "Article2"
    assert window.current_page().questions["Q014"].editor.value() == "implementation.partiallyInPlace"  # type: ignore[union-attr]


def test_text_typed_on_an_objective_page_is_stored_when_the_view_is_switched(
    qtbot: QtBot, window: MainWindow, fourth: Questionnaire, fourth_session: ReportSession
) -> None:
    window.report_view.set_view(View.PLAN)
    window.go_to_section("plan:objective-1.9")
    widget = window.current_page().questions["Q026"]  # type: ignore[union-attr]
    widget.focus_editor()
    qtbot.keyClicks(QApplication.focusWidget(), "Contained use is regulated by decree 12/2018.")

    window.report_view.view_switch.buttons[View.SECTIONS].click()

    assert window.current_section == "Article6"  # the page of the question being typed
    stored = fourth_session.report.answer("Q026")
    assert stored is not None and "decree 12/2018" in str(stored.value)
    assert window.current_page().questions["Q026"].editor.value() == stored.value  # type: ignore[union-attr]


def test_objective_rows_show_the_progress_of_the_questions_that_inform_them(
    qtbot: QtBot, window: MainWindow, fourth: Questionnaire, fourth_session: ReportSession
) -> None:
    window.report_view.set_view(View.PLAN)
    model = window.report_view.navigator_model
    assert model is not None

    def shown(objective_id: str) -> str:
        return str(_objective_row(model, objective_id).siblingAtColumn(1).data())

    for objective in fourth.objectives:
        progress = fourth_session.completeness.objectives[objective.id]
        assert shown(objective.id) == (f"{progress.done}/{progress.required}" if progress.required else "–")
    before = fourth_session.completeness.objectives["objective-1.1"]
    window.go_to_section("plan:objective-1.1")
    window.current_page().questions["Q014"].editor.buttons["implementation.none"].click()  # type: ignore[union-attr]
    after = fourth_session.completeness.objectives["objective-1.1"]
    assert after.done == before.done + 1
    assert shown("objective-1.1") == f"{after.done}/{after.required}"
    focal_area = fourth_session.completeness.focal_areas[1]
    assert model.index(0, 1).data() == f"{focal_area.done}/{focal_area.required}"


def test_an_objective_no_question_informs_shows_why_its_indicators_are_measured_elsewhere(
    window: MainWindow, fourth: Questionnaire, fourth_session: ReportSession
) -> None:
    assert not fourth.informing["objective-1.4"]
    window.go_to_section("plan:objective-1.4")
    page = window.current_page()
    assert page is not None and not page.questions and page.elsewhere is not None
    text = page.elsewhere.text()
    for indicator in fourth.focal_areas[0].objectives[3].indicators:
        assert indicator.id in text
        assert fourth.measured_elsewhere[indicator.id].get("en")[:40] in text
    assert window.report_view.navigator_model is not None
    assert _objective_row(window.report_view.navigator_model, "objective-1.4").siblingAtColumn(1).data() == "–"

    panel = window.report_view.completeness_panel.model  # the completeness panel lists such an indicator with its reason
    assert panel is not None
    indicators = panel.index(1, 0)
    row = next(
        panel.index(r, 0, indicators)
        for r in range(panel.rowCount(indicators))
        if str(panel.index(r, 0, indicators).data()).startswith("1.4.a ")
    )
    assert row.siblingAtColumn(1).data() == "–"
    assert panel.rowCount(row) == 1
    reason = panel.index(0, 0, row)
    assert reason.data(QUESTION_ROLE) is None  # nothing to go to
    assert reason.data() == "Measured elsewhere: " + fourth.measured_elsewhere["1.4.a"].get("en")


def test_an_objective_page_keeps_lead_ins_and_follow_ups_of_its_questions(
    window: MainWindow, fourth: Questionnaire, fourth_session: ReportSession
) -> None:
    page_section = plan_page(fourth, fourth.objectives[[o.id for o in fourth.objectives].index("objective-4.1")])
    shown = [q.id for q in page_section.questions]
    assert [q.id for q in fourth.informing["objective-4.1"]] == [q for q in shown if "__" not in q and q != "Q019_adq"]
    assert "Q027__true_some" in shown  # the detail box of one of Q027's choices comes with Q027
    window.go_to_section("plan:objective-4.1")
    page = window.current_page()
    assert page is not None and "Q032_b" in page.questions and "Q032_a" not in page.questions
    lead_ins = [label.text() for label in page.findChildren(QLabel) if label.objectName() == "groupLeadIn"]
    assert any(text.startswith("32  ") for text in lead_ins)  # 32b reads after the lead-in of 32
    sections = [label.text() for label in page.findChildren(QLabel) if label.objectName() == "sectionLeadIn"]
    assert fourth.nodes["Article2"].title.get("en") in sections


def test_going_to_a_question_stays_in_the_plan_view_unless_it_informs_no_objective(
    qtbot: QtBot, window: MainWindow, fourth: Questionnaire, fourth_session: ReportSession
) -> None:
    window.report_view.set_view(View.PLAN)
    window.go_to_section("plan:objective-2.1")

    window.report_view.go_to_next_unanswered()
    place = window.current_section
    assert place is not None and place.startswith("plan:")
    focused = window.current_page().focused_question()  # type: ignore[union-attr]
    assert focused is not None and fourth_session.completeness.questions[focused].blocks

    panel = window.report_view.completeness_panel
    model = panel.model
    assert model is not None
    informing = {q.id for o in fourth.objectives for q in fourth.informing[o.id]}
    blockers = model.index(0, 0)
    row = next(
        model.index(row, 0, blockers)
        for row in range(model.rowCount(blockers))
        if model.index(row, 0, blockers).data(QUESTION_ROLE) not in informing
    )
    question_id = row.data(QUESTION_ROLE)
    panel.tree.clicked.emit(row)  # it informs no objective: its section's page, by section
    assert window.report_view.view is View.SECTIONS
    assert window.current_section == fourth.section_of[question_id].id
    assert window.current_page().focused_question() == question_id  # type: ignore[union-attr]


def test_the_self_assessment_says_what_it_is_on_its_first_page(
    window: MainWindow, session: ReportSession, form: Questionnaire
) -> None:
    page = window.current_page()
    assert page is not None and page.section.id == form.general.id
    assert form.about and page.about.text() == form.about.get("en")
    window.report_view.set_view(View.PLAN)
    assert window.current_section == "plan:objective-1.1"
    assert [q.id for q in window.current_page().section.questions] == [  # type: ignore[union-attr]
        q.id for q in form.informing["objective-1.1"]
    ]


def test_going_back_to_an_entry_not_saved_shows_the_page_it_was_typed_on(
    qtbot: QtBot, window: MainWindow, session: ReportSession, shown_messages: Callable[[QWidget], list[QMessageBox]]
) -> None:
    window.report_view.set_view(View.PLAN)
    window.go_to_section("plan:objective-1.6")
    typed_on = window.current_page().questions["hti_shipments_documented_pct"]  # type: ignore[union-attr]
    typed_on.focus_editor()
    field = QApplication.focusWidget()
    qtbot.keyClicks(field, "150")  # a percentage over 100: refused, kept on screen marked "Not saved"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    session.flush_pending()
    assert typed_on.entry_not_saved
    window.report_view.set_view(View.SECTIONS)  # the same question on its section's page shows what the file holds
    assert window.current_section == "objective-1.6"
    assert not window.current_page().questions["hti_shipments_documented_pct"].entry_not_saved  # type: ignore[union-attr]

    window.menu_actions.close.trigger()
    qtbot.waitUntil(lambda: bool(shown_messages(window)))
    (box,) = shown_messages(window)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Go Back to It
    qtbot.waitUntil(lambda: not shown_messages(window))

    assert window.current_section == "plan:objective-1.6"
    assert window.report_view.view is View.PLAN
    assert typed_on.editor.focus_target().hasFocus()


def test_the_view_switch_is_reached_and_used_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, fourth_session: ReportSession
) -> None:
    window.report_view.navigator.setFocus()
    qtbot.keyClick(window.report_view.navigator, Qt.Key.Key_Backtab)  # just before the tree
    focused = QApplication.focusWidget()
    assert focused in window.report_view.view_switch.buttons.values()
    plan = window.report_view.view_switch.buttons[View.PLAN]
    plan.setFocus()
    qtbot.keyClick(plan, Qt.Key.Key_Space)
    assert window.report_view.view is View.PLAN
    assert window.current_section == "plan:objective-1.1"
