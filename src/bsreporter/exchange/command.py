"""``bsreporter export``: export a report file to PDF and/or XLSX from the command line."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from bsreporter.atomic import PDF, XLSX, check_writable
from bsreporter.errors import ExchangeError
from bsreporter.report.store import Report


def export_report_file(path: Path, *, pdf: Path | None = None, xlsx: Path | None = None,
                       language: str | None = None, paper: str = "a4", changes_annex: bool = False,
                       blank: bool = False, details: Mapping[str, str] | None = None) -> list[str]:
    """Open ``path`` read-only and write the requested exports; return one line per file written.

    ``details`` (submitting authority, place and date of submission) are first kept in the report,
    in one transaction, so that this export and the next ones print them.
    """
    if pdf is None and xlsx is None:
        raise ExchangeError.of("export_nothing_asked")
    if pdf is not None and xlsx is not None and Path(pdf).resolve() == Path(xlsx).resolve():
        raise ExchangeError.of("export_same_file_twice")
    written = []
    if details:
        # A destination that cannot be written is said before the report is changed.
        for destination, kind in ((pdf, PDF), (xlsx, XLSX)):
            if destination is not None:
                check_writable(Path(destination), kind=kind, inputs=[Path(path)])
        with Report.open(Path(path)) as report:
            report.set_details(details)
    with Report.open(Path(path), read_only=True) as report:
        # Each format's module is imported only when asked for: openpyxl costs a PDF-only export a tenth of a second.
        if pdf is not None:
            from bsreporter.exchange.pdf import export_pdf

            export_pdf(report, Path(pdf), language=language, paper=paper, changes_annex=changes_annex, blank=blank)
            written.append(f"Wrote {pdf} ({Path(pdf).stat().st_size:,} bytes).")
        if xlsx is not None:
            from bsreporter.exchange.xlsx import export_xlsx

            export_xlsx(report, Path(xlsx), language=language)
            written.append(f"Wrote {xlsx} ({Path(xlsx).stat().st_size:,} bytes).")
    return written
