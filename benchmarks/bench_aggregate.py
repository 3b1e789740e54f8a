"""Secretariat analysis over 200 synthetic national reports (goal: under 10 s)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from benchmarks.measure import measure
from bsreporter.exchange.aggregate import aggregate_reports
from bsreporter.form.installed import installed_questionnaire
from bsreporter.report.synthetic import make_synthetic_reports


def run() -> list[dict[str, Any]]:
    """Rows for the benchmark table."""
    form = installed_questionnaire()
    with tempfile.TemporaryDirectory() as folder:
        paths = make_synthetic_reports(Path(folder), 200, form, seed=7)
        return [measure("aggregate 200 reports (all indicator formulas)", lambda: aggregate_reports(paths), repeat=3)]
