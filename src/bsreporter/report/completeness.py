"""Completeness: computed from the form and the answers, never stored.

The same function feeds the GUI panel, ``bsreporter check``, the XLSX Indicators
sheet and the PDF's indicator summary and watermark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum

from bsreporter.errors import AnswerError
from bsreporter.form.model import Question, Questionnaire, SpecialAnswer
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import InvalidValue, coerce_value
from bsreporter.messages import Phrase, Where
from bsreporter.record import record
from bsreporter.report.store import Answer


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
    detail: str = ""

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

    def status(kind: Status, detail: str = "") -> QuestionStatus:
        return QuestionStatus(question.id, question.number, kind, question.required, detail)

    if not rules.is_relevant(question.id):
        return status(Status.NOT_RELEVANT)
    if answer is None or answer.is_blank:
        return status(Status.MISSING)
    if answer.needs_review:
        return status(Status.NEEDS_REVIEW, "carried over from the previous report; review and confirm it")
    if answer.special is not None:
        if answer.special not in question.special_answers:
            return status(Status.INVALID, f"'{answer.special.value}' is no longer allowed for this question")
        return status(Status.NOT_APPLICABLE if answer.special is SpecialAnswer.NOT_APPLICABLE else Status.NOT_AVAILABLE)
    if isinstance(answer.value, InvalidValue):  # stored, but does not fit the question: kept until corrected
        return status(Status.INVALID, answer.value.reason("en"))
    try:
        value = coerce_value(question, answer.value)
    except AnswerError as exc:  # the form changed since the answer was stored
        return status(Status.INVALID, str(exc))
    if not rules.constraint_holds(question, value):
        return status(Status.INVALID, question.constraint_message.get("en") or "the answer breaks the question's rule")
    cells = rules.broken_cells(question, value)
    if cells:
        row, name, problem = cells[0]
        column = next(c for c in question.columns if c.name == name)
        why = Phrase("cell_missing" if problem == "missing" else "cell_not_allowed",
                     {"where": Where(question.number, row, column.label or name)})
        return status(Status.INVALID, why.text("en"))
    return status(Status.ANSWERED)


def _progress(statuses: list[QuestionStatus]) -> Progress:
    counted = [s for s in statuses if s.counts]
    return Progress(
        done=sum(1 for s in counted if s.status in _DONE),
        required=len(counted),
        blockers=sum(1 for s in statuses if s.blocks),
    )


def check_completeness(form: Questionnaire, answers: Mapping[str, Answer],
                       today: dt.date | None = None) -> Completeness:
    """Compute the status of every question and roll it up to indicators, objectives, focal areas."""
    values = {qid: a.value for qid, a in answers.items()
              if a.value is not None and not a.needs_review and not isinstance(a.value, InvalidValue)}
    rules = RuleEvaluation(form, values, today)
    statuses = {q.id: question_status(form, q, answers.get(q.id), rules) for q in form.iter_questions()}

    by_indicator: dict[str, list[QuestionStatus]] = {i: [] for i in form.indicators}
    for question in form.iter_questions():
        for indicator_id in question.indicator_ids:
            by_indicator[indicator_id].append(statuses[question.id])
    sections = {s.id: _progress([statuses[q.id] for q in s.questions]) for s in form.nodes.values()}
    objectives = {o.id: _progress([statuses[q.id] for q in form.informing[o.id]]) for o in form.objectives}
    focal_areas = {
        fa.number: _progress([statuses[qid] for qid in dict.fromkeys(
            q.id for o in fa.objectives for q in form.informing[o.id])])
        for fa in form.focal_areas
    }
    all_statuses = list(statuses.values())
    return Completeness(
        questions=statuses,
        indicators={i: _progress(s) for i, s in by_indicator.items()},
        sections=sections,
        objectives=objectives,
        focal_areas=focal_areas,
        report=_progress(all_statuses),
        blockers=tuple(s for s in all_statuses if s.blocks),
    )


def describe_blocker(status: QuestionStatus) -> str:
    """A short English sentence saying why a question blocks (the GUI translates by status)."""
    match status.status:
        case Status.MISSING:
            return "required answer missing"
        case Status.NEEDS_REVIEW:
            return "carried over from the previous report: review and confirm"
        case _:
            return f"answer not valid: {status.detail}"
