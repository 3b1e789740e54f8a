"""Rules live: follow-ups appear and disappear, and a value that does not fit is refused inline, not stored
(on the small form)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.section_page import SectionPage
from bsreporter.gui.session import ReportSession


def _page(window: MainWindow, section_id: str) -> SectionPage:
    window.go_to_section(section_id)
    page = window.current_page()
    assert page is not None
    return page


def test_follow_up_appears_when_parent_says_yes_and_hides_again_on_no(
    window: MainWindow, small_session: ReportSession
) -> None:
    page = _page(window, "objective-1.1")
    follow_up = page.questions["law_count"]
    assert follow_up.isHidden()
    page.questions["has_law"].editor.buttons["yes"].click()
    assert not follow_up.isHidden()
    page.questions["has_law"].editor.buttons["no"].click()
    assert follow_up.isHidden()


def test_follow_up_of_a_hidden_follow_up_stays_hidden(window: MainWindow, small_session: ReportSession) -> None:
    page = _page(window, "objective-1.2")
    assert page.questions["needs_other"].isHidden()
    areas = page.questions["needs_areas"].editor
    areas.boxes["other"].click()
    assert not page.questions["needs_other"].isHidden()
    areas.boxes["other"].click()
    assert page.questions["needs_other"].isHidden()


def test_value_breaking_the_constraint_is_refused_inline_and_not_stored(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    page = _page(window, "objective-1.1")
    page.questions["has_law"].editor.buttons["yes"].click()
    widget = page.questions["law_count"]
    widget.editor.focus_editor()
    qtbot.keyClicks(widget.editor.focus_target(), "0")  # the form wants 1 or more
    qtbot.keyClick(widget.editor.focus_target(), Qt.Key.Key_Return)
    assert session.report.answer("law_count") is None
    assert widget.message.isVisible()
    assert "One or more." in widget.message.text()
    assert window.save_label.text().startswith("Not saved:")
    # Fixing the entry stores it and the message goes away.
    qtbot.keyClick(widget.editor.focus_target(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget.editor.focus_target(), "3")
    qtbot.keyClick(widget.editor.focus_target(), Qt.Key.Key_Return)
    stored = session.report.answer("law_count")
    assert stored is not None and stored.value == 3
    assert not widget.message.isVisible()
    assert window.save_label.text() == "All changes saved"


def test_mistyped_web_address_is_refused_with_the_reason(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    session.change_answer("needs_assessed", "yes")
    window.go_to_question("needs_url")
    page = window.current_page()
    assert page is not None
    widget = page.questions["needs_url"]
    qtbot.keyClicks(widget.editor.focus_target(), "www.example.org/law")
    qtbot.keyClick(widget.editor.focus_target(), Qt.Key.Key_Return)
    assert session.report.answer("needs_url") is None
    assert "must start with http:// or https://" in widget.message.text()
    assert widget.editor.value() == "www.example.org/law"  # the entry stays to be corrected


def test_required_questions_are_marked(window: MainWindow, small_session: ReportSession) -> None:
    page = _page(window, "general")
    assert "*" in page.questions["contact_name"].title.text()
    assert "*" not in page.questions["phone"].title.text()
    assert page.questions["contact_name"].editor.accessibleName().endswith("(required)")


def test_answer_made_invalid_by_another_answer_is_flagged(window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    session.change_answer("staff_trained", 5)
    session.change_answer("staff_certified", 3)
    session.change_answer("staff_trained", 2)  # now fewer trained than certified
    window.go_to_question("staff_certified")
    page = window.current_page()
    assert page is not None
    message = page.questions["staff_certified"].message
    assert message.isVisible()
    assert "No more than the number trained." in message.text()


def test_a_start_after_the_stored_end_is_refused(window: MainWindow, small_session: ReportSession) -> None:
    session = small_session
    session.change_answer("period_start", "2015-01-01")
    session.change_answer("period_end", "2019-12-31")
    refusal = session.change_answer("period_start", "2020-06-01")  # would put the start after the end
    assert refusal is not None and "must come before its end" in refusal
    stored = session.report.answer("period_start")
    assert stored is not None and stored.value.isoformat() == "2015-01-01"
    page = _page(window, "general")
    assert not page.questions["period_end"].message.isVisible()
