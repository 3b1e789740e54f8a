"""A Party's previous national report as the Party holds it, for the carry-forward tests and benchmarks.

``previous_answers`` answers a format form the way a real report is answered: in the form's
order, a follow-up only when its rule holds given the answers before it, one or a few options
of a several-choice question (never "none" beside another), a sentence for a text question,
and about as many answered rows as a real third report has (166 of 221). ``sheet_rows`` writes
them as a Party's own workbook does: the official number and the option's wording.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from typing import Any

from bsreporter.form.model import Question, Questionnaire, QuestionType
from bsreporter.form.rules import RuleEvaluation

#: A real third national report answers about this many of its 221 questions.
ANSWERED_ROWS = 166
#: Several-choice options that exclude the others (the formats' "none" options).
_EXCLUSIVE = ("none", "false")


def previous_answers(form: Questionnaire, *, seed: int = 3, answered: int = ANSWERED_ROWS) -> dict[str, Any]:
    """Stored values of a consistent report of ``form``, about ``answered`` questions answered."""
    chance = random.Random(seed)
    questions = [q for q in form.iter_questions() if q.type is not QuestionType.TABLE and q.detail_of is None]
    answers: dict[str, Any] = {}
    for question in questions:
        if not RuleEvaluation(form, answers).is_relevant(question.id):
            continue
        value = _answer(question, chance)
        if value is not None:
            answers[question.id] = value
    # A real report leaves some texts blank: texts no rule depends on are left out until about
    # ``answered`` remain, so that no follow-up loses the answer it follows.
    skippable = [qid for qid in answers if form.questions[qid].type is QuestionType.TEXT
                 and not _is_parent(form, qid)]
    chance.shuffle(skippable)
    for qid in skippable[: max(0, len(answers) - answered)]:
        del answers[qid]
    return answers


def _is_parent(form: Questionnaire, question_id: str) -> bool:
    return any(q.relevant is not None and f"${{{question_id}}}" in q.relevant.source for q in form.iter_questions())


def _answer(question: Question, chance: random.Random) -> Any:
    if question.type is QuestionType.SELECT_ONE and question.choices is not None:
        values = [c.value for c in question.choices.choices]
        # A Party that reports usually has something in place: the first options are likelier.
        return chance.choices(values, weights=[len(values) - i + 1 for i in range(len(values))])[0]
    if question.type is QuestionType.SELECT_MULTIPLE and question.choices is not None:
        values = [c.value for c in question.choices.choices
                  if not any(c.value.endswith(word) for word in _EXCLUSIVE)]
        return sorted(chance.sample(values, k=min(len(values), chance.randint(1, 3))), key=values.index)
    if question.type is QuestionType.TEXT:
        return f"Arcadia: further information on question {question.number} (row {chance.randint(1, 99)})."
    if question.type is QuestionType.INTEGER:
        return chance.randint(0, 12)
    return None


def sheet_rows(form: Questionnaire, answers: Mapping[str, Any],
               wording: Callable[[Question, str], str]) -> list[list[str]]:
    """A Party's workbook: a heading row, then one row per answer, official number and worded answer.

    ``wording(question, value)`` gives an option's words; several choices are joined with "; ".
    A question without an official number (an unnumbered follow-up) is named by its key.
    """
    rows = [["No.", "Answer"]]
    for qid, value in answers.items():
        question = form.questions[qid]
        if isinstance(value, list):
            text = "; ".join(wording(question, v) for v in value)
        elif question.type in (QuestionType.SELECT_ONE,):
            text = wording(question, value)
        else:
            text = str(value)
        rows.append([question.official_number or question.id, text])
    return rows
