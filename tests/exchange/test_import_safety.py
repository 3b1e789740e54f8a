"""Imports and merges that must not lose an answer: emptied and formula cells, a clock set back, big
workbooks, previous-cycle answers, another Party's file, a question given twice."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from bsreporter.cli import main
from bsreporter.errors import ExchangeError
from bsreporter.exchange import export_xlsx, read_workbook
from bsreporter.exchange import sources as sources_module
from bsreporter.exchange.importing import ImportPlan, RowKind, apply_import
from bsreporter.exchange.merge import plan_merge_report
from bsreporter.exchange.sources import ForeignLayout, check_workbook, plan_import_file
from bsreporter.form.model import Questionnaire
from bsreporter.report import store
from bsreporter.report.store import Report, Source


@pytest.fixture
def ours(tmp_path: Path, small_form: Questionnaire) -> Iterator[Report]:
    with Report.create(tmp_path / "ours.bsr", party="Arcadia", form=small_form, author="Focal point") as report:
        report.set_answers({"contact_name": "Dr. Okafor", "contact_title": "Head", "remarks_1_1": "Ministry"},
                           source=Source.TYPED)
        yield report


def _rows(plan: ImportPlan) -> dict[str | None, Any]:
    return {r.question_id: r for r in plan.rows}


def _edit_workbook(path: Path, edits: dict[str, Any]) -> None:
    """Change answer cells of the Report sheet by question id, as a colleague would in a spreadsheet."""
    book = load_workbook(path)
    sheet = book.worksheets[1]
    cells = {row[8].value: row[4] for row in sheet.iter_rows(min_row=2) if row[8].value}
    for question_id, value in edits.items():
        cells[question_id].value = value
    book.save(path)


def _set_clock_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every later change is recorded years before the ones already made, as after a wrong clock."""
    times = (f"2001-01-01T00:00:{n:02d}.000000Z" for n in range(60))
    monkeypatch.setattr(store, "_now", lambda: next(times))


# -- 5: emptied cells and formulas without a saved result ---------------------------------------


