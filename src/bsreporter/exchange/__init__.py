"""XLSX and PDF export, spreadsheet import and prior-cycle mappings (no Qt).

The API the GUI and the CLI use::

    export_pdf(report, Path("report.pdf"), language="zh", paper="a4", progress=..., cancelled=...)
    export_xlsx(report, Path("report.xlsx"), progress=..., cancelled=...)
    read_workbook_answers(Path("report.xlsx"))  # {question_id: value | SpecialAnswer | None}

The names are loaded on first use: reportlab and openpyxl take a noticeable part
of a second to import, which the program's start should not pay.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bsreporter.exchange.command import export_report_file
    from bsreporter.exchange.context import CANCELLED_MESSAGE, ExportCancelled
    from bsreporter.exchange.pdf import PAPER_SIZES, export_pdf
    from bsreporter.exchange.xlsx import export_xlsx
    from bsreporter.exchange.xlsx_read import WorkbookContents, WorkbookProblem, read_workbook, read_workbook_answers

_WHERE = {
    "export_report_file": "command",
    "CANCELLED_MESSAGE": "context",
    "ExportCancelled": "context",
    "PAPER_SIZES": "pdf",
    "export_pdf": "pdf",
    "export_xlsx": "xlsx",
    "WorkbookContents": "xlsx_read",
    "WorkbookProblem": "xlsx_read",
    "read_workbook": "xlsx_read",
    "read_workbook_answers": "xlsx_read",
}

__all__ = [
    "CANCELLED_MESSAGE",
    "PAPER_SIZES",
    "ExportCancelled",
    "WorkbookContents",
    "WorkbookProblem",
    "export_pdf",
    "export_report_file",
    "export_xlsx",
    "read_workbook",
    "read_workbook_answers",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
