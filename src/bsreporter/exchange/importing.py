"""Importing answers: parse and check everything first, preview it, then apply it in one transaction.

The sources (a bsreporter workbook, a prior-cycle workbook through a mapping, a
hand-made spreadsheet) each turn into a list of ``IncomingAnswer``; from then on
they are treated alike: ``plan_import`` classifies every row against the report,
``apply_import`` takes a backup snapshot and stores the chosen rows at once.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from bsreporter.errors import AnswerError, BsreporterError, ExchangeError
from bsreporter.exchange.recognition import AnswerSuggestion
from bsreporter.form.model import Question, Questionnaire, SpecialAnswer
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import Value
from bsreporter.report import parties
from bsreporter.report.backup import Backup, Reason, take_snapshot
from bsreporter.report.store import Answer, Report, Source, utc_now


class RowKind(str, Enum):
    """How one incoming answer relates to the report."""

    NEW = "new"  # the report has no answer yet
    SAME = "same"  # the report already holds exactly this
    CHANGED = "changed"  # differs from the report, and the report did not change since the source was made
    CONFLICT = "conflict"  # both the report and the source changed the answer since the source was made
    CLEARED = "cleared"  # the source's cell was emptied where the report holds an answer: applied only if chosen
    KEPT = "kept"  # a previous cycle's answer where this cycle already has one: applied only if chosen
    SUGGESTED = "suggested"  # the source's words recognised only loosely (a typo, a range): applied only if chosen
    REJECTED = "rejected"  # cannot be imported (reason given)


@dataclass(frozen=True, slots=True)
class IncomingAnswer:
    """One answer as read from a source, before it is checked against the report."""

    location: str  # where it came from, e.g. "Report!E12", for messages
    question_id: str | None  # None when the source named a question this form does not have
    raw: Any  # the value, a SpecialAnswer, or None for "leave blank"
    reference: str = ""  # what the source used to name the question (id or number)
    # A reason found while reading the source (e.g. an unknown option label); an AnswerSuggestion
    # instead carries the answer the source's words were loosely taken as, offered for confirmation.
    problem: BsreporterError | None = None
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
    reason: str = ""  # in English; reason_in() gives it in another language (also the note of a kept or cleared row)
    current_author: str = ""
    incoming_author: str = ""
    reason_error: BsreporterError | None = None

    def reason_in(self, language: str) -> str:
        """Why the row cannot be imported (or is kept, or cleared), in ``language`` (English when not translated)."""
        return self.reason_error.text(language) if self.reason_error is not None else self.reason

    @property
    def applicable(self) -> bool:
        """True when applying this row would change the report."""
        return self.kind in (RowKind.NEW, RowKind.CHANGED, RowKind.CONFLICT, RowKind.CLEARED, RowKind.KEPT,
                             RowKind.SUGGESTED)


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
        """Rows applied when the user applies "all": new and changed; conflicts, clearings, kept and suggested
        rows need a choice."""
        return frozenset(r.question_id for r in self.rows
                         if r.question_id and r.kind in (RowKind.NEW, RowKind.CHANGED))

    @property
    def suggested(self) -> frozenset[str]:
        """The questions of the suggested rows: applied only when the person confirms them."""
        return frozenset(r.question_id for r in self.rows if r.question_id and r.kind is RowKind.SUGGESTED)


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What applying a plan did."""

    changed: int
    backup: Backup


class OtherPartyError(ExchangeError):
    """The source is another Party's report: nothing is planned unless the person confirms it."""

    def __init__(self, message: str, *, key: str | None = None, params: dict[str, object] | None = None) -> None:
        super().__init__(message, key=key, params=params)
        self.ours = str(self.params.get("ours", ""))
        self.theirs = str(self.params.get("theirs", ""))


def same_party(first: str, second: str) -> bool:
    """True when two Party names are the same, regardless of case and spaces, or name one Party in two languages."""
    return parties.same_party(first, second)