def test_an_emptied_cell_is_a_cleared_row_that_is_not_applied_unless_chosen(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    _edit_workbook(workbook, {"contact_title": None})
    plan = plan_import_file(ours, workbook)
    row = _rows(plan)["contact_title"]
    assert row.kind is RowKind.CLEARED and row.current == ("Head", None) and row.incoming == (None, None)
    assert "contact_title" not in plan.default_selection
    apply_import(ours, plan)
    assert ours.answer("contact_title").value == "Head"
    apply_import(ours, plan_import_file(ours, workbook), ["contact_title"])
    assert ours.answer("contact_title").is_blank


def test_an_emptied_cell_is_cleared_only_with_the_cli_flag(tmp_path: Path, ours: Report,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    _edit_workbook(workbook, {"contact_title": None, "contact_name": "Dr. A. Okafor"})
    path = ours.path
    ours.close()
    assert main(["import", str(path), str(workbook)]) == 0
    assert "cleared" in capsys.readouterr().out
    with Report.open(path, read_only=True) as report:
        assert report.answer("contact_title").value == "Head" and report.answer("contact_name").value == "Dr. A. Okafor"
    assert main(["import", str(path), str(workbook), "--take-cleared"]) == 0
    with Report.open(path, read_only=True) as report:
        assert report.answer("contact_title").is_blank


def test_a_formula_without_a_saved_result_cannot_be_imported(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    _edit_workbook(workbook, {"contact_title": '="Dir"&"ector"', "remarks_1_1": "=1+1"})
    rows = _rows(plan_import_file(ours, workbook))
    for question_id in ("contact_title", "remarks_1_1"):
        assert rows[question_id].kind is RowKind.REJECTED
        assert "formula" in rows[question_id].reason and "save" in rows[question_id].reason
    assert "formule" in rows["contact_title"].reason_in("fr")


# -- 6: the common ground is found in the history, not by the clock ------------------------------


def _copy(report: Report, path: Path) -> Path:
    target = sqlite3.connect(path)
    report.copy_into(target)
    target.close()
    return path


def test_merge_after_the_clock_was_set_back_keeps_our_newer_answer(tmp_path: Path, ours: Report,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    copy = _copy(ours, tmp_path / "colleague.bsr")
    with Report.open(copy, author="Li Wei") as theirs:
        theirs.set_answer("needs_assessed", "yes")
    _set_clock_back(monkeypatch)
    ours.set_answer("contact_title", "Director")  # only we changed it, after the copy, with the clock set back
    ours.set_answer("remarks_1_1", "Ministry of Agriculture")
    with Report.open(copy, author="Li Wei") as theirs:
        theirs.set_answer("remarks_1_1", "Ministry of Environment")  # both changed this one
    plan = plan_merge_report(ours, copy)
    rows = _rows(plan)
    assert rows["contact_title"].kind is RowKind.SAME
    assert rows["remarks_1_1"].kind is RowKind.CONFLICT
    assert rows["needs_assessed"].kind is RowKind.NEW
    apply_import(ours, plan, source=Source.MERGED)
    assert ours.answer("contact_title").value == "Director"
    assert ours.answer("remarks_1_1").value == "Ministry of Agriculture"


def test_importing_a_copy_after_the_clock_was_set_back_keeps_our_newer_answer(
        tmp_path: Path, ours: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = _copy(ours, tmp_path / "colleague.bsr")
    _set_clock_back(monkeypatch)
    ours.set_answer("contact_title", "Director")  # only we changed it since the copy was made
    rows = _rows(plan_import_file(ours, copy))
    assert rows["contact_title"].kind is RowKind.SAME
    assert "contact_title" not in plan_import_file(ours, copy).default_selection


def test_workbook_import_after_the_clock_was_set_back_keeps_our_newer_answer(
        tmp_path: Path, ours: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    _edit_workbook(workbook, {"remarks_1_1": "Ministry of Environment"})
    _set_clock_back(monkeypatch)
    ours.set_answer("contact_title", "Director")  # only we changed it since the export
    ours.set_answer("remarks_1_1", "Ministry of Agriculture")  # both changed it
    rows = _rows(plan_import_file(ours, workbook))
    assert rows["contact_title"].kind is RowKind.SAME
    assert rows["remarks_1_1"].kind is RowKind.CONFLICT


def test_a_workbook_whose_history_mark_is_unknown_gives_conflicts_not_overwrites(tmp_path: Path,
                                                                                 ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    about = book.worksheets[0]
    for row in about.iter_rows():
        if row[2].value in ("history_mark", "answers_as_of"):
            row[1].value = None  # as in a workbook of an earlier version of the program
    book.save(workbook)
    _edit_workbook(workbook, {"contact_title": "Director", "remarks_1_1": None})
    rows = _rows(plan_import_file(ours, workbook))
    assert rows["contact_title"].kind is RowKind.CONFLICT
    assert rows["remarks_1_1"].kind is RowKind.CLEARED
    assert rows["contact_name"].kind is RowKind.SAME


# -- 10: big workbooks are refused before they are parsed ----------------------------------------


def _raw_workbook(path: Path, rows: int, columns: int, *, far_row: int | None = None) -> Path:
    """A workbook written as XML straight into a zip: cheap to make whatever its size."""
    cells = "".join(f'<c r="{_letters(c)}{{r}}" t="n"><v>1</v></c>' for c in range(1, columns + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.'
                         'org/package/2006/content-types"/>')
        archive.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.'
                         'org/spreadsheetml/2006/main"/>')
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                        b'2006/main"><dimension ref="A1:A1"/><sheetData>')
            for r in range(1, rows + 1):
                sheet.write(f'<row r="{r}">{cells.format(r=r)}</row>'.encode())
            if far_row is not None:
                sheet.write(f'<row r="{far_row}"><c r="A{far_row}"><v>1</v></c></row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


def _letters(column: int) -> str:
    text = ""
    while column:
        column, rest = divmod(column - 1, 26)
        text = chr(65 + rest) + text
    return text


def test_a_workbook_with_too_many_cells_is_refused_before_it_is_parsed(tmp_path: Path, ours: Report,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = _raw_workbook(tmp_path / "huge.xlsx", rows=1_000, columns=300)  # 300,000 cells
    monkeypatch.setattr(sources_module, "load_workbook", _must_not_be_called)
    before = ours.path.read_bytes()
    with pytest.raises(ExchangeError) as refused:
        plan_import_file(ours, path)
    assert refused.value.key == "too_many_cells"
    assert "200,000" in str(refused.value)
    assert ours.path.read_bytes() == before


def test_a_sheet_reaching_far_down_is_refused_before_it_is_parsed(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = _raw_workbook(tmp_path / "sparse.xlsx", rows=2, columns=3, far_row=900_000)
    monkeypatch.setattr(sources_module, "load_workbook", _must_not_be_called)
    with pytest.raises(ExchangeError) as refused:
        check_workbook(path)
    assert refused.value.key in ("too_many_rows", "too_many_cells")


def test_sheets_too_big_uncompressed_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _raw_workbook(tmp_path / "wide.xlsx", rows=200, columns=50)
    monkeypatch.setattr(sources_module, "MAX_SHEET_BYTES", 100_000)
    monkeypatch.setattr(sources_module, "load_workbook", _must_not_be_called)
    with pytest.raises(ExchangeError) as refused:
        check_workbook(path)
    assert refused.value.key == "sheets_too_big"


def _must_not_be_called(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the workbook was parsed before its size was checked")


# -- 11: a previous cycle's answers fill only what is blank --------------------------------------


def test_previous_cycle_import_keeps_this_cycles_answers_unless_chosen(tmp_path: Path, ours: Report,
                                                                     small_form: Questionnaire) -> None:
    with Report.create(tmp_path / "previous.bsr", party="Arcadia", form=small_form) as previous:
        previous.set_answers({"contact_title": "Deputy", "needs_assessed": "yes"}, source=Source.TYPED)
    plan = plan_import_file(ours, tmp_path / "previous.bsr", previous_cycle=True)
    rows = _rows(plan)
    assert rows["contact_title"].kind is RowKind.KEPT and rows["needs_assessed"].kind is RowKind.NEW
    assert "kept" in rows["contact_title"].reason_in("en") and rows["contact_title"].reason_in("fr") != \
        rows["contact_title"].reason_in("en")
    assert plan.default_selection == {"needs_assessed"}
    apply_import(ours, plan)
    assert ours.answer("contact_title").value == "Head"
    apply_import(ours, plan_import_file(ours, tmp_path / "previous.bsr", previous_cycle=True), ["contact_title"])
    assert ours.answer("contact_title").value == "Deputy"


def test_previous_cycle_import_on_the_cli_overwrites_only_with_the_flag(tmp_path: Path,
                                                                       small_form: Questionnaire) -> None:
    with Report.create(tmp_path / "previous.bsr", party="Arcadia", form=small_form) as previous:
        previous.set_answers({"contact_title": "Deputy", "needs_assessed": "yes"}, source=Source.TYPED)
    with Report.create(tmp_path / "now.bsr", party="Arcadia", form=small_form) as now:
        now.set_answer("contact_title", "Head")
    assert main(["import", str(tmp_path / "now.bsr"), str(tmp_path / "previous.bsr"), "--previous-cycle"]) == 0
    with Report.open(tmp_path / "now.bsr", read_only=True) as now:
        assert now.answer("contact_title").value == "Head" and now.answer("needs_assessed").value == "yes"
    assert main(["import", str(tmp_path / "now.bsr"), str(tmp_path / "previous.bsr"), "--previous-cycle",
                 "--overwrite"]) == 0
    with Report.open(tmp_path / "now.bsr", read_only=True) as now:
        assert now.answer("contact_title").value == "Deputy"


# -- 12: another Party's file ---------------------------------------------------------------------


def test_another_partys_report_is_refused_without_confirmation(tmp_path: Path, ours: Report,
                                                              small_form: Questionnaire) -> None:
    with Report.create(tmp_path / "other.bsr", party="Borduria", form=small_form) as other:
        other.set_answer("contact_title", "Minister")
    from bsreporter.exchange.sources import OtherPartyError

    with pytest.raises(OtherPartyError) as refused:
        plan_import_file(ours, tmp_path / "other.bsr")
    assert (refused.value.ours, refused.value.theirs) == ("Arcadia", "Borduria")
    assert "Borduria" in str(refused.value) and "Arcadia" in str(refused.value)
    plan = plan_import_file(ours, tmp_path / "other.bsr", other_party=True)
    rows = _rows(plan)
    assert rows["party"].kind is RowKind.REJECTED and "party" not in plan.default_selection
    apply_import(ours, plan)
    assert ours.answer("party").value == "Arcadia" and ours.info.party == "Arcadia"
    assert ours.answer("contact_title").value == "Minister"


def test_the_same_party_written_differently_is_not_another_party(tmp_path: Path, ours: Report,
                                                                small_form: Questionnaire) -> None:
    with Report.create(tmp_path / "same.bsr", party="  arcadia ", form=small_form) as other:
        other.set_answer("needs_assessed", "yes")
    plan = plan_import_file(ours, tmp_path / "same.bsr")
    assert _rows(plan)["needs_assessed"].kind is RowKind.NEW


def test_merging_another_partys_copy_or_workbook_needs_confirmation(tmp_path: Path, ours: Report,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from bsreporter.exchange.sources import OtherPartyError

    copy = _copy(ours, tmp_path / "copy.bsr")
    with Report.open(copy) as theirs:
        theirs.set_meta({"party": "Borduria"})
        theirs.set_answer("party", "Borduria")
    with pytest.raises(OtherPartyError):
        plan_merge_report(ours, copy)
    rows = _rows(plan_merge_report(ours, copy, other_party=True))
    assert rows["party"].kind is RowKind.REJECTED

    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    _edit_workbook(workbook, {"party": "Borduria"})  # the About sheet still says Arcadia
    with pytest.raises(OtherPartyError):
        plan_import_file(ours, workbook)

    path = ours.path
    ours.close()
    assert main(["merge", str(path), str(copy)]) != 0
    assert "Borduria" in capsys.readouterr().err
    assert main(["merge", str(path), str(copy), "--other-party"]) == 0
    with Report.open(path, read_only=True) as report:
        assert report.answer("party").value == "Arcadia"


# -- 13: the same question twice -------------------------------------------------------------------


def test_a_question_given_twice_in_a_workbook_is_refused_naming_the_other_row(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    sheet = book.worksheets[1]
    first = next(row for row in sheet.iter_rows(min_row=2) if row[8].value == "contact_title")
    first[4].value = "Director"
    extra = sheet.max_row + 1
    sheet.cell(extra, 5).value = "Deputy"
    sheet.cell(extra, 9).value = "contact_title"
    next(row for row in sheet.iter_rows(min_row=2) if row[8].value == "remarks_1_1")[4].value = "Ministry X"
    book.save(workbook)
    plan = plan_import_file(ours, workbook)
    twice = [r for r in plan.rows if r.question_id == "contact_title"]
    assert len(twice) == 2 and all(r.kind is RowKind.REJECTED for r in twice)
    first_cell, extra_cell = f"E{first[4].row}", f"E{extra}"
    assert extra_cell in twice[0].reason or extra_cell in twice[1].reason
    assert any(first_cell in r.reason for r in twice)
    assert _rows(plan)["remarks_1_1"].kind is RowKind.CHANGED
    apply_import(ours, plan)
    assert ours.answer("contact_title").value == "Head" and ours.answer("remarks_1_1").value == "Ministry X"


def test_a_question_given_twice_in_a_hand_made_sheet_is_refused(tmp_path: Path, ours: Report) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (["Question", "Answer"], ["G.3", "Director"], ["remarks_1_1", "Ministry X"],
                ["contact_title", "Deputy"]):
        sheet.append(row)
    book.save(tmp_path / "sheet.xlsx")
    plan = plan_import_file(ours, tmp_path / "sheet.xlsx", layout=ForeignLayout(None, "A", "B"))
    twice = [r for r in plan.rows if r.question_id == "contact_title"]
    assert len(twice) == 2 and all(r.kind is RowKind.REJECTED for r in twice)
    assert "B4" in twice[0].reason and "B2" in twice[1].reason
    assert _rows(plan)["remarks_1_1"].kind is RowKind.CHANGED


def test_times_in_the_about_sheet_are_not_trusted(tmp_path: Path, ours: Report) -> None:
    """An About sheet whose time lies in the future does not make our later changes look older."""
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    for row in book.worksheets[0].iter_rows():
        if row[2].value == "answers_as_of":
            row[1].value = (dt.datetime.now(dt.UTC) + dt.timedelta(days=365)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    book.save(workbook)
    ours.set_answer("contact_title", "Director")
    assert _rows(plan_import_file(ours, workbook))["contact_title"].kind is RowKind.SAME


# -- every filled cell of a workbook is imported or listed with its reason -------------------------


def _report_row(sheet: Any, question_id: str) -> Any:
    return next(row for row in sheet.iter_rows(min_row=2) if row[8].value == question_id)


def _rejected_at(plan: ImportPlan, location: str) -> Any:
    return next(r for r in plan.rows if r.location == location and r.kind is RowKind.REJECTED)


def test_an_answer_whose_grey_id_was_cleared_is_taken_by_its_question_number(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    row = _report_row(book.worksheets[1], "remarks_1_1")
    row[8].value = None
    row[4].value = "Ministry of Environment"
    book.save(workbook)
    plan = plan_import_file(ours, workbook)
    taken = _rows(plan)["remarks_1_1"]
    assert taken.kind is RowKind.CHANGED and taken.location == f"{book.worksheets[1].title}!E{row[4].row}"
    apply_import(ours, plan, {"remarks_1_1"})
    assert ours.answer("remarks_1_1").value == "Ministry of Environment"


def test_an_answer_in_a_row_without_id_or_number_is_listed_as_not_importable(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    sheet = book.worksheets[1]
    row = _report_row(sheet, "remarks_1_1")
    row[8].value = row[0].value = None
    row[4].value = "Ministry"
    below = sheet.max_row + 2
    sheet.cell(below, 4).value = "Checked with the customs office"
    book.save(workbook)
    plan = plan_import_file(ours, workbook)
    for cell in (f"E{row[4].row}", f"D{below}"):
        rejected = _rejected_at(plan, f"{sheet.title}!{cell}")
        assert "grey question id" in rejected.reason
        assert rejected.reason_in("fr") != rejected.reason
    assert "remarks_1_1" not in _rows(plan)


def test_a_table_sheet_whose_grey_id_row_was_deleted_lists_every_filled_row(tmp_path: Path, ours: Report) -> None:
    ours.set_answer("law_list", [{"law_title": "Act", "law_kind": "law"}])
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    table = book["1.1.3 law_list"]
    table.delete_rows(3)
    table.cell(4, 1).value = "New Law"
    book.save(workbook)
    plan = plan_import_file(ours, workbook)
    for cell in ("A3", "A4"):
        assert "grey column ids" in _rejected_at(plan, f"{table.title}!{cell}").reason
    assert "law_list" not in _rows(plan)


def test_a_table_sheet_whose_grey_ids_were_changed_lists_every_filled_row(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    table = book["1.1.3 law_list"]
    table.title = "Laws"
    for cell in table[3]:
        cell.value = None
    table.cell(4, 1).value = "New Law"
    book.save(workbook)
    plan = plan_import_file(ours, workbook)
    assert "grey column ids" in _rejected_at(plan, "Laws!A4").reason


def test_a_hidden_duplicate_sheet_is_named_as_hidden(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    copy = book.copy_worksheet(book.worksheets[1])
    copy.title = "Old answers"
    copy.sheet_state = "hidden"
    book.save(workbook)
    plan = plan_import_file(ours, workbook)
    twice = [r for r in plan.rows if r.question_id == "contact_name"]
    assert len(twice) == 2 and all(r.kind is RowKind.REJECTED for r in twice)
    assert all("hidden" in r.reason and "Old answers" in r.reason for r in twice)


def test_cells_outside_the_answer_columns_are_listed_not_dropped(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    sheet = book.worksheets[1]
    row = _report_row(sheet, "contact_title")
    sheet.cell(row[0].row, 10).value = "Director"  # typed to the right of the grey ids
    table = book["1.1.3 law_list"]
    table.cell(2, 6).value = "Notes"
    table.cell(3, 6).value = "notes"
    table.cell(4, 6).value = "hello"
    table.cell(4, 1).value = "New Law"
    book.save(workbook)
    plan = plan_import_file(ours, workbook)
    assert "Answer column" in _rejected_at(plan, f"{sheet.title}!J{row[0].row}").reason
    assert _rejected_at(plan, f"{table.title}!F4")
    assert _rows(plan)["contact_title"].kind is RowKind.SAME
    assert read_workbook(workbook).answers["law_list"][0]["law_title"] == "New Law"


def test_a_table_typed_into_its_report_cell_is_listed(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    sheet = book.worksheets[1]
    row = _report_row(sheet, "law_list")
    row[4].value = "Biosafety Act 2012; Regulations 2014"
    book.save(workbook)
    plan = plan_import_file(ours, workbook)
    assert "table" in _rejected_at(plan, f"{sheet.title}!E{row[4].row}").reason


def test_a_sheet_that_is_not_recognised_is_listed_with_its_filled_cells(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    notes = book.create_sheet("Notes")
    notes["B2"] = "Answer to G.4: Ministry"
    notes["B3"] = "more"
    book.save(workbook)
    plan = plan_import_file(ours, workbook)
    assert "2" in _rejected_at(plan, "Notes!B2").reason


def test_two_bad_cells_of_one_table_each_keep_their_own_reason(tmp_path: Path, ours: Report) -> None:
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(ours, workbook)
    book = load_workbook(workbook)
    table = book["1.1.3 law_list"]
    table["A4"], table["C4"], table["C5"] = "Act", "last year", "soon"  # the column of the year
    book.save(workbook)
    plan = plan_import_file(ours, workbook)
    for cell in ("C4", "C5"):
        reason = _rejected_at(plan, f"{table.title}!{cell}").reason
        assert "column 'Year'" in reason and "law_year" not in reason and "also given" not in reason
