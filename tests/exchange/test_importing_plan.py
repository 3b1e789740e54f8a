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


def test_rows_are_classified_new_same_changed_and_rejected(report: Report) -> None:
    report.set_answer("nfp_name", "Dr. Okafor")
    report.set_answer("nfp_title", "Head")
    plan = plan_import(report, _incoming(nfp_name="Dr. Okafor", nfp_title="Director", nfp_organisation="Ministry",
                                         cna_count="two"), source=SOURCE, carried_over=False)
    kinds = {r.question_id: r.kind for r in plan.rows}
    assert kinds == {"nfp_name": RowKind.SAME, "nfp_title": RowKind.CHANGED, "nfp_organisation": RowKind.NEW,
                     "cna_count": RowKind.REJECTED}
    changed = next(r for r in plan.rows if r.question_id == "nfp_title")
    assert changed.current == ("Head", None) and changed.incoming == ("Director", None)


def test_unknown_question_not_allowed_value_and_not_relevant_give_reasons(report: Report) -> None:
    incoming = [
        IncomingAnswer("Sheet1!B3", None, "x", "9.9.9"),
        IncomingAnswer("Sheet1!B4", "cpb_focal_point_designated", "perhaps", "1.1.5"),
        IncomingAnswer("Sheet1!B5", "cna_designated", "no", "1.1.6"),
        IncomingAnswer("Sheet1!B6", "cna_count", 3, "1.1.7"),
    ]
    plan = plan_import(report, incoming, source=SOURCE, carried_over=False)
    reasons = {r.location: (r.kind, r.reason) for r in plan.rows}
    assert reasons["Sheet1!B3"] == (RowKind.REJECTED, "unknown question '9.9.9'")
    assert reasons["Sheet1!B4"][0] is RowKind.REJECTED and "not one of the options" in reasons["Sheet1!B4"][1]
    assert reasons["Sheet1!B5"][0] is RowKind.NEW
    assert reasons["Sheet1!B6"][0] is RowKind.REJECTED and reasons["Sheet1!B6"][1].startswith("not relevant")


def test_planning_changes_nothing(report: Report) -> None:
    before = (report.answers(), report.history())
    plan_import(report, _incoming(nfp_name="X", nfp_title="Y"), source=SOURCE, carried_over=False)
    assert (report.answers(), report.history()) == before


def test_apply_takes_a_snapshot_and_stores_in_one_go(report: Report) -> None:
    report.set_answer("nfp_title", "Head")
    plan = plan_import(report, _incoming(nfp_name="Dr. Okafor", nfp_title="Director",
                                         trained_lab_personnel=SpecialAnswer.NOT_AVAILABLE),
                       source=SOURCE, carried_over=False)
    outcome = apply_import(report, plan)
    assert outcome.changed == 3
    assert outcome.backup.reason is Reason.BEFORE_IMPORT and list_backups(report.path)[0] == outcome.backup
    with Report.open(outcome.backup.path, read_only=True) as snapshot:
        assert snapshot.answer("nfp_title").value == "Head"
    assert report.answer("nfp_title").value == "Director"
    assert report.answer("trained_lab_personnel").special is SpecialAnswer.NOT_AVAILABLE
    entry = report.history("nfp_name")[-1]
    assert (entry.source, entry.source_detail) == (Source.IMPORTED, "colleague.xlsx")
    assert not report.answer("nfp_name").needs_review


def test_apply_only_the_picked_rows(report: Report) -> None:
    plan = plan_import(report, _incoming(nfp_name="Dr. Okafor", nfp_title="Director"), source=SOURCE,
                       carried_over=False)
    apply_import(report, plan, selected=["nfp_title"])
    assert report.answer("nfp_name") is None and report.answer("nfp_title").value == "Director"


def test_rejected_row_cannot_be_applied_and_nothing_is_imported(report: Report) -> None:
    plan = plan_import(report, _incoming(nfp_name="Dr. Okafor", cna_count="two"), source=SOURCE, carried_over=False)
    with pytest.raises(ExchangeError, match="cannot be applied: cna_count"):
        apply_import(report, plan, selected=["nfp_name", "cna_count"])
    assert report.answer("nfp_name") is None


def test_previous_cycle_answers_are_flagged_for_review_and_count_as_incomplete(report: Report) -> None:
    plan = plan_import(report, _incoming(nfp_name="Dr. Okafor"), source=Path("report-2015.xlsx"), carried_over=True)
    apply_import(report, plan)
    assert report.answer("nfp_name").needs_review
    assert check_completeness(report.form, report.answers()).questions["nfp_name"].status is Status.NEEDS_REVIEW
    assert report.previous_answers() == {"nfp_name": ("Dr. Okafor", None, "report-2015.xlsx")}


def test_three_way_classification_against_the_time_the_source_was_made(report: Report,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    clock = itertools.count(1)
    monkeypatch.setattr(store, "_now", lambda: f"2030-01-01T00:00:{next(clock):02d}.000000Z")
    report.set_answers({"nfp_name": "A", "nfp_title": "B", "nfp_organisation": "C"}, source=Source.TYPED)
    at_export = answers_through(report.history(), len(report.history()))
    report.set_answer("nfp_title", "B2")  # changed in the report after the export
    report.set_answer("nfp_organisation", "C2")
    plan = plan_import(report, _incoming(nfp_name="A-colleague", nfp_title="B", nfp_organisation="C-colleague"),
                       source=SOURCE, carried_over=False, base=at_export)
    kinds = {r.question_id: r.kind for r in plan.rows}
    assert kinds == {"nfp_name": RowKind.CHANGED,  # only the colleague changed it
                     "nfp_title": RowKind.SAME,  # only the report changed it: keep the report's
                     "nfp_organisation": RowKind.CONFLICT}  # both changed it
    assert plan.default_selection == {"nfp_name"}


def test_why_a_row_cannot_be_imported_reads_in_the_language_asked_for(report: Report) -> None:
    incoming = [IncomingAnswer("Sheet1!B3", None, None, "9.9.9"),
                IncomingAnswer("Sheet1!B4", "cna_count", "many", "1.1.7")]
    rows = plan_import(report, incoming, source=SOURCE, carried_over=False).rows
    assert rows[0].reason == "unknown question '9.9.9'"
    assert rows[0].reason_in("fr") == "question inconnue « 9.9.9 »"
    assert rows[1].reason_in("es") == "pregunta 1.1.7: «many» no es un número entero."