def plan_import(report: Report, incoming: Sequence[IncomingAnswer], *, source: Path, carried_over: bool,
                base: Mapping[str, tuple[Value, SpecialAnswer | None]] | None = None, whole_copy: bool = False,
                source_party: str = "", other_party: bool = False) -> ImportPlan:
    """Classify every incoming answer against the report; changes nothing.

    ``base`` holds the answers both sides had when the source was made from this report
    (found through the history): with it, an answer changed on both sides since then is a
    conflict, one the source merely still holds from then is not offered as a change, and
    an answer emptied in the source is a "cleared" row. ``whole_copy`` says the source is a
    copy of this report whose moment is unknown: every difference is then a conflict or a
    clearing for the person to decide, never an overwrite. A source of another Party
    (``source_party``, or its own answer to the "party" question) raises OtherPartyError
    unless ``other_party`` confirms it; even then the Party's answer is not taken.
    """
    form = report.form
    _check_party(report, incoming, source, source_party, other_party)
    stored = report.answers()
    values = report.values()
    proposed = dict(values)
    places: dict[str, list[str]] = {}
    for item in incoming:
        if item.question_id is not None and item.question_id in form.questions:
            places.setdefault(item.question_id, []).append(item.location)
    checked: list[tuple[IncomingAnswer, Value, SpecialAnswer | None, BsreporterError | None]] = []
    suggestions: dict[int, AnswerSuggestion] = {}  # by position in ``checked``
    for item in incoming:
        suggestion = item.problem if isinstance(item.problem, AnswerSuggestion) else None
        refusal = None if suggestion is not None else item.problem
        if item.question_id is None or item.question_id not in form.questions:
            reason = (ExchangeError.of("row_suggestion_not_carried", where=suggestion.params.get("where", ""),
                                       readings=suggestion.params.get("readings", "")) if suggestion
                      else refusal) or ExchangeError.of(
                "row_unknown_question", reference=item.reference or item.question_id or "")
            checked.append((item, None, None, reason))
            continue
        # Which one was meant cannot be known: neither is taken. A row with a problem of its own keeps
        # that reason (two bad cells of one table are two reasons, not one question given twice).
        if len(places[item.question_id]) > 1 and not refusal:
            others = ", ".join(place for place in places[item.question_id] if place != item.location)
            checked.append((item, None, None, ExchangeError.of("row_twice", other=others or item.location)))
            continue
        if refusal:
            checked.append((item, None, None, refusal))
            continue
        if item.question_id == "party" and other_party:
            checked.append((item, None, None, ExchangeError.of("row_party_kept", ours=report.info.party)))
            continue
        try:
            raw = suggestion.value if suggestion is not None else item.raw
            value, special = report.check_answer(item.question_id, raw, proposed)
        except AnswerError as exc:
            checked.append((item, None, None, exc))
            continue
        # A suggestion counts for the follow-ups judged in this pass: taken, it makes them asked.
        if value is not None:
            proposed[item.question_id] = value
        if suggestion is not None:
            suggestions[len(checked)] = suggestion
        checked.append((item, value, special, None))

    rules = RuleEvaluation(form, proposed)
    # Questions this file answers but whose answer is not taken as it stands (refused, or a suggestion
    # awaiting confirmation): a follow-up of one of them is "not asked yet", not "not relevant".
    not_taken = {item.question_id for position, (item, _, _, problem) in enumerate(checked)
                 if item.question_id and (problem is not None or position in suggestions)}
    rows = []
    for position, (item, value, special, problem) in enumerate(checked):
        question = form.questions.get(item.question_id or "")
        number = question.number if question else item.reference
        current_answer = stored.get(item.question_id or "")
        current = (current_answer.value, current_answer.special) if current_answer else (None, None)
        incoming_pair = (value, special)
        this_cycle = current_answer is not None and not current_answer.needs_review
        kind = _classify(item.question_id or "", current, incoming_pair, base=base, whole_copy=whole_copy,
                         carried_over=carried_over, answered_this_cycle=this_cycle)
        # An answer kept for a question no longer asked, brought back as it is: nothing to do, nothing refused.
        if problem is None and question is not None and (value is not None or special is not None) \
                and kind is not RowKind.SAME and not rules.is_relevant(question.id):
            waiting = _followed_question(form, question, not_taken)
            problem = (ExchangeError.of("row_not_relevant_after", number=form.questions[waiting].number)
                       if waiting else ExchangeError.of("row_not_relevant"))
        if problem is not None:
            rows.append(PlanRow(item.location, item.question_id, number, RowKind.REJECTED, current, incoming_pair,
                                str(problem), reason_error=problem))
            continue
        note: BsreporterError | None = ExchangeError.of("row_kept") if kind is RowKind.KEPT else (
            ExchangeError.of("row_cleared") if kind is RowKind.CLEARED else None)
        if position in suggestions and kind is not RowKind.SAME:
            # Whatever the row would otherwise do, the person's confirmation is asked first; the preview
            # shows the current answer beside it, so nothing is replaced unseen.
            kind, note = RowKind.SUGGESTED, suggestions[position]
        rows.append(PlanRow(item.location, item.question_id, number, kind, current, incoming_pair,
                            str(note) if note else "", current_author=current_answer.author if current_answer else "",
                            incoming_author=item.author, reason_error=note))
    return ImportPlan(source=source, rows=tuple(rows), carried_over=carried_over)


