"""Navigating: navigator, Previous/Next, Next unanswered, completeness blockers and Find all land on the right question
(on the small form)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.gui.completeness_panel import QUESTION_ROLE
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.navigator import SECTION_ROLE
from bsreporter.gui.session import ReportSession


def _focused_question(window: MainWindow) -> str | None:
    page = window.current_page()
    focus = QApplication.focusWidget()
    if page is None or focus is None:
        return None
    return next((qid for qid, widget in page.questions.items() if widget.isAncestorOf(focus)), None)


def test_report_opens_on_general_information_with_its_progress(
    window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    assert window.current_section == "general"
    model = window.report_view.navigator.model()
    first = model.index(0, 0)
    assert first.data(SECTION_ROLE) == "general"
    progress = session.completeness.sections["general"]
    assert model.index(0, 1).data() == f"{progress.done}/{progress.required}"
    assert window.percent_label.text().endswith("% complete")


def test_navigator_row_chosen_with_the_keyboard_shows_its_section(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    window.report_view.navigator.setFocus()
    qtbot.keyClick(window.report_view.navigator, Qt.Key.Key_Down)  # focal area 1 -> its first objective
    assert window.current_section == "objective-1.1"
    qtbot.keyClick(window.report_view.navigator, Qt.Key.Key_Down)
    assert window.current_section == "objective-1.1"
    qtbot.keyClick(window.report_view.navigator, Qt.Key.Key_Down)
    assert window.current_section == "objective-1.2"


def test_previous_and_next_section(window: MainWindow, small_session: ReportSession) -> None:
    window.menu_actions.next_section.trigger()
    assert window.current_section == "objective-1.1"
    window.report_view.next_button.click()
    assert window.current_section == "objective-1.2"
    window.menu_actions.previous_section.trigger()
    window.menu_actions.previous_section.trigger()
    assert window.current_section == "general"
    assert not window.menu_actions.previous_section.isEnabled()
    assert window.report_view.navigator.currentIndex().data(SECTION_ROLE) == "general"


def test_next_unanswered_focuses_the_first_required_missing_question(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    window.menu_actions.next_unanswered.trigger()
    qtbot.waitUntil(lambda: _focused_question(window) == "contact_name")
    session.change_answer("contact_name", "Dr. Ana")
    window.menu_actions.next_unanswered.trigger()
    qtbot.waitUntil(lambda: _focused_question(window) == "contact_title")


def test_next_unanswered_jumps_across_sections(qtbot: QtBot, window: MainWindow, small_session: ReportSession) -> None:
    window.go_to_question("remarks_1_1")  # the last question of 1.1 (optional)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert window.current_section == "objective-1.2"
    qtbot.waitUntil(lambda: _focused_question(window) == "needs_assessed")


def test_clicking_a_blocker_focuses_its_question(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    tree = window.report_view.completeness_panel.tree
    model = tree.model()
    blockers = model.index(0, 0)
    target = None
    for row in range(model.rowCount(blockers)):
        index = model.index(row, 0, blockers)
        if index.data(QUESTION_ROLE) == "needs_assessed":
            target = index
    assert target is not None
    tree.scrollTo(target)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(target).center())
    assert window.current_section == "objective-1.2"
    qtbot.waitUntil(lambda: _focused_question(window) == "needs_assessed")


def test_blockers_list_follows_the_answers(window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    model = window.report_view.completeness_panel.tree.model()
    before = model.rowCount(model.index(0, 0))
    session.change_answer("contact_name", "Dr. Ana")
    assert model.rowCount(model.index(0, 0)) == before - 1
    assert f"{before - 1}" in model.index(0, 0).data()


def test_find_filters_the_page_on_request_and_lists_matches_everywhere(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.report_view.find_bar.isVisible()
    assert QApplication.focusWidget() is window.report_view.find_bar.field
    qtbot.keyClicks(window.report_view.find_bar.field, "e-mail")
    assert window.report_view.find_bar.results.count() == 1
    page = window.current_page()
    assert page is not None
    window.report_view.find_bar.only_matching.setChecked(True)
    shown = [qid for qid, widget in page.questions.items() if not widget.isHidden()]
    assert shown == ["email"]
    assert page.filter_note.isVisible()
    qtbot.keyClick(window.report_view.find_bar.field, Qt.Key.Key_Escape)
    assert not window.report_view.find_bar.isVisible()
    assert not page.questions["contact_name"].isHidden()


def test_find_by_number_jumps_to_another_section(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    window.menu_actions.find.trigger()
    qtbot.keyClicks(window.report_view.find_bar.field, "2.1.1")
    assert window.report_view.find_bar.results.count() == 1
    qtbot.keyClick(window.report_view.find_bar.field, Qt.Key.Key_Return)
    assert window.current_section == "objective-2.1"
    qtbot.keyClick(window.report_view.find_bar.field, Qt.Key.Key_Escape)  # the search ends in the editor of the match
    qtbot.waitUntil(lambda: _focused_question(window) == "staff_trained")


def test_f6_moves_between_navigator_page_and_completeness_panel(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    window.set_completeness_shown(True)  # on a narrow screen (the tests' is 800 pixels wide) it starts hidden
    window.report_view.navigator.setFocus()
    visited: list[QWidget | None] = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(QApplication.focusWidget())
    page = window.current_page()
    assert page is not None and visited[0] is not None and page.isAncestorOf(visited[0])
    assert visited[1] is window.report_view.completeness_panel.tree
    assert visited[2] is window.report_view.navigator


def test_objective_context_can_be_shown_and_is_remembered(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    window.go_to_section("objective-1.1")
    page = window.current_page()
    assert page is not None and page.context is not None and page.context_button is not None
    assert page.context.isHidden()
    page.context_button.click()
    assert page.context.isVisible()
    assert "1.1.a" in page.context.text()
    window.go_to_section("objective-1.2")
    other = window.current_page()
    assert other is not None and other.context is not None and other.context.isVisible()
