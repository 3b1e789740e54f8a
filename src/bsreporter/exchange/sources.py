"""Where imported answers come from: a bsreporter workbook, a prior-cycle workbook, a hand-made sheet.

Every source file is checked before a spreadsheet library parses it (what kind of file
it is, whether it is encrypted, whether it would unpack to something huge), then read
into ``IncomingAnswer`` rows for ``plan_import``. Nothing here writes anything.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml.common import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from bsreporter.errors import AnswerError, ExchangeError, FormError, ReportError
from bsreporter.exchange.importing import ImportPlan, IncomingAnswer, plan_import
from bsreporter.exchange.xlsx_read import CellReader, read_workbook
from bsreporter.form.loader import available_forms, installed_questionnaire
from bsreporter.form.mapping import FormMapping, find_mapping, load_mapping
from bsreporter.form.model import QuestionType, SpecialAnswer
from bsreporter.messages import Phrase
from bsreporter.report.store import Report

#: A report's workbook is a few hundred kilobytes; far larger is not a report, or is a trap.
MAX_UNPACKED_BYTES = 200_000_000
MAX_COMPRESSION_RATIO = 200
#: No questionnaire has more than a few hundred rows; a sheet this long is the wrong sheet.
MAX_ROWS = 20_000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True, slots=True)
class ForeignLayout:
    """Where the answers are in a hand-made spreadsheet."""

    sheet: str | None  # None: the first sheet
    question_column: str  # a column letter ("A") or the header text in the header row
    answer_column: str
    header_row: int = 1


def check_spreadsheet_file(path: Path) -> None:
    """Refuse, with a message saying what to do, anything that is not a safe .xlsx workbook."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise ExchangeError.of("source_missing", path=path) from None
    except OSError as exc:
        raise ExchangeError.of("cannot_read", name=name, reason=exc.strerror) from exc
    if head.startswith(_OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in head or path.suffix.lower() == ".xlsx":
            raise ExchangeError.of("xlsx_password", name=name)
        raise ExchangeError.of("xls_old", name=name)
    if not head.startswith(_ZIP_MAGIC):
        raise ExchangeError.of("not_spreadsheet", name=name)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
                raise ExchangeError.of("ods_spreadsheet", name=name)
            unpacked = sum(info.file_size for info in archive.infolist())
            packed = max(1, sum(info.compress_size for info in archive.infolist()))
            if unpacked > MAX_UNPACKED_BYTES or (unpacked > 20_000_000 and unpacked / packed > MAX_COMPRESSION_RATIO):
                raise ExchangeError.of("zip_bomb", name=name, size=f"{unpacked:,}")
            if "xl/workbook.xml" not in names:
                raise ExchangeError.of("not_workbook", name=name)
            broken = archive.testzip()
            if broken is not None:
                raise ExchangeError.of("damaged_part", name=name, part=broken)
    except ExchangeError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ExchangeError.of("damaged_incomplete", name=name) from exc


def open_spreadsheet(path: Path) -> Any:
    """Check and open a workbook with openpyxl (cached values for formulas); refuse over-long sheets."""
    check_workbook(path)
    return _load(path, read_only=False)


def check_workbook(path: Path) -> None:
    """Every check made before a workbook is loaded whole: the kind of file, its unpacked size, its sheets' lengths."""
    check_spreadsheet_file(path)
    # A first, streaming look at each sheet's declared size, so a 100,000-row sheet is refused
    # before anything loads it whole.
    quick = _load(path, read_only=True)
    try:
        _check_row_counts(path, quick)
    except ExchangeError:
        raise
    except Exception as exc:  # read-only sheets are parsed lazily, while being counted
        raise _unreadable(path, exc) from exc
    finally:
        quick.close()


def _check_row_counts(path: Path, quick: Any) -> None:
    """Refuse a sheet far longer than any report, counting rows by streaming (stops past the limit)."""
    for sheet in quick.worksheets:
        # Count by streaming, stopping past the limit: the declared size may be missing or false.
        rows = 0
        for rows, _ in enumerate(sheet.iter_rows(values_only=True), start=1):
            if rows > MAX_ROWS:
                break
        if rows > MAX_ROWS:
            declared = sheet.max_row if isinstance(sheet.max_row, int) and sheet.max_row > MAX_ROWS else None
            size = (Phrase("rows_count", {"count": f"{declared:,}"}) if declared
                    else Phrase("rows_more_than", {"count": f"{MAX_ROWS:,}"}))
            raise ExchangeError.of("too_many_rows", sheet=sheet.title, name=Path(path).name, size=size)


def _caused_by_defused_xml(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, DefusedXmlException):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _load(path: Path, *, read_only: bool, data_only: bool = True) -> Any:
    try:
        return load_workbook(path, read_only=read_only, data_only=data_only)
    except Exception as exc:  # a damaged file makes the XML and zip readers fail in many ways
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: BaseException) -> ExchangeError:
    """The message for a workbook that openpyxl could not read."""
    if _caused_by_defused_xml(exc):  # entity definitions: the way to an entity-expansion bomb
        return ExchangeError.of("xml_entities", name=Path(path).name)
    return ExchangeError.of("spreadsheet_unreadable", name=Path(path).name, kind=type(exc).__name__)


