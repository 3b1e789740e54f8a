"""Opening a report: its answers are read and checked, and its completeness worked out, off the window's thread."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bsreporter.gui import session as session_module
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReadReport, ReportSession
from bsreporter.report.completeness import CompletenessTracker
from bsreporter.report.store import Report, Source


def _rows(count: int) -> list[dict[str, Any]]:
    return [{"law_title": f"Regulation {n}", "law_kind": "law", "law_year": 1990 + n % 30} for n in range(count)]


@pytest.fixture
def with_table(small_report_path: Path) -> Path:
    with Report.open(small_report_path) as report:
        report.set_answers({"has_law": "yes", "law_list": _rows(50)}, source=Source.TYPED)
    return small_report_path


def test_opening_a_report_reads_and_checks_its_answers_off_the_windows_thread(
    window: MainWindow, with_table: Path, open_in: Callable[[MainWindow, Path], ReportSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[str] = []
    answers, check = Report.answers, CompletenessTracker.check

    def read(report: Report) -> Any:
        threads.append(f"answers on {threading.current_thread().name}")
        return answers(report)

    def checked(tracker: CompletenessTracker, *args: Any) -> Any:
        threads.append(f"completeness on {threading.current_thread().name}")
        return check(tracker, *args)

    monkeypatch.setattr(Report, "answers", read)
    monkeypatch.setattr(CompletenessTracker, "check", checked)
    session = open_in(window, with_table)
    monkeypatch.setattr(Report, "answers", answers)
    assert threads and not any(t.endswith(threading.main_thread().name) for t in threads), threads
    assert session.answers == session.report.answers()  # what the window shows is what the file holds
    assert len(session.answers["law_list"].value) == 50


def test_a_report_changed_after_it_was_read_in_the_background_is_read_again_by_the_window(
    window: MainWindow, with_table: Path, open_in: Callable[[MainWindow, Path], ReportSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = session_module.read_report

    def read_then_changed_elsewhere(report: Report) -> ReadReport:
        read = original(report)
        # Another program stores an answer between the background read and the window's own opening.
        report.set_answer("contact_name", "Changed elsewhere")
        return read

    monkeypatch.setattr("bsreporter.gui.main_window.read_report", read_then_changed_elsewhere)
    session = open_in(window, with_table)
    assert session.answers["contact_name"].value == "Changed elsewhere"
    assert session.answers == session.report.answers()
    assert session.completeness.questions["contact_name"].status.value == "answered"


def test_the_collectors_full_passes_leave_out_what_the_window_holds_while_the_report_is_open(
    window: MainWindow, with_table: Path, open_in: Callable[[MainWindow, Path], ReportSession],
) -> None:
    gc.unfreeze()
    session = open_in(window, with_table)
    frozen = gc.get_freeze_count()
    assert frozen > len(session.answers["law_list"].value)  # the table's rows among them
    assert gc.collect(2) >= 0 and gc.get_freeze_count() == frozen  # a full pass goes over none of them
    window.close_report()
    assert gc.get_freeze_count() == 0  # what the report held may be collected once it is closed
