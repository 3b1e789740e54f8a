"""One writer per report: background work reads through its own connection and never sees half a change."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bsreporter.exchange import export_xlsx
from bsreporter.exchange.importing import RowKind
from bsreporter.gui import exports, importer
from bsreporter.gui.backups import BackupKeeper
from bsreporter.gui.importer import ImportRun
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.backup import Reason
from bsreporter.report.store import Report, Source

WAIT_MS = 20_000
UNCOMMITTED = "Name typed in a change that is rolled back"


class RecordingConnection:
    """Stands in for the window's connection and notes the thread of every use."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.threads: set[int] = set()

    def __getattr__(self, name: str) -> Any:
        self.threads.add(threading.get_ident())
        return getattr(self._conn, name)


@pytest.fixture
def half_a_change(small_session: ReportSession) -> Iterator[sqlite3.Connection]:
    """The window's connection in the middle of a write: an answer inserted, not yet committed."""
    small_session.change_answer("contact_name", "Dr. Okafor")
    conn = small_session.report._conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE answers SET value = ? WHERE question_id = 'contact_name'", (f'"{UNCOMMITTED}"',))
    yield conn
    with contextlib.suppress(sqlite3.ProgrammingError):  # the window may have closed the file already
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _cells(path: Path) -> set[object]:
    book = load_workbook(path, read_only=True)
    return {cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row}


def test_export_during_a_write_holds_only_committed_answers(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, half_a_change: sqlite3.Connection, tmp_path: Path
) -> None:
    destination = tmp_path / "export.xlsx"
    failures: list[BaseException] = []
    operation = exports.export_report(window, "xlsx", destination)
    assert operation is not None
    operation._on_failure = failures.append
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass  # the window's write is still open: the export must not wait for it
    half_a_change.execute("ROLLBACK")
    assert failures == [] and operation.succeeded
    cells = _cells(destination)
    assert UNCOMMITTED not in cells
    assert "Dr. Okafor" in cells


def test_a_copy_during_a_write_holds_only_committed_answers(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, half_a_change: sqlite3.Connection, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.bsr"
    operation = exports.save_copy(window, copy)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass
    half_a_change.execute("ROLLBACK")
    assert operation.succeeded
    with Report.open(copy, read_only=True) as saved:
        assert saved.answer("contact_name").value == "Dr. Okafor"  # type: ignore[union-attr]


def test_import_planning_during_a_write_compares_with_committed_answers(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    small_session.change_answer("contact_name", "Dr. Okafor")
    workbook = tmp_path / "colleague.xlsx"
    export_xlsx(small_session.report, workbook)
    book = load_workbook(workbook)
    sheet = book.worksheets[1]
    cells = {row[8].value: row[4] for row in sheet.iter_rows(min_row=2) if row[8].value}
    cells["contact_name"].value = "Dr. Adaeze Okafor"
    book.save(workbook)

    conn = small_session.report._conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE answers SET value = ? WHERE question_id = 'contact_name'", (f'"{UNCOMMITTED}"',))
    try:
        run = importer.start_import(window, workbook)
        assert run is not None
        qtbot.waitUntil(lambda: run.source_dialog is not None or run.over, timeout=WAIT_MS)
        assert run.source_dialog is not None, run.error
        qtbot.mouseClick(
            run.source_dialog.buttons.button(run.source_dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: run.preview_dialog is not None or run.over, timeout=WAIT_MS)
    finally:
        conn.execute("ROLLBACK")
    assert run.preview_dialog is not None, run.error
    row = next(r for r in run.preview_dialog.model.rows if r.question_id == "contact_name")
    assert row.kind is RowKind.CHANGED
    assert row.current == ("Dr. Okafor", None)


def _apply_all(qtbot: QtBot, run: ImportRun | None) -> ImportRun:
    """Take an import or merge through its steps (accepting the source as read) and apply every row."""
    assert run is not None
    if not run.merge:
        qtbot.waitUntil(lambda: run.source_dialog is not None or run.over, timeout=WAIT_MS)
        assert run.source_dialog is not None, run.error
        ok = run.source_dialog.buttons.button(run.source_dialog.buttons.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.preview_dialog is not None or run.over, timeout=WAIT_MS)
    assert run.preview_dialog is not None, run.error
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(run.preview_dialog.apply_all_button, Qt.MouseButton.LeftButton)
    return run


def _background_operations(qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path) -> None:
    """Every background action on an open report, one after the other, each waited for."""
    for kind in ("xlsx", "pdf"):
        operation = exports.export_report(window, kind, tmp_path / f"export.{kind}", changes_annex=False)
        assert operation is not None
        with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
            pass
        assert operation.succeeded, kind
    operation = exports.save_copy(window, tmp_path / "copy.bsr")
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass
    assert operation.succeeded

    keeper = window.findChild(BackupKeeper)
    assert keeper is not None
    qtbot.waitUntil(lambda: not keeper.busy, timeout=WAIT_MS)
    snapshot = keeper.take_snapshot(Reason.ROLLING)
    assert snapshot is not None
    with qtbot.waitSignal(snapshot.finished, timeout=WAIT_MS):
        pass
    assert snapshot.succeeded

    # A colleague's copy of the report, merged back.
    with Report.open(tmp_path / "copy.bsr", author="Li Wei") as theirs:
        theirs.set_answer("phone", "+1 555 0100")
    merged = _apply_all(qtbot, importer.start_merge(window, tmp_path / "copy.bsr"))
    assert merged.outcome is not None and merged.outcome.source is Source.MERGED

    # The workbook exported above, edited and imported.
    book = load_workbook(tmp_path / "export.xlsx")
    sheet = book.worksheets[1]
    cells = {row[8].value: row[4] for row in sheet.iter_rows(min_row=2) if row[8].value}
    cells["contact_title"].value = "Director of Biosafety"
    book.save(tmp_path / "export.xlsx")
    imported = _apply_all(qtbot, importer.start_import(window, tmp_path / "export.xlsx"))
    assert imported.outcome is not None and imported.outcome.source is Source.IMPORTED


def test_background_work_never_touches_the_window_connection(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    small_session.change_answer("contact_name", "Dr. Okafor")
    small_session.change_answer("contact_title", "Head")
    report = small_session.report
    real = report._conn
    recording = RecordingConnection(real)
    report._conn = recording  # type: ignore[assignment]
    try:
        _background_operations(qtbot, window, small_session, tmp_path)
    finally:
        report._conn = real
    assert recording.threads == {threading.get_ident()}  # the window's thread only
    assert report.answer("contact_title").value == "Director of Biosafety"  # type: ignore[union-attr]
    assert report.answer("phone").value == "+1 555 0100"  # type: ignore[union-attr]
