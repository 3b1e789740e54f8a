"""Where imported answers come from: a bsreporter workbook, a prior-cycle workbook, a hand-made sheet.

Every source file is checked before a spreadsheet library parses it (what kind of file
it is, whether it is encrypted, whether it would unpack to something huge), then read
into ``IncomingAnswer`` rows for ``plan_import``. Nothing here writes anything.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from defusedxml.common import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from bsreporter.errors import AnswerError, ExchangeError, FormError, ReportError
from bsreporter.exchange.common_base import base_from_mark, shared_base
from bsreporter.exchange.form_words import FormWords, QuestionName
from bsreporter.exchange.importing import ImportPlan, IncomingAnswer, OtherPartyError, plan_import
from bsreporter.exchange.recognition import AnswerSuggestion, Reading
from bsreporter.exchange.sheet_layout import ForeignLayout as ForeignLayout  # where callers of plan_import_file name it
from bsreporter.exchange.xlsx_read import CellReader, read_workbook
from bsreporter.form.installed import available_forms, installed_questionnaire
from bsreporter.form.mapping import FormMapping, find_mapping, load_mapping, mapping_folder
from bsreporter.form.model import Question, Questionnaire, QuestionType, SpecialAnswer
from bsreporter.messages import Phrase
from bsreporter.messages.form import Where
from bsreporter.report.store import Report

#: A report's workbook is a few hundred kilobytes; far larger is not a report, or is a trap.
MAX_UNPACKED_BYTES = 200_000_000
MAX_COMPRESSION_RATIO = 200
#: No questionnaire has more than a few hundred rows; a sheet this long is the wrong sheet.
MAX_ROWS = 20_000
#: A full report's workbook holds a few thousand cells (about 220 questions x 9 columns, plus
#: tables of a few hundred rows) in well under a megabyte of sheet XML. Ten times a big
#: hand-made sheet (5,000 rows x 40 columns) still fits; past that, openpyxl's in-memory
#: workbook would take minutes and gigabytes, so such a file is refused before it is parsed.
MAX_CELLS = 200_000
MAX_SHEET_BYTES = 50_000_000
#: What the reader walks is the sheet's extent (rows x columns up to its farthest cell), not
#: only its filled cells: a lone cell far away makes it huge.
MAX_EXTENT = 1_000_000

__all__ = ["OtherPartyError"]  # raised by plan_import_file; re-exported for the callers of this module

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


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
            sheets = _sheet_parts(archive)
            sheet_bytes = sum(info.file_size for info in sheets)
            if sheet_bytes > MAX_SHEET_BYTES:
                raise ExchangeError.of("sheets_too_big", name=name, size=f"{sheet_bytes:,}",
                                       limit=f"{MAX_SHEET_BYTES:,}")
            unpacked = sum(info.file_size for info in archive.infolist())
            packed = max(1, sum(info.compress_size for info in archive.infolist()))
            if unpacked > MAX_UNPACKED_BYTES or (unpacked > 20_000_000 and unpacked / packed > MAX_COMPRESSION_RATIO):
                raise ExchangeError.of("zip_bomb", name=name, size=f"{unpacked:,}")
            if "xl/workbook.xml" not in names:
                raise ExchangeError.of("not_workbook", name=name)
            for info in sheets:
                _check_sheet_size(archive, info, name)
            broken = archive.testzip()
            if broken is not None:
                raise ExchangeError.of("damaged_part", name=name, part=broken)
    except ExchangeError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ExchangeError.of("damaged_incomplete", name=name) from exc


_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)
# Tags as they are written, with or without a namespace prefix; attributes read from the same match.
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>")
_CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\b([^>]*)>")
_ROW_NUMBER = re.compile(rb"""\br\s*=\s*["'](\d{1,9})["']""")
_CELL_REF = re.compile(rb"""\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d{1,9})["']""")
_CHUNK = 1 << 20
_RELATIONSHIP = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?Relationship\b[^>]*>")
_TARGET = re.compile(rb"""\bTarget\s*=\s*["']([^"']+)["']""")


def _sheet_parts(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The parts holding sheets: where Excel puts them, and wherever the workbook's relationships say."""
    by_name = {info.filename: info for info in archive.infolist()}
    names = {name for name in by_name if _SHEET_PART.fullmatch(name)}
    rels = by_name.get("xl/_rels/workbook.xml.rels")
    if rels is not None and rels.file_size < 1_000_000:
        for match in _RELATIONSHIP.finditer(archive.read(rels)):
            target = _TARGET.search(match.group(0))
            if target is None or b"worksheet" not in match.group(0).lower():
                continue
            text = target.group(1).decode("utf-8", "replace")
            name = text.lstrip("/") if text.startswith("/") else posixpath.normpath(f"xl/{text}")
            if name in by_name:
                names.add(name)
    return [by_name[name] for name in sorted(names)]


def _check_sheet_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Count one sheet's cells and find its extent by streaming its XML, stopping past the limits.

    Regular expressions over the raw XML, not a parser: it is fast (a refused 36 MB sheet
    stops after its first megabytes) and needs no memory beyond one chunk.
    """
    sheet = info.filename.rsplit("/", 1)[-1].removesuffix(".xml")
    cells = rows = far_row = far_column = 0
    carry = b""
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            data = carry + chunk
            # Keep an unfinished tag for the next chunk (bounded: a tag is short).
            cut = data.rfind(b"<") if chunk else len(data)
            if cut < 0 or len(data) - cut > 4096:
                cut = len(data)
            body, carry = data[:cut], data[cut:]
            for match in _ROW_TAG.finditer(body):
                rows += 1
                number = _ROW_NUMBER.search(match.group(1))
                far_row = max(far_row, int(number.group(1)) if number else rows)
            for match in _CELL_TAG.finditer(body):
                cells += 1
                ref = _CELL_REF.search(match.group(1))
                if ref:
                    far_column = max(far_column, _column_number(ref.group(1)))
                    far_row = max(far_row, int(ref.group(2)))
            if cells > MAX_CELLS:
                raise ExchangeError.of("too_many_cells", sheet=sheet, name=name, limit=f"{MAX_CELLS:,}")
            if rows > MAX_ROWS or far_row > MAX_ROWS:
                raise ExchangeError.of("too_many_rows", sheet=sheet, name=name,
                                       size=Phrase("rows_more_than", {"count": f"{MAX_ROWS:,}"}))
            if far_row * max(far_column, 1) > MAX_EXTENT:
                raise ExchangeError.of("too_many_cells", sheet=sheet, name=name, limit=f"{MAX_EXTENT:,}")
            if not chunk:
                return


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def open_spreadsheet(path: Path) -> Any:
    """Check and open a workbook with openpyxl (cached values for formulas); refuse over-long sheets."""
    check_workbook(path)
    return _load(path, read_only=False)


def check_workbook(path: Path) -> None:
    """Every check made before a workbook is loaded whole: the kind of file, its unpacked size, its sheets' lengths."""
    # The sheets' sizes, cells and extents were read from the zip's own parts by streaming, so a
    # 100,000-row sheet is refused before anything parses it.
    check_spreadsheet_file(path)


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
                     layout: ForeignLayout | None = None, other_party: bool = False) -> ImportPlan:
    """Read a source file and preview its import into ``report``; changes nothing.

    With ``layout`` the file is a hand-made sheet; otherwise it must be a workbook this
    program exported, for this questionnaire or (through a mapping) an earlier one, or a
    report file. A file of another Party raises OtherPartyError unless ``other_party``.
    """
    path = Path(path)
    if layout is not None:
        return _plan_sheet(report, path, layout, previous_cycle=previous_cycle, mapping_file=mapping,
                           other_party=other_party)
    if path.suffix.lower() == ".bsr":
        return _plan_from_report_file(report, path, previous_cycle=previous_cycle, mapping_file=mapping,
                                      other_party=other_party)
    check_workbook(path)  # every safety check, before the workbook reader loads it (once)
    contents = read_workbook(path)
    if contents.form_id == report.form.id and mapping is None:
        incoming = [IncomingAnswer(contents.locations.get(qid, f"{path.name}: {qid}"), qid, value, qid)
                    for qid, value in contents.answers.items()]
        incoming += [IncomingAnswer(f"{p.sheet}!{p.cell}", p.question_id, None, p.reference or p.question_id or "",
                                    problem=p.error) for p in contents.problems]
        base = None
        if not previous_cycle:
            # The moment of the export, found in our history by identity (never by its time); an
            # unknown one (an earlier program, another copy) makes every difference a choice.
            base = base_from_mark(report.history(), contents.about.get("history_mark", ""))
        return plan_import(report, incoming, source=path, carried_over=previous_cycle, base=base,
                           whole_copy=not previous_cycle and base is None, source_party=contents.party,
                           other_party=other_party)
    return _plan_prior_cycle(report, path, contents.form_id, mapping, other_party=other_party)


def _plan_from_report_file(report: Report, path: Path, *, previous_cycle: bool,
                           mapping_file: Path | None, other_party: bool) -> ImportPlan:
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
        their_party = other.info.party
        # A copy of this very report: compare from the last change both share, as a merge does.
        base = (shared_base(report.history(), other.history())
                if from_form == report.form.id and not previous_cycle else None)
    if from_form == report.form.id and mapping_file is None:
        incoming = [IncomingAnswer(f"{path.name}: {qid}", qid, raw, qid) for qid, raw in answers.items()]
        return plan_import(report, incoming, source=path, carried_over=previous_cycle, base=base,
                           source_party=their_party, other_party=other_party)
    mapping, earlier = _mapping_for(report, path, from_form, mapping_file)
    return plan_import(report, _mapped(path, from_form, mapping, answers, (), report.form, earlier), source=path,
                       carried_over=True, source_party=their_party, other_party=other_party)


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
            problems: Any, current: Questionnaire, earlier: Questionnaire | None = None) -> list[IncomingAnswer]:
    incoming: list[IncomingAnswer] = []
    for old_id, value in answers.items():
        if value is None:  # unanswered in the previous report: nothing to carry, nothing to clear
            continue
        old = earlier.questions.get(old_id) if earlier is not None else None
        reference = (old.official_number or old.number) if old is not None else old_id  # as the person knows it
        incoming.append(_carry(f"{path.name}: {old_id}", old_id, reference, value, mapping, current, earlier,
                               from_form))
    incoming += [_carry_suggestion(f"{p.sheet}!{p.cell}", p.question_id, p.reference or p.question_id, p.error,
                                   mapping, current, earlier)
                 if isinstance(p.error, AnswerSuggestion) and p.question_id else
                 IncomingAnswer(f"{p.sheet}!{p.cell}", None, None, p.reference or p.question_id or "",
                                problem=p.error) for p in problems]
    return incoming


