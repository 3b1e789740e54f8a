"""The import preview offers an answer recognised only loosely as a suggestion: unticked, saying how it was read."""

from __future__ import annotations

from pathlib import Path

from import_steps import accepted_source_preview
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bsreporter.exchange import export_xlsx
from bsreporter.exchange.importing import RowKind
from bsreporter.gui import importer
from bsreporter.gui.import_preview import APPLY, INCOMING, KIND, NOTE
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession

WAIT_MS = 10_000


def test_a_suggested_row_starts_unticked_says_how_it_was_read_and_is_applied_once_ticked(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    small_session.change_answer("contact_title", "Head")
    path = tmp_path / "for-colleague.xlsx"
    export_xlsx(small_session.report, path)
    book = load_workbook(path)
    cells = {row[8].value: row[4] for row in book.worksheets[1].iter_rows(min_row=2) if row[8].value}
    cells["needs_assessed"].value = "Yess"  # a typo for "Yes"
    cells["contact_name"].value = "Dr. Okafor"  # recognised for sure
    book.save(path)

    run = importer.start_import(window, path)
    assert run is not None
    dialog = accepted_source_preview(qtbot, run, WAIT_MS)
    model = dialog.model
    row = model.row_of("needs_assessed")
    assert model.rows[row].kind is RowKind.SUGGESTED
    assert model.data(model.index(row, KIND)) == "Suggested"
    assert model.data(model.index(row, INCOMING)) == "Yes"
    assert model.data(model.index(row, NOTE)) == ("question 1.2.1: read 'Yess' as 'Yes' (a suggestion: taken only "
                                                  "if you confirm it)")
    assert model.data(model.index(row, KIND), Qt.ItemDataRole.BackgroundRole) is not None  # its own colour
    assert model.data(model.index(row, APPLY), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "needs_assessed" not in model.all_rows() and "contact_name" in model.all_rows()
    assert "1 suggested (applied only if ticked)" in dialog.summary.text()

    assert model.setData(model.index(row, APPLY), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.apply_selected_button, Qt.MouseButton.LeftButton)
    assert small_session.report.answer("needs_assessed").value == "yes"  # type: ignore[union-attr]
    assert small_session.report.answer("contact_name").value == "Dr. Okafor"  # type: ignore[union-attr]
