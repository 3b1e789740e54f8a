"""Answer values are typed and checked before they are stored."""

from __future__ import annotations

import datetime as dt

import pytest

from bsreporter.errors import AnswerError
from bsreporter.form.model import Questionnaire
from bsreporter.form.values import MAX_TEXT_LENGTH, coerce_value, may_become_number, value_from_json, value_to_json


@pytest.mark.parametrize(
    ("question_id", "raw", "expected"),
    [
        ("contact_name", "  Dr. Okafor ", "  Dr. Okafor "),
        ("contact_name", "", None),
        ("law_count", "3", 3),
        ("law_count", 3.0, 3),
        ("law_count", " 1 200 ", 1200),
        ("staff_share", "87,5", 87.5),
        ("staff_share", "87.5%", 87.5),
        ("period_start", "2019-12-31", dt.date(2019, 12, 31)),
        ("period_start", dt.datetime(2019, 12, 31, 10, 0), dt.date(2019, 12, 31)),
        ("email", "nfp@example.org", "nfp@example.org"),
        ("needs_url", "https://biosafety.example/a?b=c", "https://biosafety.example/a?b=c"),
        ("needs_assessed", "yes", "yes"),
        ("needs_areas", '["equipment", "training"]', ["training", "equipment"]),
        ("needs_areas", "equipment, training", ["training", "equipment"]),
    ],
)
def test_valid_values_are_typed(small_form: Questionnaire, question_id: str, raw: object, expected: object) -> None:
    form = small_form
    assert coerce_value(form.question(question_id), raw) == expected


@pytest.mark.parametrize(
    ("question_id", "raw", "message"),
    [
        ("law_count", "three", "is not a whole number"),
        ("law_count", True, "true/false is not a valid answer"),
        ("staff_share", "nan", "is not a number"),
        ("period_start", "31/12/2019", "write it as YYYY-MM-DD"),
        ("period_start", "2019-02-30", "is not a date"),
        ("period_start", "1850-01-01", "outside the years 1900 to 2100"),
        ("email", "not-an-address", "is not an e-mail address"),
        ("needs_url", "javascript:alert(1)", "must start with http:// or https://"),
        ("needs_assessed", "maybe", "is not one of the options (yes, no)"),
        ("needs_areas", '["equipment", "telepathy"]', "'telepathy' not among the options"),
        ("contact_name", "a\x00b", "invisible control characters"),
        ("contact_name", "x" * (MAX_TEXT_LENGTH + 1), "at most 32,767 fit"),
    ],
)
def test_wrong_values_are_refused_with_a_clear_message(small_form: Questionnaire, question_id: str, raw: object,
                                                       message: str) -> None:
    form = small_form
    question = form.question(question_id)
    with pytest.raises(AnswerError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        coerce_value(question, raw)
    assert f"question {question.number}" in str(caught.value)


def test_table_rows_are_typed_per_column_and_empty_rows_dropped(small_form: Questionnaire) -> None:
    form = small_form
    question = form.question("law_list")
    rows = coerce_value(question, [{"law_title": "Biosafety Act", "law_year": "2012"}, {}])
    assert rows == [{"law_title": "Biosafety Act", "law_kind": None, "law_year": 2012}]


def test_table_with_unknown_column_or_bad_cell_is_refused(small_form: Questionnaire) -> None:
    form = small_form
    question = form.question("law_list")
    with pytest.raises(AnswerError, match="no column 'colour'"):
        coerce_value(question, [{"colour": "red"}])
    with pytest.raises(AnswerError, match="row 1, column 'Year'"):
        coerce_value(question, '[{"law_year": "last year"}]')


def test_a_refused_table_cell_is_named_by_its_column_label_in_the_person_language(small_form: Questionnaire) -> None:
    form = small_form
    question = form.question("law_list")
    with pytest.raises(AnswerError) as refused:
        coerce_value(question, [{"law_title": "Act", "law_year": "last year"}])
    assert "colonne « Année »" in refused.value.text("fr")
    assert "column 'Year'" in refused.value.text("en")
    assert all("law_year" not in refused.value.text(language) for language in ("en", "fr", "zh", "ar"))


def test_values_survive_the_storage_encoding(small_form: Questionnaire) -> None:
    form = small_form
    cases = {
        "period_start": dt.date(2015, 1, 1),
        "needs_areas": ["training", "equipment"],
        "law_list": [{"law_title": "法", "law_kind": None, "law_year": 2012}],
        "staff_share": 12.25,
        "contact_name": "<b>&amp; 'quoted' \"double\"</b> 😀",
    }
    for question_id, value in cases.items():
        question = form.question(question_id)
        assert value_from_json(question, value_to_json(value)) == value


def test_every_refusal_message_is_in_the_six_languages_with_the_same_placeholders() -> None:
    import string

    from bsreporter.form.messages import MESSAGES
    from bsreporter.form.model import UN_LANGUAGES
    from bsreporter.messages.catalogue import translations

    for key, english in MESSAGES.items():
        texts = {"en": english, **translations("messages", key)}
        assert set(texts) == set(UN_LANGUAGES), key
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(str(text)) if f} for lang, text in texts.items()}
        assert all(found == fields["en"] for found in fields.values()), key


def test_a_refusal_reads_in_the_language_asked_for(small_form: Questionnaire) -> None:
    form = small_form
    with pytest.raises(AnswerError) as caught:
        coerce_value(form.question("law_count"), "beaucoup")
    error = caught.value
    assert str(error) == "question 1.1.2: 'beaucoup' is not a whole number."
    assert error.text("fr") == "question 1.1.2 : « beaucoup » n'est pas un nombre entier."
    assert error.text("ar") == "السؤال 1.1.2: «beaucoup» ليس عددًا صحيحًا."
    with pytest.raises(AnswerError) as cell:
        coerce_value(form.question("law_list"), [{"law_year": "l'an dernier"}])
    assert cell.value.text("fr").startswith("question 1.1.3, ligne 1, colonne « Année » : ")
    # A language the form has no labels in: the message in that language, the column's label in English.
    assert cell.value.text("es").startswith("pregunta 1.1.3, fila 1, columna «Year»: ")


@pytest.mark.parametrize("typed", ["", "-", "2012", "1 500", "1'500,5", "\u0662\u0660\u0661\u0662", "\u22123"])
def test_what_a_number_can_hold_is_let_through_as_it_is_typed(typed: str) -> None:
    assert may_become_number(typed)


@pytest.mark.parametrize("typed", ["x", "20x", "1e5", "12%", "two"])
def test_a_letter_can_never_become_a_number(typed: str) -> None:
    assert not may_become_number(typed)
    assert may_become_number("12%", percent=True)
