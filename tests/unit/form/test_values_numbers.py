"""Typed numbers are read one way everywhere, and a number that could be read two ways is refused."""

from __future__ import annotations

import pytest

from bsreporter.errors import AnswerError
from bsreporter.form.model import Questionnaire
from bsreporter.form.values import coerce_value, number_text, parse_number

AMOUNT = "funding_usd"  # decimal
COUNT = "law_count"  # whole number
PERCENT = "staff_share"  # decimal shown as a percentage


@pytest.mark.parametrize(
    ("question_id", "typed", "expected"),
    [
        (AMOUNT, "1,500,000", 1_500_000.0),
        (AMOUNT, "1.500.000", 1_500_000.0),
        (AMOUNT, "1 500,5", 1500.5),
        (AMOUNT, "1\u202f500,5", 1500.5),  # narrow no-break space, as French number formats write it
        (AMOUNT, "1'500'000.25", 1_500_000.25),
        (AMOUNT, "1,500,000.75", 1_500_000.75),
        (AMOUNT, "1.500.000,75", 1_500_000.75),
        (AMOUNT, "250 000", 250_000.0),
        (AMOUNT, "12,5", 12.5),
        (AMOUNT, "0,500", 0.5),  # a group never starts with 0: the comma is a decimal comma
        (AMOUNT, "1234,567", 1234.567),  # four digits before the comma: not a group either
        (AMOUNT, "1.5", 1.5),  # a point alone is a decimal point
        (AMOUNT, "1.5000", 1.5),
        (AMOUNT, "0.125", 0.125),  # nobody writes 0.125 for a hundred and twenty-five
        (AMOUNT, "-2.5", -2.5),
        (AMOUNT, ".5", 0.5),
        (AMOUNT, "123456789012345", 123456789012345.0),
        (AMOUNT, "100000000000000000000", 1e20),  # one significant digit: kept exactly
        (COUNT, "1 500", 1500),
        (COUNT, "1,500,000", 1_500_000),
        (COUNT, "5000000000", 5_000_000_000),
        (COUNT, "999999999999999999", 999_999_999_999_999_999),
        (COUNT, "-12", -12),
        (PERCENT, "75%", 75.0),
        (PERCENT, "75 %", 75.0),
    ],
)
def test_typed_numbers_read_as_meant(small_form: Questionnaire, question_id: str, typed: str, expected: object) -> None:
    form = small_form
    value = coerce_value(form.question(question_id), typed)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("typed", "plain", "point"),
    [("250,000", "250000", "250"), ("1,500", "1500", "1.5"), ("-1,500", "-1500", "-1.5"),
     ("1.500", "1500", "1.5"), ("3.141", "3141", "3.1410"), ("12.000", "12000", "12")],
)
def test_one_mark_before_three_digits_is_refused_as_ambiguous(small_form: Questionnaire, typed: str, plain: str,
                                                              point: str) -> None:
    form = small_form
    # "1.500" is one and a half to an English reader and fifteen hundred to a Spanish one.
    for question_id in (AMOUNT,):
        with pytest.raises(AnswerError) as caught:
            coerce_value(form.question(question_id), typed)
        assert f"could be read as {plain} or as {point}: write {plain} or {point}" in caught.value.text("en")
        for language in ("zh", "fr", "es", "ru", "ar"):
            assert typed in caught.value.text(language) and caught.value.text(language) != caught.value.text("en")


@pytest.mark.parametrize("typed", ["1e5", "1E5", "2.5e-3"])
def test_exponent_notation_is_refused_with_a_message(small_form: Questionnaire, typed: str) -> None:
    form = small_form
    for question_id in (AMOUNT, COUNT):
        with pytest.raises(AnswerError) as caught:
            coerce_value(form.question(question_id), typed)
        assert "write the number in full" in caught.value.text("en")


@pytest.mark.parametrize(
    "typed",
    ["1,50,000", "15 00", "1 5", "1,500.000.5", "1 500.000,5", "1..5", "12,5,", "1__5", "1 500'000", "--5", "+"],
)
def test_malformed_digit_groups_are_refused_never_trimmed(small_form: Questionnaire, typed: str) -> None:
    form = small_form
    with pytest.raises(AnswerError):
        coerce_value(form.question(AMOUNT), typed)


def test_whole_number_with_a_fraction_is_refused(small_form: Questionnaire) -> None:
    form = small_form
    with pytest.raises(AnswerError, match="is not a whole number"):
        coerce_value(form.question(COUNT), "1 500,5")


