"""The workbook opens in LibreOffice Calc, and survives being saved there unchanged."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from filled_report import FORMULA, MARKUP

from bsreporter.exchange import export_xlsx, read_workbook_answers
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
#: CSV with comma separators, double quotes and UTF-8 (character set 76).
_CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76"
pytestmark = [pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
              pytest.mark.slow]


def convert(source: Path, target_format: str, out_dir: Path, profile: Path) -> Path:
    """Open ``source`` in headless LibreOffice and save it as ``target_format`` in ``out_dir``."""
    out_dir.mkdir(exist_ok=True)
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                    "--convert-to", target_format, "--outdir", str(out_dir), str(source)],
                   check=True, capture_output=True, timeout=120)
    result = out_dir / f"{source.stem}.{target_format.split(':')[0]}"
    assert result.exists(), f"LibreOffice wrote no {result.name}"
    return result


@pytest.fixture
def filled(small_filled_path: Path, small_form: Questionnaire) -> Iterator[Report]:
    """The filled English report of the small form, open read-only."""
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        yield report


@pytest.fixture
def french(small_french_path: Path, small_form: Questionnaire) -> Iterator[Report]:
    """The filled French report of the small form, open read-only."""
    with Report.open(small_french_path, read_only=True, form=small_form) as report:
        yield report


@pytest.fixture(scope="module")
def lo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lo-profile")


def test_libreoffice_opens_the_workbook_and_reads_its_cells(filled: Report, tmp_path: Path,
                                                            lo_profile: Path) -> None:
    source = tmp_path / "report.xlsx"
    export_xlsx(filled, source)
    # Only the first sheet becomes CSV; make the Report sheet the first one to read the answers.
    book = openpyxl.load_workbook(source)
    book.move_sheet("Report", offset=-1)
    book.active = 0
    book.save(tmp_path / "report-first.xlsx")
    rows = list(csv.reader(convert(tmp_path / "report-first.xlsx", _CSV_UTF8, tmp_path / "csv", lo_profile)
                           .read_text(encoding="utf-8").splitlines()))
    by_id = {row[8]: row for row in rows[1:] if len(row) > 8}
    assert by_id["needs_other"][4] == FORMULA  # still text, not evaluated
    assert by_id["contact_name"][4] == MARKUP
    assert by_id["has_law"][4] == "Yes"


def test_saving_in_libreoffice_without_changes_keeps_every_answer(filled: Report, french: Report, tmp_path: Path,
                                                                  lo_profile: Path, small_form: Questionnaire) -> None:
    for report, name in ((filled, "en"), (french, "fr")):
        source = tmp_path / f"{name}.xlsx"
        export_xlsx(report, source)
        resaved = convert(source, "xlsx:Calc MS Excel 2007 XML", tmp_path / "resaved", lo_profile)
        answers = report.answers()
        expected = {q.id: (a.special or a.value) if (a := answers.get(q.id)) else None
                    for q in small_form.iter_questions()}
        assert read_workbook_answers(resaved) == expected, name


def test_a_workbook_saved_in_libreoffice_keeps_its_place_in_the_history(tmp_path: Path, lo_profile: Path,
                                                                         small_form: Questionnaire) -> None:
    """Formulas get their results, an emptied cell is "cleared", and edits are changes, not conflicts."""
    from bsreporter.exchange.importing import RowKind
    from bsreporter.exchange.sources import plan_import_file
    from bsreporter.report.store import Source

    with Report.create(tmp_path / "ours.bsr", party="Arcadia", form=small_form) as report:
        report.set_answers({"contact_name": "Dr. Okafor", "contact_title": "Head", "has_law": "yes", "law_count": 2},
                           source=Source.TYPED)
        export_xlsx(report, tmp_path / "w.xlsx")
        book = openpyxl.load_workbook(tmp_path / "w.xlsx")
        cells = {row[8].value: row[4] for row in book.worksheets[1].iter_rows(min_row=2) if row[8].value}
        cells["contact_title"].value = None
        cells["law_count"].value = "=1+2"
        cells["contact_name"].value = "Dr. A. Okafor"
        book.save(tmp_path / "edited.xlsx")
        resaved = convert(tmp_path / "edited.xlsx", "xlsx:Calc MS Excel 2007 XML", tmp_path / "resaved", lo_profile)
        rows = {r.question_id: r for r in plan_import_file(report, resaved).rows}
    assert rows["contact_title"].kind is RowKind.CLEARED
    assert (rows["law_count"].kind, rows["law_count"].incoming) == (RowKind.CHANGED, (3, None))
    assert rows["contact_name"].kind is RowKind.CHANGED