def _carry_suggestion(where: str, old_id: str, reference: str, suggestion: AnswerSuggestion, mapping: FormMapping,
                      current: Questionnaire, earlier: Questionnaire | None) -> IncomingAnswer:
    """An earlier answer recognised only loosely, carried as a suggestion of its counterpart (or refused, saying why)."""
    carried = _carry(where, old_id, reference, suggestion.value, mapping, current, earlier, mapping.from_form)
    return carried if carried.problem else replace(carried, raw=None, problem=suggestion.with_value(carried.raw))


def _carry(where: str, old_id: str, reference: str, value: Any, mapping: FormMapping, current: Questionnaire,
           earlier: Questionnaire | None, from_form: str) -> IncomingAnswer:
    """One earlier answer as an answer to the current form, or the reason it cannot be carried."""
    old = earlier.questions.get(old_id) if earlier is not None else None
    # Named as the person knows them: the earlier question by its number and words, the report by its title.
    named: QuestionName | str = QuestionName(old.official_number or old.number, old.label) if old else old_id
    from_title: FormWords | str = FormWords(earlier.title) if earlier is not None and earlier.title else from_form
    target = mapping.target(old_id)
    if target is None:
        return IncomingAnswer(where, None, value, reference,
                              problem=ExchangeError.of("row_not_carried_over", reference=named, form=from_title))
    if isinstance(value, SpecialAnswer):
        return IncomingAnswer(where, target, value, reference)
    translated = mapping.translate(old_id, value)
    choices = current.questions[target].choices if target in current.questions else None
    if choices is not None:
        # The Secretariat's mappings rename only some answers: one they leave as it was may name no option
        # of the current question ('5-' of a third report's count where the fourth asks '1+', '5+'...).
        # Where bsreporter proposes a counterpart, the row becomes a suggestion the person confirms.
        carried: list[str] = []
        readings: list[Reading] = []
        for old_value, new_value in zip(value if isinstance(value, list) else [value],
                                        translated if isinstance(translated, list) else [translated], strict=False):
            proposed = mapping.suggestion(old_id, str(old_value)) if choices.find(str(new_value)) is None else None
            if choices.find(str(new_value)) is None and (proposed is None or choices.find(proposed) is None):
                return IncomingAnswer(where, target, None, reference, problem=ExchangeError.of(
                    "row_value_not_carried", answer=_option_words(old, str(old_value)), reference=named,
                    form=from_title))
            if proposed is not None:
                option = choices.find(proposed)
                assert option is not None
                readings.append(Reading(str(_option_words(old, str(old_value))), option))
            carried.append(proposed or str(new_value))
        if readings:
            suggested: Any = carried if isinstance(value, list) else carried[0]
            suggestion = AnswerSuggestion.of_readings(Where(named), readings, suggested)
            return IncomingAnswer(where, target, None, reference, problem=suggestion)
    return IncomingAnswer(where, target, translated, reference)


