"""XLSX export: a workbook for colleagues who only have a spreadsheet, and for the next cycle.

Sheets: About (Party, cycle, form, export time, program version, fingerprint),
Report (one row per question, in order), one sheet per repeating table, Indicators
(completeness per indicator) and a hidden Lists sheet holding the drop-down options.

It is a fillable template that round-trips: choice answers are written as their
labels with drop-down validations; numbers and dates as typed cells, validated as
such; every text as a text cell (never a formula, whatever it starts with) in the
Text number format, which keeps what a colleague types there text. Grey cells hold
the machine-readable ids that :mod:`bsreporter.exchange.xlsx_read` reads back.

Every sheet is protected without a password: only the answer cells (and a table
sheet's rows) are unlocked, and sheets cannot be added, removed or renamed, so a
colleague answers without breaking the ids, and can still unprotect on purpose.
Each sheet prints fitted to the paper's width with its header rows repeated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from bsreporter.atomic import XLSX, atomic_write, check_writable
from bsreporter.exchange.context import (
    CancelCheck,
    ExportData,
    Phase,
    ProgressCallback,
    Steps,
    check_destination,
    gather,
)
from bsreporter.exchange.labels import is_rtl_language, phrase
from bsreporter.form.model import ChoiceList, Column, FormKind, Question, QuestionType, SpecialAnswer
from bsreporter.form.values import InvalidValue, is_multilingual, multilingual_cell
from bsreporter.report.display import (
    choice_label,
    list_separator,
    rows_text,
    special_answer_text,
    status_text,
)
from bsreporter.report.store import Report

#: Rows below a table's data that still carry the drop-downs, so colleagues can add rows.
SPARE_TABLE_ROWS = 100
#: First data row of a table sheet (title, headers and ids above it).
TABLE_FIRST_ROW = 4
ID_PREFIX_SEPARATOR = "."

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=13)
_GREY = Font(color="808080", size=9)
_LINK = Font(color="1F4E79", underline="single", italic=True)
_HEAD_FILL = PatternFill("solid", fgColor="DCE4EC")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_FORMULA_START = ("=", "+", "-", "@")
_OPEN = Protection(locked=False)
#: Number formats of answer cells: "@" (Text) keeps whatever is typed as text; it survives a LibreOffice save,
#: where the quote prefix does not.
TEXT_FORMAT = "@"
DATE_FORMAT = "yyyy-mm-dd"
#: Excel shows "####" for a Text-formatted cell of more than 255 characters: such text keeps the General format.
_TEXT_FORMAT_LIMIT = 255
_TEXT_TYPES = (QuestionType.TEXT, QuestionType.URL, QuestionType.EMAIL, QuestionType.SELECT_ONE,
               QuestionType.SELECT_MULTIPLE)
_NUMBER = r"-?\d+(?:\.\d+)?"
_BOUND = re.compile(rf"\.\s*(>=|<=|>|<)\s*({_NUMBER})")
#: The limits Excel can check: dates from 1900 on, and as far as the form allows.
_EXCEL_FIRST_DATE = dt.date(1900, 1, 1)
_EXCEL_LAST_DATE = dt.date(9999, 12, 31)
_LINE_HEIGHT = 15
_MAX_ROW_HEIGHT = 409  # Excel's tallest row, in points


def export_xlsx(report: Report, destination: Path, *, language: str | None = None,
                progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> None:
    """Write the report as a fillable, round-tripping XLSX workbook to ``destination`` (atomically).

    ``language`` defaults to the report's language. ``progress(done, total)`` is called as
    the work advances and ``cancelled()`` is polled; when it returns True,
    ExchangeError("Export cancelled; no file was written.") is raised and no file is written.
    """
    destination = Path(destination)
    check_destination(report, destination)
    check_writable(destination, kind=XLSX)
    data = gather(report, language)
    steps = Steps(progress, cancelled)
    steps.check()
    workbook = build_workbook(data, steps.phase(0.85, len(data.form.questions) + len(data.form.indicators)))
    steps.check()
    with atomic_write(destination, kind=XLSX) as stream:
        workbook.save(stream)
    steps.finish()


def build_workbook(data: ExportData, phase: Phase) -> Workbook:
    """The whole workbook of one export snapshot."""
    return _WorkbookBuilder(data, phase).build()


def table_sheet_title(question: Question) -> str:
    """The sheet name of a table question: its number and id, within Excel's 31 characters."""
    return f"{question.number} {question.id}"[:31]


