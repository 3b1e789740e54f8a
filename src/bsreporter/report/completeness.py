"""Completeness: computed from the form and the answers, never stored.

The same function feeds the GUI panel, ``bsreporter check``, the XLSX Indicators
sheet and the PDF's indicator summary and watermark. The window keeps its picture up to
date with a ``CompletenessTracker``, which after one answer works out again only what that
answer can change and gives exactly what a full check would.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable, Mapping
from enum import Enum

from bsreporter.errors import AnswerError
from bsreporter.form.model import Question, Questionnaire, QuestionType, SpecialAnswer, Text
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import MAX_TABLE_ROWS, InvalidValue, Value, coerce_value
from bsreporter.messages import Phrase, Where
from bsreporter.record import field, record
from bsreporter.report.store import Answer

TYPE_CHECKING = False
if TYPE_CHECKING:  # type hints only: loading typing costs every command milliseconds
    from typing import Any, TypeAlias


class Status(str, Enum):
    """Where one question stands."""

    ANSWERED = "answered"
    MISSING = "missing"
    INVALID = "invalid"
    NOT_RELEVANT = "not_relevant"
    NEEDS_REVIEW = "needs_review"  # carried over from the previous cycle, not yet confirmed
    NOT_APPLICABLE = "not_applicable"
    NOT_AVAILABLE = "not_available"


_DONE = frozenset({Status.ANSWERED, Status.NOT_APPLICABLE, Status.NOT_AVAILABLE})


@record
class QuestionStatus:
    """The status of one question and, when it blocks, why."""

    question_id: str
    number: str
    status: Status
    required: bool
    detail: str = ""  # why it blocks, in English (command line, logs)
    #: the same, able to say it in any language (a Phrase or another part of a message); None: ``detail`` only
    why: Any = field(default_factory=lambda: None, compare=False)

    def detail_text(self, language: str) -> str:
        """Why it blocks, in ``language`` (English when it cannot say it otherwise)."""
        return self.why.text(language) if self.why is not None else self.detail

    @property
    def blocks(self) -> bool:
        """True when this question stops the report from being complete."""
        if self.status in (Status.INVALID, Status.NEEDS_REVIEW):
            return True
        return self.status is Status.MISSING and self.required

    @property
    def counts(self) -> bool:
        """True when the question counts towards progress (relevant and required)."""
        return self.required and self.status is not Status.NOT_RELEVANT


@record
class Progress:
    """Roll-up of a group of questions: how many required ones are done, and what blocks."""

    done: int
    required: int
    blockers: int

    @property
    def complete(self) -> bool:
        """Nothing blocks this group."""
        return self.blockers == 0

    @property
    def percent(self) -> float:
        """Share of required questions done (100 when nothing is required)."""
        return 100.0 if self.required == 0 else 100.0 * self.done / self.required


@record
class Completeness:
    """The whole picture for one report."""

    questions: Mapping[str, QuestionStatus]
    indicators: Mapping[str, Progress]
    #: Every group of the form's own tree (pages, groups inside pages, folders), by id.
    sections: Mapping[str, Progress]
    #: Each operational objective of the Plan, over the questions that inform it, by objective id.
    objectives: Mapping[str, Progress]
    #: Each focal area of the Plan, over the questions that inform its objectives, by number.
    focal_areas: Mapping[int, Progress]
    report: Progress
    blockers: tuple[QuestionStatus, ...]

    @property
    def is_complete(self) -> bool:
        """True when no question blocks the report."""
        return not self.blockers


def question_status(form: Questionnaire, question: Question, answer: Answer | None,
                    rules: RuleEvaluation) -> QuestionStatus:
    """The status of one question given its stored answer and the rules over all answers."""
    return _question_status(question, answer, rules, None)


def _question_status(question: Question, answer: Answer | None, rules: RuleEvaluation,
                     rows: _RowChecks | None) -> QuestionStatus:
    def status(kind: Status, detail: str = "") -> QuestionStatus:
        return QuestionStatus(question.id, question.number, kind, question.required, detail)

    def invalid(why: Any) -> QuestionStatus:
        return QuestionStatus(question.id, question.number, Status.INVALID, question.required, why.text("en"), why)

    if not rules.is_relevant(question.id):
        return status(Status.NOT_RELEVANT)
    if answer is None or answer.is_blank:
        return status(Status.MISSING)
    if answer.needs_review:
        return status(Status.NEEDS_REVIEW, "carried over from the previous report; review and confirm it")
    if answer.special is not None:
        if answer.special not in question.special_answers:
            return invalid(Phrase("special_no_longer_allowed", {"special": Phrase(f"special_{answer.special.value}")}))
        return status(Status.NOT_APPLICABLE if answer.special is SpecialAnswer.NOT_APPLICABLE else Status.NOT_AVAILABLE)
    if isinstance(answer.value, InvalidValue):  # stored, but does not fit the question: kept until corrected
        return invalid(_keyed(answer.value.problem))
    try:
        checked = rows.table(question, answer.value, rules) if rows is not None else None
        value = checked[0] if checked is not None else coerce_value(question, answer.value)
    except AnswerError as exc:  # the form changed since the answer was stored
        return invalid(_keyed(exc))
    if not rules.constraint_holds(question, value):
        return invalid(_FormText(question.constraint_message) if question.constraint_message
                       else Phrase("answer_not_allowed"))
    cells = checked[1] if checked is not None else rules.broken_cells(question, value)
    if cells:
        row, name, problem = cells[0]
        column = next(c for c in question.columns if c.name == name)
        why = Phrase("cell_missing" if problem == "missing" else "cell_not_allowed",
                     {"where": Where(question.number, row, column.label or name)})
        return invalid(why)
    return status(Status.ANSWERED)


def _keyed(error: AnswerError) -> Any:
    """An error as a part of a status: its key and parameters, which compare by value (the error would not)."""
    return Phrase(error.key, error.params) if error.key is not None else _FormText(Text({"en": str(error)}))


@record
class _FormText:
    """A text of the form (a constraint message) as part of a status: in the language asked, else English."""

    words: Text

    def text(self, language: str) -> str:
        """The text in ``language``."""
        return self.words.get(language)


_Row: TypeAlias = "tuple[tuple[Any, ...], ...]"
#: Cells whose equal values are the same value: a row of these alone is its own key.
_PLAIN = frozenset({str, int, type(None), dt.date})


def _row_key(row: Mapping[Any, Any]) -> _Row | None:
    """A row's cells as a key that equal rows share (None: a cell that cannot be a key)."""
    if all(type(cell) in _PLAIN for cell in row.values()):
        return tuple(row.items())
    key: list[tuple[Any, ...]] = []
    for name, cell in row.items():
        if isinstance(cell, float):
            key.append((name, float, repr(cell)))  # -0.0 and 0.0 are equal but written differently
        elif isinstance(cell, list):
            if not all(isinstance(item, str) for item in cell):
                return None
            key.append((name, list, tuple(cell)))
        elif cell is None or isinstance(cell, str | int | dt.date):
            key.append((name, type(cell), cell))  # True is 1, but not as an answer
        else:
            return None
    return tuple(key)