def _option_words(question: Question | None, value: str) -> FormWords | str:
    choice = question.choices.find(value) if question is not None and question.choices is not None else None
    return FormWords(choice.label) if choice is not None and choice.label else value


def _plan_prior_cycle(report: Report, path: Path, from_form: str, mapping_file: Path | None, *,
                      other_party: bool) -> ImportPlan:
    mapping, earlier = _mapping_for(report, path, from_form, mapping_file)
    contents = read_workbook(path, earlier)
    incoming = _mapped(path, from_form, mapping, dict(contents.answers), contents.problems, report.form, earlier)
    return plan_import(report, incoming, source=path, carried_over=True, source_party=contents.party,
                       other_party=other_party)


def _column_index(sheet: Any, spec: str, header_row: int) -> int:
    text = spec.strip()
    if re.fullmatch(r"[A-Za-z]{1,3}", text):
        return column_index_from_string(text.upper())
    for row in sheet.iter_rows(min_row=header_row, max_row=header_row, values_only=True):
        for index, value in enumerate(row, start=1):
            if isinstance(value, str) and value.strip().casefold() == text.casefold():
                return index
    raise ExchangeError.of("sheet_column_missing", sheet=sheet.title, column=spec, row=header_row)


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


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One row of a hand-made sheet that names a question, before it is read against a form."""

    place: str  # e.g. "Answers!B7", for messages
    reference: str  # the question number or id as written
    raw: Any  # the answer cell's value (None: empty)
    formula: str = ""  # the answer cell's formula when its result was never saved


def read_sheet_rows(path: Path, layout: ForeignLayout) -> list[SheetRow]:
    """The rows of a hand-made sheet that name a question, as written (read once, then against any form)."""
    book = open_spreadsheet(path)
    try:
        if layout.sheet is not None and layout.sheet not in book.sheetnames:
            raise ExchangeError.of("sheet_missing", name=path.name, sheet=layout.sheet,
                                   sheets=", ".join(book.sheetnames))
        sheet = book[layout.sheet] if layout.sheet is not None else book.worksheets[0]
        question_col = _column_index(sheet, layout.question_column, layout.header_row)
        answer_col = _column_index(sheet, layout.answer_column, layout.header_row)
        formulas = _formula_cells(path, sheet.title)
        rows: list[SheetRow] = []
        for row in sheet.iter_rows(min_row=layout.header_row + 1):
            cells = {c.column: c for c in row if hasattr(c, "column")}
            reference_cell = cells.get(question_col)
            if reference_cell is None or reference_cell.value is None:
                continue
            answer_cell = cells.get(answer_col)
            place = f"{sheet.title}!{answer_cell.coordinate if answer_cell else reference_cell.coordinate}"
            if sheet.row_dimensions[reference_cell.row].hidden:
                place += " (hidden row)"
            raw = answer_cell.value if answer_cell is not None else None
            formula = formulas.get((reference_cell.row, answer_col), "") if raw is None else ""
            rows.append(SheetRow(place, str(reference_cell.value).strip().rstrip("."), raw, formula))
        return rows
    finally:
        book.close()


def read_foreign_sheet(report: Report, path: Path, layout: ForeignLayout) -> list[IncomingAnswer]:
    """Answers from a hand-made sheet: question numbers (or ids) in one column, answers in another."""
    return read_rows(report.form, read_sheet_rows(path, layout))


def read_rows(form: Questionnaire, rows: list[SheetRow]) -> list[IncomingAnswer]:
    """A hand-made sheet's rows read as answers to ``form``: its numbers and ids, its options' wordings."""
    by_reference = {q.number.casefold(): q for q in form.iter_questions()}
    by_reference.update({q.id.casefold(): q for q in form.iter_questions()})
    reader = CellReader(form)
    incoming: list[IncomingAnswer] = []
    for row in rows:
        place, reference = row.place, row.reference
        question = by_reference.get(reference.casefold())
        if question is None:
            incoming.append(IncomingAnswer(place, None, None, reference))
            continue
        if row.formula:
            incoming.append(IncomingAnswer(place, question.id, None, reference,
                                           problem=ExchangeError.of("row_formula", formula=row.formula[:40])))
            continue
        if question.type is QuestionType.TABLE:
            incoming.append(IncomingAnswer(place, question.id, None, reference,
                                           problem=ExchangeError.of("row_table_in_cell")))
            continue
        try:
            answer = reader.answer(question, row.raw)
        except AnswerError as exc:
            incoming.append(IncomingAnswer(place, question.id, None, reference, problem=exc))
            continue
        incoming.append(IncomingAnswer(place, question.id, answer, reference))
    return incoming


def _plan_sheet(report: Report, path: Path, layout: ForeignLayout, *, previous_cycle: bool,
                mapping_file: Path | None, other_party: bool) -> ImportPlan:
    """A hand-made sheet: numbered in this report's form, or (with a mapping) in an earlier one."""
    if mapping_file is not None:
        # Checked before the sheet is read: a mapping that cannot apply is said at once, whatever the sheet.
        mapping, earlier = sheet_mapping(report.form, Path(mapping_file))
        rows = read_sheet_rows(path, layout)
        carried = [_carried_row(item, mapping, report.form, earlier) for item in read_rows(earlier, rows)]
        # Answers given to another format's questions are reviewed before they count, as an earlier
        # format's workbook or report file is: --previous-cycle is implied.
        return plan_import(report, [item for item in carried if item is not None], source=path,
                           carried_over=True, other_party=other_party)
    rows = read_sheet_rows(path, layout)
    incoming = read_rows(report.form, rows)
    other = _other_format(report.form, rows, incoming)
    if other is not None:
        incoming = [IncomingAnswer(item.location, None, None, item.reference, problem=other) for item in incoming]
    return plan_import(report, incoming, source=path, carried_over=previous_cycle, other_party=other_party)


