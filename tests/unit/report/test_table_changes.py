"""A table answer compared with another row by row and cell by cell, on a small form written here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Question, Questionnaire
from bsreporter.report.compare import CellChange, RowChangeKind, compare_tables, key_column

KINDS = [{"name": "law", "label::en": "Law", "label::fr": "Loi"},
         {"name": "rule", "label::en": "Rule", "label::fr": "Règlement"}]


def _table(name: str, first: str) -> dict[str, Any]:
    return {"name": name, "type": "table", "label::en": name, "label::fr": name, "columns": [
        {"name": first, "type": "text", "label::en": "Title", "label::fr": "Titre"},
        {"name": "kind", "type": "select_one kinds", "label::en": "Kind", "label::fr": "Nature"},
        {"name": "year", "type": "integer", "label::en": "Year", "label::fr": "Année", "required": False},
    ]}


@pytest.fixture(scope="module")
def small_form(tmp_path_factory: pytest.TempPathFactory) -> Questionnaire:
    folder: Path = tmp_path_factory.mktemp("tables")
    files = {
        "form.yaml": {"id": "tables", "version": "1", "title::en": "Tables", "title::fr": "Tableaux",
                      "languages": ["en", "fr"], "required_languages": ["en"], "parts": ["general.yaml"]},
        "general.yaml": {"section": {"id": "general", "title::en": "General", "title::fr": "Général"},
                         "questions": [_table("instruments", "instrument_title"), _table("courses", "venue")],
                         "choices": {"kinds": KINDS}},
    }
    for name, data in files.items():
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_questionnaire(folder)


def _row(title: str, kind: str = "law", year: int | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {"instrument_title": title, "kind": kind}
    if year is not None:
        row["year"] = year
    return row


def _instruments(form: Questionnaire) -> Question:
    return form.questions["instruments"]


def test_a_row_inserted_in_the_middle_is_one_added_row_not_every_row_below_changed(small_form: Questionnaire) -> None:
    old = [_row("Act"), _row("Decree", "rule"), _row("Order", "rule")]
    new = [_row("Act"), _row("Regulation", "rule", 2010), _row("Decree", "rule"), _row("Order", "rule")]
    changes = compare_tables(_instruments(small_form), old, new)
    assert changes is not None
    assert [(c.kind, c.new_index) for c in changes.rows] == [(RowChangeKind.ADDED, 1)]
    assert changes.unchanged == 3


def test_a_changed_cell_says_its_column_old_and_new_value(small_form: Questionnaire) -> None:
    old = [_row("Act", year=2001), _row("Decree", "rule")]
    new = [_row("Act", year=2004), _row("Decree", "rule")]
    changes = compare_tables(_instruments(small_form), old, new)
    assert changes is not None
    (change,) = changes.rows
    assert (change.kind, change.old_index, change.new_index) == (RowChangeKind.CHANGED, 0, 0)
    assert change.cells == (CellChange("year", 2001, 2004),)


def test_rows_are_matched_by_their_title_when_moved_and_changed(small_form: Questionnaire) -> None:
    old = [_row("Act"), _row("Decree", "rule"), _row("Order", "rule")]
    new = [_row("decree ", "law"), _row("Order", "rule"), _row("Act")]  # the title typed again, differently
    changes = compare_tables(_instruments(small_form), old, new)
    assert changes is not None and changes.key_column == "instrument_title"
    (change,) = changes.rows
    assert (change.kind, change.old_index, change.new_index) == (RowChangeKind.CHANGED, 1, 0)
    assert [cell.column for cell in change.cells] == ["instrument_title", "kind"]
    assert changes.unchanged == 2  # Act moved to the end: neither removed nor added


def test_without_a_title_rows_are_matched_by_likeness_then_by_position(small_form: Questionnaire) -> None:
    question = small_form.questions["courses"]
    assert key_column(question) is None  # "venue" names no row
    old = [{"venue": "Nairobi", "kind": "law", "year": 2010}, {"venue": "Lima", "kind": "rule", "year": 2011},
           {"venue": "Hanoi", "kind": "law", "year": 2012}]
    new = [{"venue": "Nairobi", "kind": "law", "year": 2010}, {"venue": "Quito", "kind": "rule", "year": 2020},
           {"venue": "Lima", "kind": "rule", "year": 2015}, {"venue": "Hanoi", "kind": "rule", "year": 2013}]
    changes = compare_tables(question, old, new)
    assert changes is not None
    kinds = [(c.kind, c.old_index, c.new_index) for c in changes.rows]
    # Lima keeps its venue and kind: the same row, its year changed; Quito is new.
    assert kinds == [(RowChangeKind.ADDED, None, 1), (RowChangeKind.CHANGED, 1, 2), (RowChangeKind.CHANGED, 2, 3)]
    assert changes.rows[1].cells == (CellChange("year", 2011, 2015),)


def test_removed_rows_are_placed_where_they_were(small_form: Questionnaire) -> None:
    old = [_row("Act"), _row("Decree", "rule"), _row("Order", "rule")]
    new = [_row("Act"), _row("Order", "rule"), _row("Circular", "rule")]
    changes = compare_tables(_instruments(small_form), old, new)
    assert changes is not None
    assert [(c.kind, c.old_index, c.new_index) for c in changes.rows] == [
        (RowChangeKind.REMOVED, 1, None), (RowChangeKind.ADDED, None, 2)]
    assert changes.rows[0].old == _row("Decree", "rule")


def test_a_blank_side_is_every_row_added_and_a_non_table_is_not_compared(small_form: Questionnaire) -> None:
    changes = compare_tables(_instruments(small_form), None, [_row("Act"), _row("Decree")])
    assert changes is not None and changes.count(RowChangeKind.ADDED) == 2 and changes.unchanged == 0
    assert compare_tables(_instruments(small_form), "3 rows", [_row("Act")]) is None


def test_a_row_retyped_in_place_with_nothing_in_common_is_changed_by_position(small_form: Questionnaire) -> None:
    changes = compare_tables(_instruments(small_form), [_row("Act"), _row("Decree", "rule")],
                             [_row("Act"), _row("Statute", "law", 1999)])
    assert changes is not None
    (change,) = changes.rows
    assert (change.kind, change.old_index, change.new_index) == (RowChangeKind.CHANGED, 1, 1)
    assert [cell.column for cell in change.cells] == ["instrument_title", "kind", "year"]
