"""A stored answer that does not fit its question opens as invalid, kept as stored, never a dead report."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bsreporter.cli import main
from bsreporter.errors import AnswerError
from bsreporter.form.model import Questionnaire
from bsreporter.form.values import InvalidValue
from bsreporter.report.completeness import Status, check_completeness
from bsreporter.report.store import Report

#: question id -> a stored value (the answers table's value column) that does not fit it.
MALFORMED = {
    "staff_trained": '"many"',             # text for a number question
    "period_start": '["2019-01-01"]',      # a list for a date
    "period_end": '{not json',             # not JSON at all
    "needs_assessed": '"perhaps"',  # an option no longer in the list
    "law_list": '[{"law_year": [1, 2]}]',  # a table cell of the wrong shape
}


def _write_raw(path: Path, rows: dict[str, str]) -> None:
    """Put rows in the answers table the way another tool would, bypassing every check."""
    conn = sqlite3.connect(path)
    with conn:
        for question_id, value in rows.items():
            conn.execute(
                "INSERT OR REPLACE INTO answers (question_id, value, special, needs_review, updated_at, author) "
                "VALUES (?, ?, NULL, 0, '2024-01-01T00:00:00.000000Z', 'someone')", (question_id, value))
    conn.close()


def _stored(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT question_id, value FROM answers"))
    finally:
        conn.close()


@pytest.fixture
def damaged(tmp_path: Path, small_form: Questionnaire) -> Path:
    form = small_form
    path = tmp_path / "damaged.bsr"
    with Report.create(path, party="Arcadia", form=form, author="tester") as report:
        report.set_answer("has_law", "yes")
    _write_raw(path, MALFORMED)
    return path


def test_malformed_answers_open_as_invalid_with_their_stored_text(damaged: Path) -> None:
    with Report.open(damaged, read_only=True) as report:
        answers = report.answers()
        for question_id, raw in MALFORMED.items():
            value = answers[question_id].value
            assert isinstance(value, InvalidValue), question_id
            assert value.raw == raw
            assert report.answer(question_id) == answers[question_id]
        result = check_completeness(report.form, answers)
    for question_id in MALFORMED:
        assert result.questions[question_id].status is Status.INVALID, question_id
        assert result.questions[question_id] in result.blockers
    assert answers["party"].value == "Arcadia"  # the rest of the report reads as before


def test_invalid_answer_reason_says_why_in_the_person_language(damaged: Path) -> None:
    with Report.open(damaged, read_only=True) as report:
        value = report.answer("staff_trained").value
    assert "'many' is not a whole number" in value.reason("en")
    assert "n'est pas un nombre entier" in value.reason("fr")


def test_invalid_answer_counts_as_unanswered_in_rules(damaged: Path) -> None:
    """A follow-up of an invalid select answer is not asked, as if the question were blank."""
    with Report.open(damaged, read_only=True) as report:
        result = check_completeness(report.form, report.answers())
        follow_ups = [q.id for q in report.form.iter_questions()
                      if q.relevant is not None and "needs_assessed" in q.relevant.source]
    assert follow_ups
    for question_id in follow_ups:
        assert result.questions[question_id].status is Status.NOT_RELEVANT


def test_invalid_answer_kept_byte_for_byte_until_a_new_answer(damaged: Path) -> None:
    with Report.open(damaged, author="tester") as report:
        report.set_answer("party", "Arcadia, Republic of")  # other answers change
        report.set_answer("needs_areas", ["training"])
        with pytest.raises(AnswerError):
            report.set_answer("period_start", "2030-13-40")  # a refused correction changes nothing
    assert {k: _stored(damaged)[k] for k in MALFORMED} == MALFORMED
    with Report.open(damaged, author="tester") as report:
        report.set_answer("staff_trained", 3)
        assert report.answer("staff_trained").value == 3
    assert _stored(damaged)["staff_trained"] == "3"


def test_cli_get_and_check_show_the_invalid_answer(damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["get", str(damaged), "staff_trained"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert (got["status"], got["value"]) == ("invalid", '"many"')
    assert main(["check", str(damaged), "--json"]) == 1
    blockers = {b["question_id"]: b for b in json.loads(capsys.readouterr().out)["blockers"]}
    assert set(MALFORMED) <= set(blockers)
    assert "not a whole number" in blockers["staff_trained"]["reason"]
    assert main(["check", str(damaged)]) == 1
    assert "staff_trained" in capsys.readouterr().out
    assert {k: _stored(damaged)[k] for k in MALFORMED} == MALFORMED


def test_bytes_that_are_not_text_do_not_stop_the_report(tmp_path: Path, small_form: Questionnaire,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Broken UTF-8 in a text column and a binary value: the report opens, and both can be corrected."""
    form = small_form
    path = tmp_path / "r.bsr"
    with Report.create(path, party="Arcadia", form=form):
        pass
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO answers (question_id, value, special, needs_review, updated_at, author) "
                     "VALUES ('contact_name', CAST(X'22416EFF6122' AS TEXT), NULL, 0, '2024-01-01T00:00:00Z', 'x')")
        conn.execute("INSERT INTO answers (question_id, value, special, needs_review, updated_at, author) "
                     "VALUES ('staff_trained', X'0102', NULL, 0, '2024-01-01T00:00:00Z', 'x')")
    conn.close()
    assert main(["check", str(path)]) == 1
    assert "unexpected problem" not in capsys.readouterr().err
    with Report.open(path, author="tester") as report:
        assert report.answer("contact_name").value == "An\ufffda"  # the broken byte shows as a replacement mark
        assert isinstance(report.answer("staff_trained").value, InvalidValue)
        report.set_answer("contact_name", "Ana")
        report.set_answer("staff_trained", 2)
        assert (report.answer("contact_name").value, report.answer("staff_trained").value) == ("Ana", 2)


def test_expressions_and_indicators_see_an_invalid_answer_as_unanswered(damaged: Path) -> None:
    with Report.open(damaged, read_only=True) as report:
        values = report.values()
    assert not set(MALFORMED) & set(values)
    assert values["has_law"] == "yes"
