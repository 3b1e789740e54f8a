"""Comparing the current answers with the previous cycle's (on the small form)."""

from __future__ import annotations

from bsreporter.form.model import SpecialAnswer
from bsreporter.report.compare import changes_since_previous
from bsreporter.report.store import Report, Source


def test_lists_each_question_whose_answer_differs_from_the_previous_cycle_in_form_order(small_report: Report) -> None:
    report = small_report
    report.set_answers(
        {
            "contact_name": "Dr. Okafor",
            "contact_title": "Head",
            "has_law": "yes",
            "staff_trained": SpecialAnswer.NOT_AVAILABLE,
        },
        source=Source.IMPORTED,
        needs_review=True,
        keep_as_previous=True,
        source_detail="r2.bsr",
    )
    assert changes_since_previous(report) == []  # carried over as they were

    report.set_answer("has_law", "no")
    report.set_answer("contact_title", None)
    report.set_answer("staff_trained", 4)
    report.confirm_answer("contact_name")  # confirmed unchanged: not a change
    report.set_answer("email", "a@b.example")  # no previous answer: not compared

    changes = changes_since_previous(report)
    assert [c.question_id for c in changes] == ["contact_title", "has_law", "staff_trained"]
    by_id = {c.question_id: c for c in changes}
    assert by_id["has_law"].previous == ("yes", None) and by_id["has_law"].current == ("no", None)
    assert by_id["contact_title"].current == (None, None)
    assert by_id["staff_trained"].previous == (None, SpecialAnswer.NOT_AVAILABLE)
    assert by_id["has_law"].previous_source == "r2.bsr"
    assert not by_id["has_law"].needs_review
    assert by_id["has_law"].number == report.form.question("has_law").number


def test_a_report_without_previous_answers_has_no_changes(small_report: Report) -> None:
    report = small_report
    report.set_answer("contact_name", "Dr. Okafor")
    assert changes_since_previous(report) == []
