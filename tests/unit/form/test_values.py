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
        ("nfp_name", "  Dr. Okafor ", "  Dr. Okafor "),
        ("nfp_name", "", None),
        ("cna_count", "3", 3),
        ("cna_count", 3.0, 3),
        ("cna_count", " 1 200 ", 1200),
        ("hti_shipments_documented_pct", "87,5", 87.5),
        ("hti_shipments_documented_pct", "87.5%", 87.5),
        ("period_start", "2019-12-31", dt.date(2019, 12, 31)),
        ("period_start", dt.datetime(2019, 12, 31, 10, 0), dt.date(2019, 12, 31)),
        ("nfp_email", "nfp@example.org", "nfp@example.org"),
        ("biosafety_website_url", "https://biosafety.example/a?b=c", "https://biosafety.example/a?b=c"),
        ("cpb_focal_point_designated", "yes", "yes"),
        ("cb_needs_areas", '["detection", "risk_assessment"]', ["risk_assessment", "detection"]),
        ("cb_needs_areas", "detection, risk_assessment", ["risk_assessment", "detection"]),
    ],
)
def test_valid_values_are_typed(form: Questionnaire, question_id: str, raw: object, expected: object) -> None:
    assert coerce_value(form.question(question_id), raw) == expected


@pytest.mark.parametrize(
    ("question_id", "raw", "message"),
    [
        ("cna_count", "three", "is not a whole number"),
        ("cna_count", True, "true/false is not a valid answer"),
        ("hti_shipments_documented_pct", "nan", "is not a number"),
        ("period_start", "31/12/2019", "write it as YYYY-MM-DD"),
        ("period_start", "2019-02-30", "is not a date"),
        ("period_start", "1850-01-01", "outside the years 1900 to 2100"),
        ("nfp_email", "not-an-address", "is not an e-mail address"),
        ("biosafety_website_url", "javascript:alert(1)", "must start with http:// or https://"),
        ("cpb_focal_point_designated", "maybe", "is not one of the options (yes, no)"),
        ("cb_needs_areas", '["detection", "telepathy"]', "'telepathy' not among the options"),
        ("nfp_name", "a\x00b", "invisible control characters"),
        ("nfp_name", "x" * (MAX_TEXT_LENGTH + 1), "at most 32,767 fit"),
    ],
)
def test_wrong_values_are_refused_with_a_clear_message(form: Questionnaire, question_id: str, raw: object,
                                                       message: str) -> None:
    question = form.question(question_id)
    with pytest.raises(AnswerError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        coerce_value(question, raw)
    assert f"question {question.number}" in str(caught.value)


def test_table_rows_are_typed_per_column_and_empty_rows_dropped(form: Questionnaire) -> None:
    question = form.question("nbf_instruments")
    rows = coerce_value(question, [{"instrument_title": "Biosafety Act", "year_adopted": "2012"}, {}])
    assert rows == [{"instrument_title": "Biosafety Act", "instrument_type": None, "instrument_status": None,
                     "year_adopted": 2012, "instrument_url": None}]


def test_table_with_unknown_column_or_bad_cell_is_refused(form: Questionnaire) -> None:
    question = form.question("nbf_instruments")
    with pytest.raises(AnswerError, match="no column 'colour'"):
        coerce_value(question, [{"colour": "red"}])
    with pytest.raises(AnswerError, match="row 1, column 'Year adopted'"):
        coerce_value(question, '[{"year_adopted": "last year"}]')


def test_a_refused_table_cell_is_named_by_its_column_label_in_the_person_language(form: Questionnaire) -> None:
    question = form.question("nbf_instruments")
    with pytest.raises(AnswerError) as refused:
        coerce_value(question, [{"instrument_title": "Act", "year_adopted": "last year"}])
    assert "colonne « Année d'adoption »" in refused.value.text("fr")
    assert "«Год принятия»" in refused.value.text("ru")
    assert all("year_adopted" not in refused.value.text(language) for language in ("en", "fr", "zh", "ar"))


def test_values_survive_the_storage_encoding(form: Questionnaire) -> None:
    cases = {
        "period_start": dt.date(2015, 1, 1),
        "cb_needs_areas": ["risk_assessment", "detection"],
        "nbf_instruments": [{"instrument_title": "法", "instrument_type": None, "instrument_status": None,
                             "year_adopted": 2012, "instrument_url": None}],
        "hti_shipments_documented_pct": 12.25,
        "nfp_name": "<b>&amp; 'quoted' \"double\"</b> 😀",
    }
    for question_id, value in cases.items():
        question = form.question(question_id)
        assert value_from_json(question, value_to_json(value)) == value


def test_every_refusal_message_is_in_the_six_languages_with_the_same_placeholders() -> None:
    import string

    from bsreporter.form.messages import MESSAGES
    from bsreporter.form.model import UN_LANGUAGES

    for key, texts in MESSAGES.items():
        assert set(texts) == set(UN_LANGUAGES), key
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(text) if f} for lang, text in texts.items()}
        assert all(found == fields["en"] for found in fields.values()), key


def test_a_refusal_reads_in_the_language_asked_for(form: Questionnaire) -> None:
    with pytest.raises(AnswerError) as caught:
        coerce_value(form.question("cna_count"), "beaucoup")
    error = caught.value
    assert str(error) == "question 1.1.7: 'beaucoup' is not a whole number."
    assert error.text("fr") == "question 1.1.7 : « beaucoup » n'est pas un nombre entier."
    assert error.text("ar") == "السؤال 1.1.7: «beaucoup» ليس عددًا صحيحًا."
    with pytest.raises(AnswerError) as cell:
        coerce_value(form.question("nbf_instruments"), [{"year_adopted": "l'an dernier"}])
    assert cell.value.text("es").startswith("pregunta 1.1.3, fila 1, columna «Año de adopción»: ")


@pytest.mark.parametrize("typed", ["", "-", "2012", "1 500", "1'500,5", "\u0662\u0660\u0661\u0662", "\u22123"])
def test_what_a_number_can_hold_is_let_through_as_it_is_typed(typed: str) -> None:
    assert may_become_number(typed)


@pytest.mark.parametrize("typed", ["x", "20x", "1e5", "12%", "two"])
def test_a_letter_can_never_become_a_number(typed: str) -> None:
    assert not may_become_number(typed)
    assert may_become_number("12%", percent=True)
