"""Importing from workbooks: bsreporter's own, a prior cycle's through a mapping, and hand-made sheets."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from bsreporter.cli import main
from bsreporter.errors import ExchangeError
from bsreporter.exchange import export_xlsx
from bsreporter.exchange.importing import RowKind, apply_import
from bsreporter.exchange.sources import ForeignLayout, plan_import_file
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.report.completeness import Status, check_completeness
from bsreporter.report.store import Report, Source
from fixture_forms import SMALL_FORM, install_form, write_form


@pytest.fixture
def target(tmp_path: Path, small_form: Questionnaire) -> Iterator[Report]:
    with Report.create(tmp_path / "target.bsr", party="Arcadia", form=small_form, author="Focal point") as report:
        yield report


def _kinds(plan: object) -> dict[str | None, RowKind]:
    return {r.question_id: r.kind for r in plan.rows}  # type: ignore[attr-defined]


def _sheet(tmp_path: Path, rows: list[list[object]], name: str = "answers.xlsx") -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


# -- a workbook exported by bsreporter ---------------------------------------------------------


def test_colleague_workbook_round_trips_and_edits_come_back_as_changes(tmp_path: Path, target: Report) -> None:
    target.set_answers({"contact_name": "Dr. Okafor", "has_law": "yes", "law_count": 2,
                        "period_start": "2015-01-01", "needs_areas": ["equipment"]}, source=Source.TYPED)
    workbook = tmp_path / "for-colleague.xlsx"
    export_xlsx(target, workbook, language="fr")
    untouched = plan_import_file(target, workbook)
    assert {r.kind for r in untouched.rows} == {RowKind.SAME}

    book = load_workbook(workbook)
    sheet = book.worksheets[1]
    ids = {row[8].value: row[4] for row in sheet.iter_rows(min_row=2) if row[8].value}
    ids["law_count"].value = 3
    ids["contact_title"].value = "Directrice"
    book.save(workbook)

    plan = plan_import_file(target, workbook)
    assert _kinds(plan)["law_count"] is RowKind.CHANGED and _kinds(plan)["contact_title"] is RowKind.NEW
    apply_import(target, plan)
    assert target.answer("law_count").value == 3 and target.answer("contact_title").value == "Directrice"
    assert not target.answer("law_count").needs_review  # a same-cycle colleague's answers are not flagged
    assert target.history("law_count")[-1].source_detail == "for-colleague.xlsx"


def test_previous_report_file_is_carried_over_for_review(tmp_path: Path, target: Report,
                                                         small_form: Questionnaire) -> None:
    with Report.create(tmp_path / "report-2015.bsr", party="Arcadia", form=small_form) as previous:
        previous.set_answers({"contact_name": "Dr. Okafor", "staff_trained": SpecialAnswer.NOT_AVAILABLE},
                             source=Source.TYPED)
    apply_import(target, plan_import_file(target, tmp_path / "report-2015.bsr", previous_cycle=True))
    assert target.answer("contact_name").needs_review
    assert target.answer("staff_trained").special is SpecialAnswer.NOT_AVAILABLE
    assert check_completeness(target.form, target.answers()).questions["contact_name"].status is Status.NEEDS_REVIEW
    assert target.previous_answers()["contact_name"] == ("Dr. Okafor", None, "report-2015.bsr")


# -- a prior-cycle workbook of an earlier form, through the Secretariat's mapping --------------------


def test_prior_cycle_workbook_is_mapped_flagged_and_kept_as_previous(tmp_path: Path) -> None:
    second = installed_questionnaire("cpb-nr2-2011")
    with Report.create(tmp_path / "nr2.bsr", party="Arcadia", form=second) as old:
        old.set_answers({
            "Q012": "true",  # a Party: Yes/No, kept
            "Q015": "implementation.fullFramwork",  # an answer the Secretariat renamed
            "Q016": ["instrument.nationalBiosafetyLaws", "instrument.biosafetyGuidelines"],  # several options
            "S008": "1+", "Q077": "true", "Q079": "A regional agreement on the transit of LMOs",  # free text
            "Q104": "true",  # becomes 87, asked only when 86 (no counterpart in the second report) reports a release
            "Q020": "true",  # no counterpart in the fourth report
        }, source=Source.TYPED)
        export_xlsx(old, tmp_path / "second-report.xlsx")
    with Report.create(tmp_path / "fourth.bsr", party="Arcadia", form=installed_questionnaire("cpb-nr4-2019"),
                       author="Focal point") as target:
        plan = plan_import_file(target, tmp_path / "second-report.xlsx")
        assert plan.carried_over
        rows = {r.question_id: r for r in plan.rows}
        assert rows["Q012_party"].incoming == ("true", None)
        assert rows["Q014"].incoming == ("implementation.fullInPlace", None)
        assert rows["Q015"].incoming == (["instrument.nationalBiosafetyLaws", "instrument.biosafetyGuidelines"], None)
        assert rows["Q058"].incoming == ("1+", None) and rows["Q059"].kind is RowKind.NEW
        assert rows["Q087"].kind is RowKind.REJECTED and "not relevant" in rows["Q087"].reason
        unmapped = next(r for r in plan.rows if r.question_id is None and r.location.endswith(": Q020"))
        assert unmapped.kind is RowKind.REJECTED and "not carried over" in unmapped.reason
        apply_import(target, plan)
        answer = target.answer("Q059")  # the fourth report holds free text by language: the report's own here
        assert answer.value == {"en": "A regional agreement on the transit of LMOs"} and answer.needs_review
        assert target.answer("Q014").value == "implementation.fullInPlace"
        assert target.answer("Q087") is None
        assert target.previous_answers()["Q012_party"][0] == "true"


def test_blank_rows_of_a_prior_cycle_workbook_are_not_listed(tmp_path: Path) -> None:
    """A previous report's unanswered questions carry nothing: they are neither refused nor offered."""
    with Report.create(tmp_path / "nr2.bsr", party="Arcadia", form=installed_questionnaire("cpb-nr2-2011")) as old:
        old.set_answers({"Q012": "true"}, source=Source.TYPED)
        export_xlsx(old, tmp_path / "second-report.xlsx")
    with Report.create(tmp_path / "fourth.bsr", party="Arcadia", form=installed_questionnaire("cpb-nr4-2019")) as target:
        plan = plan_import_file(target, tmp_path / "second-report.xlsx")
        assert [(r.question_id, r.kind) for r in plan.rows] == [("Q012_party", RowKind.NEW)]