def plan_import_file(report: Report, path: Path, *, previous_cycle: bool = False, mapping: Path | None = None,
                     layout: ForeignLayout | None = None) -> ImportPlan:
    """Read a source file and preview its import into ``report``; changes nothing.

    With ``layout`` the file is a hand-made sheet; otherwise it must be a workbook this
    program exported, for this questionnaire or (through a mapping) an earlier one.
    """
    path = Path(path)
    if layout is not None:
        incoming = read_foreign_sheet(report, path, layout)
        return plan_import(report, incoming, source=path, carried_over=previous_cycle)
    if path.suffix.lower() == ".bsr":
        return _plan_from_report_file(report, path, previous_cycle=previous_cycle, mapping_file=mapping)
    check_workbook(path)  # every safety check, before the workbook reader loads it (once)
    contents = read_workbook(path)
    if contents.form_id == report.form.id and mapping is None:
        incoming = [IncomingAnswer(f"{path.name}: {qid}", qid, value, qid) for qid, value in contents.answers.items()]
        incoming += [IncomingAnswer(f"{p.sheet}!{p.cell}", p.question_id, None, p.question_id or "", problem=p.message)
                     for p in contents.problems]
        same_report = (not previous_cycle and contents.about.get("report_file") == report.path.name
                       and contents.party == report.info.party)
        base = contents.about.get("answers_as_of") or None if same_report else None
        return plan_import(report, incoming, source=path, carried_over=previous_cycle, base_time=base)
    return _plan_prior_cycle(report, path, contents.form_id, mapping)


def _plan_from_report_file(report: Report, path: Path, *, previous_cycle: bool,
                           mapping_file: Path | None) -> ImportPlan:
    """Answers of another report file: the previous cycle's report, usually."""
    if path.resolve() == report.path.resolve():
        raise ExchangeError.of("import_from_itself")
    try:
        other = Report.open(path, read_only=True)
    except ReportError as exc:
        raise ExchangeError.of("import_report_unreadable", reason=exc) from exc
    with other:
        answers = {qid: (a.special if a.special is not None else a.value) for qid, a in other.answers().items()
                   if not a.is_blank}
        from_form = other.form.id
    if from_form == report.form.id and mapping_file is None:
        incoming = [IncomingAnswer(f"{path.name}: {qid}", qid, raw, qid) for qid, raw in answers.items()]
        return plan_import(report, incoming, source=path, carried_over=previous_cycle)
    mapping, _ = _mapping_for(report, path, from_form, mapping_file)
    return plan_import(report, _mapped(path, from_form, mapping, answers, ()), source=path, carried_over=True)


def _mapping_for(report: Report, path: Path, from_form: str, mapping_file: Path | None) -> tuple[FormMapping, Any]:
    try:
        earlier = installed_questionnaire(from_form)
    except FormError:
        earlier = None
    current_folder = available_forms()[report.form.id]
    try:
        mapping = (load_mapping(mapping_file, report.form, earlier) if mapping_file
                   else find_mapping(report.form, current_folder, from_form, earlier))
    except FormError as exc:
        raise ExchangeError.of("mapping_unusable", reason=exc) from exc
    if mapping is None:
        raise ExchangeError.of("no_mapping", name=path.name, found=from_form, expected=report.form.id)
    if earlier is None:
        raise ExchangeError.of("questionnaire_not_installed", name=path.name, found=from_form)
    return mapping, earlier


