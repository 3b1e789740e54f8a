"""Multilingual answers through the workbook, a colleague's copy and the PDF."""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.exchange import export_pdf
from bsreporter.exchange.importing import RowKind, apply_import
from bsreporter.exchange.merge import plan_merge_report
from bsreporter.exchange.sources import plan_import_file
from bsreporter.exchange.xlsx import export_xlsx
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report, Source
from fixture_forms import SMALL_FORM, install_form, texts, write_form

BILINGUAL = {"en": "The law is under review.\n[fr] a line that only looks like a tag",
             "fr": "La loi est en cours de révision.", "ar": "القانون قيد المراجعة."}


def _multilingual_form() -> dict[str, Any]:
    """The small form whose further details on 1.1 (1.1.4) and a remark on 2.1 (2.1.5) are answered by language."""
    files = copy.deepcopy(SMALL_FORM)
    laws = files["fa1.yaml"]["objectives"][0]["questions"]
    next(q for q in laws if q["name"] == "remarks_1_1")["appearance"] = "multilingual"
    files["fa2.yaml"]["objectives"][0]["questions"].append(
        {"indicators": ["2.1.a"], "name": "remarks_2_1", "type": "text", "appearance": "multilingual",
         "required": False, **texts("Further details on 2.1", "Précisions sur 2.1")})
    return files


@pytest.fixture
def multilingual_form(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Questionnaire:
    """A form whose "further details" answers are multilingual, installed: a colleague's copy opens by it."""
    return install_form(monkeypatch, write_form(tmp_path / "multilingual-form", _multilingual_form()))


@pytest.fixture
def ours(tmp_path: Path, multilingual_form: Questionnaire) -> Iterator[Report]:
    """An English report with a trilingual answer and one in English only."""
    with Report.create(tmp_path / "ours.bsr", party="Arcadia", form=multilingual_form, author="Focal point") as report:
        report.set_answers({"remarks_1_1": BILINGUAL, "remarks_2_1": "Only English here."}, source=Source.TYPED)
        yield report


def _copy(report: Report, path: Path) -> Path:
    target = sqlite3.connect(path)
    report.copy_into(target)
    target.close()
    return path


def _answer_cell(path: Path, question_id: str) -> openpyxl.cell.Cell:
    sheet = openpyxl.load_workbook(path).worksheets[1]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[8].value == question_id)
    return row[4]


def test_the_workbook_cell_holds_each_language_after_its_tag(ours: Report, tmp_path: Path) -> None:
    export_xlsx(ours, tmp_path / "out.xlsx")
    assert _answer_cell(tmp_path / "out.xlsx", "remarks_1_1").value == (
        "[en] The law is under review.\n[[fr] a line that only looks like a tag\n"
        "[fr] La loi est en cours de révision.\n[ar] القانون قيد المراجعة.")
    assert _answer_cell(tmp_path / "out.xlsx", "remarks_2_1").value == "Only English here."


def test_exporting_then_importing_into_a_copy_changes_nothing(ours: Report, tmp_path: Path) -> None:
    export_xlsx(ours, tmp_path / "out.xlsx")
    with Report.open(_copy(ours, tmp_path / "copy.bsr")) as copy:
        plan = plan_import_file(copy, tmp_path / "out.xlsx")
        assert {r.question_id: r.kind for r in plan.rows if r.question_id in ("remarks_1_1", "remarks_2_1")} == {
            "remarks_1_1": RowKind.SAME, "remarks_2_1": RowKind.SAME}
        assert not plan.default_selection
        assert apply_import(copy, plan).changed == 0
        assert copy.answer("remarks_1_1").value == BILINGUAL


def test_a_colleagues_translation_typed_in_the_workbook_comes_in(ours: Report, tmp_path: Path) -> None:
    export_xlsx(ours, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    sheet = book.worksheets[1]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[8].value == "remarks_2_1")
    row[4].value = "Only English here.\n[es] Solo en inglés, ahora también en español."
    book.save(tmp_path / "filled.xlsx")
    plan = plan_import_file(ours, tmp_path / "filled.xlsx")
    [changed] = [r for r in plan.rows if r.kind is not RowKind.SAME and r.question_id]
    assert changed.question_id == "remarks_2_1" and changed.kind is RowKind.CHANGED
    apply_import(ours, plan)
    assert ours.answer("remarks_2_1").value == {"en": "Only English here.",
                                         "es": "Solo en inglés, ahora también en español."}


def test_merging_a_copy_takes_their_translation_and_sees_our_equal_texts_as_the_same(
    ours: Report, tmp_path: Path
) -> None:
    copy = _copy(ours, tmp_path / "colleague.bsr")
    with Report.open(copy, author="Claire") as theirs:
        theirs.set_answer("remarks_2_1", {"en": "Only English here.", "fr": "Seulement en anglais."})
        theirs.set_answer("remarks_1_1", dict(reversed(BILINGUAL.items())))  # the same texts: no change
    plan = plan_merge_report(ours, copy)
    kinds = {r.question_id: r.kind for r in plan.rows if r.question_id in ("remarks_1_1", "remarks_2_1")}
    assert kinds == {"remarks_1_1": RowKind.SAME, "remarks_2_1": RowKind.CHANGED}
    apply_import(ours, plan, source=Source.MERGED)
    assert ours.answer("remarks_2_1").value == {"en": "Only English here.", "fr": "Seulement en anglais."}
    assert ours.history("remarks_2_1")[-1].author == "Claire"


def test_both_changing_the_texts_is_a_conflict(ours: Report, tmp_path: Path) -> None:
    copy = _copy(ours, tmp_path / "colleague.bsr")
    with Report.open(copy, author="Claire") as theirs:
        theirs.set_answer("remarks_2_1", {"en": "Only English here.", "fr": "Leur traduction."})
    ours.set_answer("remarks_2_1", {"en": "Only English here.", "fr": "Notre traduction."})
    plan = plan_merge_report(ours, copy)
    [conflict] = [r for r in plan.rows if r.kind is RowKind.CONFLICT]
    assert conflict.question_id == "remarks_2_1"
    assert conflict.incoming == ({"en": "Only English here.", "fr": "Leur traduction."}, None)


@needs_poppler
def test_the_pdf_shows_each_text_under_its_language(ours: Report, tmp_path: Path) -> None:
    export_pdf(ours, tmp_path / "r.pdf")
    text = pdf_text(tmp_path / "r.pdf")
    assert "The law is under review." in text
    assert "La loi est en cours de révision." in text
    flat = squeezed(text)
    assert flat.index("English") < flat.index("Thelawisunderreview") < flat.index("Français") \
        < flat.index("Laloiestencours")
    assert "العربية" in text and "القانون قيد المراجعة" in text  # in its own font, read right to left


def test_a_cell_without_tags_is_in_the_reports_language(tmp_path: Path, multilingual_form: Questionnaire) -> None:
    with Report.create(tmp_path / "fr.bsr", party="Arcadie", language="fr", form=multilingual_form) as french:
        export_xlsx(french, tmp_path / "out.xlsx")
        book = openpyxl.load_workbook(tmp_path / "out.xlsx")
        row = next(r for r in book.worksheets[1].iter_rows(min_row=2) if r[8].value == "remarks_1_1")
        row[4].value = "Texte saisi par un collègue"
        book.save(tmp_path / "filled.xlsx")
        apply_import(french, plan_import_file(french, tmp_path / "filled.xlsx"))
        assert french.answer("remarks_1_1").value == {"fr": "Texte saisi par un collègue"}
