"""The import's first step for a hand-made sheet numbered in an earlier report's format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from bsreporter.exchange.importing import RowKind
from bsreporter.form.installed import installed_questionnaire
from bsreporter.gui import importer
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report

WAIT_MS = 10_000


def _third_report_sheet(tmp_path: Path) -> Path:
    """A Party's own sheet of its third report: official numbers, answers in the Secretariat's wording."""
    book = Workbook()
    for row in (["No.", "Answer"], ["11", "Yes"], ["14", "A domestic regulatory framework is fully in place"],
                ["16", "One or more national biosafety laws"], ["18", "Yes"], ["19", "Less than 5"],
                ["20", "Yes"], ["22", "Yes"], ["25", "Yes, to some extent"], ["26", "Yes"], ["30", "Yes"],
                ["33", "Yes, to some extent"], ["38", "None"], ["39", "None"]):
        book.active.append(row)
    path = tmp_path / "third-report-answers.xlsx"
    book.save(path)
    return path


def test_a_sheet_of_the_third_report_is_offered_in_its_format_and_carried_through_the_mapping(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> None:
    fourth = tmp_path / "fourth.bsr"
    Report.create(fourth, party="Republic of Arcadia", form=installed_questionnaire("cpb-nr4-2019")).close()
    open_in(window, fourth)
    run = importer.start_import(window, _third_report_sheet(tmp_path))
    assert run is not None
    qtbot.waitUntil(lambda: run.source_dialog is not None or run.over, timeout=WAIT_MS)
    source = run.source_dialog
    assert source is not None, run.error
    combo = source.format_combo
    assert combo.isVisibleTo(source) and combo.count() == 3  # this report's format, the third, the second
    assert combo.itemText(0).endswith("(this report)")
    # The rows fit the third report far better than the fourth: its format is chosen from the start.
    assert combo.currentText().startswith("Third national report")
    chosen = source.chosen_mapping()
    assert chosen is not None and (chosen.parent.parent.name, chosen.name) == ("cpb-nr4-2019", "cpb-nr3-2015.yaml")
    assert source.previous_cycle.isChecked() and not source.previous_cycle.isEnabled()
    combo.setCurrentIndex(0)  # the person may say otherwise
    assert source.chosen_mapping() is None and source.previous_cycle.isEnabled()
    combo.setCurrentIndex(1)
    source.accept()
    qtbot.waitUntil(lambda: run.preview_dialog is not None or run.over, timeout=WAIT_MS)
    dialog = run.preview_dialog
    assert dialog is not None, run.error
    assert dialog.plan.carried_over
    rows = {row.question_id: row for row in dialog.model.rows}
    assert rows["Q014"].kind is RowKind.NEW and rows["Q014"].incoming[0] == "implementation.fullInPlace"
    # The mapping gives no new value for "Less than 5"; bsreporter proposes "1 to 4", to be confirmed.
    assert rows["Q019"].kind is RowKind.SUGGESTED and "Less than 5" in rows["Q019"].reason
    assert "1 to 4" in rows["Q019"].reason