def _check_party(report: Report, incoming: Sequence[IncomingAnswer], source: Path, source_party: str,
                 other_party: bool) -> None:
    """Refuse another Party's file unless confirmed: its recorded Party, or its own answer to "party"."""
    ours = report.info.party
    named = [source_party] if source_party.strip() else []
    named += [item.raw for item in incoming if item.question_id == "party" and isinstance(item.raw, str)
              and item.raw.strip() and not item.problem]
    theirs = next((name for name in named if not same_party(name, ours)), None)
    if theirs is not None and not other_party:
        raise OtherPartyError.of("other_party", name=Path(source).name, ours=ours, theirs=" ".join(theirs.split()))


def _classify(question_id: str, current: tuple[Value, SpecialAnswer | None],
              incoming: tuple[Value, SpecialAnswer | None], *,
              base: Mapping[str, tuple[Value, SpecialAnswer | None]] | None, whole_copy: bool, carried_over: bool,
              answered_this_cycle: bool) -> RowKind:
    blank = (None, None)
    if incoming == current:
        return RowKind.SAME
    if base is not None:
        at_base = base.get(question_id, blank)
        if incoming == at_base:
            return RowKind.SAME  # the source still holds what it was given; the report moved on
        if incoming == blank:
            return RowKind.CLEARED  # emptied in the source: an answer is never erased unless chosen
        if current == blank and at_base == blank:
            return RowKind.NEW
        return RowKind.CHANGED if current == at_base else RowKind.CONFLICT
    if incoming == blank:
        # A blank cell in a hand-made sheet or a previous cycle says nothing; in a copy it was emptied.
        return RowKind.CLEARED if whole_copy else RowKind.SAME
    if current == blank:
        return RowKind.NEW
    if carried_over and answered_this_cycle:
        return RowKind.KEPT  # a previous cycle fills only what this cycle has not answered
    return RowKind.CONFLICT if whole_copy else RowKind.CHANGED


def apply_import(report: Report, plan: ImportPlan, selected: Collection[str] | None = None, *,
                 source: Source = Source.IMPORTED) -> ImportOutcome:
    """Snapshot the report, then store the selected rows (default: new and changed) in one transaction.

    Each answer is recorded with its author in the source when the source names one.
    """
    chosen = plan.default_selection if selected is None else frozenset(selected)
    by_question = {r.question_id: r for r in plan.rows if r.question_id}
    not_applicable = sorted(q for q in chosen if q not in by_question or not by_question[q].applicable)
    if not_applicable:
        raise ExchangeError.of("import_rows_not_applicable", rows=", ".join(not_applicable))
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
        raise ExchangeError.of("import_report_changed", reason=exc) from exc
    return ImportOutcome(changed=changed, backup=backup)


