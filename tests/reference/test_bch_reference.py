"""The reader of the Secretariat's format definitions gives the facts the reference states."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from reference import bch
from reference.bch import (
    FORMATS,
    LANGUAGES,
    MAPPINGS,
    load_format,
    load_mapping,
    load_older_third_from_second,
    option_names,
    question_titles,
    text_keys,
)

pytestmark = pytest.mark.skipif(not bch.reference_available(), reason=bch.MISSING_REASON)

# In the remaps to the fourth format, 'n/a' is an answer of the older formats that was kept outside
# their choice lists ("not applicable"); it is carried to the fourth format's USD0.
REMAPPED_VALUES_OUTSIDE_CHOICES = {("Q167", "n/a")}

# Two entries of the fourth format name a section ("Articles12") other than the one they are listed in.
SECTION_NAMED_ELSEWHERE = {"Q051": ("Articles12", "Article12"), "Q065": ("Articles12", "Article15_16")}


def numbered(entries: tuple[bch.ReferenceQuestion, ...]) -> list[bch.ReferenceQuestion]:
    return [entry for entry in entries if entry.number]


def test_fourth_format_has_177_numbered_entries_11_to_187_and_136_mandatory() -> None:
    fourth = load_format(4)
    listed = numbered(fourth.top_level_entries())
    assert len(listed) == 177
    assert [int(entry.number) for entry in listed] == list(range(11, 188))
    assert sum(entry.mandatory for entry in fourth.entries()) == 136


def test_fourth_format_sub_sections_hold_lettered_sub_questions() -> None:
    fourth = load_format(4)
    sub_section = fourth.question("Q032")
    assert sub_section.type == "sub-section"
    assert [(q.key, q.number, q.parent) for q in sub_section.sub_questions] == [
        ("Q032_a", "a", "Q032"),
        ("Q032_b", "b", "Q032"),
    ]
    assert len(fourth.entries()) == len(fourth.top_level_entries()) + sum(
        len(entry.sub_questions) for entry in fourth.top_level_entries()
    )


def test_third_format_has_221_entries_numbered_11_to_208() -> None:
    entries = load_format(3).entries()
    assert len(entries) == 221
    assert entries[0].number == "11"
    assert entries[-1].number == "208"
    assert len({entry.number for entry in entries}) == 221


def test_second_format_has_239_entries_whose_numbers_start_again_in_the_survey() -> None:
    second = load_format(2)
    assert len(second.entries()) == 239
    *report, survey = second.sections
    assert survey.key == "Survey"
    assert (report[0].questions[0].number, report[-1].questions[-1].number) == ("12", "185")
    assert (survey.questions[0].number, survey.questions[-1].number) == ("3", "43")


@pytest.mark.parametrize("number", sorted(FORMATS))
def test_keys_are_unique_in_each_format(number: int) -> None:
    keys = [entry.key for entry in load_format(number).entries()]
    assert [key for key, count in collections.Counter(keys).items() if count > 1] == []


@pytest.mark.parametrize("number", sorted(FORMATS))
def test_option_values_are_unique_per_question(number: int) -> None:
    for entry in load_format(number).entries():
        assert len(set(entry.option_values)) == len(entry.options), entry.key


@pytest.mark.parametrize("number", sorted(FORMATS))
def test_every_validation_names_an_existing_question(number: int) -> None:
    fmt = load_format(number)
    for entry in fmt.entries():
        for rule in entry.validations:
            assert rule.question in fmt.question_keys(), (entry.key, rule)
            if rule.base_question is not None:
                assert fmt.question(rule.question).parent == rule.base_question, (entry.key, rule)
            assert set(rule.values) <= set(entry.option_values), (entry.key, rule)
            assert rule.trigger in {"enable", "visible"}, (entry.key, rule)


def test_only_the_fourth_format_has_rules_and_mandatory_flags() -> None:
    for number in (2, 3):
        entries = load_format(number).entries()
        assert not any(entry.validations or entry.mandatory for entry in entries)
    assert sum(len(entry.validations) for entry in load_format(4).entries()) == 64


@pytest.mark.parametrize("number", sorted(FORMATS))
def test_entries_name_the_section_they_are_listed_in(number: int) -> None:
    elsewhere = {
        entry.key: (entry.section, section.key)
        for section in load_format(number).sections
        for entry in section.questions
        if entry.section != section.key
    }
    assert elsewhere == (SECTION_NAMED_ELSEWHERE if number == 4 else {})


@pytest.mark.parametrize(("target", "source"), sorted(MAPPINGS))
def test_every_mapping_names_existing_questions_and_choices_on_both_sides(target: int, source: int) -> None:
    later, earlier = load_format(target), load_format(source)
    mappings = load_mapping(target, source)
    assert len({m.target_key for m in mappings}) == len(mappings)
    for mapping in mappings:
        assert mapping.target_key in later.question_keys(), mapping
        assert mapping.source_key in earlier.question_keys(), mapping
        old_choices = earlier.question(mapping.source_key).option_values
        new_choices = later.question(mapping.target_key).option_values
        for old, new in mapping.value_mapping.items():
            assert old in old_choices or (mapping.target_key, old) in REMAPPED_VALUES_OUTSIDE_CHOICES, (mapping, old)
            assert new in new_choices, (mapping, new)


def test_fourth_from_third_renames_the_implementation_answers() -> None:
    q014 = next(m for m in load_mapping(4, 3) if m.target_key == "Q014")
    assert q014.source_key == "Q014"
    assert q014.value_mapping["implementation.fullFramwork"] == "implementation.fullInPlace"


def test_older_third_from_second_mapping_differs_only_by_a_value_remap() -> None:
    current = {m.target_key: m for m in load_mapping(3, 2)}
    older = {m.target_key: m for m in load_older_third_from_second()}
    assert {k: m.source_key for k, m in older.items()} == {k: m.source_key for k, m in current.items()}
    assert not any(m.value_mapping for m in older.values())
    assert {k for k, m in current.items() if m.value_mapping} == {"Q165"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("number", sorted(FORMATS))
def test_every_text_key_resolves_in_every_language(number: int, language: str) -> None:
    fmt, present = load_format(number), text_keys(number, language)
    wanted = {
        key for section in fmt.sections for key in (section.title_key, section.description_key, section.footnote_key)
    }
    for entry in fmt.entries():
        wanted |= {entry.title_key, entry.custom_value_placeholder_key, *(o.title_key for o in entry.options)}
    assert sorted(key for key in wanted if key is not None and key not in present) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_option_names_give_a_name_to_every_choice(language: str) -> None:
    names = option_names(4, language)
    fourth = load_format(4)
    for entry in fourth.entries():
        if entry.options:
            assert set(names[entry.key]) == set(entry.option_values), entry.key
            assert all(name.strip() for name in names[entry.key].values()), entry.key
    assert names["Q012_party"]["true"] != names["Q012_party"]["false"]


def test_question_titles_cover_every_entry() -> None:
    titles = question_titles(3, "en")
    assert set(titles) == load_format(3).question_keys()


def test_reference_lies_beside_the_repository() -> None:
    repository = Path(__file__).resolve().parents[2]
    assert bch.REFERENCE_DIR.resolve() == (repository.parent / "shared" / "reference" / "bch").resolve()
