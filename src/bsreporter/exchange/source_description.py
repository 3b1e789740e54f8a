"""A first look at a file to import from: what kind of source it is, and for a hand-made sheet, its rows.

The import dialog shows this before anything is planned: another report file, a
workbook this program exported (for this questionnaire or an earlier one), or a
spreadsheet someone made by hand, whose sheet and columns the person then points
out with a preview of the first rows. Nothing here writes anything.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from bsreporter.errors import BsreporterError, ExchangeError, FormError, ReportError
from bsreporter.exchange.sheet_layout import ForeignLayout
from bsreporter.form.model import Question, Questionnaire
from bsreporter.report.store import REPORT_SUFFIX, Report

# The spreadsheet and YAML readers (openpyxl, lxml, yaml) are loaded by the functions that read a file: the
# window only shows a description read by a child process, and unpickling it must not load them.

#: Rows of each sheet kept for the preview and for guessing where the answers are.
PREVIEW_ROWS = 200
#: A preview cell longer than this is cut (the import itself reads the whole cell).
PREVIEW_CELL_CHARS = 300

#: Words that head an answer column, in the six UN languages.
_ANSWER_HEADINGS = re.compile(r"answer|response|reply|réponse|respuesta|ответ|答|إجابة|رد", re.IGNORECASE)


class SourceKind(str, Enum):
    """What a file to import from is."""

    REPORT = "report"  # another report file (.bsr), usually the previous cycle's
    WORKBOOK = "workbook"  # a workbook this program exported for this questionnaire
    PRIOR_WORKBOOK = "prior_workbook"  # a workbook exported for an earlier questionnaire (read through a mapping)
    SHEET = "sheet"  # a spreadsheet made by hand: its columns must be pointed out


@dataclass(frozen=True, slots=True)
class SheetPreview:
    """The first rows of one sheet, each cell as text ("" when empty)."""

    name: str
    rows: tuple[tuple[str, ...], ...]

    @property
    def width(self) -> int:
        """Number of columns in the longest row."""
        return max((len(row) for row in self.rows), default=0)

    def cell(self, row: int, column: int) -> str:
        """The text of a cell by 1-based row and column ("" outside the preview)."""
        if 1 <= row <= len(self.rows) and 1 <= column <= len(self.rows[row - 1]):
            return self.rows[row - 1][column - 1]
        return ""


@dataclass(frozen=True, slots=True)
class SheetFormat:
    """A format a hand-made sheet may be numbered in: the report's own, or an earlier one carried through a mapping."""

    form: Questionnaire
    mapping: Path | None = None  # None: the report's own format, read as it is


@dataclass(frozen=True, slots=True)
class SourceDescription:
    """What a source file is, as far as the import dialog needs to know before planning."""

    path: Path
    kind: SourceKind
    form_id: str = ""
    party: str = ""
    sheets: tuple[SheetPreview, ...] = ()
    #: for a hand-made sheet: the report's format first, then each earlier format with a mapping into it
    formats: tuple[SheetFormat, ...] = ()

    @property
    def previous_cycle_default(self) -> bool:
        """Whether its answers are taken as the previous cycle's unless the person says otherwise."""
        return self.kind in (SourceKind.REPORT, SourceKind.PRIOR_WORKBOOK)

    @property
    def previous_cycle_fixed(self) -> bool:
        """True when the answers can only be the previous cycle's (an earlier questionnaire)."""
        return self.kind is SourceKind.PRIOR_WORKBOOK


def describe_source(report: Report, path: Path) -> SourceDescription:
    """Look at a file to import into ``report``; raise ExchangeError when it cannot be a source."""
    from bsreporter.exchange.sources import open_spreadsheet
    from bsreporter.exchange.xlsx_read import _read_about

    path = Path(path)
    if path.suffix.lower() == REPORT_SUFFIX:
        if path.resolve() == report.path.resolve():
            raise ExchangeError.of("import_from_itself")
        try:
            with Report.open(path, read_only=True) as other:
                info = other.info
        except ReportError as exc:
            raise ExchangeError.of("import_report_unreadable", reason=exc) from exc
        return SourceDescription(path, SourceKind.REPORT, info.form_id, info.party)
    book = open_spreadsheet(path)  # every safety check first
    try:
        about = _read_about(book.worksheets)
        form_id = about.get("form_id", "")
        if form_id:
            kind = SourceKind.WORKBOOK if form_id == report.form.id else SourceKind.PRIOR_WORKBOOK
            return SourceDescription(path, kind, form_id, about.get("party", ""))
        sheets = tuple(SheetPreview(sheet.title, _first_rows(sheet)) for sheet in book.worksheets)
    finally:
        book.close()
    return SourceDescription(path, SourceKind.SHEET, sheets=sheets, formats=sheet_formats(report.form))


def sheet_formats(form: Questionnaire) -> tuple[SheetFormat, ...]:
    """The formats a hand-made sheet may be numbered in: ``form``, then every installed one with a mapping into it."""
    from bsreporter.form.installed import available_forms, installed_questionnaire
    from bsreporter.form.mapping import mapping_folder

    forms = available_forms()
    folder = mapping_folder(forms[form.id]) if form.id in forms else None
    formats = [SheetFormat(form)]
    for form_id in sorted(forms, reverse=True):  # the Secretariat's ids sort by year: the latest earlier one first
        mapping = folder / f"{form_id}.yaml" if folder is not None else None
        if form_id == form.id or mapping is None or not mapping.is_file():
            continue
        try:
            formats.append(SheetFormat(installed_questionnaire(form_id), mapping))
        except FormError:
            continue  # a broken earlier form cannot number a sheet; the import says why if it is chosen anyway
    return tuple(formats)


