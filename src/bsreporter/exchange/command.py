"""``bsreporter export``: export a report file to PDF and/or XLSX from the command line."""

from __future__ import annotations

from pathlib import Path

from bsreporter.errors import ExchangeError
from bsreporter.report.store import Report


def export_report_file(path: Path, *, pdf: Path | None = None, xlsx: Path | None = None,
                       language: str | None = None, paper: str = "a4", changes_annex: bool = False) -> list[str]:
    """Open ``path`` read-only and write the requested exports; return one line per file written."""
    from bsreporter.exchange.pdf import export_pdf
    from bsreporter.exchange.xlsx import export_xlsx

    if pdf is None and xlsx is None:
        raise ExchangeError("Say what to write: --pdf FILE, --xlsx FILE or both.")
    if pdf is not None and xlsx is not None and Path(pdf).resolve() == Path(xlsx).resolve():
        raise ExchangeError("The PDF and the XLSX need two different file names.")
    written = []
    with Report.open(Path(path), read_only=True) as report:
        if pdf is not None:
            export_pdf(report, Path(pdf), language=language, paper=paper, changes_annex=changes_annex)
            written.append(f"Wrote {pdf} ({Path(pdf).stat().st_size:,} bytes).")
        if xlsx is not None:
            export_xlsx(report, Path(xlsx), language=language)
            written.append(f"Wrote {xlsx} ({Path(xlsx).stat().st_size:,} bytes).")
    return written
