"""Import planning and applying, independent of the source format."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bsreporter.errors import ExchangeError
from bsreporter.exchange.common_base import answers_through
from bsreporter.exchange.importing import IncomingAnswer, RowKind, apply_import, plan_import
from bsreporter.form.model import SpecialAnswer
from bsreporter.report import store
from bsreporter.report.backup import Reason, list_backups
from bsreporter.report.completeness import Status, check_completeness
from bsreporter.report.store import Report, Source

SOURCE = Path("colleague.xlsx")


def _incoming(**answers: object) -> list[IncomingAnswer]:
    return [IncomingAnswer(f"Report!E{i}", qid, raw, qid) for i, (qid, raw) in enumerate(answers.items(), start=2)]


def test_rows_are_classified_new_same_changed_and_rejected(small_report: Report) -> None:
    small_report.set_answer("contact_name", "Dr. Okafor")
    small_report.set_answer("contact_title", "Head")
    plan = plan_import(small_report, _incoming(contact_name="Dr. Okafor", contact_title="Director",
                                               remarks_1_1="Ministry", law_count="two"),
                       source=SOURCE, carried_over=False)
    kinds = {r.question_id: r.kind for r in plan.rows}
    assert kinds == {"contact_name": RowKind.SAME, "contact_title": RowKind.CHANGED, "remarks_1_1": RowKind.NEW,
                     "law_count": RowKind.REJECTED}
    changed = next(r for r in plan.rows if r.question_id == "contact_title")
    assert changed.current == ("Head", None) and changed.incoming == ("Director", None)


def test_unknown_question_not_allowed_value_and_not_relevant_give_reasons(small_report: Report) -> None:
    incoming = [
        IncomingAnswer("Sheet1!B3", None, "x", "9.9.9"),
        IncomingAnswer("Sheet1!B4", "needs_assessed", "perhaps", "1.2.1"),
        IncomingAnswer("Sheet1!B5", "has_law", "no", "1.1.1"),
        IncomingAnswer("Sheet1!B6", "law_count", 3, "1.1.2"),  # asked only when there is a law
    ]
    plan = plan_import(small_report, incoming, source=SOURCE, carried_over=False)
    reasons = {r.location: (r.kind, r.reason) for r in plan.rows}
    assert reasons["Sheet1!B3"] == (RowKind.REJECTED, "unknown question '9.9.9'")
    assert reasons["Sheet1!B4"][0] is RowKind.REJECTED and "not one of the options" in reasons["Sheet1!B4"][1]
    assert reasons["Sheet1!B5"][0] is RowKind.NEW
    assert reasons["Sheet1!B6"][0] is RowKind.REJECTED and reasons["Sheet1!B6"][1].startswith("not relevant")


def test_planning_changes_nothing(small_report: Report) -> None:
    before = (small_report.answers(), small_report.history())
    plan_import(small_report, _incoming(contact_name="X", contact_title="Y"), source=SOURCE, carried_over=False)
    assert (small_report.answers(), small_report.history()) == before


def test_apply_takes_a_snapshot_and_stores_in_one_go(small_report: Report) -> None:
    small_report.set_answer("contact_title", "Head")
    plan = plan_import(small_report, _incoming(contact_name="Dr. Okafor", contact_title="Director",
                                         staff_trained=SpecialAnswer.NOT_AVAILABLE),
                       source=SOURCE, carried_over=False)
    outcome = apply_import(small_report, plan)
    assert outcome.changed == 3
    assert outcome.backup.reason is Reason.BEFORE_IMPORT and list_backups(small_report.path)[0] == outcome.backup
    with Report.open(outcome.backup.path, read_only=True) as snapshot:
        assert snapshot.answer("contact_title").value == "Head"
    assert small_report.answer("contact_title").value == "Director"
    assert small_report.answer("staff_trained").special is SpecialAnswer.NOT_AVAILABLE
    entry = small_report.history("contact_name")[-1]
    assert (entry.source, entry.source_detail) == (Source.IMPORTED, "colleague.xlsx")
    assert not small_report.answer("contact_name").needs_review


def test_apply_only_the_picked_rows(small_report: Report) -> None:
    plan = plan_import(small_report, _incoming(contact_name="Dr. Okafor", contact_title="Director"), source=SOURCE,
                       carried_over=False)
    apply_import(small_report, plan, selected=["contact_title"])
    assert small_report.answer("contact_name") is None and small_report.answer("contact_title").value == "Director"


def test_rejected_row_cannot_be_applied_and_nothing_is_imported(small_report: Report) -> None:
    plan = plan_import(small_report, _incoming(contact_name="Dr. Okafor", law_count="two"), source=SOURCE,
                       carried_over=False)
    with pytest.raises(ExchangeError, match="cannot be applied: law_count"):
        apply_import(small_report, plan, selected=["contact_name", "law_count"])
    assert small_report.answer("contact_name") is None


def test_previous_cycle_answers_are_flagged_for_review_and_count_as_incomplete(small_report: Report) -> None:
    plan = plan_import(small_report, _incoming(contact_name="Dr. Okafor"), source=Path("report-2015.xlsx"),
                       carried_over=True)
    apply_import(small_report, plan)
    assert small_report.answer("contact_name").needs_review
    completeness = check_completeness(small_report.form, small_report.answers())
    assert completeness.questions["contact_name"].status is Status.NEEDS_REVIEW
    assert small_report.previous_answers() == {"contact_name": ("Dr. Okafor", None, "report-2015.xlsx")}


def test_three_way_classification_against_the_time_the_source_was_made(small_report: Report,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    clock = itertools.count(1)
    monkeypatch.setattr(store, "_now", lambda: f"2030-01-01T00:00:{next(clock):02d}.000000Z")
    small_report.set_answers({"contact_name": "A", "contact_title": "B", "remarks_1_1": "C"}, source=Source.TYPED)
    at_export = answers_through(small_report.history(), len(small_report.history()))
    small_report.set_answer("contact_title", "B2")  # changed in the small_report after the export
    small_report.set_answer("remarks_1_1", "C2")
    plan = plan_import(small_report,
                       _incoming(contact_name="A-colleague", contact_title="B", remarks_1_1="C-colleague"),
                       source=SOURCE, carried_over=False, base=at_export)
    kinds = {r.question_id: r.kind for r in plan.rows}
    assert kinds == {"contact_name": RowKind.CHANGED,  # only the colleague changed it
                     "contact_title": RowKind.SAME,  # only the small_report changed it: keep the small_report's
                     "remarks_1_1": RowKind.CONFLICT}  # both changed it
    assert plan.default_selection == {"contact_name"}


def test_why_a_row_cannot_be_imported_reads_in_the_language_asked_for(small_report: Report) -> None:
    incoming = [IncomingAnswer("Sheet1!B3", None, None, "9.9.9"),
                IncomingAnswer("Sheet1!B4", "law_count", "many", "1.1.2")]
    rows = plan_import(small_report, incoming, source=SOURCE, carried_over=False).rows
    assert rows[0].reason == "unknown question '9.9.9'"
    assert rows[0].reason_in("fr") == "question inconnue « 9.9.9 »"
    assert rows[1].reason_in("es") == "pregunta 1.1.2: «many» no es un número entero."