def test_more_significant_digits_than_a_float_keeps_are_refused(small_form: Questionnaire) -> None:
    form = small_form
    with pytest.raises(AnswerError) as caught:
        coerce_value(form.question(AMOUNT), "12345678901234567890.5")
    assert "more than 15 significant digits" in caught.value.text("en")
    with pytest.raises(AnswerError):
        coerce_value(form.question(AMOUNT), "0.1234567890123456")
    with pytest.raises(AnswerError):
        coerce_value(form.question(AMOUNT), "0." + "0" * 400 + "1")  # would silently become 0.0
    assert coerce_value(form.question(AMOUNT), "0.123456789012345") == 0.123456789012345


def test_whole_numbers_over_eighteen_digits_are_refused_however_long(small_form: Questionnaire) -> None:
    form = small_form
    with pytest.raises(AnswerError, match="more than 18 digits"):
        coerce_value(form.question(COUNT), "1" * 19)
    with pytest.raises(AnswerError, match="more than 18 digits"):
        coerce_value(form.question(COUNT), "9" * 5000)  # beyond what int() reads from text


def test_a_number_from_a_spreadsheet_is_taken_as_it_is(small_form: Questionnaire) -> None:
    form = small_form
    assert coerce_value(form.question(AMOUNT), 250.0) == 250.0
    assert coerce_value(form.question(COUNT), 1500.0) == 1500


def test_true_false_message_names_the_kind_of_answer_in_good_grammar(small_form: Questionnaire) -> None:
    form = small_form
    with pytest.raises(AnswerError) as caught:
        coerce_value(form.question(COUNT), True)
    assert "give a integer" not in caught.value.text("en")
    assert "give a value of type integer" in caught.value.text("en")


@pytest.mark.parametrize(
    ("value", "text"),
    [(5_000_000_000, "5000000000"), (250.0, "250"), (0.1234567, "0.1234567"), (1e20, "100000000000000000000"),
     (5e-7, "0.0000005"), (-2.5, "-2.5"), (1.2345678901234567e19, "12345678901234567000")],
)
def test_number_text_shows_the_stored_number_exactly(value: float, text: str) -> None:
    assert number_text(value) == text


@pytest.mark.parametrize("value", [5_000_000_000, 250.0, 0.1234567, 1e20, 5e-7, -2.5, 123456789012.345])
def test_number_text_reads_back_as_the_same_number(value: float) -> None:
    assert parse_number(number_text(value), whole=isinstance(value, int)) == value


def test_a_percent_sign_is_taken_only_by_a_percentage_question(small_form: Questionnaire) -> None:
    form = small_form
    # "75%" in an amount of US dollars is not 75 dollars: refused, not trimmed.
    assert coerce_value(form.question(PERCENT), "75%") == 75.0
    with pytest.raises(AnswerError):
        coerce_value(form.question(AMOUNT), "75%")


@pytest.mark.parametrize(
    ("question_id", "typed", "expected"),
    [
        (COUNT, "١٥", 15),  # Arabic-Indic, as typed on an Arabic keyboard
        (COUNT, "۱۲۳", 123),  # Persian digits
        (COUNT, "１２３", 123),  # full width, from a Chinese input method
        (COUNT, "١٬٢٣٤", 1234),  # the Arabic thousands mark
        (AMOUNT, "١٢٣٫٥", 123.5),  # the Arabic decimal mark
        (AMOUNT, "１２．５", 12.5),
        (PERCENT, "٧٥٪", 75.0),  # the Arabic percent sign
    ],
)
def test_digits_of_other_scripts_are_read_as_the_same_number(small_form: Questionnaire, question_id: str, typed: str,
                                                             expected: float) -> None:
    form = small_form
    assert coerce_value(form.question(question_id), typed) == expected


def test_minus_zero_is_stored_as_zero(small_form: Questionnaire) -> None:
    form = small_form
    value = coerce_value(form.question(AMOUNT), "-0")
    assert value == 0 and str(value) == "0.0"


@pytest.mark.parametrize(("typed", "expected"), [("1,500", 1500), ("1.500", 1500), ("-1,500", -1500), ("12.000", 12000)])
def test_where_only_a_whole_number_can_be_meant_one_group_mark_is_read_as_thousands(
    small_form: Questionnaire, typed: str, expected: int
) -> None:
    form = small_form
    # In a count "1.500" cannot be one and a half: it is fifteen hundred, however it is written.
    assert coerce_value(form.question(COUNT), typed) == expected
