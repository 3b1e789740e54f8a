"""Export timings: PDF and XLSX of the demo report and of a report answered throughout, and reading XLSX back.

Targets (issue 4, in-process on the development machine): PDF of the demo report
under 500 ms, XLSX under 300 ms. The "answered throughout" report is the one the
export tests use (tests/exchange/filled_report.py): every question answered,
tables, Chinese and hostile text, so it is larger than the demo.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.measure import measure
from bsreporter.demo import bundled_demo_path
from bsreporter.exchange import export_pdf, export_xlsx, read_workbook_answers
from bsreporter.exchange.fonts import register_fonts
from bsreporter.form.installed import installed_questionnaire
from bsreporter.report.store import Report

_REPEAT = 9


def _filled_report_module() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "tests" / "exchange" / "filled_report.py"
    spec = importlib.util.spec_from_file_location("bench_filled_report", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pages(pdf: Path) -> int:
    import pikepdf  # the archival rewrite packs objects into streams: count pages from the page tree

    with pikepdf.open(pdf) as document:
        return len(document.pages)


def _rows_for(label: str, report_path: Path, folder: Path, languages: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = []
    with Report.open(report_path, read_only=True) as report:
        for language in languages:
            pdf = folder / f"{label}-{language}.pdf"
            export_pdf(report, pdf, language=language)  # once untimed: the size for the label
            name = f"export PDF, {label} ({language}, A4, {_pages(pdf)} pages, {pdf.stat().st_size // 1024} KB)"
            rows.append(measure(name, lambda p=pdf, lang=language: export_pdf(report, p, language=lang),
                                repeat=_REPEAT))
        xlsx = folder / f"{label}.xlsx"
        export_xlsx(report, xlsx)
        rows.append(measure(f"export XLSX, {label} ({xlsx.stat().st_size // 1024} KB)",
                            lambda: export_xlsx(report, xlsx), repeat=_REPEAT))
    rows.append(measure(f"read XLSX answers back, {label}", lambda: read_workbook_answers(xlsx), repeat=_REPEAT))
    return rows


def run() -> list[dict[str, Any]]:
    """Rows for the benchmark table."""
    register_fonts()  # once per process, like the program does on its first export
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.bsr"
        shutil.copyfile(bundled_demo_path(), demo)
        # Arabic: every line ordered (bidi) and shaped (HarfBuzz), the costliest language.
        rows += _rows_for("demo report", demo, folder, ("en", "zh", "ar"))
        filled = _filled_report_module().build_filled_report(folder / "filled.bsr", installed_questionnaire())
        rows += _rows_for("report answered throughout", filled, folder, ("en", "zh"))
    return rows


if __name__ == "__main__":  # pragma: no cover
    for row in run():
        print(f"{row['operation']:<75} {row['median_ms']:8.1f} ms  p99 {row['p99_ms']:8.1f} ms  "
              f"{row['peak_mb']:6.1f} MB")
