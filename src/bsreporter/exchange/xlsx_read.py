"""Read answers back from a workbook made by the XLSX export (after colleagues filled it in).

The reader trusts only the grey machine-readable ids (question ids on the Report
sheet, ``question.column`` ids on the table sheets, keys on the About sheet), so
renamed sheets, translated headers, sorted rows or moved columns do not matter.
Choice labels are accepted in any of the form's languages, as are the words for
"not applicable" and "information not available". Every value then goes through
the same checks as typing it (``coerce_value``), and each problem names its sheet
and cell. A cell holding a formula whose result was never saved (a workbook written by
a program that does not calculate) is a problem, not a blank; a question given on two
rows is a problem on both, naming the other.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from defusedxml.common import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from bsreporter.errors import AnswerError, BsreporterError, ExchangeError, FormError
from bsreporter.exchange.labels import all_translations
from bsreporter.exchange.recognition import AnswerSuggestion, OptionMatcher, Reading, loose_key, normal
from bsreporter.exchange.xlsx import ID_PREFIX_SEPARATOR, TABLE_FIRST_ROW, allowed_text, table_sheet_title
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import UN_LANGUAGES, ChoiceList, Column, Question, Questionnaire, QuestionType, SpecialAnswer
from bsreporter.form.values import Value, coerce_value, is_multilingual, parse_multilingual_cell
from bsreporter.messages import Listing, Phrase, Where
from bsreporter.report.completeness import Status
from bsreporter.report.display import special_answer_texts, status_text

#: What a workbook answer can be: a checked value, an explicit special answer, or None (blank).
WorkbookAnswer = Value | SpecialAnswer

_LIST_SPLIT = re.compile(r"\s*[;；؛\n]\s*")  # the Latin, Chinese and Arabic semicolons
# Within one part, options may also be listed with commas (Chinese enumeration commas too): tried only
# when the part as a whole is no option, since many options hold commas themselves.
_COMMA_SPLIT = re.compile(r"\s*[,，、،]\s*")
_MAX_PROBLEMS_IN_MESSAGE = 5
#: The headers of the Report sheet's columns; a cell under any other header is no part of the export.
_REPORT_COLUMNS = ("col_number", "col_focal_area", "col_objective", "col_section", "col_objectives", "col_question",
                   "col_answer", "col_allowed", "status", "indicators", "col_question_id")
_ID_LIKE = re.compile(r"[\w]+(?:\.[\w]+)+")


@dataclass(frozen=True, slots=True)
class WorkbookProblem:
    """One cell that could not be read as an answer."""

    sheet: str
    cell: str
    question_id: str | None
    message: str
    error: BsreporterError | None = None  # the same, able to say it in another language
    reference: str = ""  # how the preview names the question when the cell names none (its number)

    def text(self, language: str) -> str:
        """Where the cell is and why it cannot be read, in ``language``."""
        return Phrase("workbook_cell_problem", {"sheet": self.sheet, "cell": self.cell,
                                                "problem": self.error or self.message}).text(language)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class WorkbookContents:
    """Everything read from a workbook: its About facts, the answers and the problems found."""

    about: dict[str, str]
    answers: dict[str, WorkbookAnswer]
    problems: tuple[WorkbookProblem, ...] = field(default_factory=tuple)
    #: where each answer was read, e.g. "Report!E12"
    locations: dict[str, str] = field(default_factory=dict)

    @property
    def form_id(self) -> str:
        """The questionnaire the workbook was exported from."""
        return self.about.get("form_id", "")

    @property
    def party(self) -> str:
        """The Party whose report was exported ("" when the About sheet does not say)."""
        return self.about.get("party", "")

    @property
    def language(self) -> str:
        """The language the workbook was exported in."""
        return self.about.get("language", "")

    @property
    def fingerprint(self) -> str:
        """The content fingerprint of the answers when they were exported."""
        return self.about.get("fingerprint", "")


def read_workbook_answers(path: Path, form: Questionnaire | None = None) -> dict[str, WorkbookAnswer]:
    """The answers in an exported workbook by question id; raise ExchangeError listing the problems.

    Every question that has a row on the Report sheet (or a table sheet) is in the
    result: a typed value, a SpecialAnswer, or None when its cell is blank.
    """
    contents = read_workbook(path, form)
    if contents.problems:
        shown: list[object] = list(contents.problems[:_MAX_PROBLEMS_IN_MESSAGE])
        more = len(contents.problems) - _MAX_PROBLEMS_IN_MESSAGE
        if more > 0:
            shown.append(Phrase("workbook_problems_more", {"more": more}))
        raise ExchangeError.of("workbook_problems", name=Path(path).name, count=len(contents.problems),
                               problems=Listing(tuple(shown)))
    return contents.answers


def read_workbook(path: Path, form: Questionnaire | None = None) -> WorkbookContents:
    """Read a workbook made by the XLSX export, collecting every problem instead of stopping at the first."""
    path = Path(path)
    try:
        workbook = load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise ExchangeError.of("source_missing", path=path) from None
    except Exception as exc:
        raise unreadable_workbook(path, exc) from exc
    try:
        about = _read_about(workbook.worksheets)
        if not about.get("form_id"):
            raise ExchangeError.of("workbook_not_exported", name=path.name)
        if form is None:
            try:
                form = installed_questionnaire(about["form_id"])
            except FormError as exc:
                raise ExchangeError.of("questionnaire_not_installed", name=path.name, found=about["form_id"]) from exc
        elif form.id != about["form_id"]:
            raise ExchangeError.of("other_questionnaire", name=path.name, found=about["form_id"],
                                   expected=form.id)
        language = about.get("language", "")
        reader = CellReader(form, formula_cells(path), language=language if language in UN_LANGUAGES else "en")
        for sheet in workbook.worksheets:
            reader.read_sheet(sheet)
        reader.finish()
        return WorkbookContents(about, reader.answers, tuple(reader.problems), dict(reader.locations))
    finally:
        workbook.close()


def formula_cells(path: Path) -> dict[tuple[str, str], str]:
    """Every formula of a workbook by (sheet, cell): the cached values read elsewhere hide them."""
    try:
        book = load_workbook(path, read_only=True, data_only=False)
        try:
            return {(sheet.title, cell.coordinate): cell.value for sheet in book.worksheets
                    for row in sheet.iter_rows() for cell in row
                    if isinstance(getattr(cell, "value", None), str) and cell.value.startswith("=")}
        finally:
            book.close()
    except Exception as exc:  # read-only sheets are parsed lazily, while being read
        raise unreadable_workbook(path, exc) from exc


def unreadable_workbook(path: Path, exc: BaseException) -> ExchangeError:
    """The message for a workbook that openpyxl could not read."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, DefusedXmlException):  # entity definitions: the way to an entity-expansion bomb
            return ExchangeError.of("xml_entities", name=Path(path).name)
        seen = seen.__cause__ or seen.__context__
    return ExchangeError.of("workbook_unreadable", name=Path(path).name, reason=str(exc))