_Checked: TypeAlias = "tuple[dict[str, Any] | None, tuple[tuple[str, str], ...]]"  # the row as checked, and its broken cells


class _RowChecks:
    """What checking each row of a table found, kept by the row's cells, for one form and one day.

    A row is checked the same way wherever it stands in the table (its column rules read only
    its own cells), so a table of a thousand rows in which one cell changed is checked again
    for that row only. Anything unusual (a row that does not fit, more rows than allowed, a
    cell that cannot be a key) goes the ordinary way, over the whole table.
    """

    _LIMIT = 50_000
    #: More rows than this not yet seen: the table is checked whole (one pass is cheaper than many)
    _FEW = 16

    def __init__(self) -> None:
        self._kept: dict[tuple[str, _Row], _Checked] = {}

    def table(self, question: Question, raw: Value,
              rules: RuleEvaluation) -> tuple[Value, list[tuple[int, str, str]]] | None:
        """``(coerce_value(question, raw), rules.broken_cells(...))`` from kept rows, or None: check the usual way.

        Raises AnswerError as ``coerce_value`` does when the table, checked whole, does not fit.
        """
        if (question.type is not QuestionType.TABLE or not isinstance(raw, list) or len(raw) > MAX_TABLE_ROWS
                or any(c.constraint is not None and c.constraint.references for c in question.columns)):
            return None
        if len(self._kept) > self._LIMIT:
            self._kept.clear()
        keys: list[tuple[str, _Row]] = []
        for row in raw:
            cells_key = _row_key(row) if isinstance(row, dict) else None
            if cells_key is None:
                return None
            keys.append((question.id, cells_key))
        if sum(1 for key in keys if key not in self._kept) > self._FEW:
            self._check_whole(question, raw, keys, rules)
        rows: list[dict[str, Any]] = []
        broken: list[tuple[int, str, str]] = []
        for row, key in zip(raw, keys, strict=True):
            found = self._kept.get(key) or self._check_row(question, row, key, rules)
            if found is None:
                return None  # the whole table says which row does not fit
            cells, problems = found
            if cells is not None:  # a row left blank is dropped, as the core stores it
                rows.append(cells)
                broken.extend((len(rows), column, problem) for column, problem in problems)
        return (rows or None), broken

    def _check_row(self, question: Question, row: Any, key: tuple[str, _Row],
                   rules: RuleEvaluation) -> _Checked | None:
        try:
            value = coerce_value(question, [row])  # the row alone: a table of one row
        except AnswerError:
            return None
        cells = value[0] if isinstance(value, list) else None
        problems = () if cells is None else tuple(
            (column, problem) for _, column, problem in rules.broken_cells(question, [cells]))
        self._kept[key] = (cells, problems)
        return self._kept[key]

    def _check_whole(self, question: Question, raw: list[Any], keys: list[tuple[str, _Row]],
                     rules: RuleEvaluation) -> None:
        checked = coerce_value(question, raw) or []
        if len(checked) != len(raw):
            return  # blank rows were dropped: rows and checked rows are matched one by one instead
        problems: dict[int, list[tuple[str, str]]] = {}
        for row, column, problem in rules.broken_cells(question, checked):
            problems.setdefault(row - 1, []).append((column, problem))
        for number, key in enumerate(keys):
            self._kept[key] = (checked[number], tuple(problems.get(number, ())))


