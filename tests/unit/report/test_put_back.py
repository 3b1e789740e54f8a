"""Putting answers back exactly as they were: the way back from an import, and forward again (small form)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bsreporter.errors import AnswerError, ReportError
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report, Source


def _state(report: Report) -> dict[str, tuple[object, object, bool, str]]:
    return {q: (a.value, a.special, a.needs_review, a.author) for q, a in report.answers().items() if not a.is_blank}


def test_put_back_restores_values_review_flags_authors_and_previous_answers(small_report: Report) -> None:
    report = small_report
    report.set_answer("contact_name", "Dr. Okafor")
    report.set_answers(
        {"contact_title": "Head"},
        source=Source.IMPORTED,
        needs_review=True,
        keep_as_previous=True,
        source_detail="r2.xlsx",
        authors={"contact_title": "Li Wei"},
    )
    before_answers = {q: report.answer(q) for q in ("contact_name", "contact_title", "has_law")}
    before_state, before_previous = _state(report), report.previous_answers()

    report.set_answers(
        {"contact_name": "Dr. A. Okafor", "contact_title": "Director", "has_law": "yes"},
        source=Source.IMPORTED,
        needs_review=True,
        keep_as_previous=True,
        source_detail="r3.xlsx",
    )
    assert report.previous_answers()["has_law"][2] == "r3.xlsx"

    changed = report.put_back_answers(
        before_answers,
        source_detail="undo import of r3.xlsx",
        previous={q: before_previous.get(q) for q in before_answers},
    )
    assert changed == 3
    assert _state(report) == before_state
    assert report.previous_answers() == before_previous
    entry = report.history("has_law")[-1]
    assert (entry.source, entry.source_detail, entry.new_value) == (Source.RESTORED, "undo import of r3.xlsx", None)
    assert report.answer("contact_title").author == "Li Wei"  # type: ignore[union-attr]


def test_put_back_refuses_an_unknown_question_and_stores_nothing(small_report: Report) -> None:
    report = small_report
    report.set_answer("contact_name", "Dr. Okafor")
    with pytest.raises(AnswerError):
        report.put_back_answers({"contact_name": None, "no_such_question": None})
    assert report.answer("contact_name").value == "Dr. Okafor"  # type: ignore[union-attr]


def test_put_back_on_a_read_only_report_changes_nothing(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    with Report.create(tmp_path / "r.bsr", party="Arcadia", form=form) as report:
        report.set_answer("contact_name", "Dr. Okafor")
    with Report.open(tmp_path / "r.bsr", read_only=True, form=form) as viewer:
        with pytest.raises(ReportError):
            viewer.put_back_answers({"contact_name": None})
        assert viewer.answer("contact_name").value == "Dr. Okafor"  # type: ignore[union-attr]