# -- a hand-made sheet -------------------------------------------------------------------------


def test_foreign_sheet_matches_labels_in_any_language_and_values(tmp_path: Path, target: Report) -> None:
    path = _sheet(tmp_path, [
        ["Question", "Notes", "Réponse"],
        ["1.2.1.", "", "  OUI "],  # French label, case and spaces ignored; a trailing dot on the number
        ["has_law", "", "in_progress"],  # a question id and a stored value
        ["2.1.1", "", "Information not available"],  # a special answer in words
        # labels holding commas, in any case, given in another order than the form's
        ["1.2.2", "", "equipment for detecting and identifying living modified organisms at points of entry, in "
                      "laboratories and at field stations, and its upkeep; Training"],
        ["G.6", "", dt.datetime(2015, 1, 1)],
    ])
    plan = plan_import_file(target, path, layout=ForeignLayout(None, "A", "Réponse"))
    incoming = {r.question_id: r.incoming for r in plan.rows}
    assert incoming["needs_assessed"] == ("yes", None)
    assert incoming["has_law"] == ("in_progress", None)
    assert incoming["staff_trained"] == (None, SpecialAnswer.NOT_AVAILABLE)
    assert incoming["period_start"] == (dt.date(2015, 1, 1), None)
    assert incoming["needs_areas"] == (["training", "equipment"], None)
    assert {r.kind for r in plan.rows} == {RowKind.NEW}


