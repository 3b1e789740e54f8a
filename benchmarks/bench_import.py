"""Import timings: preview and apply a whole workbook (goal: under 1 s in-process)."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.measure import measure
from bsreporter.exchange import export_xlsx
from bsreporter.exchange.importing import apply_import
from bsreporter.exchange.sources import plan_import_file
from bsreporter.form.installed import installed_questionnaire
from bsreporter.report.store import Report, Source
from bsreporter.report.synthetic import synthetic_answers


def _workbook(folder: Path, form_id: str, seed: int) -> Path:
    form = installed_questionnaire(form_id)
    with Report.create(folder / f"{form_id}.bsr", party="Arcadia", form=form) as report:
        answers = synthetic_answers(form, seed, answered_share=1.0)
        answers.pop("party", None)  # the Party stays Arcadia: the workbook is this Party's own
        report.set_answers(answers, source=Source.TYPED)
        path = folder / f"{form_id}.xlsx"
        export_xlsx(report, path)
    return path


def _measure_import(label: str, source: Path, folder: Path, form: Any, counter: Iterator[int]) -> dict[str, Any]:
    holder: dict[str, Report] = {}

    def fresh_report() -> None:
        if "report" in holder:
            holder["report"].close()
        holder["report"] = Report.create(folder / f"target-{next(counter)}.bsr", party="Arcadia", form=form)

    def preview_and_apply() -> None:
        report = holder["report"]
        apply_import(report, plan_import_file(report, source, previous_cycle=True))

    row = measure(f"import preview + apply ({label})", preview_and_apply, repeat=7, setup=fresh_report)
    holder["report"].close()
    return row


def run() -> list[dict[str, Any]]:
    """Rows for the benchmark table."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        current = installed_questionnaire()
        fourth = installed_questionnaire("cpb-nr4-2019")
        # A second national report carried into a fourth through the Secretariat's mapping.
        sources = {"full workbook, same form": (_workbook(folder, current.id, 5), current),
                   "prior-cycle workbook via mapping": (_workbook(folder, "cpb-nr2-2011", 6), fourth)}
        counter = itertools.count()
        for label, (source, target_form) in sources.items():
            rows.append(_measure_import(label, source, folder, target_form, counter))
    return rows
