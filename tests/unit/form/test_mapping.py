"""Mappings from an earlier form are checked against both forms and rename options."""

from __future__ import annotations

from pathlib import Path

import pytest

from bsreporter.errors import FormError
from bsreporter.form.loader import available_forms, installed_questionnaire
from bsreporter.form.mapping import find_mapping, load_mapping
from bsreporter.form.model import Questionnaire


@pytest.fixture(scope="module")
def earlier() -> Questionnaire:
    return installed_questionnaire("cpb-nr2-2011")


def test_bundled_mapping_maps_questions_and_options(form: Questionnaire, earlier: Questionnaire) -> None:
    mapping = find_mapping(form, available_forms()[form.id], earlier.id, earlier)
    assert mapping is not None
    assert mapping.target("q_cna") == "cna_designated"
    assert mapping.target("q_website_visits") is None
    assert mapping.translate("q_legal_measures", "some") == "in_progress"
    assert mapping.translate("q_capacity_needs", ["risk", "legal"]) == ["risk_assessment", "institutional"]
    assert mapping.translate("contact_name", "Dr. Okafor") == "Dr. Okafor"
    assert set(mapping.questions) == set(earlier.questions)  # every earlier question is accounted for


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cpb-nr2-2011.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("from_form: cpb-nr2-2011\nquestions: {q_cna: no_such_question}\n", "the current form has no question 'no_such_question'"),
        ("from_form: cpb-nr2-2011\nquestions: {q_gone: party}\n", "the earlier form has no such question"),
        ("from_form: cpb-nr2-2011\nquestions: {q_cna: cna_designated}\nchoices: {q_cna: {y: maybe}}\n",
         "'maybe' is not an option of 'cna_designated'"),
        ("from_form: cpb-nr2-2011\nquestions: {q_ra_count: cna_designated}\n", "a integer answer cannot become a select_one"),
        ("from_form: other-form\nquestions: {}\n", "does not match the earlier form"),
        ("from_form: cpb-nr2-2011\nquestion: {}\n", "field 'question': unknown field"),
    ],
)
def test_mistakes_in_a_mapping_are_named(tmp_path: Path, form: Questionnaire, earlier: Questionnaire, text: str,
                                         needle: str) -> None:
    with pytest.raises(FormError) as caught:
        load_mapping(_write(tmp_path, text), form, earlier)
    assert needle in str(caught.value)
    assert str(caught.value).splitlines()[-1].startswith("cpb-nr2-2011.yaml: ")
