"""Exports from the window are written by a process of their own: the window keeps turning, and nothing else changes.

Errors still reach the person as the program's own messages in their language, Cancel
still leaves no file behind, and text still being typed is in the export.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.gui import exports
from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.operations import Operation
from bsreporter.gui.session import ReportSession
from bsreporter.messages import render
from bsreporter.report.store import Report, Source

WAIT_MS = 60_000
ROWS = 1_000


def _laws(count: int) -> list[dict[str, Any]]:
    return [{"law_title": f"Biosafety regulation no. {i + 1} on contained use and release",
             "law_kind": ("law", "regulation")[i % 2], "law_year": 1995 + i % 25} for i in range(count)]


@pytest.fixture
def long_report(tmp_path: Path, small_form: Questionnaire) -> Path:
    """A report of the small form whose table of laws holds 1,000 rows: its PDF takes a good second to write."""
    path = tmp_path / "long.bsr"
    with Report.create(path, party="Republic of Arcadia", form=small_form, author="tester") as report:
        report.set_answers({"has_law": "yes", "law_list": _laws(ROWS)}, source=Source.TYPED)
    return path


@pytest.fixture
def in_french(app: QApplication) -> Iterator[None]:
    """The interface in French for one test; English again afterwards."""
    apply_language("fr")
    yield
    apply_language("en")


def _export(window: MainWindow, kind: str, destination: Path) -> Operation[Any]:
    operation = exports.export_report(window, kind, destination)
    assert isinstance(operation, Operation)
    return operation


def test_a_pdf_export_is_written_by_a_process_of_its_own_while_the_window_keeps_turning(
    qtbot: QtBot, window: MainWindow, open_in: Callable[[MainWindow, Path], ReportSession], long_report: Path,
    tmp_path: Path,
) -> None:
    open_in(window, long_report)
    ticks: list[int] = []
    workers: set[str] = set()

    def tick() -> None:
        ticks.append(1)
        workers.update(child.name for child in multiprocessing.active_children())

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(5)
    destination = tmp_path / "long.pdf"
    operation = _export(window, "pdf", destination)
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass
    timer.stop()
    assert operation.succeeded
    assert destination.read_bytes().startswith(b"%PDF")
    assert len(ticks) > 1  # the window's own timer kept firing while the export ran
    # Written by a process with an interpreter of its own, which the export can hold as long as it likes.
    assert "bsreporter-work" in workers


def test_an_export_that_fails_in_its_process_is_said_in_the_persons_language(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path, in_french: None,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    folder = tmp_path / "removed"
    operation = _export(window, "xlsx", folder / "report.xlsx")  # the folder is gone by the time it is written
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass
    assert not operation.succeeded
    assert [box.text() for box in shown_messages(window)] == [render("folder_missing_choose", {"folder": folder}, "fr")]


def test_cancel_leaves_no_partial_file_and_an_earlier_export_as_it_was(
    qtbot: QtBot, window: MainWindow, open_in: Callable[[MainWindow, Path], ReportSession], long_report: Path,
    tmp_path: Path, shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    open_in(window, long_report)
    folder = tmp_path / "out"
    folder.mkdir()
    destination = folder / "long.pdf"
    earlier = b"%PDF-1.4\n% the export of last week\n%%EOF\n"
    destination.write_bytes(earlier)
    operation = _export(window, "pdf", destination)
    qtbot.waitUntil(lambda: operation.dialog.maximum() > 0, timeout=WAIT_MS)  # the export is under way
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        operation.cancel()
    assert operation.succeeded is False
    assert window.statusBar().currentMessage() == "Export cancelled."
    assert shown_messages(window) == []
    assert destination.read_bytes() == earlier
    assert sorted(p.name for p in folder.iterdir()) == ["long.pdf"]  # no temporary file left behind


def test_text_still_being_typed_is_in_the_export(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    window.go_to_question("contact_name")
    page = window.current_page()
    assert page is not None
    field = page.questions["contact_name"].editor.focus_target()
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, "Dr. Adaeze Okafor")
    assert small_session.has_pending()  # typed, waiting for a pause before it is stored
    destination = tmp_path / "typed.xlsx"
    operation = _export(window, "xlsx", destination)
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass
    assert operation.succeeded
    book = load_workbook(destination, read_only=True)
    cells = {cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row}
    assert "Dr. Adaeze Okafor" in cells