#: Another format fits a sheet "clearly better" when it reads this share of its rows more than the first does
#: (the import refuses such a sheet read in the report's own format, exchange.sources).
_BETTER_BY = 0.25


def likely_format(formats: tuple[SheetFormat, ...], sheet: SheetPreview, layout: ForeignLayout) -> int:
    """The index of the format a sheet's rows fit clearly best (0, the report's own, unless another does far better).

    A row fits a format when its number names a question there and its answer reads as an answer to
    it (an option's wording or value, a number, a text): numbers alone say little, as every format
    numbers its questions from 1.
    """
    if len(formats) < 2 or layout.header_row < 0:
        return 0
    question_col = _column_number(layout.question_column)
    answer_col = _column_number(layout.answer_column)
    rows = [(sheet.cell(r, question_col), sheet.cell(r, answer_col))
            for r in range(layout.header_row + 1, len(sheet.rows) + 1) if sheet.cell(r, question_col)]
    fits = [_fit(entry.form, rows) for entry in formats]
    best = max(range(len(formats)), key=lambda i: (fits[i], -i))
    return best if fits[best] - fits[0] >= max(3, _BETTER_BY * len(rows)) else 0


def _fit(form: Questionnaire, rows: list[tuple[str, str]]) -> int:
    from bsreporter.exchange.xlsx_read import CellReader

    references = question_references(form)
    reader = CellReader(form)
    fit = 0
    for reference, answer in rows:
        question = match_reference(references, reference)
        if question is None:
            continue
        try:
            reader.answer(question, answer or None)
        except BsreporterError:  # not an answer to it (a loose wording is a suggestion, not a fit)
            continue
        fit += 1
    return fit


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.strip().upper():
        number = number * 26 + ord(letter) - 64
    return number


def _first_rows(sheet: Any) -> tuple[tuple[str, ...], ...]:
    rows: list[tuple[str, ...]] = []
    # Bounded by the sheet's own size too: asked for more rows, openpyxl makes up empty ones.
    for row in sheet.iter_rows(max_row=min(PREVIEW_ROWS, sheet.max_row or 0), values_only=True):
        texts = [cell_text(value) for value in row]
        while texts and not texts[-1]:
            texts.pop()
        rows.append(tuple(texts))
    while rows and not rows[-1]:
        rows.pop()
    return tuple(rows)


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the preview shows it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value).strip()
    return text if len(text) <= PREVIEW_CELL_CHARS else text[: PREVIEW_CELL_CHARS - 1] + "…"


def question_references(form: Questionnaire) -> dict[str, Question]:
    """Questions by the ways a hand-made sheet may name them: number or id, case-folded."""
    references = {q.number.casefold(): q for q in form.iter_questions()}
    references.update({q.id.casefold(): q for q in form.iter_questions()})
    return references


def match_reference(references: dict[str, Question], text: str) -> Question | None:
    """The question a sheet names by its number ("1.1.5", "1.1.5.") or its id, if any."""
    key = text.strip().rstrip(".").casefold()
    return references.get(key) if key else None


def guess_layout(form: Questionnaire, sheet: SheetPreview) -> ForeignLayout:
    """Where the question numbers and answers most likely are, as a starting point for the person.

    The question column is the one naming most questions; the header row is the row above
    the first of them (0: no header); the answer column is one headed like "Answer", else
    the one filled on most of those rows (the rightmost on a tie, since notes and question
    text usually come before the answer).
    """
    width = sheet.width
    if width == 0:
        return ForeignLayout(sheet.name, "A", "B", 1)
    references = question_references(form)

    def names_question(text: str) -> bool:
        return match_reference(references, text) is not None

    hits = [sum(names_question(sheet.cell(r, c)) for r in range(1, len(sheet.rows) + 1)) for c in range(1, width + 1)]
    question_col = max(range(1, width + 1), key=lambda c: (hits[c - 1], -c))
    matched = [r for r in range(1, len(sheet.rows) + 1) if names_question(sheet.cell(r, question_col))]
    header_row = matched[0] - 1 if matched else 1
    others = [c for c in range(1, width + 1) if c != question_col]
    if not others:
        answer_col = question_col + 1
    else:
        headed = [c for c in others if header_row >= 1 and _ANSWER_HEADINGS.search(sheet.cell(header_row, c))]
        if headed:
            answer_col = headed[0]
        else:
            answer_col = max(others, key=lambda c: (sum(bool(sheet.cell(r, c)) for r in matched), c))
    return ForeignLayout(sheet.name, column_letter(question_col), column_letter(answer_col), header_row)


def guess_sheet_layout(form: Questionnaire, sheets: tuple[SheetPreview, ...]) -> ForeignLayout | None:
    """The sheet naming most questions of ``form``, with :func:`guess_layout`'s columns; None when no
    sheet names any (the person then points the columns out)."""
    references = question_references(form)
    best: tuple[int, ForeignLayout] | None = None
    for sheet in sheets:
        layout = guess_layout(form, sheet)
        column = _column_number(layout.question_column)
        named = sum(match_reference(references, sheet.cell(r, column)) is not None
                    for r in range(1, len(sheet.rows) + 1))
        if named and (best is None or named > best[0]):
            best = (named, layout)
    return best[1] if best else None


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 1-based column number (1 -> A, 28 -> AB)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