def _mapped(path: Path, from_form: str, mapping: FormMapping, answers: dict[str, Any],
            problems: Any) -> list[IncomingAnswer]:
    incoming: list[IncomingAnswer] = []
    for old_id, value in answers.items():
        target = mapping.target(old_id)
        where = f"{path.name}: {old_id}"
        if target is None:
            incoming.append(IncomingAnswer(where, None, value, old_id,
                                           problem=ExchangeError.of("row_not_carried_over", reference=old_id,
                                                                    form=from_form)))
            continue
        translated = value if isinstance(value, SpecialAnswer) else mapping.translate(old_id, value)
        incoming.append(IncomingAnswer(where, target, translated, old_id))
    incoming += [IncomingAnswer(f"{p.sheet}!{p.cell}", None, None, p.question_id or "", problem=p.message)
                 for p in problems]
    return incoming


def _plan_prior_cycle(report: Report, path: Path, from_form: str, mapping_file: Path | None) -> ImportPlan:
    mapping, earlier = _mapping_for(report, path, from_form, mapping_file)
    contents = read_workbook(path, earlier)
    incoming = _mapped(path, from_form, mapping, dict(contents.answers), contents.problems)
    return plan_import(report, incoming, source=path, carried_over=True)


def _column_index(sheet: Any, spec: str, header_row: int) -> int:
    text = spec.strip()
    if re.fullmatch(r"[A-Za-z]{1,3}", text):
        return column_index_from_string(text.upper())
    for row in sheet.iter_rows(min_row=header_row, max_row=header_row, values_only=True):
        for index, value in enumerate(row, start=1):
            if isinstance(value, str) and value.strip().casefold() == text.casefold():
                return index
    raise ExchangeError(f"Sheet '{sheet.title}' has no column '{spec}' in row {header_row}; give a column letter "
                        "(e.g. B) or the exact heading.")


def _formula_cells(path: Path, sheet_name: str) -> dict[tuple[int, int], str]:
    """Formulas of one sheet by (row, column): cells whose cached result may be missing."""
    book = _load(path, read_only=True, data_only=False)
    try:
        return {(cell.row, cell.column): cell.value for row in book[sheet_name].iter_rows() for cell in row
                if isinstance(getattr(cell, "value", None), str) and cell.value.startswith("=")}
    except Exception as exc:  # parsed lazily here
        raise _unreadable(path, exc) from exc
    finally:
        book.close()


def read_foreign_sheet(report: Report, path: Path, layout: ForeignLayout) -> list[IncomingAnswer]:
    """Answers from a hand-made sheet: question numbers (or ids) in one column, answers in another."""
    book = open_spreadsheet(path)
    try:
        if layout.sheet is not None and layout.sheet not in book.sheetnames:
            raise ExchangeError(f"'{path.name}' has no sheet '{layout.sheet}'; its sheets are "
                                f"{', '.join(book.sheetnames)}.")
        sheet = book[layout.sheet] if layout.sheet is not None else book.worksheets[0]
        question_col = _column_index(sheet, layout.question_column, layout.header_row)
        answer_col = _column_index(sheet, layout.answer_column, layout.header_row)
        by_reference = {q.number.casefold(): q for q in report.form.iter_questions()}
        by_reference.update({q.id.casefold(): q for q in report.form.iter_questions()})
        reader = CellReader(report.form)
        formulas = _formula_cells(path, sheet.title)
        incoming: list[IncomingAnswer] = []
        for row in sheet.iter_rows(min_row=layout.header_row + 1):
            cells = {c.column: c for c in row if hasattr(c, "column")}
            reference_cell = cells.get(question_col)
            if reference_cell is None or reference_cell.value is None:
                continue
            reference = str(reference_cell.value).strip().rstrip(".")
            answer_cell = cells.get(answer_col)
            place = f"{sheet.title}!{answer_cell.coordinate if answer_cell else reference_cell.coordinate}"
            if sheet.row_dimensions[reference_cell.row].hidden:
                place += " (hidden row)"
            question = by_reference.get(reference.casefold())
            if question is None:
                incoming.append(IncomingAnswer(place, None, None, reference))
                continue
            raw = answer_cell.value if answer_cell is not None else None
            formula = formulas.get((reference_cell.row, answer_col))
            if raw is None and formula:
                incoming.append(IncomingAnswer(place, question.id, None, reference,
                                               problem=ExchangeError.of("row_formula", formula=formula[:40])))
                continue
            if question.type is QuestionType.TABLE:
                incoming.append(IncomingAnswer(place, question.id, None, reference,
                                               problem=ExchangeError.of("row_table_in_cell")))
                continue
            try:
                answer = reader.answer(question, raw)
            except AnswerError as exc:
                incoming.append(IncomingAnswer(place, question.id, None, reference, problem=exc))
                continue
            incoming.append(IncomingAnswer(place, question.id, answer, reference))
        return incoming
    finally:
        book.close()