def allowed_text(question: Question, lang: str) -> str:
    """The Allowed values cell of a question (an import tells it apart from an answer typed over it)."""
    labels = [c.label.get(lang) for c in question.choices.choices] if question.choices else []
    match question.type:
        case QuestionType.SELECT_ONE:
            allowed = phrase("allowed_one", lang, labels=list_separator(lang).join(labels))
        case QuestionType.SELECT_MULTIPLE:
            separator = list_separator(lang).strip()
            allowed = phrase("allowed_many", lang, labels=list_separator(lang).join(labels), separator=separator)
        case QuestionType.TEXT:
            allowed = phrase("allowed_multiline" if question.appearance == "multiline" else "allowed_text", lang)
        case QuestionType.DECIMAL:
            allowed = phrase("allowed_percent" if question.appearance == "percent" else "allowed_decimal", lang)
        case _:
            allowed = phrase(f"allowed_{question.type.value}", lang)
    if question.constraint_message:
        allowed += f" ({question.constraint_message.get(lang)})"
    if question.special_answers:
        specials = list_separator(lang).join(special_answer_text(s, lang) for s in question.special_answers)
        allowed = phrase("allowed_or", lang, allowed=allowed, specials=specials)
    return allowed


def put(sheet: Worksheet, row: int, column: int, value: Any, font: Font | None = None,
        alignment: Alignment | None = None) -> Cell:
    """Write one cell; text is always stored as text, never read as a formula."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
        if value.startswith(_FORMULA_START):
            cell.quotePrefix = True  # and the spreadsheet keeps it text when the cell is edited
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


class _WorkbookBuilder:
    def __init__(self, data: ExportData, phase: Phase) -> None:
        self.data = data
        self.lang = data.language
        self.phase = phase
        self.workbook = Workbook()
        self._lists: dict[tuple[str, tuple[SpecialAnswer, ...]], str] = {}
        self._lists_sheet: Worksheet | None = None
        self._validations: dict[str, DataValidation] = {}

    def build(self) -> Workbook:
        about = self.workbook.active
        assert about is not None
        about.title = phrase("sheet_about", self.lang)
        self.report_sheet = self.workbook.create_sheet(phrase("sheet_report", self.lang))
        self._lists_sheet = self.workbook.create_sheet(phrase("sheet_lists", self.lang))
        self._lists_sheet.sheet_state = "hidden"
        self.fill_about(about)
        self.fill_report()
        self.fill_indicators(self.workbook.create_sheet(phrase("indicators", self.lang)))
        # Order: About, Report, the table sheets, Indicators, then the hidden Lists sheet.
        self.workbook.move_sheet(self._lists_sheet, offset=len(self.workbook.sheetnames) - 3)
        if is_rtl_language(self.lang):
            for sheet in self.workbook.worksheets:  # columns run from right to left, as an Arabic reader expects
                sheet.sheet_view.rightToLeft = True
        for sheet in self.workbook.worksheets:
            _protect(sheet)
        # No password: answering needs no unprotecting, and whoever must change the layout can still do so.
        self.workbook.security = WorkbookProtection(lockStructure=True)
        return self.workbook

    # -- About -----------------------------------------------------------------------------

    def fill_about(self, sheet: Worksheet) -> None:
        data, lang = self.data, self.lang
        put(sheet, 1, 1, data.form.title.get(lang), _TITLE)
        put(sheet, 2, 1, phrase("about_note", lang), alignment=_WRAP)
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=3)
        sheet.row_dimensions[2].height = 48
        report = data.completeness.report
        verdict = phrase("complete" if data.completeness.is_complete else "incomplete", lang)
        rows: list[tuple[str, str, Any]] = [
            ("party", phrase("party", lang), data.info.party),
            ("cycle", phrase("cycle", lang), data.form.cycle.get(lang)),
            ("form_id", phrase("questionnaire", lang), data.form.id),
            ("form_version", phrase("questionnaire_version", lang), data.form.version),
            ("language", phrase("language", lang), data.language),
            ("exported_at", phrase("exported_at", lang), data.exported_at.isoformat()),
            # the exact moment of the answers exported, so an import can tell who changed what since
            ("answers_as_of", phrase("answers_as_of", lang), data.info.updated_at),
            ("program_version", phrase("program_version", lang), data.program_version),
            ("report_file", phrase("report_file", lang), data.file_name),
            ("completeness", phrase("completeness", lang), f"{report.done}/{report.required} ({verdict})"),
            ("fingerprint", phrase("fingerprint", lang), data.fingerprint),
            # which entry of the report's history these answers are: an import finds it there by identity
            ("history_mark", phrase("history_mark", lang), data.history_mark),
        ]
        for offset, (key, label, value) in enumerate(rows):
            put(sheet, 4 + offset, 1, label, _BOLD, _TOP)
            put(sheet, 4 + offset, 2, value, alignment=_WRAP)
            put(sheet, 4 + offset, 3, key, _GREY, _TOP)
        for column, width in zip("ABC", (34, 70, 16), strict=True):
            sheet.column_dimensions[column].width = width
        _print_setup(sheet, f"A1:C{3 + len(rows)}", landscape=False)

    # -- Report ----------------------------------------------------------------------------

    def fill_report(self) -> None:
        sheet, data, lang = self.report_sheet, self.data, self.lang
        by_plan = data.form.kind is FormKind.SELF_ASSESSMENT
        headers = ["col_number", "col_focal_area" if by_plan else "col_section",
                   "col_objective" if by_plan else "col_objectives", "col_question", "col_answer", "col_allowed",
                   "status", "indicators", "col_question_id"]
        widths = [8, 26, 26, 60, 42, 30, 18, 14, 30]
        self._header(sheet, 1, [phrase(h, lang) for h in headers], widths)
        sheet.freeze_panes = "B2"
        row = 2
        for section in data.form.sections:
            focal_area = data.focal_area_of(section)
            area_text = (phrase("focal_area", lang, number=focal_area.number, title=focal_area.title.get(lang))
                         if focal_area else section.title.get(lang))
            objective_text = f"{section.number} {section.title.get(lang)}" if focal_area else ""
            for question in section.questions:
                self.phase.advance()
                if not by_plan:  # a format's question names the Plan's objectives it informs
                    objective_text = ", ".join(o.number for o in data.form.objectives_of(question))
                put(sheet, row, 1, question.number, alignment=_TOP)
                put(sheet, row, 2, area_text, alignment=_WRAP)
                put(sheet, row, 3, objective_text, alignment=_WRAP)
                put(sheet, row, 4, question.label.get(lang), alignment=_WRAP)
                self._answer_cell(question, row)
                put(sheet, row, 6, self._allowed(question), alignment=_WRAP)
                put(sheet, row, 7, status_text(data.status(question), lang), alignment=_WRAP)
                put(sheet, row, 8, ", ".join(question.indicator_ids), alignment=_TOP)
                put(sheet, row, 9, question.id, _GREY, _TOP)
                row += 1
        sheet.auto_filter.ref = f"A1:I{row - 1}"
        _fit_heights(sheet, 2, row - 1)
        # The grey ids are for the import; the printed page ends with the indicators.
        _print_setup(sheet, f"A1:H{row - 1}", landscape=True, titles="1:1")

    def _answer_cell(self, question: Question, row: int) -> None:
        sheet, lang = self.report_sheet, self.lang
        answer = self.data.answers.get(question.id)
        if question.type is QuestionType.TABLE and not (answer is not None and isinstance(answer.value, InvalidValue)):
            rows = answer.value if answer is not None and isinstance(answer.value, list) else []
            title = self.fill_table(question, rows)
            cell = put(sheet, row, 5, phrase("see_sheet", lang, sheet=title, rows=rows_text(len(rows), lang)),
                       _LINK, _WRAP)
            cell.hyperlink = f"#{quote_sheetname(title)}!A1"
            cell.font = _LINK
            return
        if answer is None:
            value: Any = None
        elif answer.special is not None:
            value = special_answer_text(answer.special, lang)
        else:
            value = self.cell_value(question, answer.value)
        cell = put(sheet, row, 5, value, alignment=_WRAP)
        self._answer_style(cell, question, question.special_answers)
        if answer is not None and isinstance(answer.value, InvalidValue):
            # The stored text as it is (the Status column says "Not valid"); why, in a note that
            # an import ignores, so the marker never comes back as part of an answer.
            cell.comment = Comment(answer.value.reason(lang), "bsreporter")
        if question.type is QuestionType.SELECT_ONE and question.choices is not None:
            self._validate(sheet, f"E{row}", question.choices, question.special_answers)

    def cell_value(self, item: Question | Column, value: Any) -> Any:
        """A value as a typed cell: numbers and dates as such, choices as their labels."""
        if value is None:
            return None
        if isinstance(value, InvalidValue):
            return value.raw
        match item.type:
            case QuestionType.SELECT_ONE:
                return choice_label(item.choices, value, self.lang)
            case QuestionType.SELECT_MULTIPLE:
                return list_separator(self.lang).join(choice_label(item.choices, v, self.lang) for v in value)
            case QuestionType.DATE:
                return value if isinstance(value, dt.date) else str(value)
            case QuestionType.INTEGER | QuestionType.DECIMAL:
                return value
        if is_multilingual(item) and isinstance(value, dict):
            # Untagged text is read back as the report's language, whatever language the workbook is in.
            return multilingual_cell(value, self.data.info.language)
        return str(value)

    def _allowed(self, question: Question) -> str:
        return allowed_text(question, self.lang)

    # -- table sheets ----------------------------------------------------------------------

    def fill_table(self, question: Question, rows: Sequence[dict[str, Any]]) -> str:
        """One sheet for a repeating table: title, headers, grey column ids, then the rows."""
        lang = self.lang
        title = table_sheet_title(question)
        sheet = self.workbook.create_sheet(title)
        put(sheet, 1, 1, f"{question.number} {question.label.get(lang)}", _BOLD)
        widths = [_column_width(c) for c in question.columns]
        self._header(sheet, 2, [c.label.get(lang) for c in question.columns], widths)
        for index, column in enumerate(question.columns, start=1):
            put(sheet, 3, index, f"{question.id}{ID_PREFIX_SEPARATOR}{column.name}", _GREY)
        sheet.freeze_panes = f"A{TABLE_FIRST_ROW}"
        last = TABLE_FIRST_ROW + len(rows) + SPARE_TABLE_ROWS
        for index, column in enumerate(question.columns, start=1):
            for offset in range(last - TABLE_FIRST_ROW + 1):  # the spare rows too: colleagues add rows there
                value = self.cell_value(column, rows[offset].get(column.name)) if offset < len(rows) else None
                cell = put(sheet, TABLE_FIRST_ROW + offset, index, value, alignment=_WRAP)
                self._cell_style(cell, column)
            letter = get_column_letter(index)
            cells = f"{letter}{TABLE_FIRST_ROW}:{letter}{last}"
            if column.type is QuestionType.SELECT_ONE and column.choices is not None:
                self._validate(sheet, cells, column.choices, ())
            else:
                self._validate_value(sheet, cells, column, ())
        _fit_heights(sheet, TABLE_FIRST_ROW - 2, TABLE_FIRST_ROW + len(rows) - 1)
        _print_setup(sheet, f"A1:{get_column_letter(len(question.columns))}{TABLE_FIRST_ROW + max(len(rows), 1) - 1}",
                     landscape=sum(widths) > 90, titles=f"1:{TABLE_FIRST_ROW - 1}")
        return title

    # -- Indicators ------------------------------------------------------------------------

    def fill_indicators(self, sheet: Worksheet) -> None:
        lang, completeness = self.lang, self.data.completeness
        headers = ["col_objective_number", "indicator", "col_indicator_text", "col_done", "col_required",
                   "col_percent", "status"]
        self._header(sheet, 1, [phrase(h, lang) for h in headers], [12, 10, 80, 14, 14, 10, 16])
        sheet.freeze_panes = "A2"
        row = 2
        for objective in self.data.form.objectives:
            for indicator in objective.indicators:
                self.phase.advance()
                progress = completeness.indicators[indicator.id]
                informing = self.data.form.informing.get(indicator.id, ())
                put(sheet, row, 1, objective.number, alignment=_TOP)
                put(sheet, row, 2, indicator.id, alignment=_TOP)
                if not informing:  # this report does not measure it; the form says who does
                    reason = self.data.form.measured_elsewhere.get(indicator.id)
                    text = indicator.text.get(lang) + (f"\n{reason.get(lang)}" if reason else "")
                    put(sheet, row, 3, text, alignment=_WRAP)
                    put(sheet, row, 7, phrase("measured_elsewhere", lang), alignment=_WRAP)
                    row += 1
                    continue
                numbers = phrase("informed_by", lang, numbers=", ".join(dict.fromkeys(q.number for q in informing)))
                put(sheet, row, 3, f"{indicator.text.get(lang)}\n{numbers}", alignment=_WRAP)
                put(sheet, row, 4, progress.done, alignment=_TOP)
                put(sheet, row, 5, progress.required, alignment=_TOP)
                put(sheet, row, 6, round(progress.percent, 1), alignment=_TOP)
                put(sheet, row, 7, phrase("complete" if progress.complete else "incomplete", lang), alignment=_TOP)
                row += 1
        _fit_heights(sheet, 1, row - 1)
        _print_setup(sheet, f"A1:G{row - 1}", landscape=True, titles="1:1")

    # -- answer cells ----------------------------------------------------------------------

    def _answer_style(self, cell: Cell, question: Question, specials: tuple[SpecialAnswer, ...]) -> None:
        """Unlock an answer cell, keep what is typed there of its type, and check numbers and dates."""
        self._cell_style(cell, question)
        if question.type is not QuestionType.SELECT_ONE:
            self._validate_value(cell.parent, cell.coordinate, question, specials)

    def _cell_style(self, cell: Cell, item: Question | Column) -> None:
        cell.protection = _OPEN
        if item.type in _TEXT_TYPES:
            text = cell.value if isinstance(cell.value, str) else ""
            if item.type is not QuestionType.TEXT or (getattr(item, "appearance", None) != "multiline"
                                                      and len(text) <= _TEXT_FORMAT_LIMIT):
                cell.number_format = TEXT_FORMAT
        elif item.type is QuestionType.DATE and not isinstance(cell.value, str):
            cell.number_format = DATE_FORMAT

    def _validate_value(self, sheet: Worksheet, cells: str, item: Question | Column,
                        specials: tuple[SpecialAnswer, ...]) -> None:
        """A check of whole numbers, numbers and dates within the form's simple limits, with a message."""
        rule = value_rule(item)
        if rule is None:
            return
        kind, low, high, words = rule
        prompt = phrase(words, self.lang, kind=phrase(f"valid_{kind}", self.lang), low=_shown(low), high=_shown(high))
        if specials:
            prompt = phrase("allowed_or", self.lang, allowed=prompt, specials=list_separator(self.lang).join(
                special_answer_text(s, self.lang) for s in specials))
        common = {"allow_blank": True, "showErrorMessage": True, "showInputMessage": True, "errorStyle": "stop",
                  "promptTitle": phrase("col_allowed", self.lang)[:32], "prompt": prompt[:255],
                  "errorTitle": phrase("valid_refused", self.lang)[:32], "error": prompt[:255]}
        if specials:
            # A number, or the words of a special answer: a custom formula, relative to the (single) cell.
            anchor = cells.split(":")[0]
            test = [f"ISNUMBER({anchor})"]
            if kind in ("whole", "year"):
                test.append(f"{anchor}=INT({anchor})")
            test += [f"{anchor}>={_formula(low)}"] if low is not None else []
            test += [f"{anchor}<={_formula(high)}"] if high is not None else []
            words_of = ",".join(f'{anchor}="{special_answer_text(s, self.lang)}"' for s in specials)
            validation = DataValidation(type="custom", formula1=f"OR(AND({','.join(test)}),{words_of})", **common)
        else:
            excel_type = {"whole": "whole", "year": "whole", "decimal": "decimal", "date": "date"}[kind]
            lowest = low if low is not None else (_EXCEL_FIRST_DATE if kind == "date" else -1e15)
            highest = high if high is not None else (_EXCEL_LAST_DATE if kind == "date" else 1e15)
            validation = DataValidation(type=excel_type, operator="between", formula1=_formula(lowest),
                                        formula2=_formula(highest), **common)
        sheet.add_data_validation(validation)
        validation.add(cells)

    # -- shared ----------------------------------------------------------------------------

    def _header(self, sheet: Worksheet, row: int, labels: list[str], widths: Sequence[float]) -> None:
        for index, (label, width) in enumerate(zip(labels, widths, strict=True), start=1):
            cell = put(sheet, row, index, label, _BOLD, _WRAP)
            cell.fill = _HEAD_FILL
            sheet.column_dimensions[get_column_letter(index)].width = width

    def _validate(self, sheet: Worksheet, cells: str, choices: ChoiceList,
                  specials: tuple[SpecialAnswer, ...]) -> None:
        """A drop-down of the choice labels (and the allowed special answers) on ``cells``."""
        source = self._list_range(choices, specials)
        key = f"{sheet.title}|{source}"
        validation = self._validations.get(key)
        if validation is None:
            validation = DataValidation(type="list", formula1=source, allow_blank=True, showDropDown=False,
                                        showErrorMessage=True, errorStyle="stop",
                                        errorTitle=phrase("valid_refused", self.lang)[:32],
                                        error=phrase("valid_choose", self.lang))
            sheet.add_data_validation(validation)
            self._validations[key] = validation
        validation.add(cells)

    def _list_range(self, choices: ChoiceList, specials: tuple[SpecialAnswer, ...]) -> str:
        key = (choices.name, specials)
        existing = self._lists.get(key)
        if existing is not None:
            return existing
        assert self._lists_sheet is not None
        column = len(self._lists) + 1
        labels = [c.label.get(self.lang) for c in choices.choices]
        labels += [special_answer_text(s, self.lang) for s in specials]
        put(self._lists_sheet, 1, column, choices.name + "".join(f"+{s.value}" for s in specials))
        for row, label in enumerate(labels, start=2):
            put(self._lists_sheet, row, column, label)
        letter = get_column_letter(column)
        reference = f"{quote_sheetname(self._lists_sheet.title)}!${letter}$2:${letter}${len(labels) + 1}"
        self._lists[key] = reference
        return reference


