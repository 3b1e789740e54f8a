"""Importing answers: parse and check everything first, preview it, then apply it in one transaction.

The sources (a bsreporter workbook, a prior-cycle workbook through a mapping, a
hand-made spreadsheet) each turn into a list of ``IncomingAnswer``; from then on
they are treated alike: ``plan_import`` classifies every row against the report,
``apply_import`` takes a backup snapshot and stores the chosen rows at once.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from bsreporter.errors import AnswerError, BsreporterError, ExchangeError
from bsreporter.form.model import SpecialAnswer
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import Value
from bsreporter.report.backup import Backup, Reason, take_snapshot
from bsreporter.report.store import Report, Source


class RowKind(str, Enum):
    """How one incoming answer relates to the report."""

    NEW = "new"  # the report has no answer yet
    SAME = "same"  # the report already holds exactly this
    CHANGED = "changed"  # differs from the report, and the report did not change since the source was made
    CONFLICT = "conflict"  # both the report and the source changed the answer since the source was made
    REJECTED = "rejected"  # cannot be imported (reason given)


@dataclass(frozen=True, slots=True)
class IncomingAnswer:
    """One answer as read from a source, before it is checked against the report."""

    location: str  # where it came from, e.g. "Report!E12", for messages
    question_id: str | None  # None when the source named a question this form does not have
    raw: Any  # the value, a SpecialAnswer, or None for "leave blank"
    reference: str = ""  # what the source used to name the question (id or number)
    problem: str | BsreporterError = ""  # a reason found while reading the source (e.g. an unknown option label)
    author: str = ""  # who gave this answer in the source, when it says


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One line of the import preview."""

    location: str
    question_id: str | None
    number: str
    kind: RowKind
    current: tuple[Value, SpecialAnswer | None]
    incoming: tuple[Value, SpecialAnswer | None]
    reason: str = ""  # in English; reason_in() gives it in another language
    current_author: str = ""
    incoming_author: str = ""
    reason_error: BsreporterError | None = None

    def reason_in(self, language: str) -> str:
        """Why the row cannot be imported, in ``language`` (English when no translation is known)."""
        return self.reason_error.text(language) if self.reason_error is not None else self.reason

    @property
    def applicable(self) -> bool:
        """True when applying this row would change the report."""
        return self.kind in (RowKind.NEW, RowKind.CHANGED, RowKind.CONFLICT)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The whole preview: what each row would do, and how the source is treated."""

    source: Path
    rows: tuple[PlanRow, ...]
    carried_over: bool  # answers from a previous cycle: flagged "carried over - review"

    def count(self, kind: RowKind) -> int:
        """Number of rows of one kind."""
        return sum(1 for row in self.rows if row.kind is kind)

    @property
    def default_selection(self) -> frozenset[str]:
        """Rows applied when the user applies "all": new and changed; conflicts need a choice."""
        return frozenset(r.question_id for r in self.rows
                         if r.question_id and r.kind in (RowKind.NEW, RowKind.CHANGED))


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What applying a plan did."""

    changed: int
    backup: Backup


