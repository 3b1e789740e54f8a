"""Strict loading: every mistake in a form folder is named by file, item and field."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from bsreporter.errors import FormError
from bsreporter.form.installed import offered_forms
from bsreporter.form.loader import FormProblems, load_questionnaire
from bsreporter.form.model import QuestionType, SpecialAnswer

YES_NO = [{"name": "yes", "label::en": "Yes", "label::zh": "是"}, {"name": "no", "label::en": "No", "label::zh": "否"}]


def _minimal() -> dict[str, Any]:
    """A small but complete form: General information plus one focal area with one objective."""
    return {
        "form.yaml": {"id": "mini", "version": "1", "title::en": "Mini", "title::zh": "小",
                      "languages": ["en", "zh", "fr"], "required_languages": ["en", "zh"],
                      "parts": ["general.yaml", "fa1.yaml"], "retired_ids": ["old_question"]},
        "general.yaml": {"section": {"id": "general", "title::en": "General", "title::zh": "一般"},
                         "questions": [{"name": "party", "type": "text", "label::en": "Party", "label::zh": "缔约方"}]},
        "fa1.yaml": {
            "focal_area": {"number": 1, "title::en": "FA", "title::zh": "领域", "strategic_objective::en": "SO",
                           "strategic_objective::zh": "目标", "expected_impacts": [{"text::en": "I", "text::zh": "影响"}]},
            "objectives": [{
                "number": "1.1", "title::en": "T", "title::zh": "题", "description::en": "D", "description::zh": "述",
                "outcomes": [{"text::en": "O", "text::zh": "果"}],
                "indicators": [{"id": "1.1.a", "text::en": "I", "text::zh": "指"}],
                "questions": [
                    {"name": "has_law", "type": "select_one yes_no", "label::en": "Law?", "label::zh": "法？",
                     "indicators": ["1.1.a"], "special_answers": ["not_applicable"]},
                    {"name": "law_year", "type": "integer", "label::en": "Year", "label::zh": "年",
                     "relevant": "${has_law} = 'yes'", "constraint": ". >= 1990", "indicators": ["1.1.a"],
                     "constraint_message::en": "From 1990", "constraint_message::zh": "1990年起"},
                ],
            }],
            "choices": {"yes_no": YES_NO},
        },
    }


def _write(folder: Path, files: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def _problems(tmp_path: Path, files: dict[str, Any]) -> list[str]:
    with pytest.raises(FormProblems) as caught:
        load_questionnaire(_write(tmp_path / "form", files))
    return caught.value.problems


def _question(files: dict[str, Any], index: int) -> dict[str, Any]:
    return files["fa1.yaml"]["objectives"][0]["questions"][index]


def test_minimal_form_loads_into_the_model(tmp_path: Path) -> None:
    form = load_questionnaire(_write(tmp_path / "form", _minimal()))
    assert form.id == "mini"
    assert [q.id for q in form.iter_questions()] == ["party", "has_law", "law_year"]
    law_year = form.question("law_year")
    assert law_year.type is QuestionType.INTEGER
    assert law_year.number == "1.1.2"
    assert law_year.relevant is not None and law_year.relevant.references == {"has_law"}
    assert form.question("has_law").special_answers == (SpecialAnswer.NOT_APPLICABLE,)
    assert form.question("has_law").label.get("zh") == "法？"
    assert form.question("has_law").label.get("fr") == "Law?"  # falls back to English


def test_content_hash_changes_with_content_but_not_with_comments(tmp_path: Path) -> None:
    first = load_questionnaire(_write(tmp_path / "a", _minimal()))
    folder = _write(tmp_path / "b", _minimal())
    (folder / "general.yaml").write_text("# a comment\n" + (folder / "general.yaml").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    assert load_questionnaire(folder).content_hash == first.content_hash
    changed = _minimal()
    _question(changed, 1)["label::en"] = "Year adopted"
    assert load_questionnaire(_write(tmp_path / "c", changed)).content_hash != first.content_hash


def test_unknown_field_is_named_with_file_and_item(tmp_path: Path) -> None:
    files = _minimal()
    _question(files, 0)["lable::en"] = "typo"
    problems = _problems(tmp_path, files)
    assert problems == ["fa1.yaml: question 'has_law': field 'lable::en': unknown field; see docs/forms.md for the "
                        "fields allowed here."]


def test_duplicate_question_id_is_refused_where_it_repeats(tmp_path: Path) -> None:
    files = _minimal()
    _question(files, 1)["name"] = "party"
    problems = _problems(tmp_path, files)
    assert any(p.startswith("fa1.yaml: question 'party': field 'name'") and "unique" in p for p in problems)


def test_reference_to_unknown_question_is_refused(tmp_path: Path) -> None:
    files = _minimal()
    _question(files, 1)["relevant"] = "${has_lawz} = 'yes'"
    problems = _problems(tmp_path, files)
    assert any("field 'relevant'" in p and "${has_lawz}" in p for p in problems)


def test_reference_to_unknown_choice_list_and_indicator_is_refused(tmp_path: Path) -> None:
    files = _minimal()
    _question(files, 0)["type"] = "select_one yes_no_maybe"
    _question(files, 1)["indicators"] = ["1.1.a", "1.1.z"]
    problems = _problems(tmp_path, files)
    assert any("field 'type'" in p and "yes_no_maybe" in p for p in problems)
    assert any("field 'indicators'" in p and "'1.1.z'" in p for p in problems)


def test_invalid_expression_is_refused_with_the_field(tmp_path: Path) -> None:
    files = _minimal()
    _question(files, 1)["constraint"] = ". >= "
    problems = _problems(tmp_path, files)
    assert len(problems) == 1 and "question 'law_year': field 'constraint'" in problems[0]


def test_relevance_cycle_is_refused(tmp_path: Path) -> None:
    files = _minimal()
    _question(files, 0)["relevant"] = "${law_year} > 2000"
    problems = _problems(tmp_path, files)
    assert any("circle" in p and "has_law" in p and "law_year" in p for p in problems)


def test_indicator_without_question_and_question_without_indicator_are_refused(tmp_path: Path) -> None:
    files = _minimal()
    files["fa1.yaml"]["objectives"][0]["indicators"].append({"id": "1.1.b", "text::en": "J", "text::zh": "标"})
    del _question(files, 1)["indicators"]
    problems = _problems(tmp_path, files)
    assert any("indicator 1.1.b" in p and "no question informs" in p for p in problems)
    assert any("question 'law_year'" in p and "measures at least one indicator" in p for p in problems)


def test_missing_required_language_is_refused(tmp_path: Path) -> None:
    files = _minimal()
    del _question(files, 0)["label::zh"]
    problems = _problems(tmp_path, files)
    assert problems == ["fa1.yaml: question 'has_law': field 'label::zh': is missing; every text needs this language."]


def test_language_outside_the_form_is_refused(tmp_path: Path) -> None:
    files = _minimal()
    _question(files, 0)["label::ar"] = "قانون؟"
    assert any("'label::ar'" in p and "language 'ar'" in p for p in _problems(tmp_path, files))


def test_retired_question_id_is_never_reused(tmp_path: Path) -> None:
    files = _minimal()
    _question(files, 1)["name"] = "old_question"
    _question(files, 1)["relevant"] = "${has_law} = 'yes'"
    assert any("old_question" in p and "retired" in p for p in _problems(tmp_path, files))


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    folder = _write(tmp_path / "form", _minimal())
    (folder / "general.yaml").write_text("section:\n  id: general\n questions: [\n", encoding="utf-8")
    with pytest.raises(FormProblems) as caught:
        load_questionnaire(folder)
    assert caught.value.problems[0].startswith("general.yaml: file: field '-': is not valid YAML (line ")


def test_table_columns_are_checked(tmp_path: Path) -> None:
    files = _minimal()
    files["fa1.yaml"]["objectives"][0]["questions"].append(
        {"name": "laws", "type": "table", "label::en": "Laws", "label::zh": "法律", "indicators": ["1.1.a"],
         "columns": [{"name": "title", "type": "table", "label::en": "T", "label::zh": "题"}]})
    assert any("column 'title'" in p and "field 'type'" in p for p in _problems(tmp_path, files))


def test_errors_are_form_errors_with_every_problem_in_the_message(tmp_path: Path) -> None:
    files = _minimal()
    _question(files, 0)["required"] = "sometimes"
    _question(files, 1)["appearance"] = "sparkly"
    with pytest.raises(FormError) as caught:
        load_questionnaire(_write(tmp_path / "form", copy.deepcopy(files)))
    message = str(caught.value)
    assert message.startswith("2 problems in the form:")
    assert "'sometimes' must be true or false" in message and "'sparkly' is not one of" in message


def test_missing_form_yaml_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FormProblems, match=r"form\.yaml: file: field '-': not found"):
        load_questionnaire(tmp_path)


# -- the period a new report covers ------------------------------------------------------------


def _with_period(tmp_path: Path, period: Any) -> Path:
    files = _minimal()
    files["form.yaml"]["period"] = period
    return _write(tmp_path / "form", files)


def test_a_form_gives_its_period_as_start_and_end(tmp_path: Path) -> None:
    form = load_questionnaire(_with_period(tmp_path, {"start": "2011-01-01", "end": "2020-12-31"}))
    assert form.period == ("2011-01-01", "2020-12-31")
    assert load_questionnaire(_write(tmp_path / "plain", _minimal())).period is None


@pytest.mark.parametrize(
    ("period", "said"),
    [
        ({"start": "2011-01-01"}, "must be a mapping with 'start' and 'end'"),
        ({"start": "2011-13-01", "end": "2020-12-31"}, "'2011-13-01' is not a quoted date"),
        ({"start": "2020-12-31", "end": "2011-01-01"}, "the start must come before the end"),
    ],
)
def test_a_mistyped_period_is_named(tmp_path: Path, period: Any, said: str) -> None:
    with pytest.raises(FormProblems) as caught:
        load_questionnaire(_with_period(tmp_path, period))
    assert any("form.yaml" in problem and said in problem for problem in caught.value.problems)


def test_the_self_assessment_covers_the_years_of_its_plan_and_the_formats_ask_no_period() -> None:
    periods = {form.id: form.period for form in offered_forms()}
    assert periods["cpb-sp-2011-2020"] == ("2011-01-01", "2020-12-31")
    for form in offered_forms():
        asks_period = "period_start" in form.questions
        assert (form.period is not None) == asks_period, form.id


def test_a_mistaken_objective_number_is_said_once_with_what_it_may_be(tmp_path: Path) -> None:
    # An objective numbered "1.10" used to be told to "look like '1.1'", and its indicator "1.10.a" to
    # "look like '1.10.a'": the very id refused, which told the author nothing.
    files = _minimal()
    objective = files["fa1.yaml"]["objectives"][0]
    objective["number"] = "1.10"
    objective["indicators"][0]["id"] = "1.10.a"
    _question(files, 0)["indicators"] = ["1.10.a"]
    _question(files, 1)["indicators"] = ["1.10.a"]
    problems = [p for p in _problems(tmp_path, files) if "'1.10" in p]
    assert problems == ["fa1.yaml: objective 1.10: field 'number': '1.10' must be the focal area's number, a point "
                        "and one digit from 1 to 9, as the Strategic Plan numbers its objectives (e.g. '1.1'; "
                        "quote it)."]


def test_a_mistaken_indicator_id_is_told_what_it_may_be(tmp_path: Path) -> None:
    files = _minimal()
    files["fa1.yaml"]["objectives"][0]["indicators"][0]["id"] = "1.1.A"
    _question(files, 0)["indicators"] = ["1.1.A"]
    _question(files, 1)["indicators"] = ["1.1.A"]
    problems = [p for p in _problems(tmp_path, files) if "field 'id'" in p]
    assert problems == ["fa1.yaml: indicator 1.1.A: field 'id': '1.1.A' must be its objective's number, a point "
                        "and one lower-case letter (e.g. '1.1.a'; quote it)."]
