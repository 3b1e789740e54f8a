"""Moving around a report: neighbouring sections, the next question still to do, finding questions.

Qt-free so that the desktop application and any other face of the core agree on
what "next unanswered" and "find" mean.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace

from bsreporter.form.model import Note, Objective, Question, Questionnaire, Section
from bsreporter.report.completeness import Completeness

#: How the id of an objective's page in the Strategic Plan view begins (a form's own group ids never do).
PLAN_PREFIX = "plan:"

_NUMBER = re.compile(r"^(?:[gG]|\d{1,2})(?:\.\d+)*\.?$")


def adjacent_section(form: Questionnaire, section_id: str, step: int) -> Section | None:
    """The section ``step`` places after (negative: before) ``section_id``, or None past either end."""
    ids = [s.id for s in form.sections]
    index = ids.index(section_id) + step
    return form.sections[index] if 0 <= index < len(ids) else None


def next_unanswered(
    form: Questionnaire, completeness: Completeness, *, after: str | None = None, section_id: str | None = None
) -> Question | None:
    """The next question that still keeps the report from being complete, in report order.

    "Still to do" means what the completeness check calls blocking: a required relevant
    question without an answer, an invalid answer, or a carried-over answer not yet
    confirmed. The search starts just after the question ``after``; without it, at the
    first question of ``section_id`` (or of the report). It wraps around once, so the
    question ``after`` itself is found last. None when nothing is left to do.
    """
    order = list(form.iter_questions())
    if not order:
        return None
    if after is not None:
        start = [q.id for q in order].index(after) + 1
    elif section_id is not None:
        start = _first_index_at_or_after(form, order, section_id)
    else:
        start = 0
    for offset in range(len(order)):
        question = order[(start + offset) % len(order)]
        status = completeness.questions.get(question.id)
        if status is not None and status.blocks:
            return question
    return None


def _first_index_at_or_after(form: Questionnaire, order: list[Question], section_id: str) -> int:
    """Index in ``order`` of the first question of ``section_id`` or, if it has none, of a later section."""
    position = {s.id: i for i, s in enumerate(form.sections)}
    wanted = position[section_id]
    for index, question in enumerate(order):
        if position[question.section_id] >= wanted:
            return index
    return 0


def _fold(text: str) -> str:
    """Text made comparable for searching: case-folded, accents removed, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def question_matches(question: Question, query: str, languages: Iterable[str]) -> bool:
    """True when ``query`` is the start of the question's number, or occurs in its id, label or hint.

    A query that looks like a number (``1.1``, ``1.1.3``, ``G.4``) matches by number
    only, so "1.1" finds the questions of objective 1.1 and not every label holding "1.1".
    Several words must all occur (in any order).
    """
    text = query.strip()
    if not text:
        return True
    if _NUMBER.match(text):
        wanted = text.rstrip(".").casefold()
        number = question.number.casefold()
        return number == wanted or number.startswith(wanted + ".")
    haystack = _fold(
        " ".join(
            [
                question.id.replace("_", " "),
                question.number,
                *(question.label.get(lang) for lang in languages),
                *(question.hint.get(lang) for lang in languages if question.hint),
            ]
        )
    )
    return all(word in haystack for word in _fold(text).split())


def find_questions(form: Questionnaire, query: str, language: str) -> tuple[Question, ...]:
    """The questions matching ``query`` in report order, searching ``language`` and English text."""
    languages = dict.fromkeys([language, "en"])  # ordered, without a duplicate
    if not query.strip():
        return ()
    return tuple(q for q in form.iter_questions() if question_matches(q, query, languages))


def plan_page_id(objective: Objective) -> str:
    """The id of the page of ``objective`` in the Strategic Plan view."""
    return PLAN_PREFIX + objective.id


def _pruned(items: Sequence[Question | Section | Note], shown: set[str]) -> tuple[Question | Section, ...]:
    """``items`` with only the questions in ``shown``, and the groups still holding one (legends left out)."""
    kept: list[Question | Section] = []
    for item in items:
        if isinstance(item, Section):
            inner = _pruned(item.items, shown)
            if inner:
                kept.append(replace(item, items=inner, questions=tuple(q for q in item.questions if q.id in shown)))
        elif isinstance(item, Question) and item.id in shown:
            kept.append(item)
    return tuple(kept)


def plan_page(form: Questionnaire, objective: Objective) -> Section:
    """The page of an operational objective: the questions that inform it, in report order.

    A question comes with its unnumbered follow-ups ("(19)") and the detail boxes of its
    choices, which are asked only through it. Each question stays under the lead-in of the
    section and of the group it belongs to, since a sub-question ("32b") reads only after
    its lead-in; the objective's own page of a form (the self-assessment's) needs none.
    """
    informing = {q.id for q in form.informing[objective.id]}
    items: list[Question | Section] = []
    questions: list[Question] = []
    for page in form.sections:
        shown: set[str] = set()
        for question in page.questions:
            if question.id in informing or question.follows in shown or (
                    question.detail_of and question.detail_of[0] in shown):
                shown.add(question.id)
        if not shown:
            continue
        kept = _pruned(page.items or page.questions, shown)
        questions += [q for q in page.questions if q.id in shown]
        if page.id == objective.id:
            items += kept
        else:
            items.append(replace(page, items=kept, questions=tuple(q for q in page.questions if q.id in shown)))
    return Section(
        id=plan_page_id(objective),
        number=objective.number,
        title=objective.title,
        questions=tuple(questions),
        description=objective.description,
        outcomes=objective.outcomes,
        indicators=objective.indicators,
        items=tuple(items),
    )