def _progress(statuses: list[QuestionStatus]) -> Progress:
    counted = [s for s in statuses if s.counts]
    return Progress(
        done=sum(1 for s in counted if s.status in _DONE),
        required=len(counted),
        blockers=sum(1 for s in statuses if s.blocks),
    )


def _values(answers: Mapping[str, Answer]) -> dict[str, Value]:
    """The values the rules read: carried-over answers not yet confirmed and invalid ones count as unanswered."""
    return {qid: a.value for qid, a in answers.items()
            if a.value is not None and not a.needs_review and not isinstance(a.value, InvalidValue)}


class _Layout:
    """Which roll-ups each question counts in, and which questions read each question in their rules."""

    def __init__(self, form: Questionnaire) -> None:
        questions = list(form.iter_questions())
        by_indicator: dict[str, list[str]] = {i: [] for i in form.indicators}
        for question in questions:
            for indicator_id in question.indicator_ids:
                by_indicator[indicator_id].append(question.id)
        #: roll-up kind -> key -> the questions it counts, in the form's order
        self.groups: dict[str, dict[Any, tuple[str, ...]]] = {
            "indicators": {i: tuple(ids) for i, ids in by_indicator.items()},
            "sections": {s.id: tuple(q.id for q in s.questions) for s in form.nodes.values()},
            "objectives": {o.id: tuple(q.id for q in form.informing[o.id]) for o in form.objectives},
            "focal_areas": {fa.number: tuple(dict.fromkeys(q.id for o in fa.objectives for q in form.informing[o.id]))
                            for fa in form.focal_areas},
        }
        self.member_of: dict[str, set[tuple[str, Any]]] = {q.id: set() for q in questions}
        for kind, keys in self.groups.items():
            for key, ids in keys.items():
                for question_id in ids:
                    self.member_of[question_id].add((kind, key))
        # A question's status reads the questions its relevance and constraint name (column rules
        # read only their own cell); a change of relevance changes what others read in turn.
        self.readers: dict[str, set[str]] = {q.id: set() for q in questions}
        for question in questions:
            for expression in (question.relevant, question.constraint,
                               *(c.constraint for c in question.columns)):
                if expression is not None:
                    for name in expression.references:
                        if name in self.readers:
                            self.readers[name].add(question.id)
        self.order = {q.id: n for n, q in enumerate(questions)}

    def affected(self, changed: Iterable[str]) -> list[str]:
        """The questions whose status may differ once the answers of ``changed`` changed, in the form's order."""
        found: set[str] = set()
        waiting = [qid for qid in changed if qid in self.readers]
        while waiting:
            question_id = waiting.pop()
            if question_id not in found:
                found.add(question_id)
                waiting.extend(self.readers[question_id] - found)
        return sorted(found, key=self.order.__getitem__)


