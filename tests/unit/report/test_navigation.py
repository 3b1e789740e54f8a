"""Moving around a report: neighbouring sections, the next question still to do, finding questions (small form)."""

from __future__ import annotations

from bsreporter.form.model import Questionnaire
from bsreporter.report.completeness import check_completeness
from bsreporter.report.navigation import adjacent_section, find_questions, next_unanswered, question_matches
from bsreporter.report.store import Report, Source


def _check(report: Report):
    return check_completeness(report.form, report.answers())


def test_adjacent_section_steps_through_general_then_objectives(small_form: Questionnaire) -> None:
    form = small_form
    assert adjacent_section(form, "general", 1) is form.sections[1]
    assert adjacent_section(form, form.sections[1].id, -1) is form.general
    assert adjacent_section(form, "general", -1) is None
    assert adjacent_section(form, form.sections[-1].id, 1) is None


def test_next_unanswered_on_an_empty_report_is_the_first_required_missing_question(small_report: Report) -> None:
    report = small_report
    # "party" was filled in when the report was created.
    question = next_unanswered(report.form, _check(report))
    assert question is not None and question.id == "contact_name"


def test_next_unanswered_skips_answered_optional_and_hidden_questions(small_report: Report) -> None:
    report = small_report
    form = report.form
    # After 1.1.1: 1.1.2 and 1.1.3 are follow-ups of an unanswered question (hidden), 1.1.4 is optional.
    question = next_unanswered(form, _check(report), after="has_law")
    assert question is not None and question.id == "needs_assessed"
    report.set_answer("needs_assessed", "no")
    # 1.2.1 answered, 1.2.2 optional: the next is in objective 2.1.
    question = next_unanswered(form, _check(report), after="has_law")
    assert question is not None and question.id == "staff_trained"


def test_next_unanswered_finds_a_follow_up_once_it_becomes_relevant(small_report: Report) -> None:
    report = small_report
    report.set_answer("has_law", "yes")
    question = next_unanswered(report.form, _check(report), after="has_law")
    assert question is not None and question.id == "law_count"


def test_next_unanswered_jumps_across_sections_and_wraps_around(small_report: Report) -> None:
    report = small_report
    form = report.form
    last_of_first_objective = form.sections[1].questions[-1]  # optional "further details"
    found = next_unanswered(form, _check(report), after=last_of_first_objective.id)
    assert found is not None and found.section_id == form.sections[2].id
    last = list(form.iter_questions())[-1]
    found = next_unanswered(form, _check(report), after=last.id)
    assert found is not None and found.id == "contact_name"  # wrapped to General information


def test_next_unanswered_starts_at_the_top_of_a_section(small_report: Report) -> None:
    report = small_report
    form = report.form
    section = form.sections[2]
    found = next_unanswered(form, _check(report), section_id=section.id)
    assert found is not None and found.section_id == section.id and found is section.questions[0]


def test_next_unanswered_includes_carried_over_answers_awaiting_review(small_report: Report) -> None:
    report = small_report
    report.set_answer("contact_name", "Dr. Okafor", source=Source.CARRIED_OVER)
    found = next_unanswered(report.form, _check(report), after="party")
    assert found is not None and found.id == "contact_name"
    report.confirm_answer("contact_name")
    found = next_unanswered(report.form, _check(report), after="party")
    assert found is not None and found.id == "contact_title"


def test_next_unanswered_is_none_when_nothing_blocks(small_form: Questionnaire) -> None:
    form = small_form
    complete = check_completeness(form, {})
    nothing = type(complete)(
        questions={}, indicators={}, sections={}, objectives={}, focal_areas={}, report=complete.report,
        blockers=()
    )
    assert next_unanswered(form, nothing) is None


def test_find_by_number_prefix_finds_the_questions_of_an_objective(small_form: Questionnaire) -> None:
    form = small_form
    found = find_questions(form, "1.1", "en")
    assert [q.number for q in found] == [q.number for q in form.sections[1].questions]
    assert [q.id for q in find_questions(form, "1.1.3", "en")] == ["law_list"]
    assert [q.number for q in find_questions(form, "g.2", "en")] == ["G.2"]


def test_find_by_words_in_any_order_ignoring_case_and_accents(small_form: Questionnaire) -> None:
    form = small_form
    found = [q.id for q in find_questions(form, "LAW many how", "en")]
    assert found[0] == "law_count"
    assert "has_law" not in found  # holds "law" but not "how many"
    assert question_matches(form.question("email"), "e-mail", ["en"])
    assert not question_matches(form.question("email"), "telephone", ["en"])
    assert question_matches(form.question("email"), "É-MAIL", ["en"])  # accents fold away


def test_find_searches_the_chosen_language_and_english(small_form: Questionnaire) -> None:
    form = small_form
    french = find_questions(form, "combien de lois", "fr")
    assert "law_count" in {q.id for q in french}
    assert find_questions(form, "combien de lois", "en") == ()
    assert "law_count" in {q.id for q in find_questions(form, "how many laws", "fr")}


def test_find_with_blank_query_finds_nothing(small_form: Questionnaire) -> None:
    form = small_form
    assert find_questions(form, "   ", "en") == ()
