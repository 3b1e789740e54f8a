"""Completeness kept up to date answer by answer gives exactly what a full check gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bsreporter.errors import AnswerError
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.form.values import InvalidValue
from bsreporter.report import completeness
from bsreporter.report.completeness import CompletenessTracker, Status, check_completeness
from bsreporter.report.store import Answer

TODAY = dt.date(2026, 11, 30)
YES_NO = [{"name": "yes", "label::en": "Yes"}, {"name": "no", "label::en": "No"}]
KINDS = [{"name": "law", "label::en": "Law"}, {"name": "rule", "label::en": "Rule"}]


def _question(name: str, qtype: str, **fields: Any) -> dict[str, Any]:
    return {"name": name, "type": qtype, "label::en": name.replace("_", " ").capitalize(), **fields}


def _form_files() -> dict[str, Any]:
    """Two focal areas; follow-ups two deep, a rule reading another answer, a table with cell rules."""
    objective_11 = {
        "number": "1.1", "title::en": "Laws", "description::en": "D", "outcomes": [{"text::en": "O"}],
        "indicators": [{"id": "1.1.a", "text::en": "Laws in place"}, {"id": "1.1.b", "text::en": "Laws used"}],
        "questions": [
            _question("has_law", "select_one yes_no", indicators=["1.1.a"], special_answers=["not_applicable"]),
            _question("law_year", "integer", relevant="${has_law} = 'yes'", constraint=". >= 1990",
                      indicators=["1.1.a"]),
            # A follow-up of a follow-up: hidden whenever law_year is, whatever it holds.
            _question("law_recent_note", "text", relevant="${law_year} > 2010", indicators=["1.1.b"]),
            _question("instruments", "table", relevant="${has_law} = 'yes'", indicators=["1.1.a", "1.1.b"],
                      constraint="${law_year} >= 1990 or ${law_year} = ''",
                      columns=[
                          {"name": "title", "type": "text", "label::en": "Title"},
                          {"name": "kind", "type": "select_one kinds", "label::en": "Kind"},
                          {"name": "year", "type": "integer", "label::en": "Year", "required": False,
                           "constraint": ". >= 1950 and . <= 2100"},
                      ]),
            _question("law_adopted", "date", required=False, constraint=". <= today()", indicators=["1.1.b"]),
        ],
    }
    objective_21 = {
        "number": "2.1", "title::en": "Money", "description::en": "D", "outcomes": [{"text::en": "O"}],
        "indicators": [{"id": "2.1.a", "text::en": "Budget"}],
        "questions": [
            _question("min_budget", "integer", indicators=["2.1.a"], special_answers=["not_available"]),
            _question("budget", "integer", constraint=". >= ${min_budget}", indicators=["2.1.a"]),
            _question("budget_sources", "select_multiple kinds", required=False, indicators=["2.1.a"],
                      relevant="${budget} > 0 or ${has_law} = 'no'"),
        ],
    }
    return {
        "form.yaml": {"id": "tracked", "version": "1", "title::en": "Tracked", "languages": ["en"],
                      "required_languages": ["en"], "parts": ["general.yaml", "fa1.yaml", "fa2.yaml"]},
        "general.yaml": {"section": {"id": "general", "title::en": "General"},
                         "questions": [_question("party", "text"), _question("contact", "text", required=False)]},
        "fa1.yaml": {"focal_area": {"number": 1, "title::en": "FA1", "strategic_objective::en": "SO",
                                    "expected_impacts": [{"text::en": "I"}]},
                     "objectives": [objective_11], "choices": {"yes_no": YES_NO, "kinds": KINDS}},
        "fa2.yaml": {"focal_area": {"number": 2, "title::en": "FA2", "strategic_objective::en": "SO",
                                    "expected_impacts": [{"text::en": "I"}]},
                     "objectives": [objective_21]},
    }


@pytest.fixture(scope="module")
def small_form(tmp_path_factory: pytest.TempPathFactory) -> Questionnaire:
    folder = tmp_path_factory.mktemp("tracked")
    for name, data in _form_files().items():
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_questionnaire(Path(folder))


_ROW = {"title": "Biosafety Act", "kind": "law", "year": 2004}
#: What each question may be given: valid answers, blanks, answers that break a rule, special answers.
CHOICES: dict[str, list[Any]] = {
    "party": ["Arcadia", None],
    "contact": ["Dr. Okafor", None],
    "has_law": ["yes", "no", None, SpecialAnswer.NOT_APPLICABLE],
    "law_year": [1985, 2004, 2015, None],
    "law_recent_note": ["Amended", None],
    "instruments": [
        [_ROW],
        [_ROW, {"title": "Decree", "kind": "rule"}],
        [_ROW, {"title": "Decree"}],  # a required cell missing
        [_ROW, {"title": "Old decree", "kind": "rule", "year": 1900}],  # a cell breaking its column's rule
        [{"title": None, "kind": None, "year": None}, _ROW],  # a blank row, dropped
        [_ROW, {"title": "Decree", "kind": "treaty"}],  # not an option
        [{"title": "Act", "kind": "law", "year": 2004.0}],  # a whole number written as a decimal
        None,
        # Long tables, most of their rows new: checked whole at first, then row by row.
        [{"title": f"Decree {n}", "kind": "rule", "year": 1990 + n} for n in range(30)],
        [{"title": f"Order {n}", "kind": "rule"} if n != 12 else {} for n in range(30)],  # a blank row
        [{"title": f"Rule {n}", "kind": "rule", "year": 1990 if n != 25 else 1800} for n in range(30)],
        [{"title": f"Note {n}", "kind": "law" if n != 20 else None} for n in range(30)],
    ],
    "law_adopted": [dt.date(2004, 5, 1), dt.date(2030, 1, 1), None],
    "min_budget": [10, 100, None, SpecialAnswer.NOT_AVAILABLE],
    "budget": [50, 500, None],
    "budget_sources": [["law"], ["law", "rule"], None],
}


def _answer(question_id: str, value: Any, kind: str) -> Answer | None:
    """An answer as the store hands it back: plain, carried over and not yet confirmed, or unreadable."""
    if value is None and kind == "plain":
        return None
    if isinstance(value, SpecialAnswer):
        return Answer(question_id, None, value, kind == "review", "2026-11-30T00:00:00Z", "tester")
    if kind == "unreadable":
        return Answer(question_id, InvalidValue("{", AnswerError.of("stored_unreadable", where=question_id)),
                      None, False, "2026-11-30T00:00:00Z", "tester")
    return Answer(question_id, value, None, kind == "review", "2026-11-30T00:00:00Z", "tester")


_STEP = st.tuples(
    st.sampled_from(sorted(CHOICES)),
    st.integers(min_value=0, max_value=20),
    st.sampled_from(["plain", "plain", "plain", "plain", "review", "unreadable"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(_STEP, min_size=1, max_size=40))
def test_answer_by_answer_equals_a_full_check(small_form: Questionnaire, steps: list[tuple[str, int, str]]) -> None:
    tracker = CompletenessTracker(small_form, today=TODAY)
    answers: dict[str, Answer] = {}
    assert tracker.check(answers) == check_completeness(small_form, answers, TODAY)
    for question_id, pick, kind in steps:
        options = CHOICES[question_id]
        answer = _answer(question_id, options[pick % len(options)], kind)
        if answer is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = answer
        assert tracker.update(answers, [question_id]) == check_completeness(small_form, answers, TODAY)


def test_a_follow_up_two_deep_is_hidden_and_shown_again_with_its_parent(small_form: Questionnaire) -> None:
    tracker = CompletenessTracker(small_form, today=TODAY)
    answers = {qid: _answer(qid, value, "plain") for qid, value in
               [("has_law", "yes"), ("law_year", 2015), ("law_recent_note", "Amended")]}
    stored = {qid: a for qid, a in answers.items() if a is not None}
    tracker.check(stored)
    stored["has_law"] = _answer("has_law", "no", "plain")  # type: ignore[assignment]
    hidden = tracker.update(stored, ["has_law"])
    assert hidden.questions["law_recent_note"].status is Status.NOT_RELEVANT
    stored["has_law"] = _answer("has_law", "yes", "plain")  # type: ignore[assignment]
    shown = tracker.update(stored, ["has_law"])
    assert shown.questions["law_recent_note"].status is Status.ANSWERED
    assert shown == check_completeness(small_form, stored, TODAY)


def test_one_cell_changed_in_a_long_table_is_checked_as_a_full_check_does(small_form: Questionnaire) -> None:
    rows = [{"title": f"Decree {n}", "kind": "rule", "year": 1950 + n % 100} for n in range(1_000)]
    stored = {qid: a for qid, a in [("has_law", _answer("has_law", "yes", "plain")),
                                    ("instruments", _answer("instruments", rows, "plain"))] if a is not None}
    tracker = CompletenessTracker(small_form, today=TODAY)
    assert tracker.check(stored).questions["instruments"].status is Status.ANSWERED
    for number, cell, row_named in [(500, None, "row 501,"), (999, 1900, "row 1000"), (0, 1951, "")]:
        changed = [dict(row) for row in rows]
        changed[number]["year" if cell is not None else "kind"] = cell
        stored["instruments"] = dataclasses.replace(stored["instruments"], value=changed)
        updated = tracker.update(stored, ["instruments"])
        assert updated == check_completeness(small_form, stored, TODAY)
        assert row_named in updated.questions["instruments"].detail
        assert (updated.questions["instruments"].status is Status.ANSWERED) == (not row_named)


def test_a_new_day_is_a_full_check_again(small_form: Questionnaire, monkeypatch: pytest.MonkeyPatch) -> None:
    stored = {"law_adopted": Answer("law_adopted", dt.date(2026, 12, 1), None, False, "", "tester")}
    monkeypatch.setattr(completeness, "_clock_today", lambda: TODAY)
    tracker = CompletenessTracker(small_form)
    assert tracker.check(stored).questions["law_adopted"].status is Status.INVALID  # tomorrow is not yet
    monkeypatch.setattr(completeness, "_clock_today", lambda: dt.date(2026, 12, 1))
    assert tracker.update(stored, []).questions["law_adopted"].status is Status.ANSWERED


@pytest.mark.parametrize("order", [1, -1], ids=["in order", "reversed"])
def test_every_kind_of_table_in_turn_equals_a_full_check(small_form: Questionnaire, order: int) -> None:
    stored = {"has_law": Answer("has_law", "yes", None, False, "", "tester")}
    tracker = CompletenessTracker(small_form, today=TODAY)
    tracker.check(stored)
    for rows in CHOICES["instruments"][::order] * 2:  # the second time round, every row is known
        stored["instruments"] = Answer("instruments", rows, None, False, "", "tester")
        assert tracker.update(stored, ["instruments"]) == check_completeness(small_form, stored, TODAY)


def _instrument_rows(count: int) -> list[dict[str, Any]]:
    rows = [{"instrument_title": f"Regulation {n}", "instrument_type": "law", "instrument_status": "in_force",
             "year_adopted": 1990 + n % 30} for n in range(count)]
    del rows[3]["instrument_status"]  # a cell the table asks for, left empty
    return rows


def test_table_rows_checked_by_another_tracker_give_the_full_checks_result_without_checking_again(
    form: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = dt.date(2026, 11, 30)
    answers = {q: Answer(q, v, None, False, "t", "a") for q, v in
               {"nbf_legislation_in_place": "yes", "nbf_instruments": _instrument_rows(40)}.items()}
    elsewhere = CompletenessTracker(form, today=day).table_rows(answers)  # e.g. in the process that checked them
    window = CompletenessTracker(form, today=day)
    window.keep_table_rows(elsewhere)
    checked: list[object] = []
    coerce = completeness.coerce_value

    def counted(question: Any, raw: Any, **kwargs: Any) -> Any:
        if question.id == "nbf_instruments":
            checked.append(raw)
        return coerce(question, raw, **kwargs)

    monkeypatch.setattr(completeness, "coerce_value", counted)
    result = window.check(answers)
    assert checked == []
    monkeypatch.undo()
    assert result == check_completeness(form, answers, today=day)  # row 4's empty cell included
    assert result.questions["nbf_instruments"].status is not Status.ANSWERED

    tomorrow = CompletenessTracker(form, today=day + dt.timedelta(days=1))
    tomorrow.keep_table_rows(elsewhere)  # rows checked on another day are not taken
    monkeypatch.setattr(completeness, "coerce_value", counted)
    tomorrow.check(answers)
    assert checked