_LAYOUTS: dict[int, tuple[weakref.ref[Questionnaire], _Layout]] = {}


def _layout(form: Questionnaire) -> _Layout:
    kept = _LAYOUTS.get(id(form))
    if kept is not None and kept[0]() is form:
        return kept[1]
    layout, key = _Layout(form), id(form)
    _LAYOUTS[key] = (weakref.ref(form, lambda _ref: _LAYOUTS.pop(key, None)), layout)
    return layout


def _roll_up(layout: _Layout, statuses: dict[str, QuestionStatus]) -> Completeness:
    groups = layout.groups
    all_statuses = list(statuses.values())
    return Completeness(
        questions=statuses,
        indicators={i: _progress([statuses[q] for q in ids]) for i, ids in groups["indicators"].items()},
        sections={s: _progress([statuses[q] for q in ids]) for s, ids in groups["sections"].items()},
        objectives={o: _progress([statuses[q] for q in ids]) for o, ids in groups["objectives"].items()},
        focal_areas={fa: _progress([statuses[q] for q in ids]) for fa, ids in groups["focal_areas"].items()},
        report=_progress(all_statuses),
        blockers=tuple(s for s in all_statuses if s.blocks),
    )


def _check(form: Questionnaire, answers: Mapping[str, Answer], today: dt.date | None,
           rows: _RowChecks | None) -> Completeness:
    rules = RuleEvaluation(form, _values(answers), today)
    statuses = {q.id: _question_status(q, answers.get(q.id), rules, rows) for q in form.iter_questions()}
    return _roll_up(_layout(form), statuses)


def check_completeness(form: Questionnaire, answers: Mapping[str, Answer],
                       today: dt.date | None = None) -> Completeness:
    """Compute the status of every question and roll it up to indicators, objectives, focal areas."""
    return _check(form, answers, today, None)


def _clock_today() -> dt.date:
    return dt.date.today()


