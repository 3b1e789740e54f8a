"""One writer per report, readers beside it: ``Report.reader`` and the writing connection's one thread (small form)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from bsreporter.errors import ReportError
from bsreporter.report.store import Report


def test_a_reader_sees_only_committed_answers_and_does_not_wait_for_the_writer(small_report: Report) -> None:
    report = small_report
    report.set_answer("contact_name", "Dr. Okafor")
    with report.transaction() as conn:  # the window's write, not yet committed
        conn.execute("UPDATE answers SET value = '\"Someone else\"' WHERE question_id = 'contact_name'")
        with report.reader() as reader:
            assert reader.answer("contact_name").value == "Dr. Okafor"  # type: ignore[union-attr]
    with report.reader() as reader:
        assert reader.answer("contact_name").value == "Someone else"  # type: ignore[union-attr]


def test_a_reader_reads_the_same_file_and_form_and_cannot_write(small_report: Report) -> None:
    report = small_report
    report.set_answer("contact_name", "Dr. Okafor")
    with report.reader() as reader:
        assert (reader.path, reader.form, reader.read_only) == (report.path, report.form, True)
        assert reader.info == report.info and reader.answers() == report.answers()
        with pytest.raises(ReportError) as refused:
            reader.set_answer("contact_name", "Someone else")
        assert refused.value.key == "report_read_only"
    assert report.answer("contact_name").value == "Dr. Okafor"  # type: ignore[union-attr]
    report.set_answer("contact_name", "Dr. A. Okafor")  # the writer keeps its lock: closing a reader gives nothing up


def test_a_reader_opened_and_closed_in_a_background_thread(small_report: Report) -> None:
    report = small_report
    report.set_answer("contact_name", "Dr. Okafor")
    seen: list[object] = []

    def work() -> None:
        with report.reader() as reader:
            seen.append(reader.answer("contact_name").value)  # type: ignore[union-attr]

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert seen == ["Dr. Okafor"]


def test_a_reader_refuses_a_file_that_is_no_longer_the_report(small_report: Report, tmp_path: Path) -> None:
    report = small_report
    stranger = tmp_path / "stranger.db"
    sqlite3.connect(stranger).execute("CREATE TABLE t (x)").connection.close()
    replaced = Report(stranger, sqlite3.connect(":memory:"), report.form, read_only=True, lock=None, author="x")
    with pytest.raises(ReportError) as refused:
        replaced.reader()
    assert refused.value.key == "database_not_report"


def test_the_writing_connection_refuses_any_other_thread(small_report: Report) -> None:
    report = small_report
    # A wrong-thread use fails loudly instead of mixing into the window's transaction.
    errors: list[BaseException] = []

    def work() -> None:
        try:
            report.answers()
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert len(errors) == 1 and isinstance(errors[0], sqlite3.ProgrammingError)
    assert "thread" in str(errors[0])
    report.set_answer("contact_name", "Dr. Okafor")  # on its own thread it still works
