"""The questionnaire holds exactly annex I of the Strategic Plan, with the seed's Chinese text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bsreporter.form.model import Questionnaire, QuestionType
from bsreporter.resources import forms_dir

SEED = forms_dir() / "cpb-sp-2011-2020" / "source" / "strategic-plan-2011-2020.zh.txt"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def annex() -> str:
    """Annex I of the seed, without whitespace (the table breaks lines anywhere)."""
    text = Path(SEED).read_text(encoding="utf-8")
    start = text.index("重点领域1：")
    return _squash(text[start : text.index("附件二", start)])


@pytest.fixture(scope="module")
def annex_bullets() -> list[str]:
    """Every '·' item of annex I: the outcomes and indicators, in order."""
    text = Path(SEED).read_text(encoding="utf-8")
    start = text.index("重点领域1：")
    body = text[start : text.index("附件二", start)]
    items = re.split(r"·", body)[1:]
    return [_squash(re.split(r"\n\s*\t|\t\s*\t", item)[0]) for item in items]


def test_form_has_the_five_focal_areas_23_objectives_and_72_indicators(form: Questionnaire) -> None:
    assert [fa.number for fa in form.focal_areas] == [1, 2, 3, 4, 5]
    numbers = [o.number for o in form.objectives]
    expected = [f"1.{i}" for i in range(1, 10)] + [f"2.{i}" for i in range(1, 7)] + ["3.1", "3.2", "3.3", "4.1", "4.2",
                                                                                  "5.1", "5.2", "5.3"]
    assert numbers == expected
    assert len(form.indicators) == 72


def test_indicators_per_objective_follow_the_seed(form: Questionnaire) -> None:
    counts = {o.number: len(o.indicators) for o in form.objectives}
    assert counts == {"1.1": 3, "1.2": 8, "1.3": 2, "1.4": 1, "1.5": 3, "1.6": 2, "1.7": 2, "1.8": 3, "1.9": 3,
                      "2.1": 4, "2.2": 4, "2.3": 2, "2.4": 3, "2.5": 2, "2.6": 2, "3.1": 1, "3.2": 1, "3.3": 4,
                      "4.1": 7, "4.2": 2, "5.1": 7, "5.2": 4, "5.3": 2}


def test_every_chinese_text_of_the_plan_is_copied_from_the_seed(form: Questionnaire, annex: str) -> None:
    texts = []
    for fa in form.focal_areas:
        texts += [fa.title, fa.strategic_objective, *fa.expected_impacts]
        for objective in fa.objectives:
            texts += [objective.title, objective.description, *objective.outcomes]
            texts += [i.text for i in objective.indicators]
    missing = [t.by_language["zh"] for t in texts if _squash(t.by_language["zh"]) not in annex]
    assert missing == []


def test_every_outcome_and_indicator_bullet_of_the_seed_is_in_the_form(form: Questionnaire,
                                                                        annex_bullets: list[str]) -> None:
    in_form = {_squash(t.by_language["zh"]) for o in form.objectives for t in (*o.outcomes, *(i.text for i in o.indicators))}
    assert len(annex_bullets) == len(in_form)
    assert [b for b in annex_bullets if b not in in_form] == []


def test_every_plan_text_has_an_english_translation(form: Questionnaire) -> None:
    for objective in form.objectives:
        for text in (objective.title, objective.description, *objective.outcomes, *(i.text for i in objective.indicators)):
            assert text.by_language.get("en"), objective.number


def test_every_indicator_has_a_national_question_and_every_question_an_indicator(form: Questionnaire) -> None:
    measured = {i for q in form.iter_questions() for i in q.indicator_ids}
    assert measured == set(form.indicators)
    assert all(q.indicator_ids for o in form.sections[1:] for q in o.questions)


def test_questionnaire_is_a_realistic_report(form: Questionnaire) -> None:
    questions = list(form.iter_questions())
    assert 120 <= len(questions) <= 200
    assert sum(q.required for q in questions) > len(questions) / 2
    assert sum(q.relevant is not None for q in questions) >= 30
    kinds = {q.type for q in questions}
    assert kinds == set(QuestionType)
    appearances = {q.appearance for q in questions}
    assert {"multiline", "percent"} <= appearances
    assert any(q.special_answers for q in questions)
    assert all(o.questions[-1].id == f"details_{o.number.replace('.', '_')}" for o in form.sections[1:])


def test_general_information_asks_who_reports_and_for_which_period(form: Questionnaire) -> None:
    ids = [q.id for q in form.general.questions]
    for needed in ("party", "nfp_name", "nfp_title", "nfp_organisation", "nfp_address", "nfp_phone", "nfp_email",
                   "period_start", "period_end", "stakeholders_consulted", "report_language", "submission_date"):
        assert needed in ids


def test_display_numbers_are_derived_from_position(form: Questionnaire) -> None:
    for section in form.sections:
        assert [q.number for q in section.questions] == [
            f"{section.number}.{i}" for i in range(1, len(section.questions) + 1)
        ]


def test_every_text_of_the_questionnaire_is_in_all_six_languages(form: Questionnaire) -> None:
    """The loader refuses a missing language of required_languages; the form requires all six."""
    from bsreporter.form.model import UN_LANGUAGES

    assert set(form.required_languages) == set(UN_LANGUAGES)
    texts = [form.title, *(t for fa in form.focal_areas for t in (fa.title, fa.strategic_objective, *fa.expected_impacts))]
    for section in form.sections:
        texts += [section.title, *section.outcomes, *(i.text for i in section.indicators)]
        if section.is_objective:
            texts.append(section.description)
        for q in section.questions:
            texts += [q.label, *(c.label for c in q.columns)]
            texts += [t for t in (q.hint, q.constraint_message) if t]
            texts += [c.label for c in q.choices.choices] if q.choices else []
    missing = [(t.get("en"), lang) for t in texts for lang in UN_LANGUAGES if not t.by_language.get(lang)]
    assert missing == []