def _column_width(column: Column) -> float:
    return {QuestionType.TEXT: 40, QuestionType.URL: 36, QuestionType.EMAIL: 30, QuestionType.SELECT_ONE: 24,
            QuestionType.SELECT_MULTIPLE: 30, QuestionType.DATE: 14}.get(column.type, 14)


def value_rule(item: Question | Column) -> tuple[str, Any, Any, str] | None:
    """What Excel can check of a number or date answer: (kind, lowest, highest, phrase key), or None.

    The limits come from the item's constraint where it is a simple range (". >= 0 and . <= 100");
    a limit depending on another answer is left to the import, which checks every rule.
    """
    match item.type:
        case QuestionType.INTEGER | QuestionType.DECIMAL:
            kind = "whole" if item.type is QuestionType.INTEGER else "decimal"
        case QuestionType.DATE:
            kind = "date"
        case _:
            return None
    low: Any = None
    high: Any = None
    source = item.constraint.source if item.constraint is not None else ""
    if kind == "date":
        if re.fullmatch(r"\.\s*<=\s*today\(\)", source.strip()):
            return kind, _EXCEL_FIRST_DATE, "TODAY()", "valid_not_after_today"
        return kind, None, None, "valid_date"
    parts = _top_level_parts(source) if source else []
    for part in parts:
        bound = _BOUND.fullmatch(part.strip())
        if bound is None:
            continue
        number: Any = float(bound.group(2)) if kind == "decimal" else int(float(bound.group(2)))
        if bound.group(1).startswith(">"):
            low = number if bound.group(1) == ">=" or kind == "decimal" else number + 1
        else:
            high = number if bound.group(1) == "<=" or kind == "decimal" else number - 1
    if getattr(item, "appearance", None) == "percent":
        low, high = (0.0 if low is None else low), (100.0 if high is None else high)
    if kind == "whole" and low is not None and low >= 1000 and high is not None and high <= 9999:
        kind = "year"
    words = ("valid_between" if low is not None and high is not None else "valid_at_least" if low is not None
             else "valid_at_most" if high is not None else f"valid_{kind}")
    return kind, low, high, words


