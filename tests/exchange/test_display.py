"""Answers as display text per language (report/display.py)."""

from __future__ import annotations

import datetime as dt

from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.report.completeness import Status
from bsreporter.report.display import (
    answer_text,
    format_date,
    format_decimal,
    format_integer,
    rows_text,
    special_answer_text,
    status_text,
    value_text,
)
from bsreporter.report.store import Answer


def test_integers_are_grouped_per_language_but_years_are_not() -> None:
    assert format_integer(1234567, "en") == "1,234,567"
    assert format_integer(1234567, "fr") == "1\u202f234\u202f567"
    assert format_integer(1234567, "es") == "1.234.567"
    assert format_integer(-45000, "ru") == "-45\u00a0000"
    assert format_integer(2012, "en") == "2012"


def test_decimals_have_no_float_noise_and_use_the_language_mark() -> None:
    assert format_decimal(0.1, "en") == "0.1"
    assert format_decimal(1e-7, "en") == "0.0000001"
    assert format_decimal(1250000.75, "en") == "1,250,000.75"
    assert format_decimal(1250000.75, "fr") == "1\u202f250\u202f000,75"
    assert format_decimal(3.0, "en") == "3"
    assert format_decimal(45.5, "en", percent=True) == "45.5%"
    assert format_decimal(45.5, "fr", percent=True) == "45,5\u202f%"


def test_dates_are_written_as_in_running_text() -> None:
    day = dt.date(2012, 6, 30)
    assert format_date(day, "en") == "30 June 2012"
    assert format_date(day, "zh") == "2012年6月30日"
    assert format_date(dt.date(2012, 6, 1), "fr") == "1er juin 2012"
    assert format_date(day, "es") == "30 de junio de 2012"
    assert format_date(day, "ru") == "30 июня 2012 г."


def test_choices_show_their_labels_in_the_language(small_form: Questionnaire) -> None:
    single = small_form.question("has_law")
    multiple = small_form.question("needs_areas")
    assert value_text(single, "in_progress", "en") == "In progress"
    assert value_text(single, "yes", "fr") == "Oui"
    assert value_text(multiple, ["training", "other"], "en") == "Training; Other"
    assert value_text(multiple, ["training", "other"], "fr") == "Formation; Autre"
    # Chinese separates them with its own semicolon, even around labels the form gives only in English.
    assert value_text(multiple, ["training", "other"], "zh").count("；") == 1
    assert value_text(single, "dropped_option", "en") == "dropped_option"


def test_special_answers_statuses_and_tables_have_words_in_each_language(small_form: Questionnaire) -> None:
    assert special_answer_text(SpecialAnswer.NOT_AVAILABLE, "en") == "Information not available"
    assert special_answer_text(SpecialAnswer.NOT_APPLICABLE, "zh") == "不适用"
    assert status_text(Status.MISSING, "fr") == "Sans réponse"
    assert rows_text(1, "en") == "1 row" and rows_text(3, "en") == "3 rows"
    question = small_form.question("staff_trained")
    special = Answer(question.id, None, SpecialAnswer.NOT_AVAILABLE, False, "", "")
    assert answer_text(question, special, "es") == "Información no disponible"
    assert answer_text(question, None, "en") == ""
