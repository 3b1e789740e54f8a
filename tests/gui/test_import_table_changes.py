"""The import preview shows a table question's changes row by row and cell by cell, and the choice still applies."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

from import_steps import preview_dialog
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from bsreporter.exchange.importing import RowKind
from bsreporter.gui import importer
from bsreporter.gui.import_preview import APPLY, CURRENT, INCOMING, NOTE, QUESTION
from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.gui.table_changes_view import CELL_CHANGED_ROLE, CHANGE_ROLE
from bsreporter.report.compare import RowChangeKind
from bsreporter.report.store import Report

WAIT_MS = 10_000


def _law(title: str, kind: str = "law", year: int | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {"law_title": title, "law_kind": kind}
    if year is not None:
        row["law_year"] = year
    return row


def _colleague_adds_a_law(session: ReportSession, tmp_path: Path) -> Path:
    """A copy whose table of laws gets a row in the middle and one year corrected."""
    session.change_answer("has_law", "yes")
    session.change_answer("law_list", [_law("Biosafety Act", year=2001), _law("Decree on contained use", "regulation"),
                                       _law("Labelling guidelines", "regulation")])
    copy = tmp_path / "li-wei.bsr"
    target = sqlite3.connect(copy)
    session.report.copy_into(target)
    target.close()
    with Report.open(copy, author="Li Wei") as theirs:
        theirs.set_answer("law_list", [_law("Biosafety Act", year=2004), _law("Order on field trials", "regulation", 2019),
                                       _law("Decree on contained use", "regulation"),
                                       _law("Labelling guidelines", "regulation")])
    return copy


def test_a_table_change_is_shown_row_by_row_with_old_and_new_cells_under_french_column_labels(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    copy = _colleague_adds_a_law(small_session, tmp_path)
    window.set_language("fr")
    run = importer.start_merge(window, copy)
    dialog = preview_dialog(qtbot, run)
    model = dialog.model
    row = model.row_of("law_list")
    assert model.rows[row].kind is RowKind.CHANGED
    # The row itself says what the table would get, not only "3 rows -> 4 rows".
    assert model.data(model.index(row, NOTE)) == "Rows: 1 added, 0 removed, 1 changed"
    assert dialog.table_changes.isVisible()

    dialog.table.setFocus()
    dialog.table.selectionModel().setCurrentIndex(
        model.index(row, NOTE), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    changes = dialog.table_changes.model
    assert changes is not None
    # The inserted law is one added row; the rows below it are not "changed".
    kinds = [changes.data(changes.index(r, 0), CHANGE_ROLE) for r in range(changes.rowCount())]
    assert kinds == [RowChangeKind.CHANGED, RowChangeKind.ADDED]
    headers = [changes.headerData(c, Qt.Orientation.Horizontal) for c in range(changes.columnCount())]
    assert headers[1:] == ["Titre", "Nature", "Année"]
    year = headers.index("Année")
    assert changes.data(changes.index(0, year)) == "2001 → 2004"
    assert changes.data(changes.index(0, year), CELL_CHANGED_ROLE)
    assert not changes.data(changes.index(0, 1), CELL_CHANGED_ROLE)  # the title stayed: not highlighted
    assert changes.data(changes.index(0, year), Qt.ItemDataRole.ToolTipRole) == "Année: 2001 → 2004"
    assert changes.data(changes.index(1, 1)) == "Order on field trials"
    assert changes.data(changes.index(1, 0)) == "Added: row 2"
    assert "1.1.3" in dialog.table_changes.heading.text()

    # The choice of what to apply still works: unticked, the table is kept; ticked again, it is taken.
    index = model.index(row, APPLY)
    assert model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert "law_list" not in model.selected()
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert run is not None
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.apply_selected_button, Qt.MouseButton.LeftButton)
    stored = small_session.report.answer("law_list")
    assert stored is not None and [r["law_title"] for r in stored.value] == [
        "Biosafety Act", "Order on field trials", "Decree on contained use", "Labelling guidelines"]


def test_the_arabic_preview_s_cancel_button_reads_as_the_whole_word_the_program_uses_everywhere(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    # Qt's own Arabic for a standard Cancel button, "ألغِ", reads as a cut-off "إلغاء" beside the
    # program's other Cancel buttons.
    copy = _colleague_adds_a_law(small_session, tmp_path)
    apply_language("ar")
    try:
        run = importer.start_merge(window, copy)
        dialog = preview_dialog(qtbot, run)
        cancel = dialog.cancel_button
        assert cancel.text() == "إلغاء"
        assert cancel.width() >= cancel.fontMetrics().horizontalAdvance(cancel.text())
        dialog.reject()
    finally:
        apply_language("en")


def test_the_preview_fits_a_small_screen_with_its_buttons_on_it(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    # It opened 1180x620 whatever the screen: on a 1024x600 netbook, Apply and Cancel were below its edge.
    copy = _colleague_adds_a_law(small_session, tmp_path)
    dialog = preview_dialog(qtbot, importer.start_merge(window, copy))
    room = dialog.screen().availableGeometry()
    assert room.width() < 1180 or room.height() < 620, "the test needs a screen smaller than the preview's own size"
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.table_changes.isVisible() and dialog.cancel_button.isVisible()
    dialog.reject()


def test_in_an_arabic_window_english_questions_and_answers_of_the_preview_keep_their_own_order(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    # Laid out right to left, "… biosafety framework." showed its full stop at the start and
    # "4 rows" read "rows 4": texts in a left-to-right question language are isolated as such.
    copy = _colleague_adds_a_law(small_session, tmp_path)
    apply_language("ar")
    try:
        dialog = preview_dialog(qtbot, importer.start_merge(window, copy))
        model = dialog.model
        row = model.row_of("law_list")
        assert dialog.table.isRightToLeft() and model.language == "en"
        for column in (QUESTION, CURRENT, INCOMING):
            text = model.data(model.index(row, column))
            assert text.startswith("\u2066") and text.endswith("\u2069"), text
        assert model.data(model.index(row, INCOMING)) == "\u20664 rows\u2069"
        dialog.reject()
    finally:
        apply_language("en")
    window.set_language("en")
    dialog = preview_dialog(qtbot, importer.start_merge(window, copy))
    assert dialog.model.data(dialog.model.index(dialog.model.row_of("law_list"), INCOMING)) == "4 rows"
    dialog.reject()


def _first_strong_direction(text: str) -> str | None:
    """The bidirectional class of the first letter or mark that sets a direction (None: no such)."""
    return next((kind for kind in map(unicodedata.bidirectional, text) if kind in ("L", "R", "AL")), None)


def test_in_arabic_a_changed_cell_s_arrow_points_at_the_new_value(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    # "2001 ← 2004" holds no letter: laid out left to right, its Arabic arrow pointed at the old year.
    copy = _colleague_adds_a_law(small_session, tmp_path)
    apply_language("ar")
    try:
        dialog = preview_dialog(qtbot, importer.start_merge(window, copy))
        dialog.table.selectionModel().setCurrentIndex(
            dialog.model.index(dialog.model.row_of("law_list"), NOTE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        changes = dialog.table_changes.model
        assert changes is not None
        year = 1 + [c.name for c in small_session.form.questions["law_list"].columns].index("law_year")
        text = changes.data(changes.index(0, year))
        assert "2001" in text and "2004" in text and "←" in text
        assert _first_strong_direction(text) == "R"  # laid out right to left: 2004 ← 2001 on the screen
        dialog.reject()
    finally:
        apply_language("en")