@dataclass(frozen=True, slots=True)
class PreparedImport:
    """An import checked against the report as it stood, and its backup taken: only the writing is left."""

    answers: Mapping[str, Answer]  # what each chosen question is to hold
    previous: Mapping[str, tuple[Value, SpecialAnswer | None, str]] | None  # also kept as the previous cycle's
    backup: Backup
    stamp: str  # the report's last change when it was checked
    before: Mapping[str, Answer | None]  # what the chosen questions held then (for undo)
    #: the previous cycle's answers they held then, when the import carries answers over
    previous_before: Mapping[str, tuple[Value, SpecialAnswer | None, str] | None] | None
    #: the completeness of its tables' rows, worked out where it was prepared (``CompletenessTracker.table_rows``)
    table_rows: tuple[Any, dict[Any, Any]] | None = None


def prepare_import(report: Report, plan: ImportPlan, selected: Collection[str] | None = None, *,
                   source: Source = Source.IMPORTED) -> PreparedImport:
    """Everything ``apply_import`` does except the writing: check the chosen rows, take the backup snapshot.

    For a read-only connection of a background thread: the checks of a long table take a
    noticeable part of a second, which the window should not wait for. ``store_prepared_import``
    then stores the answers, exactly as checked, in one short transaction.
    """
    stamp = report.info.updated_at  # first: any change after it shows in the stamp, and the import is prepared again
    chosen = plan.default_selection if selected is None else frozenset(selected)
    by_question = {r.question_id: r for r in plan.rows if r.question_id}
    not_applicable = sorted(q for q in chosen if q not in by_question or not by_question[q].applicable)
    if not_applicable:
        raise ExchangeError.of("import_rows_not_applicable", rows=", ".join(not_applicable))
    merged = dict(report.values())
    answers: dict[str, Answer] = {}
    now = utc_now()
    for question_id in chosen:
        row = by_question[question_id]
        value, special = row.incoming
        try:
            value, special = report.check_answer(question_id, special if special is not None else value, merged)
        except AnswerError as exc:  # the report changed between preview and apply
            raise ExchangeError.of("import_report_changed", reason=exc) from exc
        if value is not None:
            merged[question_id] = value
        else:
            merged.pop(question_id, None)
        answers[question_id] = Answer(question_id, value, special, plan.carried_over, now,
                                      row.incoming_author or report.author)
    previous = ({q: (a.value, a.special, plan.source.name) for q, a in answers.items()}
                if plan.carried_over else None)
    stored = report.answers()
    before = {q: stored.get(q) for q in chosen}
    previous_before = None
    if plan.carried_over:  # only a carry-over touches the previous cycle's answers
        kept = report.previous_answers()
        previous_before = {q: kept.get(q) for q in chosen}
    backup = take_snapshot(report, Reason.BEFORE_IMPORT)
    return PreparedImport(answers, previous, backup, stamp, before, previous_before)


def store_prepared_import(report: Report, prepared: PreparedImport, *, source: Source,
                          source_detail: str) -> int | None:
    """Store a prepared import in one transaction through the writing connection; return how many changed.

    None, and nothing stored, when the report changed after it was prepared: prepare it again.
    """
    if report.info.updated_at != prepared.stamp:
        return None
    return report.put_back_answers(prepared.answers, source=source, source_detail=source_detail,
                                   previous=prepared.previous)


def _followed_question(form: Questionnaire, question: Question, not_taken: set[str]) -> str | None:
    """The question among ``not_taken`` that ``question`` follows, directly or through other follow-ups."""
    seen: set[str] = set()
    pending = [question]
    while pending:
        current = pending.pop()
        for name in sorted(current.relevant.references if current.relevant else ()):
            if name in not_taken:
                return name
            if name not in seen and name in form.questions:
                seen.add(name)
                pending.append(form.questions[name])
    return None
