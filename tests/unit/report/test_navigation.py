"""Moving around a report: neighbouring sections, the next question still to do, finding questions."""

from __future__ import annotations

from bsreporter.form.model import Questionnaire
from bsreporter.report.completeness import check_completeness
from bsreporter.report.navigation import adjacent_section, find_questions, next_unanswered, question_matches
from bsreporter.report.store import Report, Source


def _check(report: Report):
    return check_completeness(report.form, report.answers())


def test_adjacent_section_steps_through_general_then_objectives(form: Questionnaire) -> None:
    assert adjacent_section(form, "general", 1) is form.sections[1]
    assert adjacent_section(form, form.sections[1].id, -1) is form.general
    assert adjacent_section(form, "general", -1) is None
    assert adjacent_section(form, form.sections[-1].id, 1) is None


def test_next_unanswered_on_an_empty_report_is_the_first_required_missing_question(report: Report) -> None:
    # "party" was filled in when the report was created.
    question = next_unanswered(report.form, _check(report))
    assert question is not None and question.id == "nfp_name"


def test_next_unanswered_skips_answered_optional_and_hidden_questions(report: Report) -> None:
    form = report.form
    # After 1.1.1: 1.1.2 and 1.1.3 are follow-ups of an unanswered question (hidden), 1.1.4 is next.
    question = next_unanswered(form, _check(report), after="nbf_legislation_in_place")
    assert question is not None and question.id == "nbf_admin_rules_scope"
    scope = form.question("nbf_admin_rules_scope")
    assert scope.choices is not None
    report.set_answer("nbf_admin_rules_scope", [scope.choices.values[0]])
    question = next_unanswered(form, _check(report), after="nbf_legislation_in_place")
    assert question is not None and question.id == "cpb_focal_point_designated"


def test_next_unanswered_finds_a_follow_up_once_it_becomes_relevant(report: Report) -> None:
    report.set_answer("cna_designated", "yes")
    question = next_unanswered(report.form, _check(report), after="cna_designated")
    assert question is not None and question.id == "cna_count"


def test_next_unanswered_jumps_across_sections_and_wraps_around(report: Report) -> None:
    form = report.form
    last_of_first_objective = form.sections[1].questions[-1]  # optional "further details"
    found = next_unanswered(form, _check(report), after=last_of_first_objective.id)
    assert found is not None and found.section_id == form.sections[2].id
    last = list(form.iter_questions())[-1]
    found = next_unanswered(form, _check(report), after=last.id)
    assert found is not None and found.id == "nfp_name"  # wrapped to General information


def test_next_unanswered_starts_at_the_top_of_a_section(report: Report) -> None:
    form = report.form
    section = form.sections[2]
    found = next_unanswered(form, _check(report), section_id=section.id)
    assert found is not None and found.section_id == section.id and found is section.questions[0]


def test_next_unanswered_includes_carried_over_answers_awaiting_review(report: Report) -> None:
    report.set_answer("nfp_name", "Dr. Okafor", source=Source.CARRIED_OVER)
    found = next_unanswered(report.form, _check(report), after="party")
    assert found is not None and found.id == "nfp_name"
    report.confirm_answer("nfp_name")
    found = next_unanswered(report.form, _check(report), after="party")
    assert found is not None and found.id == "nfp_title"


def test_next_unanswered_is_none_when_nothing_blocks(form: Questionnaire) -> None:
    complete = check_completeness(form, {})
    nothing = type(complete)(
        questions={}, indicators={}, sections={}, objectives={}, focal_areas={}, report=complete.report,
        blockers=()
    )
    assert next_unanswered(form, nothing) is None


def test_find_by_number_prefix_finds_the_questions_of_an_objective(form: Questionnaire) -> None:
    found = find_questions(form, "1.1", "en")
    assert [q.number for q in found] == [q.number for q in form.sections[1].questions]
    assert [q.id for q in find_questions(form, "1.1.3", "en")] == ["nbf_instruments"]
    assert [q.number for q in find_questions(form, "g.2", "en")] == ["G.2"]


def test_find_by_words_in_any_order_ignoring_case_and_accents(form: Questionnaire) -> None:
    found = [q.id for q in find_questions(form, "AUTHORITIES competent how many", "en")]
    assert found[0] == "cna_count"
    assert "cna_designated" not in found  # holds "competent authorities" but not "how many"
    assert question_matches(form.question("nfp_email"), "e-mail", ["en"])
    assert not question_matches(form.question("nfp_email"), "telephone", ["en"])
    assert question_matches(form.question("nfp_phone"), "TÉLÉPHONE", ["en"])  # accents fold away


def test_find_searches_the_chosen_language_and_english(form: Questionnaire) -> None:
    chinese = find_questions(form, "主管当局", "zh")
    assert "cna_count" in {q.id for q in chinese}
    assert find_questions(form, "主管当局", "en") == ()
    assert "cna_count" in {q.id for q in find_questions(form, "competent national authorities", "zh")}


def test_find_with_blank_query_finds_nothing(form: Questionnaire) -> None:
    assert find_questions(form, "   ", "en") == ()
