"""A long table changed by one cell: the store checks the rows that changed, with the same result as checking all."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bsreporter.errors import AnswerError
from bsreporter.form import values
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report

TABLE = "law_list"
ROWS = 1_000


def _rows(count: int = ROWS) -> list[dict[str, Any]]:
    return [{"law_title": f"Regulation {n}", "law_kind": "law", "law_year": 1990 + n % 30} for n in range(count)]


@pytest.fixture
def long_table(tmp_path: Path, small_form: Questionnaire) -> Path:
    form = small_form
    path = tmp_path / "table.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("has_law", "yes")
        report.set_answer(TABLE, _rows())
    return path


@pytest.fixture
def rows_checked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The row numbers the table check looks at, in order."""
    checked: list[int] = []
    original = values._coerce_row

    def counting(question: Any, columns: Any, row: Any, index: int) -> dict[str, Any]:
        checked.append(index)
        return original(question, columns, row, index)

    monkeypatch.setattr(values, "_coerce_row", counting)
    yield checked


def _stored(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT value FROM answers WHERE question_id = ?", (TABLE,)).fetchone()[0])
    finally:
        conn.close()


def test_storing_one_cell_of_a_1000_row_table_checks_only_that_row(long_table: Path, rows_checked: list[int]) -> None:
    with Report.open(long_table) as report:
        shown = report.answer(TABLE)  # what the window reads on opening
        assert shown is not None
        changed = [dict(row) for row in shown.value]
        changed[499]["law_title"] = "Biosafety Act, amended"
        rows_checked.clear()
        stored = report.set_answer(TABLE, changed)
        assert rows_checked == [500]
        assert stored.value == changed
    assert json.loads(_stored(long_table))[499]["law_title"] == "Biosafety Act, amended"


def test_a_table_stored_then_changed_by_one_cell_checks_only_that_row(long_table: Path,
                                                                     rows_checked: list[int]) -> None:
    with Report.open(long_table) as report:
        rows = _rows()
        report.set_answer(TABLE, rows)  # the same rows, as given: all checked this once
        assert len(rows_checked) == ROWS
        rows[7]["law_year"] = 2001
        rows_checked.clear()
        report.set_answer(TABLE, rows)
        assert rows_checked == [8]


def test_a_bad_cell_in_the_changed_row_is_refused_as_a_full_check_refuses_it(long_table: Path) -> None:
    before = _stored(long_table)
    with Report.open(long_table) as report:
        shown = report.answer(TABLE)
        assert shown is not None
        changed = [dict(row) for row in shown.value]
        changed[41]["law_year"] = 1800
        with pytest.raises(AnswerError) as refused:
            report.set_answer(TABLE, changed)
    with pytest.raises(AnswerError) as in_full:
        values.coerce_value(report.form.question(TABLE), changed)
    assert refused.value.text("en") == in_full.value.text("en")
    assert "42" in refused.value.text("en")  # the row is named by its own number
    assert _stored(long_table) == before


@pytest.mark.parametrize("cell", [True, 2001.0, "2001"])
def test_a_cell_equal_to_a_checked_one_but_of_another_type_is_checked_again(long_table: Path, cell: object,
                                                                           rows_checked: list[int]) -> None:
    with Report.open(long_table) as report:
        rows = _rows()
        report.set_answer(TABLE, rows)
        rows[3]["law_year"] = cell
        rows_checked.clear()
        expected: Any
        try:
            expected = values.coerce_value(report.form.question(TABLE), rows)
        except AnswerError as exc:
            expected = exc.text("en")
        rows_checked.clear()
        try:
            got: Any = report.set_answer(TABLE, rows).value
        except AnswerError as exc:
            got = exc.text("en")
        assert rows_checked == [4]
        assert got == expected


def test_too_many_rows_are_refused_even_when_every_row_was_checked_before(long_table: Path) -> None:
    before = _stored(long_table)
    with Report.open(long_table) as report:
        rows = _rows()
        with pytest.raises(AnswerError, match=r"1,000|1000"):
            report.set_answer(TABLE, [*rows, rows[0]])
    assert _stored(long_table) == before


def test_changing_a_row_read_back_does_not_change_what_the_next_check_knows(long_table: Path) -> None:
    with Report.open(long_table) as report:
        shown = report.answer(TABLE)
        assert shown is not None
        shown.value[0]["law_year"] = 1800  # a caller editing the rows it was given, in place
        with pytest.raises(AnswerError):
            report.set_answer(TABLE, shown.value)
        again = report.answer(TABLE)
        assert again is not None and again.value[0]["law_year"] == 1990
