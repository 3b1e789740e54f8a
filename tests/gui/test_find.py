"""Find highlights the matching questions and steps through them; hiding the others is a separate toggle
(on the small form)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.section_page import SectionPage
from bsreporter.gui.session import ReportSession

#: Four questions of the small form mention a contact: two on the first page, then one in each of
#: objectives 1.1 and 2.1.
QUERY = "contact"


def _page(window: MainWindow) -> SectionPage:
    page = window.current_page()
    assert page is not None
    return page


def _marks(page: SectionPage) -> dict[str, str]:
    return {qid: widget.property("findMatch") or "" for qid, widget in page.questions.items()}


def _find(qtbot: QtBot, window: MainWindow, text: str) -> None:
    # The keys typed go to the window with the keyboard, whatever came up while the report opened.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.report_view.find_bar.field
    qtbot.keyClicks(window.report_view.find_bar.field, text)


def test_find_highlights_matches_and_steps_through_them_without_hiding_the_others(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    bar = window.report_view.find_bar
    _find(qtbot, window, QUERY)
    page = _page(window)
    assert window.current_section == "general"
    # Every question of the page is still there; the two that match are marked, the first one as current.
    assert all(not widget.isHidden() for qid, widget in page.questions.items() if session.is_relevant(qid))
    marks = _marks(page)
    assert marks["contact_name"] == "current" and marks["contact_title"] == "match" and marks["email"] == ""
    assert bar.count.text() == "1 of 4"
    assert not page.filter_note.isVisible()
    # Enter steps to the next match, the keyboard staying in the field for the next step.
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 4" and _marks(page)["contact_title"] == "current"
    assert _marks(page)["contact_name"] == "match"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == "3 of 4"
    assert window.current_section == "objective-1.1"  # the next match is on another page: it is shown
    other = _page(window)
    assert _marks(other)["remarks_1_1"] == "current"
    qtbot.waitUntil(lambda: not other.questions["remarks_1_1"].visibleRegion().isEmpty())
    assert QApplication.focusWidget() is bar.field
    # Shift+Enter and Shift+F3 go back, F3 forward; the arrow buttons do the same with the mouse.
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "2 of 4" and window.current_section == "general"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count.text() == "3 of 4"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "2 of 4"
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert bar.count.text() == "4 of 4" and window.current_section == "objective-2.1"
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)  # past the last match: back to the first
    assert bar.count.text() == "1 of 4" and window.current_section == "general"
    qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    assert bar.count.text() == "3 of 4" and window.current_section == "objective-1.1"
    # Escape ends the search where it stood: in the editor of the current match, nothing marked.
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    focus = QApplication.focusWidget()
    assert focus is not None and other.questions["remarks_1_1"].isAncestorOf(focus)
    assert set(_marks(other).values()) == {""}


def test_stepping_from_a_page_without_a_match_goes_to_the_next_page_that_has_one(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    window.go_to_section("objective-1.2")
    _find(qtbot, window, QUERY)
    assert window.report_view.find_bar.count.text() == "4 found"  # none here: nothing current yet
    qtbot.keyClick(window.report_view.find_bar.field, Qt.Key.Key_Return)
    assert window.current_section == "objective-2.1" and window.report_view.find_bar.count.text() == "4 of 4"


def test_the_filter_toggle_hides_the_questions_that_do_not_match(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    bar = window.report_view.find_bar
    _find(qtbot, window, QUERY)
    page = _page(window)
    assert bar.only_matching.isVisible() and not bar.only_matching.isChecked()
    qtbot.mouseClick(bar.only_matching, Qt.MouseButton.LeftButton, pos=bar.only_matching.rect().center())
    assert bar.only_matching.isChecked()
    shown = [qid for qid, widget in page.questions.items() if not widget.isHidden()]
    assert shown == ["contact_name", "contact_title"]
    assert page.filter_note.isVisible()
    # Another page shown while the toggle is on is filtered too.
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert [qid for qid, w in _page(window).questions.items() if not w.isHidden()] == ["remarks_1_1"]
    bar.only_matching.setChecked(False)
    assert not _page(window).filter_note.isVisible()
    assert len([w for w in _page(window).questions.values() if not w.isHidden()]) > 1


def test_the_list_of_matches_shows_every_row_whole_in_a_narrow_window(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    # A match's text wider than the list used to add a sideways scroll bar that took the room of the list's
    # rows: with one match, the person saw a bare scroll bar instead of the question found. The real
    # questionnaires' questions run to several hundred characters; the small form's are short, so the list is
    # made narrower than its rows here instead.
    bar = window.report_view.find_bar
    _find(qtbot, window, QUERY)
    results = bar.results
    qtbot.waitUntil(results.isVisible)
    assert results.count() == 4
    results.setFixedWidth(results.sizeHintForColumn(0) // 2)
    qtbot.waitUntil(lambda: results.width() < results.sizeHintForColumn(0))
    assert not results.horizontalScrollBar().isVisible()
    shown = results.viewport().rect()
    for row in range(results.count()):  # each row whole in height (its text is cut short in width, with "…")
        rect = results.visualItemRect(results.item(row))
        assert shown.top() <= rect.top() and rect.bottom() <= shown.bottom(), results.item(row).text()
