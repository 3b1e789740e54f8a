"""Mappings from an earlier form are checked against both forms and rename options."""

from __future__ import annotations

from pathlib import Path

import pytest

from bsreporter.errors import FormError
from bsreporter.form.installed import available_forms, installed_questionnaire
from bsreporter.form.mapping import find_mapping, load_mapping
from bsreporter.form.model import Questionnaire
from reference import bch

FOURTH, THIRD, SECOND = "cpb-nr4-2019", "cpb-nr3-2015", "cpb-nr2-2011"
# The Secretariat's mappings installed with the formats: (current form, earlier form) -> the reference's numbers.
SECRETARIAT_MAPPINGS = {(FOURTH, THIRD): (4, 3), (FOURTH, SECOND): (4, 2), (THIRD, SECOND): (3, 2)}


@pytest.fixture(scope="module")
def fourth() -> Questionnaire:
    return installed_questionnaire(FOURTH)


@pytest.fixture(scope="module")
def second() -> Questionnaire:
    return installed_questionnaire(SECOND)


def test_bundled_mapping_maps_questions_and_options(fourth: Questionnaire, second: Questionnaire) -> None:
    mapping = find_mapping(fourth, available_forms()[FOURTH], SECOND, second)
    assert mapping is not None
    assert mapping.target("Q012") == "Q012_party"  # Yes/No: is the country a Party
    assert mapping.translate("Q012", "true") == "true"
    assert mapping.target("Q020") is None  # the second report's question on the BCH has no counterpart
    assert mapping.target("Q015") == "Q014"  # the Secretariat renamed these answers
    assert mapping.translate("Q015", "implementation.fullFramwork") == "implementation.fullInPlace"
    assert mapping.translate("Q015", "implementation.draftFramwork") == "implementation.draftMeasures"
    assert mapping.target("Q016") == "Q015"  # several options: each kept
    laws_and_guidelines = ["instrument.nationalBiosafetyLaws", "instrument.biosafetyGuidelines"]
    assert mapping.translate("Q016", laws_and_guidelines) == laws_and_guidelines
    assert mapping.target("Q079") == "Q059"  # free text, carried as written
    assert mapping.translate("Q079", "A regional agreement on transit") == "A regional agreement on transit"
    assert mapping.translate("Q154", "true.limited") == "true.some"
    # No two earlier answers fall on the same current question.
    targets = [new for new in mapping.questions.values() if new is not None]
    assert len(targets) == len(set(targets))


def test_an_answer_the_earlier_format_never_offered_is_still_renamed(fourth: Questionnaire,
                                                                      second: Questionnaire) -> None:
    # Reports of the second cycle hold 'n/a' for the extra funding although the format never listed it;
    # the Secretariat carries it to the fourth format's USD0, and so does the mapping.
    assert "n/a" not in second.question("S006").choices.values  # type: ignore[union-attr]
    mapping = find_mapping(fourth, available_forms()[FOURTH], SECOND, second)
    assert mapping is not None
    assert mapping.translate("S006", "n/a") == "USD0"
    assert mapping.translate("S006", "USD1000000+") == "USD500000+"


def test_a_mapping_may_rename_an_old_value_the_earlier_form_does_not_list(tmp_path: Path, fourth: Questionnaire,
                                                                          second: Questionnaire) -> None:
    path = _write(tmp_path, SECOND, "from_form: cpb-nr2-2011\nquestions: {Q012: Q012_party}\n"
                                    "choices: {Q012: {'n/a': 'false', 'true': 'true'}}\n")
    mapping = load_mapping(path, fourth, second)
    assert mapping.translate("Q012", "n/a") == "false" and mapping.translate("Q012", "true") == "true"


@pytest.mark.skipif(not bch.reference_available(), reason=bch.MISSING_REASON)
@pytest.mark.parametrize(("current_id", "earlier_id"), sorted(SECRETARIAT_MAPPINGS))
def test_the_secretariats_mappings_load_and_carry_what_the_reference_says(current_id: str, earlier_id: str) -> None:
    # fourth <- third: 163 questions, 4 with renamed answers; fourth <- second: 134, 5; third <- second: 184, 1.
    current, earlier = installed_questionnaire(current_id), installed_questionnaire(earlier_id)
    mapping = find_mapping(current, available_forms()[current_id], earlier_id, earlier)
    assert mapping is not None and mapping.from_form == earlier_id
    reference = bch.load_mapping(*SECRETARIAT_MAPPINGS[current_id, earlier_id])
    carried = {old: new for old, new in mapping.questions.items() if new is not None}
    assert len(carried) == len(reference)
    assert carried == {m.source_key: m.target_key for m in reference}
    renamed = {m.source_key: dict(m.value_mapping) for m in reference if m.value_mapping}
    assert len(mapping.choices) == len(renamed)
    assert {old: dict(renames) for old, renames in mapping.choices.items()} == renamed


def _write(tmp_path: Path, earlier_id: str, text: str) -> Path:
    path = tmp_path / f"{earlier_id}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("current_id", "earlier_id", "text", "needle"),
    [
        (FOURTH, SECOND, "from_form: cpb-nr2-2011\nquestions: {Q012: no_such_question}\n",
         "the current form has no question 'no_such_question'"),
        (FOURTH, SECOND, "from_form: cpb-nr2-2011\nquestions: {Q999: Q012_party}\n",
         "the earlier form has no such question"),
        (FOURTH, SECOND, "from_form: cpb-nr2-2011\nquestions: {Q012: Q012_party}\nchoices: {Q012: {'true': maybe}}\n",
         "'maybe' is not an option of 'Q012_party'"),
        # The fourth format's figure given per kind of decision (an integer box) onto a choice of the SP form.
        ("cpb-sp-2011-2020", FOURTH,
         "from_form: cpb-nr4-2019\nquestions: {Q036__3B9ECE67_B35C_40FF_8C06_4EA5FF762899: cna_designated}\n",
         "a integer answer cannot become a select_one"),
        (FOURTH, SECOND, "from_form: cpb-nr2-2011\nquestions: {Q016: Q014}\n",
         "several options cannot become one ('Q014' is select_one)"),
        (FOURTH, SECOND, "from_form: cpb-nr2-2011\nquestions: {Q012: Q012_party}\nchoices: {Q020: {'true': 'false'}}\n",
         "only mapped choice questions rename options"),
        (FOURTH, SECOND, "from_form: cpb-nr2-2011\nquestions: {Q012: Q012_party}\n"
                         "suggested_choices: {Q012: {'true': maybe}}\n",
         "field 'suggested_choices': 'maybe' is not an option of 'Q012_party'"),
        (FOURTH, SECOND, "from_form: other-form\nquestions: {}\n", "does not match the earlier form"),
        (FOURTH, SECOND, "from_form: cpb-nr2-2011\nquestion: {}\n", "field 'question': unknown field"),
    ],
)
def test_mistakes_in_a_mapping_are_named(tmp_path: Path, current_id: str, earlier_id: str, text: str,
                                         needle: str) -> None:
    current, earlier = installed_questionnaire(current_id), installed_questionnaire(earlier_id)
    with pytest.raises(FormError) as caught:
        load_mapping(_write(tmp_path, earlier_id, text), current, earlier)
    message = str(caught.value)
    assert needle in message
    assert len(message.splitlines()) == 1  # this mistake alone, named on its own line
    assert message.startswith(f"{earlier_id}.yaml: ")