def sheet_mapping(current: Questionnaire, mapping_file: Path) -> tuple[FormMapping, Questionnaire]:
    """The mapping a hand-made sheet numbered in an earlier form is carried through, and that form.

    Refused, saying why, when the mapping cannot apply: it carries into another form than the
    report's, its earlier form is not installed, or it does not load.
    """
    forms = available_forms()
    # A mapping lives in forms/<the form it carries into>/mappings/: one of another installed form is not ours.
    folder = mapping_file.resolve().parent
    into = folder.parent.name if folder.name == "mappings" else ""
    if into in forms and into != current.id:
        raise ExchangeError.of("sheet_mapping_other_target", name=mapping_file.name, target=into, form=current.id)
    try:
        from_form = load_mapping(mapping_file, current).from_form
    except FormError as exc:
        raise ExchangeError.of("mapping_unusable", reason=exc) from exc
    try:
        earlier = installed_questionnaire(from_form)
    except FormError:
        raise ExchangeError.of("sheet_mapping_not_installed", name=mapping_file.name, found=from_form) from None
    try:
        return load_mapping(mapping_file, current, earlier), earlier
    except FormError as exc:
        raise ExchangeError.of("mapping_unusable", reason=exc) from exc


def _carried_row(item: IncomingAnswer, mapping: FormMapping, current: Questionnaire,
                 earlier: Questionnaire) -> IncomingAnswer | None:
    """A sheet row read in the earlier form, carried into the current one (None: a blank row, nothing to carry)."""
    if item.question_id is None:
        return item  # a number the earlier form does not have: listed as unknown
    if isinstance(item.problem, AnswerSuggestion):
        return _carry_suggestion(item.location, item.question_id, item.reference, item.problem, mapping, current,
                                 earlier)
    if item.problem:
        target = mapping.target(item.question_id)
        return IncomingAnswer(item.location, target, None, item.reference, problem=item.problem)
    if item.raw is None:
        return None
    return _carry(item.location, item.question_id, item.reference, item.raw, mapping, current, earlier,
                  mapping.from_form)


