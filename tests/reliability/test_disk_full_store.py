"""A full disk refuses the edit with a clear message and loses nothing already stored."""

from __future__ import annotations

import pytest

from bsreporter.errors import ReportError
from bsreporter.report.store import Report


def test_edit_on_a_full_disk_is_refused_and_stored_answers_survive(report: Report) -> None:
    report.set_answer("nfp_name", "Dr. Okafor")
    report.set_answer("stakeholders_consulted", "Ministries")
    pages = report._conn.execute("PRAGMA page_count").fetchone()[0]
    report._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(ReportError, match="is full; the last change was not stored"):
        report.set_answer("stakeholders_consulted", "x" * 30_000)
    assert report.answer("stakeholders_consulted").value == "Ministries"
    assert report.answer("nfp_name").value == "Dr. Okafor"
    report._conn.execute("PRAGMA max_page_count = 1073741823")
    report.set_answer("stakeholders_consulted", "x" * 30_000)
    path = report.path
    report.close()
    with Report.open(path, read_only=True) as reopened:
        assert reopened.answer("stakeholders_consulted").value == "x" * 30_000
        assert reopened.answer("nfp_name").value == "Dr. Okafor"