def plan_import(report: Report, incoming: Sequence[IncomingAnswer], *, source: Path, carried_over: bool,
                base_time: str | None = None) -> ImportPlan:
    """Classify every incoming answer against the report; changes nothing.

    ``base_time`` is when the source was made from this report (a bsreporter export):
    with it, an answer changed on both sides since then is a conflict, and an answer
    the source merely still holds from then is not offered as a change.
    """
    form = report.form
    stored = report.answers()
    values = report.values()
    proposed = dict(values)
    checked: list[tuple[IncomingAnswer, Value, SpecialAnswer | None, BsreporterError | None]] = []
    seen: set[str] = set()
    for item in incoming:
        if item.question_id is None or item.question_id not in form.questions:
            reason = _as_error(item.problem) or ExchangeError.of(
                "row_unknown_question", reference=item.reference or item.question_id or "")
            checked.append((item, None, None, reason))
            continue
        if item.question_id in seen:
            checked.append((item, None, None, ExchangeError.of("row_twice")))
            continue
        seen.add(item.question_id)
        if item.problem:
            checked.append((item, None, None, _as_error(item.problem)))
            continue
        try:
            value, special = report.check_answer(item.question_id, item.raw, proposed)
        except AnswerError as exc:
            checked.append((item, None, None, exc))
            continue
        if value is not None:
            proposed[item.question_id] = value
        checked.append((item, value, special, None))

    rules = RuleEvaluation(form, proposed)
    rows = []
    for item, value, special, problem in checked:
        question = form.questions.get(item.question_id or "")
        number = question.number if question else item.reference
        current_answer = stored.get(item.question_id or "")
        current = (current_answer.value, current_answer.special) if current_answer else (None, None)
        incoming_pair = (value, special)
        if problem is None and question is not None and (value is not None or special is not None) \
                and not rules.is_relevant(question.id):
            problem = ExchangeError.of("row_not_relevant")
        if problem is not None:
            rows.append(PlanRow(item.location, item.question_id, number, RowKind.REJECTED, current, incoming_pair,
                                str(problem), reason_error=problem))
            continue
        kind = _classify(report, item.question_id or "", current, incoming_pair, base_time)
        rows.append(PlanRow(item.location, item.question_id, number, kind, current, incoming_pair,
                            current_author=current_answer.author if current_answer else "",
                            incoming_author=item.author))
    return ImportPlan(source=source, rows=tuple(rows), carried_over=carried_over)


def _as_error(problem: str | BsreporterError) -> BsreporterError | None:
    """A reason found while reading a source, as an error (plain English text becomes an untranslated one)."""
    if isinstance(problem, BsreporterError):
        return problem
    return ExchangeError(problem) if problem else None


def _classify(report: Report, question_id: str, current: tuple[Value, SpecialAnswer | None],
              incoming: tuple[Value, SpecialAnswer | None], base_time: str | None) -> RowKind:
    if incoming == current:
        # Same value; a same-cycle import of it still clears nothing, so it is simply "same".
        return RowKind.SAME
    if incoming == (None, None) and current != (None, None) and not base_time:
        return RowKind.SAME  # a blank cell in a hand-made sheet does not erase an answer
    if current == (None, None):
        return RowKind.NEW
    if base_time:
        at_base = report.value_at(question_id, base_time)
        if incoming == at_base:
            return RowKind.SAME  # the source still holds what it was given; the report moved on
        if current != at_base:
            return RowKind.CONFLICT
    return RowKind.CHANGED


def apply_import(report: Report, plan: ImportPlan, selected: Collection[str] | None = None, *,
                 source: Source = Source.IMPORTED) -> ImportOutcome:
    """Snapshot the report, then store the selected rows (default: new and changed) in one transaction.

    Each answer is recorded with its author in the source when the source names one.
    """
    chosen = plan.default_selection if selected is None else frozenset(selected)
    by_question = {r.question_id: r for r in plan.rows if r.question_id}
    not_applicable = sorted(q for q in chosen if q not in by_question or not by_question[q].applicable)
    if not_applicable:
        raise ExchangeError(f"These rows cannot be applied: {', '.join(not_applicable)}; nothing was imported.")
    changes = {}
    for question_id in chosen:
        value, special = by_question[question_id].incoming
        changes[question_id] = special if special is not None else value
    backup = take_snapshot(report, Reason.BEFORE_IMPORT)
    try:
        authors = {q: by_question[q].incoming_author for q in chosen if by_question[q].incoming_author}
        changed = report.set_answers(changes, source=source, source_detail=plan.source.name,
                                     needs_review=plan.carried_over, keep_as_previous=plan.carried_over,
                                     authors=authors)
    except AnswerError as exc:  # the report changed between preview and apply
        raise ExchangeError(f"The report changed since the preview ({exc}); nothing was imported. Preview again.") from exc
    return ImportOutcome(changed=changed, backup=backup)