#: Another format fits a sheet "clearly better" when it reads this share of its rows more than ours does.
_BETTER_BY = 0.25


def _other_format(form: Questionnaire, rows: list[SheetRow], ours: list[IncomingAnswer]) -> ExchangeError | None:
    """Why a sheet is not read as numbered in ``form``: another installed format fits its rows far better.

    A row fits a format when its number names a question there and its answer reads as that
    question's answer (an option's wording or value, a text, a number). Numbers alone say little
    (most formats number 1 to 200), so the answers' wordings decide.
    """
    fit = _fitting(ours)
    margin = max(3, _BETTER_BY * len(rows))
    if not rows or len(rows) - fit < margin:
        return None  # no format can fit that many more rows: the others are not even loaded
    best: tuple[int, str, Questionnaire] | None = None
    for form_id in available_forms():
        if form_id == form.id:
            continue
        try:
            other = installed_questionnaire(form_id)
        except FormError:
            continue
        theirs = _fitting(read_rows(other, rows))
        if theirs - fit >= margin and (best is None or theirs > best[0]):
            best = (theirs, form_id, other)
    if best is None:
        return None
    theirs, form_id, other = best
    mapping = mapping_folder(available_forms()[form.id]) / f"{form_id}.yaml"
    params = {"other": FormWords(other.title), "fit": theirs, "rows": len(rows), "ours": fit}
    if mapping.is_file():
        return ExchangeError.of("row_other_format", mapping=f"forms/{form.id}/mappings/{form_id}.yaml", **params)
    return ExchangeError.of("row_other_format_no_mapping", **params)


def _fitting(incoming: list[IncomingAnswer]) -> int:
    return sum(1 for item in incoming if item.question_id is not None and not item.problem)
