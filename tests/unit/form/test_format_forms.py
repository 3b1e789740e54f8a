"""Forms shaped like the Secretariat's formats: a tree of groups of any depth, official numbers, own
option lists, per-choice detail boxes and the Strategic Plan taken from the self-assessment form."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from bsreporter.form.loader import FormProblems, load_questionnaire
from bsreporter.form.model import FormKind, Note, QuestionType, Section
from bsreporter.form.rules import RuleEvaluation
from bsreporter.report.completeness import check_completeness
from bsreporter.report.store import Answer

YES_NO = [{"name": "true", "label::en": "Yes"}, {"name": "true.some", "label::en": "Yes, to some extent"},
          {"name": "false", "label::en": "No"}]


def _plan() -> dict[str, Any]:
    """A Strategic Plan form with one focal area, two objectives and three indicators."""
    return {
        "form.yaml": {"id": "plan", "version": "1", "title::en": "Plan", "languages": ["en"],
                      "parts": ["general.yaml", "fa1.yaml"]},
        "general.yaml": {"section": {"id": "general", "title::en": "General"},
                         "questions": [{"name": "party", "type": "text", "label::en": "Party"}]},
        "fa1.yaml": {
            "focal_area": {"number": 1, "title::en": "FA", "strategic_objective::en": "SO",
                           "expected_impacts": [{"text::en": "I"}]},
            "objectives": [
                {"number": "1.1", "title::en": "Frameworks", "description::en": "D", "outcomes": [{"text::en": "O"}],
                 "indicators": [{"id": "1.1.a", "text::en": "Laws"}, {"id": "1.1.b", "text::en": "Rules"}],
                 "questions": [{"name": "law", "type": "text", "label::en": "Law", "indicators": ["1.1.a", "1.1.b"]}]},
                {"number": "1.2", "title::en": "Risk", "description::en": "D", "outcomes": [{"text::en": "O"}],
                 "indicators": [{"id": "1.2.a", "text::en": "Assessments"}],
                 "questions": [{"name": "risk", "type": "text", "label::en": "Risk", "indicators": ["1.2.a"]}]},
            ],
        },
    }


def _format() -> dict[str, Any]:
    """A small national report format: two sections, a group of sub-questions, a legend, a detail box."""
    return {
        "form.yaml": {"id": "nr", "version": "1", "kind": "national_report", "plan": "plan", "title::en": "Report",
                      "about::en": "What this is", "languages": ["en"], "parts": ["general.yaml", "article2.yaml"],
                      "measured_elsewhere": {"1.2.a": {"reason::en": "Counted by the Secretariat"}}},
        "general.yaml": {"group": {"id": "General", "title::en": "General", "items": [
            {"name": "Q012_party", "number": "11", "type": "select_one", "required": True, "label::en": "Party?",
             "choices": YES_NO[::2]},
        ]}},
        "article2.yaml": {"group": {"id": "Article2", "title::en": "Article 2", "items": [
            {"name": "Q014", "number": "14", "type": "select_one", "label::en": "Measures?", "choices": YES_NO,
             "indicators": ["1.1.a"]},
            {"name": "Q014__true_some", "number": "", "type": "text", "required": False, "label::en": "Details",
             "relevant": "selected(${Q014}, 'true.some')", "detail_of": ["Q014", "true.some"]},
            {"note": {"id": "legend14", "text::en": "About staff"}},
            {"group": {"id": "Q015", "number": "15", "title::en": "Has your country informed", "relevant": "${Q014} = 'true'",
                       "items": [
                           {"name": "Q015_a", "number": "15a", "type": "select_one", "label::en": "The notifier?",
                            "choices": YES_NO, "indicators": ["1.1.b"]},
                           {"group": {"id": "Q015_b_group", "title::en": "Deeper", "items": [
                               {"name": "Q015_b", "number": "15b", "type": "select_multiple", "required": False,
                                "label::en": "Whom?", "choices": [{"name": "5+", "label::en": "5 or more"},
                                                                  {"name": "A0-B1", "label::en": "A thesaurus term"}]},
                           ]}},
                       ]}},
            {"name": "Q016", "type": "text", "appearance": "multilingual", "label::en": "Further details",
             "required": False},
        ]}},
    }


def _write(root: Path, forms: dict[str, dict[str, Any]]) -> Path:
    for form_id, files in forms.items():
        folder = root / form_id
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return root


def _load(tmp_path: Path, fmt: dict[str, Any] | None = None):
    root = _write(tmp_path / "forms", {"plan": _plan(), "nr": fmt or _format()})
    return load_questionnaire(root / "nr")


def _problems(tmp_path: Path, fmt: dict[str, Any]) -> list[str]:
    with pytest.raises(FormProblems) as caught:
        _load(tmp_path, fmt)
    return caught.value.problems


def test_a_format_is_a_tree_of_groups_of_any_depth_in_the_formats_order(tmp_path: Path) -> None:
    form = _load(tmp_path)
    assert form.kind is FormKind.NATIONAL_REPORT and form.about.get("en") == "What this is"
    assert [s.id for s in form.sections] == ["General", "Article2"]
    article = form.sections[1]
    kinds = [type(item).__name__ for item in article.items]
    assert kinds == ["Question", "Question", "Note", "Section", "Question"]
    group = form.nodes["Q015"]
    deeper = form.nodes["Q015_b_group"]
    assert isinstance(group, Section) and group.children == (deeper,)
    assert [q.id for q in group.questions] == ["Q015_a", "Q015_b"]
    assert isinstance(article.items[2], Note) and article.items[2].text.get("en") == "About staff"
    assert [q.id for q in form.iter_questions()] == ["Q012_party", "Q014", "Q014__true_some", "Q015_a", "Q015_b", "Q016"]
    assert form.section_of["Q015_b"].id == "Article2"  # a nested group is shown inside its page


def test_official_numbers_values_and_unnumbered_follow_ups(tmp_path: Path) -> None:
    form = _load(tmp_path)
    assert form.question("Q014").official_number == "14" and form.question("Q014").number == "14"
    assert form.question("Q015_a").number == "15a"
    detail = form.question("Q014__true_some")
    assert detail.official_number == "" and detail.number == "(14)"  # shown beside the question it follows
    assert detail.detail_of == ("Q014", "true.some")
    assert form.question("Q014").choices is not None
    assert form.question("Q014").choices.values == ("true", "true.some", "false")
    assert form.question("Q015_b").choices.values == ("5+", "A0-B1")
    assert form.question("Q015_b").type is QuestionType.SELECT_MULTIPLE
    assert form.question("Q016").appearance == "multilingual"


def test_a_groups_rule_applies_to_every_question_below_it(tmp_path: Path) -> None:
    form = _load(tmp_path)
    asked = RuleEvaluation(form, {"Q014": "true"})
    not_asked = RuleEvaluation(form, {"Q014": "false"})
    assert asked.is_relevant("Q015_a") and asked.is_relevant("Q015_b")
    assert not not_asked.is_relevant("Q015_a") and not not_asked.is_relevant("Q015_b")
    assert RuleEvaluation(form, {"Q014": "true.some"}).is_relevant("Q014__true_some")
    assert not asked.is_relevant("Q014__true_some")


def test_the_plan_comes_from_the_named_form_and_questions_inform_it(tmp_path: Path) -> None:
    form = _load(tmp_path)
    assert [o.number for o in form.objectives] == ["1.1", "1.2"]
    assert set(form.indicators) == {"1.1.a", "1.1.b", "1.2.a"}
    assert [q.id for q in form.informing["objective-1.1"]] == ["Q014", "Q015_a"]
    assert [q.id for q in form.informing["1.1.b"]] == ["Q015_a"]
    assert form.informing["objective-1.2"] == ()
    assert form.measured_elsewhere["1.2.a"].get("en") == "Counted by the Secretariat"


def test_completeness_rolls_up_by_section_and_by_objective(tmp_path: Path) -> None:
    form = _load(tmp_path)
    answers = {"Q014": Answer("Q014", "true", None, False, "", "")}
    result = check_completeness(form, answers)
    assert result.sections["Article2"].required == 2  # Q014 and Q015_a (asked once Q014 is Yes)
    assert result.sections["Article2"].done == 1
    assert result.sections["Q015"].required == 1 and result.sections["Q015"].done == 0
    assert result.objectives["objective-1.1"].done == 1 and result.objectives["objective-1.1"].required == 2
    assert result.focal_areas[1].required == 2
    assert result.indicators["1.1.b"].done == 0


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda f: f["article2.yaml"]["group"]["items"][0].update(number=14), "article2.yaml: question 'Q014': field 'number'"),
        (lambda f: f["article2.yaml"]["group"]["items"][0].update(relevant="${Q999} = 'true'"),
         "article2.yaml: question 'Q014': field 'relevant': refers to '${Q999}'"),
        (lambda f: f["article2.yaml"]["group"]["items"][0]["choices"].append({"name": "has space"}),
         "article2.yaml: choice list 'Q014__choices' option 4: field 'name'"),
        (lambda f: f["article2.yaml"]["group"]["items"][1].update(detail_of=["Q014", "maybe"]),
         "article2.yaml: question 'Q014__true_some': field 'detail_of'"),
        (lambda f: f["article2.yaml"]["group"]["items"][3]["group"].update(items=[]),
         "article2.yaml: group 'Q015': field 'items'"),
        (lambda f: f["article2.yaml"]["group"]["items"][0].update(indicators=["9.9.z"]),
         "article2.yaml: question 'Q014': field 'indicators': '9.9.z' is not an indicator"),
        (lambda f: f["form.yaml"].update(plan="nowhere"), "form.yaml: form: field 'plan': no form 'nowhere'"),
        (lambda f: f["form.yaml"].update(measured_elsewhere={}), "form.yaml: indicator 1.2.a: field 'indicators'"),
        (lambda f: f["form.yaml"]["measured_elsewhere"].update({"1.1.a": {"reason::en": "x"}}),
         "form.yaml: measured_elsewhere 1.1.a"),
        (lambda f: f["form.yaml"].update(kind="other"), "form.yaml: form: field 'kind'"),
        (lambda f: f["article2.yaml"]["group"]["items"][2]["note"].pop("text::en"), "note 'legend14': field 'text::en'"),
    ],
)
def test_mistakes_in_a_format_are_named_by_file_item_and_field(tmp_path: Path, change: Any, needle: str) -> None:
    fmt = copy.deepcopy(_format())
    change(fmt)
    problems = _problems(tmp_path, fmt)
    assert any(needle in p for p in problems), problems
