"""Multilingual free text: an answer given in one or more of the six UN languages, kept as language -> text."""

from __future__ import annotations

import pytest

from bsreporter.errors import AnswerError
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import Question
from bsreporter.form.values import (
    MAX_TEXT_LENGTH,
    coerce_value,
    multilingual_cell,
    parse_multilingual_cell,
    value_from_json,
    value_to_json,
    value_to_plain,
)


@pytest.fixture(scope="module")
def details() -> Question:
    """A "further details" question of the fourth national report."""
    return installed_questionnaire("cpb-nr4-2019").questions["Q060"]


def test_plain_text_is_the_answer_in_the_reports_language(details: Question) -> None:
    assert coerce_value(details, "Des précisions", language="fr") == {"fr": "Des précisions"}
    assert coerce_value(details, "Details") == {"en": "Details"}  # English when no language is given


def test_a_mapping_or_its_json_text_names_its_languages_in_un_order(details: Question) -> None:
    value = coerce_value(details, {"fr": "Texte", "en": "Text"}, language="ar")
    assert value == {"en": "Text", "fr": "Texte"} and list(value) == ["en", "fr"]
    assert coerce_value(details, '{"fr": "Texte", "ar": "نص"}', language="en") == {"fr": "Texte", "ar": "نص"}


def test_blank_texts_are_dropped_and_all_blank_is_no_answer(details: Question) -> None:
    assert coerce_value(details, {"en": "Text", "fr": "  ", "ru": ""}) == {"en": "Text"}
    assert coerce_value(details, {"en": " ", "fr": ""}) is None
    assert coerce_value(details, "   ", language="fr") is None


def test_text_in_braces_that_is_not_json_is_plain_text(details: Question) -> None:
    assert coerce_value(details, "{draft} to be revised", language="es") == {"es": "{draft} to be revised"}


def test_an_unknown_language_code_is_refused_naming_the_six(details: Question) -> None:
    with pytest.raises(AnswerError) as refused:
        coerce_value(details, {"en": "Text", "pt": "Texto"})
    assert "'pt'" in str(refused.value) and "en, zh, fr, es, ru, ar" in str(refused.value)
    assert "n'est pas une langue" in refused.value.text("fr")
    with pytest.raises(AnswerError):
        coerce_value(details, '{"de": "Text"}')


def test_each_text_is_checked_as_any_text(details: Question) -> None:
    with pytest.raises(AnswerError):
        coerce_value(details, {"en": "bell\x07"})
    with pytest.raises(AnswerError):
        coerce_value(details, {"en": 12})
    # Every language shares one spreadsheet cell, so together they must fit one.
    half = "x" * (MAX_TEXT_LENGTH // 2)
    with pytest.raises(AnswerError):
        coerce_value(details, {"en": half, "fr": half})
    assert coerce_value(details, {"en": "a\r\nb"}) == {"en": "a\nb"}


def test_stored_mapping_reads_back_equal_and_plain(details: Question) -> None:
    value = coerce_value(details, {"ar": "نص", "en": "Text"})
    stored = value_to_json(value)
    assert stored == '{"en":"Text","ar":"نص"}'
    assert value_from_json(details, stored) == value
    assert value_to_plain(value) == {"en": "Text", "ar": "نص"}


def test_plain_text_stored_before_the_question_was_multilingual_is_in_the_reports_language(details: Question) -> None:
    assert value_from_json(details, '"Ancien texte"', language="fr") == {"fr": "Ancien texte"}


@pytest.mark.parametrize("texts", [
    {"en": "Text"},
    {"fr": "Texte seul"},
    {"en": "Line one\nline two", "fr": "Ligne\n", "ar": "نص عربي"},
    {"en": "[fr] looks like a tag\n[[zh] and an escaped one\n[ru]x", "zh": "中文"},
    {"en": "[es] alone, looking tagged"},
    {"en": " leading space", "fr": "\nstarts with a line break"},
])
def test_a_cell_reads_back_as_the_same_texts(texts: dict[str, str]) -> None:
    cell = multilingual_cell(texts, "en")
    assert parse_multilingual_cell(cell, "en") == texts


def test_a_cell_has_each_language_on_its_own_lines_after_its_tag() -> None:
    assert multilingual_cell({"en": "Text", "fr": "Texte"}, "en") == "[en] Text\n[fr] Texte"
    assert multilingual_cell({"en": "Text"}, "en") == "Text"  # the report's language alone: no tag
    assert multilingual_cell({"en": "Text"}, "fr") == "[en] Text"
    assert parse_multilingual_cell("Untagged", "ru") == {"ru": "Untagged"}
    assert parse_multilingual_cell("Above\n[fr] Texte", "es") == {"es": "Above", "fr": "Texte"}
