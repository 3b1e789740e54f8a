"""An untouched workbook imported back into its own report has nothing to do and refuses nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from bsreporter.demo import bundled_demo_path
from bsreporter.exchange import export_xlsx
from bsreporter.exchange.importing import RowKind
from bsreporter.exchange.sources import plan_import_file
from bsreporter.form.model import Questionnaire
from bsreporter.form.rules import RuleEvaluation
from bsreporter.report.store import Report, Source


def _not_relevant_answers(report: Report) -> list[str]:
    rules = RuleEvaluation(report.form, report.values())
    return [qid for qid in report.answers() if not rules.is_relevant(qid)]


def test_a_self_assessment_with_answers_no_longer_asked_round_trips_as_same(small_filled_path: Path,
                                                                             small_form: Questionnaire,
                                                                             tmp_path: Path) -> None:
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        assert _not_relevant_answers(report)  # kept answers of questions an earlier answer no longer asks
        export_xlsx(report, tmp_path / "r.xlsx")
        plan = plan_import_file(report, tmp_path / "r.xlsx")
    assert plan.count(RowKind.REJECTED) == 0
    assert {row.kind for row in plan.rows} == {RowKind.SAME}


def test_the_demo_with_an_answer_no_longer_asked_round_trips_as_same(tmp_path: Path) -> None:
    """The demo a person opens first, in the Secretariat's format: its own workbook comes back unchanged."""
    shutil.copy(bundled_demo_path(), tmp_path / "demo.bsr")
    with Report.open(tmp_path / "demo.bsr") as report:
        assert report.answer("Q016__false_other") is not None
        report.set_answers({"Q016": "true"}, source=Source.TYPED)  # its details box is no longer asked
        assert "Q016__false_other" in _not_relevant_answers(report)
        export_xlsx(report, tmp_path / "demo.xlsx")
        plan = plan_import_file(report, tmp_path / "demo.xlsx")
    assert plan.count(RowKind.REJECTED) == 0 and plan.count(RowKind.CHANGED) == 0
    assert {row.kind for row in plan.rows} == {RowKind.SAME}


def test_a_changed_answer_to_a_question_no_longer_asked_is_still_refused(small_filled_path: Path,
                                                                          small_form: Questionnaire,
                                                                          tmp_path: Path) -> None:
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        question_id = next(qid for qid in _not_relevant_answers(report)
                           if isinstance(report.answer(qid).value, str))  # type: ignore[union-attr]
        export_xlsx(report, tmp_path / "r.xlsx")
        book = openpyxl.load_workbook(tmp_path / "r.xlsx")
        row = next(r for r in book["Report"].iter_rows(min_row=2) if r[8].value == question_id)
        row[4].value = "https://biosafety.arcadia.example/a-new-answer"  # a good answer, had it been asked
        book.save(tmp_path / "edited.xlsx")
        plan = plan_import_file(report, tmp_path / "edited.xlsx")
    refused = [r for r in plan.rows if r.kind is RowKind.REJECTED]
    assert [r.question_id for r in refused] == [question_id]
    assert "not relevant" in refused[0].reason
