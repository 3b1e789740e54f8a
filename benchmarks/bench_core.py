"""Core timings: loading the questionnaire, one completeness pass, storing one answer."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.measure import measure
from bsreporter.demo import bundled_demo_path
from bsreporter.form.loader import load_questionnaire
from bsreporter.report.completeness import check_completeness
from bsreporter.report.store import Report
from bsreporter.resources import forms_dir


def run() -> list[dict[str, Any]]:
    """Rows for the benchmark table."""
    rows = []
    folder = forms_dir() / "cpb-sp-2011-2020"
    rows.append(measure("load questionnaire (181 questions)", lambda: load_questionnaire(folder), repeat=20))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.bsr"
        shutil.copyfile(bundled_demo_path(), path)
        with Report.open(path, author="bench") as report:
            answers = report.answers()
            rows.append(measure("completeness pass (demo report)",
                                lambda: check_completeness(report.form, answers), repeat=200))
            rows.append(measure("read answers + completeness",
                                lambda: check_completeness(report.form, report.answers()), repeat=100))
            counter = itertools.count()
            rows.append(measure("store one answer (committed, fsync)",
                                lambda: report.set_answer("Q017__true_some", f"Ministry {next(counter)}"),
                                repeat=200))
        rows.append(measure("open report (checks + lock)", lambda: Report.open(path).close(), repeat=30))
    return rows