def _top_level_parts(source: str) -> list[str]:
    """The parts of ``a and b and c`` outside parentheses; none when the expression has an "or" at the top."""
    parts, depth, start = [], 0, 0
    for match in re.finditer(r"[()]|\band\b|\bor\b", source):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif depth == 0 and token == "or":
            return []
        elif depth == 0:
            parts.append(source[start:match.start()])
            start = match.end()
    return [*parts, source[start:]]


def _formula(value: Any) -> str:
    """A limit as Excel's validation formula: a date as its serial number, a number as it is."""
    if isinstance(value, dt.date):
        return str((value - dt.date(1899, 12, 30)).days)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _protect(sheet: Worksheet) -> None:
    """Protect a sheet's locked cells, without a password; widths, heights and filters stay free to change."""
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = False
    protection.formatRows = False
    protection.autoFilter = False


def _fit_heights(sheet: Worksheet, first_row: int, last_row: int) -> None:
    """Rows tall enough for their wrapped text: LibreOffice shows and prints a row one line high otherwise."""
    widths = {letter: dimension.width for letter, dimension in sheet.column_dimensions.items() if dimension.width}
    for row in sheet.iter_rows(min_row=first_row, max_row=last_row):
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            width = max(widths.get(cell.column_letter, 10) * 1.15, 4)  # a width unit holds a little more
            # A CJK character is about two Latin ones wide.
            lines = max(lines, sum(-(-sum(2 if ord(ch) > 0x2E80 else 1 for ch in part) // int(width)) or 1
                                   for part in cell.value.split("\n")))
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = min(_LINE_HEIGHT * lines, _MAX_ROW_HEIGHT)


def _print_setup(sheet: Worksheet, area: str, *, landscape: bool, titles: str | None = None) -> None:
    """Print ``area`` fitted to the paper's width (as many pages down as needed), ``titles`` rows on every page."""
    sheet.print_area = area
    if titles:
        sheet.print_title_rows = titles
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.center.text = "&A - &P / &N"
