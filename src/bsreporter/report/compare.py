"""What changed since the previous reporting cycle: each question whose answer differs from last time.

The previous cycle's answers are those an import kept beside the current ones
(``Report.previous_answers``). The same list feeds the GUI's comparison view and
a "changes since the previous report" annex of the PDF.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.form.values import Value
from bsreporter.report.store import Answer, Report

#: (value, special answer, the file it came from), as ``Report.previous_answers`` gives them.
PreviousAnswer = tuple[Value, SpecialAnswer | None, str]


@dataclass(frozen=True, slots=True)
class AnswerChange:
    """One question whose current answer is not the previous cycle's."""

    question_id: str
    number: str
    previous: tuple[Value, SpecialAnswer | None]
    current: tuple[Value, SpecialAnswer | None]  # (None, None) when the answer was removed
    previous_source: str  # the file the previous answer came from
    needs_review: bool  # the current answer is a carry-over not yet confirmed


def compare_answers(
    form: Questionnaire, answers: Mapping[str, Answer], previous: Mapping[str, PreviousAnswer]
) -> list[AnswerChange]:
    """Every question with a previous-cycle answer that differs from its current answer, in form order."""
    changes = []
    for question in form.iter_questions():
        kept = previous.get(question.id)
        if kept is None:
            continue
        before = (kept[0], kept[1])
        answer = answers.get(question.id)
        now = (answer.value, answer.special) if answer is not None else (None, None)
        if now != before:
            changes.append(
                AnswerChange(question.id, question.number, before, now, kept[2], bool(answer and answer.needs_review))
            )
    return changes


def changes_since_previous(report: Report) -> list[AnswerChange]:
    """Every question of ``report`` whose answer differs from the previous cycle's, in form order."""
    return compare_answers(report.form, report.answers(), report.previous_answers())