def _read_about(sheets: list[Worksheet]) -> dict[str, str]:
    for sheet in sheets:
        about = {}
        for row in sheet.iter_rows(min_row=1, max_row=40, max_col=3, values_only=True):
            if len(row) == 3 and isinstance(row[2], str) and row[2] and row[1] is not None:
                about[row[2].strip()] = str(row[1]).strip()
        if "form_id" in about:
            return about
    return {}


class CellReader:
    """Reads answers cell by cell, with the form's labels in every language; collects the problems."""

    def __init__(self, form: Questionnaire, formulas: dict[tuple[str, str], str] | None = None, *,
                 language: str = "en") -> None:
        self.form = form
        #: the workbook's language (text above the first language tag of a multilingual answer is in it)
        self.language = language
        self.answers: dict[str, WorkbookAnswer] = {}
        self.problems: list[WorkbookProblem] = []
        self.locations: dict[str, str] = {}
        self._formulas = formulas or {}
        self._places: dict[str, list[tuple[str, str]]] = {}  # every (sheet, cell) naming each question
        self._specials = {_normal(text): special for special in SpecialAnswer
                          for text in (*special_answer_texts(special).values(), special.value)}
        self._loose_specials = {loose_key(text): special for special in SpecialAnswer
                                for text in special_answer_texts(special).values()}
        self._matchers: dict[str, OptionMatcher] = {}
        self._id_headers = {_normal(t) for t in all_translations("col_question_id")}
        self._answer_headers = {_normal(t) for t in all_translations("col_answer")}
        self._number_headers = {_normal(t) for t in all_translations("col_number")}
        self._report_headers = {_normal(t) for key in _REPORT_COLUMNS for t in all_translations(key)}
        self._hidden: set[str] = set()  # titles of the sheets hidden in the spreadsheet
        # What the export writes beside each answer, in any language: anything else there was typed by someone.
        self._guides = {"col_allowed": {_normal(t) for t in all_translations("col_allowed")},
                        "status": {_normal(t) for t in all_translations("status")}}
        self._status_texts = {_normal(status_text(s, lang)) for s in Status for lang in UN_LANGUAGES}
        self._allowed_texts: dict[str, set[str]] = {}
        numbers: dict[str, list[Question]] = {}
        for question in form.iter_questions():
            numbers.setdefault(_normal(question.number), []).append(question)
        # A row whose grey id was removed is recognised by its number only when that number is unambiguous.
        self._by_number = {number: found[0] for number, found in numbers.items() if len(found) == 1}

    def read_sheet(self, sheet: Worksheet) -> None:
        """Read the Report sheet or a table sheet; any other sheet's filled cells are listed as not imported."""
        if sheet.sheet_state != "visible":
            self._hidden.add(sheet.title)
        header = self._find_report_header(sheet)
        if header is not None:
            self._read_report(sheet, *header)
            return
        problems_before = len(self.problems)
        columns = self._table_columns(sheet)
        if columns is not None:
            self._read_table(sheet, *columns, broken_ids=len(self.problems) > problems_before)
            return
        self._read_other(sheet)

    def finish(self) -> None:
        """After the last sheet: a question given in two places is taken from neither, each naming the other."""
        for question_id, places in self._places.items():
            if len(places) < 2:
                continue
            self.answers.pop(question_id, None)
            self.locations.pop(question_id, None)
            self.problems = [p for p in self.problems if p.question_id != question_id]
            # A hidden copy of a sheet makes every row twice; say so, or the person sees no second row.
            hidden = ", ".join(sorted({s for s, _ in places if s in self._hidden}))
            for sheet, cell in places:
                others = ", ".join(f"{s}!{c}" for s, c in places if (s, c) != (sheet, cell))
                twice = (ExchangeError.of("row_twice_hidden", other=others, hidden=hidden) if hidden
                         else ExchangeError.of("row_twice", other=others))
                self.problems.append(WorkbookProblem(sheet, cell, question_id, str(twice), twice))

    def _keep(self, sheet: Worksheet, cell: str, question_id: str, answer: WorkbookAnswer) -> None:
        self.answers.setdefault(question_id, answer)
        self.locations.setdefault(question_id, f"{sheet.title}!{cell}")

    def _formula(self, sheet: Worksheet, cell: str) -> ExchangeError | None:
        """Why an empty-looking cell cannot be read: its formula's result was never saved."""
        formula = self._formulas.get((sheet.title, cell))
        return ExchangeError.of("row_formula", formula=formula[:40]) if formula else None

    # -- the Report sheet ------------------------------------------------------------------

    def _find_report_header(self, sheet: Worksheet) -> tuple[int, int, int] | None:
        for row in sheet.iter_rows(min_row=1, max_row=3):
            ids = answers = None
            for cell in row:
                text = _normal(cell.value) if isinstance(cell.value, str) else ""
                if text in self._id_headers:
                    ids = cell.column
                elif text in self._answer_headers:
                    answers = cell.column
            if ids and answers:
                return row[0].row, ids, answers
        return None

    def _read_report(self, sheet: Worksheet, header_row: int, id_column: int, answer_column: int) -> None:
        headers = next(sheet.iter_rows(min_row=header_row, max_row=header_row))
        known = {cell.column for cell in headers if _normal(cell.value or "") in self._report_headers}
        number_column = next((cell.column for cell in headers if _normal(cell.value or "") in self._number_headers),
                             None)
        guides = {cell.column: key for cell in headers for key, texts in self._guides.items()
                  if _normal(cell.value or "") in texts}
        above = sheet.iter_rows(min_row=1, max_row=header_row - 1) if header_row > 1 else ()
        for row in above:  # a note typed in a row inserted above the headers
            for cell in row:
                if not _blank(cell.value):
                    self._problem(sheet, cell.coordinate, None, ExchangeError.of("cell_outside_answers"))
        for row in sheet.iter_rows(min_row=header_row + 1):
            cells = {cell.column: cell for cell in row}
            for cell in row:  # a column the export did not make (added, or typed beyond the grey ids)
                if cell.column not in known and not _blank(cell.value):
                    self._problem(sheet, cell.coordinate, None, ExchangeError.of("cell_outside_answers"))
            id_cell, answer_cell = cells.get(id_column), cells.get(answer_column)
            filled = [cell for cell in row if cell.column in known and not _blank(cell.value)]
            if not filled:
                continue
            place = answer_cell.coordinate if answer_cell is not None else filled[0].coordinate
            if id_cell is not None and not _blank(id_cell.value):
                question = self.form.questions.get(_as_text(id_cell.value).strip())
                if question is None:
                    self._problem(sheet, id_cell.coordinate, None,
                                  ExchangeError.of("row_not_a_question", id=id_cell.value))
                    continue
            else:
                number = cells.get(number_column) if number_column is not None else None
                question = (self._by_number.get(_normal(_as_text(number.value)).rstrip("."))
                            if number is not None and not _blank(number.value) else None)
                if question is None:
                    where = place if answer_cell is not None and not _blank(answer_cell.value) else filled[0].coordinate
                    self._problem(sheet, where, None, ExchangeError.of("row_id_removed"))
                    continue
            for column, key in guides.items():  # an answer typed one column too far to the right
                cell = cells.get(column)
                if cell is not None and not _blank(cell.value) and _normal(cell.value) not in self._guide_texts(
                        question, key):
                    self._problem(sheet, cell.coordinate, None, ExchangeError.of("cell_outside_answers"),
                                  question.number)
            if question.type is QuestionType.TABLE:
                # Read from its own sheet; this cell only points there, so anything else typed in it is listed.
                raw = answer_cell.value if answer_cell is not None else None
                if not _blank(raw) and table_sheet_title(question) not in _as_text(raw):
                    self._problem(sheet, place, None, ExchangeError.of("row_table_in_cell"), question.number)
                continue
            self._places.setdefault(question.id, []).append((sheet.title, place))
            raw = _cell_answer(question, answer_cell) if answer_cell is not None else None
            formula = self._formula(sheet, place) if _blank(raw) else None
            if formula is not None:
                self._problem(sheet, place, question.id, formula)
                continue
            try:
                self._keep(sheet, place, question.id, self.answer(question, raw))
            except AnswerError as exc:
                self._problem(sheet, place, question.id, exc)

    def _guide_texts(self, question: Question, key: str) -> set[str]:
        """The texts the export writes in the Allowed values or Status column of a question's row."""
        if key == "status":
            return self._status_texts
        texts = self._allowed_texts.get(question.id)
        if texts is None:
            texts = self._allowed_texts[question.id] = {_normal(allowed_text(question, lang)) for lang in UN_LANGUAGES}
        return texts

    def answer(self, question: Question, raw: Any) -> WorkbookAnswer:
        """The answer a cell holds for ``question``: labels in any language, special answers, typed values."""
        special = (self._specials.get(_normal(raw)) or self._loose_specials.get(loose_key(raw))
                   if isinstance(raw, str) else None)
        if special is not None and special in question.special_answers:
            return special
        where = Where(question.number)
        readings: list[Reading] = []
        try:
            if is_multilingual(question) and not _blank(raw):
                return _multilingual_answer(question, _as_text(raw), self.language)
            value = coerce_value(question, self._raw_value(question, question.type, raw, where, readings))
        except AnswerError:
            if special is not None:  # the words of a special answer this question does not take
                raise AnswerError.of("special_not_allowed", where=where, value=" ".join(str(raw).split())) from None
            raise
        if readings:  # recognised only loosely: the person confirms it before it is taken
            raise AnswerSuggestion.of_readings(where, readings, value)
        return value

    # -- table sheets ----------------------------------------------------------------------

    def _table_columns(self, sheet: Worksheet) -> tuple[Question, dict[int, Column]] | None:
        ids_row = TABLE_FIRST_ROW - 1
        question: Question | None = None
        columns: dict[int, Column] = {}
        for cell in next(sheet.iter_rows(min_row=ids_row, max_row=ids_row), ()):
            if not isinstance(cell.value, str) or ID_PREFIX_SEPARATOR not in cell.value:
                continue
            question_id, _, column_name = cell.value.strip().partition(ID_PREFIX_SEPARATOR)
            candidate = self.form.questions.get(question_id)
            if candidate is None or candidate.type is not QuestionType.TABLE:
                return None
            if question is not None and candidate is not question:
                self._problem(sheet, cell.coordinate, question.id, ExchangeError.of("sheet_two_tables"))
                return None
            question = candidate
            column = next((c for c in candidate.columns if c.name == column_name), None)
            if column is None:
                self._problem(sheet, cell.coordinate, candidate.id,
                              ExchangeError.of("table_column_unknown", number=candidate.number, column=column_name))
                continue
            columns[cell.column] = column
        return (question, columns) if question is not None else None

    def _read_table(self, sheet: Worksheet, question: Question, columns: dict[int, Column], *,
                    broken_ids: bool = False) -> None:
        self._places.setdefault(question.id, []).append((sheet.title, f"A{TABLE_FIRST_ROW}"))
        rows: list[dict[str, Any]] = []
        failed = broken_ids  # a column whose grey id is wrong: taking the rest would drop that column's cells
        every_column = {c.name for c in columns.values()} == {c.name for c in question.columns}
        for row in sheet.iter_rows(min_row=TABLE_FIRST_ROW):
            values: dict[str, Any] = {}
            for cell in row:
                column = columns.get(cell.column)
                if column is None:
                    if _blank(cell.value):
                        continue
                    if every_column:  # an added column, or text beside the table
                        self._problem(sheet, cell.coordinate, None, ExchangeError.of("cell_outside_answers"),
                                      question.number)
                    else:  # perhaps the column whose grey id is gone: the table is not taken without it
                        self._problem(sheet, cell.coordinate, None,
                                      ExchangeError.of("table_ids_removed", number=question.number), question.number)
                        failed = True
                    continue
                if _blank(cell.value):
                    formula = self._formula(sheet, cell.coordinate)
                    if formula is not None:
                        self._problem(sheet, cell.coordinate, question.id, formula)
                        failed = True
                    continue
                number = cell.row - TABLE_FIRST_ROW + 1
                where = Where(question.number, number, column.label or column.name)
                try:
                    raw = self._raw_value(column, column.type, cell.value, where)
                    # Check the cell alone, so a problem names its own cell rather than the table.
                    coerce_value(question, [{column.name: raw}])
                    values[column.name] = raw
                except AnswerError as exc:
                    # The cell was checked alone, as row 1 of a table: name its own row (in any language).
                    refusal = exc
                    if exc.key is not None and isinstance(exc.params.get("where"), Where):
                        refusal = AnswerError.of(exc.key, **{**exc.params, "where": where})
                    self._problem(sheet, cell.coordinate, question.id, refusal)
                    failed = True
            if values:
                rows.append(values)
        if failed:
            return
        try:
            self._keep(sheet, f"A{TABLE_FIRST_ROW}", question.id, coerce_value(question, rows or None))
        except AnswerError as exc:
            self._problem(sheet, f"A{TABLE_FIRST_ROW}", question.id, exc)

    # -- any other sheet ---------------------------------------------------------------------

    def _read_other(self, sheet: Worksheet) -> None:
        """List the filled cells of a sheet other than the Report and table sheets, unless the export made it."""
        if self._made_by_export(sheet):
            return
        filled = [cell for row in sheet.iter_rows() for cell in row if not _blank(cell.value)]
        if not filled:
            return
        table = self._table_by_look(sheet)
        if table is None:
            self._problem(sheet, filled[0].coordinate, None,
                          ExchangeError.of("sheet_not_recognised", sheet=sheet.title, count=len(filled)))
            return
        # A table sheet whose grey id row was deleted or changed: which column is which cannot be known.
        ids_row = TABLE_FIRST_ROW - 1
        for row in sheet.iter_rows(min_row=ids_row):
            values = [cell for cell in row if not _blank(cell.value)]
            if not values:
                continue
            if row[0].row == ids_row and all(isinstance(c.value, str) and _ID_LIKE.fullmatch(c.value.strip())
                                             for c in values):
                continue  # the changed grey ids themselves
            self._problem(sheet, values[0].coordinate, None,
                          ExchangeError.of("table_ids_removed", number=table.number), table.number)

    def _made_by_export(self, sheet: Worksheet) -> bool:
        """The About, Indicators and Lists sheets: nothing in them is an answer."""
        title = _normal(sheet.title)
        if any(title in {_normal(t) for t in all_translations(key)}
               for key in ("sheet_about", "indicators", "sheet_lists")):
            return True
        if _read_about([sheet]):
            return True
        first = next(sheet.iter_rows(min_row=1, max_row=1, max_col=3, values_only=True), ())
        indicator_headers = ("col_objective_number", "indicator", "col_indicator_text")
        return len(first) == 3 and all(_normal(value or "") in {_normal(t) for t in all_translations(key)}
                                       for value, key in zip(first, indicator_headers, strict=True))

    def _table_by_look(self, sheet: Worksheet) -> Question | None:
        """The table a sheet without usable grey ids was made for: by its title, its heading or its headers."""
        first = next(sheet.iter_rows(min_row=1, max_row=2, max_col=1, values_only=True), (None,))[0]
        second = next(sheet.iter_rows(min_row=2, max_row=2, max_col=1, values_only=True), (None,))[0]
        for question in self.form.iter_questions():
            if question.type is not QuestionType.TABLE or not question.columns:
                continue
            if sheet.title == table_sheet_title(question):
                return question
            if isinstance(first, str) and first.strip().startswith(f"{question.number} "):
                return question
            labels = {_normal(label) for label in question.columns[0].label.by_language.values()}
            if isinstance(second, str) and _normal(second) in labels:
                return question
        return None

    # -- cells to raw values ---------------------------------------------------------------

    def _raw_value(self, item: Question | Column, qtype: QuestionType, raw: Any, where: Where,
                   readings: list[Reading] | None = None) -> Any:
        """What a cell holds, turned into what ``coerce_value`` expects (labels to stored values).

        An option recognised only loosely is added to ``readings`` (the answer is then a
        suggestion); without ``readings`` it is refused, naming the option it is close to.
        """
        if _blank(raw):
            return None
        match qtype:
            case QuestionType.SELECT_ONE:
                return self._choice(item.choices, raw, _as_text(raw), where, readings)
            case QuestionType.SELECT_MULTIPLE:
                return self._choices(item.choices, _as_text(raw), where, readings)
            case QuestionType.TEXT | QuestionType.URL | QuestionType.EMAIL:
                return _as_text(raw)
        return raw

    def _matcher(self, choices: ChoiceList | None) -> OptionMatcher:
        assert choices is not None
        matcher = self._matchers.get(choices.name)
        if matcher is None:
            matcher = self._matchers[choices.name] = OptionMatcher(choices)
        return matcher

    def _choice(self, choices: ChoiceList | None, raw: Any, text: str, where: Where, readings: list[Reading] | None,
                *, whole: str | None = None) -> str:
        value, reading = self._matcher(choices).recognise(raw, text, where, whole=whole,
                                                          suggest=readings is not None)
        if reading is not None and readings is not None:
            readings.append(reading)
        return value

    def _choices(self, choices: ChoiceList | None, text: str, where: Where, readings: list[Reading] | None) -> list[str]:
        """The options of a several-choice cell: every part must be recognised, or the whole answer is refused."""
        values: list[str] = []
        for part in (p for p in _LIST_SPLIT.split(text.strip()) if p):
            try:
                values.append(self._choice(choices, part, part, where, None, whole=text))
                continue
            except AnswerError as refused:
                listed = self._listed(choices, part)
                if listed is not None:
                    values += listed
                    continue
                if readings is None:
                    raise refused from None
            values.append(self._choice(choices, part, part, where, readings, whole=text))
        return list(dict.fromkeys(values))  # an option named twice is still one choice

    def _listed(self, choices: ChoiceList | None, part: str) -> list[str] | None:
        """The options of a part listed with commas ("A, B"), each recognised for sure, else None."""
        pieces = [p for p in _COMMA_SPLIT.split(part) if p]
        found: list[str] = []
        start = 0
        while start < len(pieces):
            for end in range(len(pieces), start, -1):  # the longest run first: an option may hold a comma
                try:
                    value, _ = self._matcher(choices).recognise(None, ", ".join(pieces[start:end]), Where("?"),
                                                                suggest=False)
                except AnswerError:
                    continue
                found.append(value)
                start = end
                break
            else:
                return None
        return found if len(found) > 1 else None

    def _problem(self, sheet: Worksheet, cell: str, question_id: str | None, error: BsreporterError,
                 reference: str = "") -> None:
        self.problems.append(WorkbookProblem(sheet.title, cell, question_id, str(error), error, reference))


