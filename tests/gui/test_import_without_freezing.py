"""An import of a long table: checked in a process of its own, written in one transaction, undone in one step."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from import_steps import accepted_source_preview
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from bsreporter.exchange import export_xlsx
from bsreporter.form.model import Questionnaire
from bsreporter.gui import importer
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report, Source

WAIT_MS = 60_000
ROWS = 1_000


def _laws() -> list[dict[str, Any]]:
    return [{"law_title": f"Biosafety regulation no. {i + 1}", "law_kind": ("law", "regulation")[i % 2],
             "law_year": 1995 + i % 25} for i in range(ROWS)]


def _workbook(folder: Path, form: Questionnaire) -> Path:
    """A colleague's workbook of a report of the small form whose table of laws holds 1,000 rows."""
    with Report.create(folder / "colleague.bsr", party="Republic of Arcadia", form=form) as theirs:
        theirs.set_answers({"contact_name": "Dr. Adaeze Okafor", "has_law": "yes",
                            "law_list": _laws()}, source=Source.TYPED)
        export_xlsx(theirs, folder / "colleague.xlsx")
    return folder / "colleague.xlsx"


def _stored(small_session: ReportSession, question_id: str) -> Any:
    answer = small_session.report.answer(question_id)  # read back from the file, not the window's copy
    return None if answer is None else answer.value


def test_an_import_of_a_1000_row_table_is_one_undo_step_and_the_window_keeps_turning(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_form: Questionnaire, tmp_path: Path
) -> None:
    workbook = _workbook(tmp_path, small_form)
    steps = small_session.undo_stack.count()
    ticks: list[int] = []
    workers: set[str] = set()

    def tick() -> None:
        ticks.append(1)
        workers.update(child.name for child in multiprocessing.active_children())

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(5)
    run = importer.start_import(window, workbook)
    assert run is not None
    accepted_source_preview(qtbot, run, WAIT_MS)
    qtbot.waitUntil(run.preview_dialog.rows_fitted, timeout=WAIT_MS)
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(run.preview_dialog.apply_all_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert run.error is None
    assert len(ticks) > 1 and "bsreporter-work" in workers  # read and checked by a process of its own

    assert len(_stored(small_session, "law_list")) == ROWS
    assert _stored(small_session, "contact_name") == "Dr. Adaeze Okafor"
    assert small_session.answers == small_session.report.answers()  # the window holds what the file holds, to the time
    assert small_session.undo_stack.count() == steps + 1
    small_session.undo_stack.undo()
    assert _stored(small_session, "law_list") is None and _stored(small_session, "contact_name") is None
    assert small_session.answers.get("law_list") is None or small_session.answers["law_list"].value is None
    small_session.undo_stack.redo()
    assert len(_stored(small_session, "law_list")) == ROWS
    history = [e for e in small_session.report.history("law_list") if e.source is Source.IMPORTED]
    assert [e.source_detail for e in history] == ["colleague.xlsx", "colleague.xlsx"]  # applied, then redone


def test_an_answer_stored_while_the_import_is_checked_is_kept_and_the_import_checked_again(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_form: Questionnaire, tmp_path: Path,
    monkeypatch: Any,
) -> None:
    workbook = _workbook(tmp_path, small_form)
    run = importer.start_import(window, workbook)
    assert run is not None
    accepted_source_preview(qtbot, run, WAIT_MS)
    stores: list[int] = []
    store: Callable[..., Any] = run._store

    def store_after_a_change(*args: Any) -> None:
        if not stores:  # the window stores an answer between the check and the write
            small_session.change_answer("contact_title", "Director of Biosafety")
        stores.append(1)
        store(*args)

    monkeypatch.setattr(run, "_store", store_after_a_change)
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(run.preview_dialog.apply_all_button, Qt.MouseButton.LeftButton)
    assert run.error is None and len(stores) == 2  # checked again against the report as it then was
    assert _stored(small_session, "contact_title") == "Director of Biosafety"
    assert len(_stored(small_session, "law_list")) == ROWS


def test_the_window_follows_an_applied_import_in_turns_of_its_own_behind_the_busy_preview(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_form: Questionnaire, tmp_path: Path,
    monkeypatch: Any,
) -> None:
    # Writing a long table, showing it and telling of it, all in one turn of the event loop, froze the window.
    workbook = _workbook(tmp_path, small_form)
    turns: list[int] = [0]
    counter = QTimer()
    counter.timeout.connect(lambda: turns.append(turns[-1] + 1))
    counter.start(0)  # fires once every turn of the event loop
    seen: dict[str, tuple[int, bool]] = {}
    run = importer.start_import(window, workbook)
    assert run is not None

    def busy_preview_shown() -> bool:
        return run.preview_dialog is not None and run.preview_dialog.isVisible()

    write: Callable[..., Any] = importer.store_and_record

    def store_and_record(*args: Any) -> Any:
        seen["written"] = (turns[-1], busy_preview_shown())
        return write(*args)

    monkeypatch.setattr(importer, "store_and_record", store_and_record)
    small_session.answerChanged.connect(
        lambda question_id, _origin: question_id == "law_list"
        and seen.setdefault("shown", (turns[-1], busy_preview_shown())))
    run.applied.connect(lambda _applied: seen.setdefault("told", (turns[-1], busy_preview_shown())))
    accepted_source_preview(qtbot, run, WAIT_MS)
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(run.preview_dialog.apply_all_button, Qt.MouseButton.LeftButton)
    counter.stop()
    assert run.error is None
    assert seen["written"][0] < seen["shown"][0] < seen["told"][0]
    # Nothing can change the report in between: the busy preview stays up until the window shows the import.
    assert seen["written"][1] and seen["shown"][1]
    assert not busy_preview_shown() and len(_stored(small_session, "law_list")) == ROWS
    assert small_session.answers == small_session.report.answers()