class CompletenessTracker:
    """One report's completeness, kept up to date as its answers change (the window holds one per report).

    ``check`` works everything out (on opening, after an import or a restore); ``update``
    after answers changed works out again only the questions those answers can change (the
    questions themselves, the ones whose rules read them, and so on down) and the roll-ups
    they count in. Both give exactly what ``check_completeness`` gives for the same answers.
    """

    def __init__(self, form: Questionnaire, today: dt.date | None = None) -> None:
        self.form = form
        self._today = today
        self._day: dt.date | None = None
        self._rows = _RowChecks()
        self._result: Completeness | None = None

    @property
    def result(self) -> Completeness | None:
        """The last completeness worked out (None before the first check)."""
        return self._result

    def _this_day(self) -> dt.date:
        day = self._today or _clock_today()
        if day != self._day:  # rules such as ". <= today()" may read differently from today on
            self._day = day
            self._rows = _RowChecks()
            self._result = None
        return day

    def check(self, answers: Mapping[str, Answer]) -> Completeness:
        """Work out the status of every question from ``answers``."""
        self._result = _check(self.form, answers, self._this_day(), self._rows)
        return self._result

    def update(self, answers: Mapping[str, Answer], changed: Iterable[str]) -> Completeness:
        """The completeness for ``answers``, which differ from those of the last result only in ``changed``."""
        day = self._this_day()
        before = self._result
        if before is None:
            return self.check(answers)
        layout = _layout(self.form)
        rules = RuleEvaluation(self.form, _values(answers), day)
        statuses = dict(before.questions)
        moved: list[str] = []
        for question_id in layout.affected(changed):
            status = _question_status(self.form.questions[question_id], answers.get(question_id), rules, self._rows)
            if status != statuses[question_id]:
                statuses[question_id] = status
                moved.append(question_id)
        if not moved:
            return before
        touched = {kind: set() for kind in layout.groups}  # type: dict[str, set[Any]]
        for question_id in moved:
            for kind, key in layout.member_of[question_id]:
                touched[kind].add(key)

        def again(kind: str, kept: Mapping[Any, Progress]) -> dict[Any, Progress]:
            progress = dict(kept)
            ids = layout.groups[kind]
            for key in touched[kind]:
                progress[key] = _progress([statuses[q] for q in ids[key]])
            return progress

        all_statuses = list(statuses.values())
        self._result = Completeness(
            questions=statuses,
            indicators=again("indicators", before.indicators),
            sections=again("sections", before.sections),
            objectives=again("objectives", before.objectives),
            focal_areas=again("focal_areas", before.focal_areas),
            report=_progress(all_statuses),
            blockers=tuple(s for s in all_statuses if s.blocks),
        )
        return self._result

    def table_rows(self, answers: Mapping[str, Answer]) -> tuple[dt.date, dict[Any, Any]]:
        """Check the rows of the tables among ``answers`` as a full check would, for another tracker to keep.

        For answers about to be stored (an import checked in a process of its own): the window's
        tracker then finds their rows checked (``keep_table_rows``) instead of checking a long
        table on the window's thread. Only rows go across, with the day they were checked on.
        """
        day = self._this_day()
        found = _RowChecks()
        rules = RuleEvaluation(self.form, {}, day)  # the rows kept never read other answers
        for question_id, answer in answers.items():
            question = self.form.questions.get(question_id)
            if question is not None and question.type is QuestionType.TABLE and isinstance(answer.value, list):
                try:
                    found.table(question, answer.value, rules)
                except AnswerError:
                    continue  # a table that does not fit is checked whole by the full check, as always
        return day, found._kept

    def keep_table_rows(self, rows: tuple[dt.date, dict[Any, Any]]) -> None:
        """Keep the table rows another tracker checked (``table_rows``), if checked on the same day."""
        day, kept = rows
        if day == self._this_day():
            self._rows._kept.update(kept)


def describe_blocker(status: QuestionStatus) -> str:
    """A short English sentence saying why a question blocks (the GUI translates by status)."""
    match status.status:
        case Status.MISSING:
            return "required answer missing"
        case Status.NEEDS_REVIEW:
            return "carried over from the previous report: review and confirm"
        case _:
            return f"answer not valid: {status.detail}"
