"""Completeness is computed from the form and the answers, per question and rolled up (on the small form)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.report.completeness import Status, check_completeness
from bsreporter.report.store import Report, Source


def _status(report: Report, question_id: str) -> Status:
    return check_completeness(report.form, report.answers()).questions[question_id].status


def test_empty_report_blocks_on_every_required_relevant_question(
    small_report: Report, small_form: Questionnaire
) -> None:
    form = small_form
    report = small_report
    result = check_completeness(form, report.answers())
    assert not result.is_complete
    blocking = {b.question_id for b in result.blockers}
    assert "contact_name" in blocking and "party" not in blocking  # party was set when the report was created
    assert "remarks_1_1" not in blocking  # optional
    assert result.questions["law_count"].status is Status.NOT_RELEVANT  # follow-up of an unanswered question
    assert result.report.required == sum(1 for s in result.questions.values() if s.counts)


def test_follow_up_becomes_relevant_and_required_when_parent_says_yes(small_report: Report) -> None:
    report = small_report
    assert _status(report, "law_count") is Status.NOT_RELEVANT
    report.set_answer("has_law", "yes")
    assert _status(report, "law_count") is Status.MISSING
    report.set_answer("law_count", 2)
    assert _status(report, "law_count") is Status.ANSWERED


def test_follow_up_hidden_when_parent_answer_is_no(small_report: Report) -> None:
    report = small_report
    report.set_answer("has_law", "yes")
    report.set_answer("law_count", 2)
    report.set_answer("has_law", "no")
    assert _status(report, "law_count") is Status.NOT_RELEVANT


def test_special_answers_count_as_done_and_are_reported_as_such(small_report: Report) -> None:
    report = small_report
    report.set_answer("staff_trained", SpecialAnswer.NOT_AVAILABLE)
    result = check_completeness(report.form, report.answers())
    assert result.questions["staff_trained"].status is Status.NOT_AVAILABLE
    assert not result.questions["staff_trained"].blocks


def test_carried_over_answer_blocks_until_confirmed(small_report: Report) -> None:
    report = small_report
    report.set_answer("contact_name", "Dr. Okafor", source=Source.CARRIED_OVER)
    assert _status(report, "contact_name") is Status.NEEDS_REVIEW
    report.confirm_answer("contact_name")
    assert _status(report, "contact_name") is Status.ANSWERED


def test_cross_question_constraint_makes_an_earlier_answer_invalid(small_report: Report) -> None:
    report = small_report
    report.set_answer("period_start", "2015-01-01")
    report.set_answer("period_end", "2019-01-01")
    # Setting the start after the end is refused; answers put back unchecked (from an older
    # file, say) can still break the rule, and completeness shows both dates as invalid.
    start = report.answer("period_start")
    assert start is not None
    report.put_back_answers({"period_start": dataclasses.replace(start, value=dt.date(2020, 1, 1))})
    result = check_completeness(report.form, report.answers())
    assert result.questions["period_end"].status is Status.INVALID
    assert "after its start" in result.questions["period_end"].detail
    assert result.questions["period_start"].status is Status.INVALID


def test_table_with_missing_required_cell_is_invalid(small_report: Report) -> None:
    report = small_report
    report.set_answer("has_law", "yes")
    report.set_answer("law_list", [{"law_title": "Act"}])
    status = check_completeness(report.form, report.answers()).questions["law_list"]
    assert status.status is Status.INVALID and "row 1" in status.detail
    # The cell is named by its column's label ("Type"), never by the column's id.
    assert "column 'Kind'" in status.detail and "law_kind" not in status.detail


def test_roll_up_to_indicator_objective_focal_area_and_report(small_report: Report, small_form: Questionnaire) -> None:
    form = small_form
    report = small_report
    before = check_completeness(form, report.answers())
    report.set_answer("needs_assessed", "yes")
    after = check_completeness(form, report.answers())
    indicator = next(i for i in form.question("needs_assessed").indicator_ids)
    assert after.indicators[indicator].done == before.indicators[indicator].done + 1
    assert after.sections["objective-1.2"].done == before.sections["objective-1.2"].done + 1
    assert after.focal_areas[1].done == before.focal_areas[1].done + 1
    assert after.report.done == before.report.done + 1
    assert len(after.blockers) == len(before.blockers) - 1


def test_fully_answered_report_is_complete(small_report: Report, small_form: Questionnaire) -> None:
    """Answer every relevant required question with a valid value: the report is complete."""
    form = small_form
    report = small_report
    answers = _complete_answers(form)
    for question_id, value in answers.items():
        report.set_answer(question_id, value)
    result = check_completeness(form, report.answers())
    assert [(b.question_id, b.status, b.detail) for b in result.blockers] == []
    assert result.is_complete and result.report.percent == 100.0


def _complete_answers(form: Questionnaire) -> dict[str, object]:
    """A simple valid answer for every question, choosing 'no'-like options to keep follow-ups hidden."""
    from bsreporter.form.model import QuestionType

    answers: dict[str, object] = {}
    for q in form.iter_questions():
        match q.type:
            case QuestionType.TEXT:
                answers[q.id] = "Described in the annex."
            case QuestionType.INTEGER:
                answers[q.id] = 5 if q.id.endswith("count") else 0
            case QuestionType.DECIMAL:
                answers[q.id] = 50.0
            case QuestionType.DATE:
                answers[q.id] = {"period_start": dt.date(2015, 1, 1)}.get(q.id, dt.date(2019, 12, 31))
            case QuestionType.URL:
                answers[q.id] = "https://example.org"
            case QuestionType.EMAIL:
                answers[q.id] = "nfp@example.org"
            case QuestionType.SELECT_ONE:
                assert q.choices is not None
                answers[q.id] = q.choices.values[-1]
            case QuestionType.SELECT_MULTIPLE:
                assert q.choices is not None
                answers[q.id] = [q.choices.values[0]]
            case QuestionType.TABLE:
                answers[q.id] = [{c.name: _cell(c) for c in q.columns}]
    return answers


def _cell(column: object) -> object:
    from bsreporter.form.model import Column, QuestionType

    assert isinstance(column, Column)
    return {
        QuestionType.TEXT: "Entry",
        QuestionType.INTEGER: 2015,
        QuestionType.URL: "https://example.org",
        QuestionType.DATE: dt.date(2016, 1, 1),
        QuestionType.DECIMAL: 1.0,
    }.get(column.type, column.choices.values[0] if column.choices else None)


def test_why_an_answer_is_not_valid_can_be_said_in_the_persons_language(small_report: Report) -> None:
    report = small_report
    report.set_answer("period_start", "2015-01-01")
    report.set_answer("period_end", "2019-01-01")
    report.set_answer("has_law", "yes")
    report.set_answer("law_list", [{"law_title": "Act"}])
    report.set_answer("contact_name", "Ana")
    start, name = report.answer("period_start"), report.answer("contact_name")
    assert start is not None and name is not None
    # Answers put back unchecked (from an older file, say): a date after the end, a special answer the
    # question does not take.
    report.put_back_answers({"period_start": dataclasses.replace(start, value=dt.date(2020, 1, 1)),
                             "contact_name": dataclasses.replace(name, value=None,
                                                                 special=SpecialAnswer.NOT_APPLICABLE)})
    questions = check_completeness(report.form, report.answers()).questions
    # the form's own message, in the form's languages
    assert questions["period_end"].detail_text("fr") == "La fin doit suivre le début."
    # the program's messages, in any UN language; the English detail stays for the command line
    assert questions["contact_name"].detail == "'Not applicable' is no longer allowed for this question"
    assert questions["contact_name"].detail_text("ar") == "لم يعد «لا ينطبق» مسموحًا به لهذا السؤال"
    assert "column 'Kind'" in questions["law_list"].detail
    assert questions["law_list"].detail_text("fr") == ("question 1.1.3, ligne 1, colonne « Nature » est vide ; "
                                                       "chaque ligne doit la remplir.")
