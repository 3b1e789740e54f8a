"""Safekeeping timings: backup copies (as the window takes them), reading a backup's completeness, restoring.

The window copies a report when it is opened and every 10 minutes of editing, in the
background through a read-only connection of its own (``report.backup.snapshot_of_file``);
these figures show the copy would not be felt even on the UI thread. "long history" is
the demo report after 6,000 more recorded changes of long texts, as after weeks of typing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.measure import measure
from bsreporter.demo import bundled_demo_path
from bsreporter.form.model import QuestionType
from bsreporter.report.backup import (
    DEFAULT_KEEP,
    Reason,
    backup_completeness,
    restore_backup,
    snapshot_of_file,
    take_snapshot,
)
from bsreporter.report.store import Report, Source


def _snapshot_of_file(path: Path, report: Report) -> None:
    snapshot_of_file(path, report.form, Reason.ROLLING, DEFAULT_KEEP)


def _grow_history(report: Report, changes: int) -> None:
    texts = [q.id for q in report.form.iter_questions() if q.type is QuestionType.TEXT and q.appearance == "multiline"
             and q.constraint is None]
    written = 0
    round_number = 0
    while written < changes:
        round_number += 1
        batch = {qid: f"Revision {round_number} of this answer. " + "x" * 900 for qid in texts}
        written += report.set_answers(batch, source=Source.TYPED)


def run() -> list[dict[str, Any]]:
    """Rows for the benchmark table."""
    rows = []
    previous_home = os.environ.get("BSREPORTER_HOME")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BSREPORTER_HOME"] = str(Path(tmp) / "home")
        try:
            demo = Path(tmp) / "demo.bsr"
            shutil.copyfile(bundled_demo_path(), demo)
            with Report.open(demo, author="bench") as report:
                rows.append(measure("backup copy, demo report (own read-only connection)",
                                    lambda: _snapshot_of_file(demo, report), repeat=30))
                rows.append(measure("backup copy, demo report (window's connection)",
                                    lambda: take_snapshot(report, Reason.ROLLING), repeat=30))
                backup = take_snapshot(report, Reason.ROLLING)
                rows.append(measure("completeness of one backup (restore list)",
                                    lambda: backup_completeness(backup), repeat=30))
                rows.append(measure("restore a backup (copy of current state + one transaction)",
                                    lambda: restore_backup(report, backup), repeat=20))
            long = Path(tmp) / "long-history.bsr"
            shutil.copyfile(bundled_demo_path(), long)
            with Report.open(long, author="bench") as report:
                _grow_history(report, 6_000)
                size_mb = long.stat().st_size / 1e6 + Path(str(long) + "-wal").stat().st_size / 1e6
                rows.append(measure(f"backup copy, long history (~{size_mb:.0f} MB, own read-only connection)",
                                    lambda: _snapshot_of_file(long, report), repeat=10))
        finally:
            if previous_home is None:
                os.environ.pop("BSREPORTER_HOME", None)
            else:
                os.environ["BSREPORTER_HOME"] = previous_home
    return rows
