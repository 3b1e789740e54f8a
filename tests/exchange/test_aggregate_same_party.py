"""A Party given in more than one file (copies, or a report and its workbook) is counted once, with a warning."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from analysis_form import analysis_form, answered_report, install_analysis_form, write_analysis_form
from openpyxl import load_workbook

from bsreporter.cli import main
from bsreporter.exchange.aggregate import Aggregation, IndicatorFigure, aggregate_reports
from bsreporter.exchange.xlsx import export_xlsx
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report


@pytest.fixture
def form_folder(tmp_path: Path) -> Path:
    return write_analysis_form(tmp_path / "form")


@pytest.fixture
def mini(form_folder: Path) -> Questionnaire:
    return analysis_form(form_folder)


def _figure(result: Aggregation, indicator_id: str) -> IndicatorFigure:
    return next(f for f in result.figures if f.formula.indicator_id == indicator_id)


def test_ten_copies_of_one_report_count_once_with_a_warning_naming_the_files(
        tmp_path: Path, form_folder: Path, mini: Questionnaire) -> None:
    original = answered_report(tmp_path / "arcadia.bsr", mini, "Arcadia", has_law="yes", staff=5)
    copies = []
    for number in range(1, 10):
        copies.append(tmp_path / f"arcadia ({number}).bsr")
        shutil.copyfile(original, copies[-1])
    other = answered_report(tmp_path / "borduria.bsr", mini, "Borduria", has_law="no", staff=2)
    result = aggregate_reports([original, *copies, other], form_folder=form_folder)
    assert result.parties == ("Arcadia", "Borduria")
    assert _figure(result, "1.1.a").value == 1.0  # ten copies once counted ten times
    assert _figure(result, "1.1.c").value == 7.0
    (same,) = result.same_party
    assert same.kept == original and same.set_aside == tuple(copies) and same.identical
    warning = str(same.warning())
    assert all(f"'{path}'" in warning for path in (original, *copies)) and "counted once" in warning
    assert "Arcadia" in same.warning().text("ar")


def test_a_report_and_the_workbook_exported_from_it_are_one_party(
        tmp_path: Path, form_folder: Path, mini: Questionnaire) -> None:
    report = answered_report(tmp_path / "arcadia.bsr", mini, "Arcadia", has_law="yes", scope=["lab"], staff=3)
    workbook = tmp_path / "arcadia.xlsx"
    with Report.open(report, read_only=True, form=mini) as opened:
        export_xlsx(opened, workbook)
    result = aggregate_reports([workbook, report], form_folder=form_folder)
    assert result.parties == ("Arcadia",) and result.unreadable == ()
    (same,) = result.same_party
    assert (same.kept, same.set_aside, same.identical) == (workbook, (report,), True)
    assert _figure(result, "1.1.c").value == 3.0


def test_different_reports_of_one_party_keep_the_one_changed_last_and_name_both(
        tmp_path: Path, form_folder: Path, mini: Questionnaire) -> None:
    older = answered_report(tmp_path / "first draft.bsr", mini, "Arcadia", has_law="no", staff=1)
    newer = tmp_path / "final.bsr"
    shutil.copyfile(older, newer)
    with Report.open(newer, form=mini) as report:
        report.set_answer("has_law", "yes")
        changed_at = report.info.updated_at
    os.utime(older)  # the draft's file was touched (copied, e-mailed) last: its answers were not
    for order in ([older, newer], [newer, older]):
        result = aggregate_reports(order, form_folder=form_folder)
        (same,) = result.same_party
        assert (same.kept, same.set_aside, same.identical) == (newer, (older,), False)
        assert _figure(result, "1.1.a").value == 1.0
        warning = str(same.warning())
        assert f"'{newer}'" in warning and f"'{older}'" in warning and changed_at in warning


def test_the_same_party_is_its_name_whatever_the_case_and_spacing(
        tmp_path: Path, form_folder: Path, mini: Questionnaire) -> None:
    first = answered_report(tmp_path / "a.bsr", mini, "Republic of Arcadia", has_law="yes")
    second = answered_report(tmp_path / "b.bsr", mini, "  republic  OF arcadia ", has_law="yes")
    third = answered_report(tmp_path / "c.bsr", mini, "Arcadian Republic", has_law="yes")
    result = aggregate_reports([first, second, third], form_folder=form_folder)
    # the Party answers differ in their spelling, so the one written last is kept
    assert result.parties == ("republic  OF arcadia", "Arcadian Republic")
    assert [(s.kept, s.set_aside) for s in result.same_party] == [(second, (first,))]


def test_aggregate_command_warns_and_lists_the_copy_in_the_summary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    form = install_analysis_form(monkeypatch, tmp_path / "installed-form")  # the command reads reports by it
    original = tmp_path / "arcadia.bsr"
    with Report.create(original, party="Arcadia", form=form) as report:
        report.set_answer("has_law", "yes")
    copy = tmp_path / "arcadia copy.bsr"
    shutil.copyfile(original, copy)
    summary = tmp_path / "summary.xlsx"
    assert main(["aggregate", str(original), str(copy), "-o", str(summary)]) == 0
    out, err = capsys.readouterr()
    assert "Read 1 reports (0 unreadable, 1 set aside as the same Party)" in out
    (line,) = err.splitlines()
    assert line.startswith("bsreporter: warning: Arcadia") and str(original) in line and str(copy) in line
    rows = list(load_workbook(summary)["Reports"].iter_rows(min_row=2, values_only=True))
    assert rows == [("Arcadia", "yes"), (str(copy), f"no: the same Party as '{original}', counted once")]