def _multilingual_answer(question: Question, text: str, language: str) -> Value:
    """The texts by language of a multilingual answer's cell ("[en] ...\n[fr] ...").

    A cell without tags is plain text, in the report's language: it stays text here, and the
    report it is imported into gives it its language (``Report.check_answer``). Text typed above
    the first tag of a tagged cell is taken to be in the workbook's ``language``.
    """
    texts = parse_multilingual_cell(text, "")
    if list(texts) == [""]:
        # Checked as any text is (length, control characters); its language is the importing report's.
        checked = coerce_value(question, text, language="en")
        return checked["en"] if checked else None
    if "" in texts:
        head = texts.pop("")
        texts[language] = head + "\n" + texts[language] if language in texts else head
    return coerce_value(question, texts)


def _cell_answer(question: Question, cell: Any) -> Any:
    """What an answer cell holds; a percentage typed as such in a spreadsheet is read as the percent.

    A spreadsheet holds 75% as 0.75 in a percent number format; a percent question stores 75.
    The export writes percent answers as plain numbers (no percent format), so they read back
    unchanged. Decimal arithmetic: 0.29 * 100 in floats is 28.999999999999996.
    """
    value = cell.value
    if question.appearance == "percent" and isinstance(value, int | float) and not isinstance(value, bool):
        shown = re.sub(r'"[^"]*"|\\.', "", str(cell.number_format or ""))  # quoted or escaped % is literal text
        if "%" in shown:
            return float(Decimal(repr(value)) * 100)
    return value


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _as_text(raw: Any) -> str:
    """A cell as text: a spreadsheet turns "12" or "2019-12-31" typed into a text answer into a number or date."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(sep=" ")
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return str(raw)


_normal = normal