def test_foreign_sheet_rows_that_cannot_be_imported_say_why(tmp_path: Path, target: Report) -> None:
    path = _sheet(tmp_path, [
        ["No.", "Answer"],
        ["9.9.9", "yes"],  # unknown question
        ["1.1.1", "perhaps"],  # not an allowed choice
        ["2.1.1", "about twelve"],  # text in a number cell
        ["G.3", "Head"],  # given twice: neither row is taken
        ["G.3", "Director"],
        ["1.2.4", "https://biosafety.example"],  # not relevant: needs were not said to be assessed
        ["G.2", "HUGE-CELL"],  # becomes 1 MB of text below: far more than a spreadsheet cell may hold
        ["1.1.3", "Biosafety Act"],  # a table in one cell
    ])
    _replace_in_zip(path, "xl/worksheets/sheet1.xml", b"HUGE-CELL", b"x" * 1_000_000)
    plan = plan_import_file(target, path, layout=ForeignLayout(None, "A", "B"))
    reasons = [(r.location, r.kind, r.reason) for r in plan.rows]
    assert all(kind is RowKind.REJECTED for _, kind, _ in reasons)
    text = " | ".join(reason for _, _, reason in reasons)
    for needle in ("unknown question '9.9.9'", "'perhaps' is not one of the options", "'about twelve' is not a whole "
                   "number", "also given at Sheet!B6", "also given at Sheet!B5", "not relevant", "at most 32,767 fit", "tables cannot be read"):
        assert needle in text


def _replace_in_zip(path: Path, member: str, old: bytes, new: bytes) -> None:
    """Edit one part of a workbook as no spreadsheet program would (it caps cells at 32,767 characters)."""
    with zipfile.ZipFile(path) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    assert old in parts[member]
    parts[member] = parts[member].replace(old, new)
    _zip(path, parts)


def test_merged_cells_hidden_rows_and_formulas(tmp_path: Path, target: Report) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Question", "Answer"])
    sheet.append(["G.2", "Dr. Okafor"])
    sheet.append(["G.3", "Head of division"])
    sheet.append(["G.4", "=B2&\" (acting)\""])  # a formula never calculated: no saved value
    sheet.append(["1.1.4", "Ministries"])
    sheet.merge_cells("B5:C5")
    sheet.row_dimensions[3].hidden = True
    path = tmp_path / "merged.xlsx"
    book.save(path)
    plan = plan_import_file(target, path, layout=ForeignLayout("Sheet", "Question", "Answer"))
    rows = {r.question_id: r for r in plan.rows}
    assert rows["contact_name"].incoming == ("Dr. Okafor", None)
    assert rows["contact_title"].location.endswith("(hidden row)") and rows["contact_title"].kind is RowKind.NEW
    assert rows["email"].kind is RowKind.REJECTED and "formula" in rows["email"].reason
    assert rows["remarks_1_1"].incoming == ("Ministries", None)


