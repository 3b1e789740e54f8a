"""Comparing the current answers with the previous cycle's."""

from __future__ import annotations

from bsreporter.form.model import SpecialAnswer
from bsreporter.report.compare import changes_since_previous
from bsreporter.report.store import Report, Source


def test_lists_each_question_whose_answer_differs_from_the_previous_cycle_in_form_order(report: Report) -> None:
    report.set_answers(
        {
            "nfp_name": "Dr. Okafor",
            "nfp_title": "Head",
            "cna_designated": "yes",
            "trained_lab_personnel": SpecialAnswer.NOT_AVAILABLE,
        },
        source=Source.IMPORTED,
        needs_review=True,
        keep_as_previous=True,
        source_detail="r2.bsr",
    )
    assert changes_since_previous(report) == []  # carried over as they were

    report.set_answer("cna_designated", "no")
    report.set_answer("nfp_title", None)
    report.set_answer("trained_lab_personnel", 4)
    report.confirm_answer("nfp_name")  # confirmed unchanged: not a change
    report.set_answer("nfp_email", "a@b.example")  # no previous answer: not compared

    changes = changes_since_previous(report)
    assert [c.question_id for c in changes] == ["nfp_title", "cna_designated", "trained_lab_personnel"]
    by_id = {c.question_id: c for c in changes}
    assert by_id["cna_designated"].previous == ("yes", None) and by_id["cna_designated"].current == ("no", None)
    assert by_id["nfp_title"].current == (None, None)
    assert by_id["trained_lab_personnel"].previous == (None, SpecialAnswer.NOT_AVAILABLE)
    assert by_id["cna_designated"].previous_source == "r2.bsr"
    assert not by_id["cna_designated"].needs_review
    assert by_id["cna_designated"].number == report.form.question("cna_designated").number


def test_a_report_without_previous_answers_has_no_changes(report: Report) -> None:
    report.set_answer("nfp_name", "Dr. Okafor")
    assert changes_since_previous(report) == []
