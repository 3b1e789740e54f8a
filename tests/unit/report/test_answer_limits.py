"""Answers refused with a clear reason: absurd nesting, unstorable characters, out-of-range table cells,
and dates that contradict each other, whichever of the two is given second."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from bsreporter.cli import main
from bsreporter.errors import AnswerError
from bsreporter.form.values import coerce_value, value_to_json
from bsreporter.report.store import Report


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _answers_table(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT question_id, value FROM answers ORDER BY question_id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "r.bsr"
    assert main(["new", str(target), "--party", "Arcadia", "--form", "cpb-sp-2011-2020"]) == 0
    assert main(["set", str(target), "nbf_legislation_in_place", "yes"]) == 0
    capsys.readouterr()
    return target


@pytest.mark.parametrize("question_id", ["nbf_instruments", "cb_needs_areas"])
def test_deeply_nested_json_is_a_clear_refusal(path: Path, question_id: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    before = _answers_table(path)
    assert main(["set", str(path), question_id, "[" * 100_000]) == 2
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "unexpected problem" not in err
    assert _answers_table(path) == before


@pytest.mark.parametrize(("question_id", "value"), [
    ("nfp_name", "Ana\udc80"),                              # what surrogateescape makes of a stray byte
    ("nbf_instruments", '[{"instrument_title": "Act \\udc80"}]'),  # a lone surrogate escaped in JSON
    ("cb_needs_areas", '["\\ud800"]'),
    ("cpb_focal_point_designated", "yes\udc80"),
])
def test_lone_surrogates_are_refused_and_never_reach_the_file(path: Path, question_id: str, value: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    before = _answers_table(path)
    assert main(["set", str(path), question_id, value]) == 2
    err = capsys.readouterr().err
    assert "unexpected problem" not in err
    assert _answers_table(path) == before
    if question_id in ("nfp_name", "nbf_instruments"):
        assert "characters that cannot be stored" in err


def test_surrogate_in_the_author_name_is_refused(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _digest(path)
    assert main(["set", str(path), "nfp_name", "Ana", "--author", "J\udcf6rg"]) == 2
    err = capsys.readouterr().err
    assert "cannot be stored" in err and "unexpected problem" not in err
    assert _digest(path) == before


def test_value_to_json_refuses_a_lone_surrogate() -> None:
    with pytest.raises(AnswerError):
        value_to_json("x\udc80")


@pytest.mark.parametrize("year", [10**20, -(10**20), "100000000000000000000", 99_999, 1_800])
def test_a_table_year_outside_its_range_is_refused(path: Path, year: object,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    before = _answers_table(path)
    table = json.dumps([{"instrument_title": "Biosafety Act", "instrument_status": "in_force", "year_adopted": year}])
    assert main(["set", str(path), "nbf_instruments", table]) == 2
    err = capsys.readouterr().err
    assert "row 1, column 'Year adopted'" in err and "unexpected problem" not in err
    assert _answers_table(path) == before


def test_a_year_column_message_is_the_form_s_in_the_person_language(path: Path) -> None:
    with Report.open(path, read_only=True) as report:
        question = report.form.question("nbf_instruments")
    with pytest.raises(AnswerError) as refused:
        coerce_value(question, [{"instrument_title": "Act", "year_adopted": 3000}])
    assert "Enter the year with four digits" in str(refused.value)
    assert "quatre chiffres" in refused.value.text("fr")


def test_whole_numbers_have_at_most_18_digits(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["set", str(path), "rarm_assessments_count", str(10**20)]) == 2
    assert "more than 18 digits" in capsys.readouterr().err  # typed or given as a number, the same reason
    with Report.open(path) as report, pytest.raises(AnswerError, match="more than 18 digits"):
        report.set_answer("rarm_assessments_count", 10**20)


def test_a_start_after_the_stored_end_is_refused_naming_the_end(path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["set", str(path), "period_end", "2018-12-31"]) == 0
    before = _digest(path)
    assert main(["set", str(path), "period_start", "2019-06-01"]) == 2
    err = capsys.readouterr().err
    assert "start of the period must come before the end of the period" in err
    assert _digest(path) == before
    assert main(["set", str(path), "period_start", "2015-01-01"]) == 0


def test_an_end_before_the_stored_start_is_refused_naming_the_start(path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["set", str(path), "period_start", "2019-01-01"]) == 0
    capsys.readouterr()
    assert main(["set", str(path), "period_end", "2018-01-01"]) == 2
    assert "end of the period must come after its start" in capsys.readouterr().err


def test_period_messages_exist_in_six_languages(path: Path) -> None:
    with Report.open(path, read_only=True) as report:
        message = report.form.question("period_start").constraint_message
    assert set(message.by_language) == {"en", "zh", "fr", "es", "ru", "ar"}


def test_an_end_after_the_stored_submission_date_is_refused(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["set", str(path), "submission_date", "2019-11-15"]) == 0
    capsys.readouterr()
    before = _digest(path)
    assert main(["set", str(path), "period_end", "2019-12-31"]) == 2
    assert "cannot be later than the date of submission" in capsys.readouterr().err
    assert _digest(path) == before
    assert main(["set", str(path), "period_end", "2019-10-01"]) == 0
