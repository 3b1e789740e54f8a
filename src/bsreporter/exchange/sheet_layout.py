"""Where the answers are in a hand-made spreadsheet, as the person points them out.

Kept apart from the spreadsheet readers: the window builds it in the import dialog and sends it to the child
process that reads the sheet, and must not load those readers to do so.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ForeignLayout:
    """Where the answers are in a hand-made spreadsheet."""

    sheet: str | None  # None: the first sheet
    question_column: str  # a column letter ("A") or the header text in the header row
    answer_column: str
    header_row: int = 1