def test_import_command_previews_and_applies(tmp_path: Path, target: Report, capsys: pytest.CaptureFixture[str]) -> None:
    path = _sheet(tmp_path, [["Q", "A"], ["G.2", "Dr. Okafor"], ["9.9", "x"]])
    target_path = target.path
    target.close()
    assert main(["import", str(target_path), str(path), "--question-column", "A", "--answer-column", "B",
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "new       G.2" in out and "unknown question '9.9'" in out and "1 new" in out and "1 rejected" in out
    assert main(["import", str(target_path), str(path), "--question-column", "A", "--answer-column", "B"]) == 0
    assert "Imported 1 answers" in capsys.readouterr().out
    with Report.open(target_path, read_only=True) as report:
        assert report.answer("contact_name").value == "Dr. Okafor"


# -- bad input: a clear message, the report byte-for-byte unchanged -------------------------------


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _bad_files(tmp_path: Path, form: Questionnaire) -> dict[str, tuple[Path, str]]:
    good = tmp_path / "good.xlsx"
    with Report.create(tmp_path / "src.bsr", party="Arcadia", form=form) as source:
        export_xlsx(source, good)
    data = good.read_bytes()
    entity_bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' \
                  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' \
                  '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>'
    with zipfile.ZipFile(io.BytesIO(data)) as original:
        members = {name: original.read(name) for name in original.namelist()}
    bomb_members = dict(members)
    bomb_members["xl/worksheets/sheet1.xml"] = entity_bomb.encode()
    other_form = tmp_path / "other-form.xlsx"
    book = load_workbook(good)
    for row in book.worksheets[0].iter_rows():
        if row[2].value == "form_id":
            row[1].value = "cpb-unknown-2030"
    book.save(other_form)
    long_sheet = tmp_path / "long.xlsx"
    long_book = Workbook(write_only=True)
    long_rows = long_book.create_sheet("Answers")
    for index in range(100_000):
        long_rows.append(["G.2", f"row {index}"])
    long_book.save(long_sheet)
    return {
        "text": ((tmp_path / "notes.xlsx"), "not a spreadsheet this program can read"),
        "xls": ((tmp_path / "old.xls"), "old Excel 97-2003 workbook"),
        "encrypted": ((tmp_path / "secret.xlsx"), "protected by a password"),
        "ods": (_zip(tmp_path / "sheet.ods", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                                              "content.xml": b"<x/>"}), "OpenDocument spreadsheet"),
        "truncated": ((tmp_path / "cut.xlsx"), "damaged or incomplete"),
        "zip bomb": (_zip(tmp_path / "bomb.xlsx", {"xl/workbook.xml": b"<x/>", "big.xml": b"\0" * 60_000_000}),
                     "would unpack to"),
        "entity bomb": (_zip(tmp_path / "entities.xlsx", bomb_members), "XML constructs"),
        "unknown form": (other_form, "which is not installed, so it cannot be read"),
        "100,000 rows": (long_sheet, "has more than 20,000 rows"),
    }


def _write_fixtures(files: dict[str, tuple[Path, str]], tmp_path: Path) -> None:
    files["text"][0].write_text("question,answer\n1.1.1,yes\n")
    files["xls"][0].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 + "Workbook".encode("utf-16-le"))
    files["encrypted"][0].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
                                      + "EncryptionInfo".encode("utf-16-le"))
    good = (tmp_path / "good.xlsx").read_bytes()
    files["truncated"][0].write_bytes(good[: len(good) // 2])


def test_every_bad_file_gets_a_clear_message_and_the_report_is_unchanged(tmp_path: Path,
                                                                        small_form: Questionnaire) -> None:
    files = _bad_files(tmp_path, small_form)
    _write_fixtures(files, tmp_path)
    report_path = tmp_path / "target.bsr"
    with Report.create(report_path, party="Arcadia", form=small_form) as report:
        report.set_answer("contact_name", "Dr. Okafor")
    before = hashlib.sha256(report_path.read_bytes()).hexdigest()
    for label, (path, message) in files.items():
        with Report.open(report_path) as report:
            layout = ForeignLayout("Answers", "A", "B") if label == "100,000 rows" else None
            with pytest.raises(ExchangeError) as caught:
                plan_import_file(report, path, layout=layout)
        assert message in str(caught.value), label
        assert hashlib.sha256(report_path.read_bytes()).hexdigest() == before, label


def test_workbook_of_a_form_without_a_mapping_is_refused(tmp_path: Path, small_form: Questionnaire,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    files = copy.deepcopy(SMALL_FORM)
    files["form.yaml"]["id"] = "small-earlier"  # another installed form, with no mapping to or from the small one
    earlier = install_form(monkeypatch, write_form(tmp_path / "earlier-form", files))
    with Report.create(tmp_path / "current.bsr", party="Arcadia", form=small_form) as source:
        export_xlsx(source, tmp_path / "current.xlsx")
    with Report.create(tmp_path / "old.bsr", party="Arcadia", form=earlier) as old_report:
        before = old_report.answers()
        with pytest.raises(ExchangeError, match="there is no mapping from it to 'small-earlier'"):
            plan_import_file(old_report, tmp_path / "current.xlsx")
        assert old_report.answers() == before
