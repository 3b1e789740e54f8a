"""Multilingual answers through the workbook, a colleague's copy and the PDF."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.exchange import export_pdf
from bsreporter.exchange.importing import RowKind, apply_import
from bsreporter.exchange.merge import plan_merge_report
from bsreporter.exchange.sources import plan_import_file
from bsreporter.exchange.xlsx import export_xlsx
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report, Source

BILINGUAL = {"en": "The law is under review.\n[fr] a line that only looks like a tag",
             "fr": "La loi est en cours de révision.", "ar": "القانون قيد المراجعة."}


@pytest.fixture(scope="module")
def nr4() -> Questionnaire:
    """The fourth national report, whose "further details" answers are multilingual."""
    return installed_questionnaire("cpb-nr4-2019")


@pytest.fixture
def ours(tmp_path: Path, nr4: Questionnaire) -> Iterator[Report]:
    """An English report with a trilingual answer and one in English only."""
    with Report.create(tmp_path / "ours.bsr", party="Arcadia", form=nr4, author="Focal point") as report:
        report.set_answers({"Q060": BILINGUAL, "Q186": "Only English here."}, source=Source.TYPED)
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
    assert _answer_cell(tmp_path / "out.xlsx", "Q060").value == (
        "[en] The law is under review.\n[[fr] a line that only looks like a tag\n"
        "[fr] La loi est en cours de révision.\n[ar] القانون قيد المراجعة.")
    assert _answer_cell(tmp_path / "out.xlsx", "Q186").value == "Only English here."


def test_exporting_then_importing_into_a_copy_changes_nothing(ours: Report, tmp_path: Path) -> None:
    export_xlsx(ours, tmp_path / "out.xlsx")
    with Report.open(_copy(ours, tmp_path / "copy.bsr")) as copy:
        plan = plan_import_file(copy, tmp_path / "out.xlsx")
        assert {r.question_id: r.kind for r in plan.rows if r.question_id in ("Q060", "Q186")} == {
            "Q060": RowKind.SAME, "Q186": RowKind.SAME}
        assert not plan.default_selection
        assert apply_import(copy, plan).changed == 0
        assert copy.answer("Q060").value == BILINGUAL


def test_a_colleagues_translation_typed_in_the_workbook_comes_in(ours: Report, tmp_path: Path) -> None:
    export_xlsx(ours, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    sheet = book.worksheets[1]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[8].value == "Q186")
    row[4].value = "Only English here.\n[es] Solo en inglés, ahora también en español."
    book.save(tmp_path / "filled.xlsx")
    plan = plan_import_file(ours, tmp_path / "filled.xlsx")
    [changed] = [r for r in plan.rows if r.kind is not RowKind.SAME and r.question_id]
    assert changed.question_id == "Q186" and changed.kind is RowKind.CHANGED
    apply_import(ours, plan)
    assert ours.answer("Q186").value == {"en": "Only English here.",
                                         "es": "Solo en inglés, ahora también en español."}


def test_merging_a_copy_takes_their_translation_and_sees_our_equal_texts_as_the_same(
    ours: Report, tmp_path: Path
) -> None:
    copy = _copy(ours, tmp_path / "colleague.bsr")
    with Report.open(copy, author="Claire") as theirs:
        theirs.set_answer("Q186", {"en": "Only English here.", "fr": "Seulement en anglais."})
        theirs.set_answer("Q060", dict(reversed(BILINGUAL.items())))  # the same texts: no change
    plan = plan_merge_report(ours, copy)
    kinds = {r.question_id: r.kind for r in plan.rows if r.question_id in ("Q060", "Q186")}
    assert kinds == {"Q060": RowKind.SAME, "Q186": RowKind.CHANGED}
    apply_import(ours, plan, source=Source.MERGED)
    assert ours.answer("Q186").value == {"en": "Only English here.", "fr": "Seulement en anglais."}
    assert ours.history("Q186")[-1].author == "Claire"


def test_both_changing_the_texts_is_a_conflict(ours: Report, tmp_path: Path) -> None:
    copy = _copy(ours, tmp_path / "colleague.bsr")
    with Report.open(copy, author="Claire") as theirs:
        theirs.set_answer("Q186", {"en": "Only English here.", "fr": "Leur traduction."})
    ours.set_answer("Q186", {"en": "Only English here.", "fr": "Notre traduction."})
    plan = plan_merge_report(ours, copy)
    [conflict] = [r for r in plan.rows if r.kind is RowKind.CONFLICT]
    assert conflict.question_id == "Q186"
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


def test_a_cell_without_tags_is_in_the_reports_language(tmp_path: Path, nr4: Questionnaire) -> None:
    with Report.create(tmp_path / "fr.bsr", party="Arcadie", language="fr", form=nr4) as french:
        export_xlsx(french, tmp_path / "out.xlsx")
        book = openpyxl.load_workbook(tmp_path / "out.xlsx")
        row = next(r for r in book.worksheets[1].iter_rows(min_row=2) if r[8].value == "Q060")
        row[4].value = "Texte saisi par un collègue"
        book.save(tmp_path / "filled.xlsx")
        apply_import(french, plan_import_file(french, tmp_path / "filled.xlsx"))
        assert french.answer("Q060").value == {"fr": "Texte saisi par un collègue"}
