"""Moving around a report: neighbouring sections, the next question still to do, finding questions.

Qt-free so that the desktop application and any other face of the core agree on
what "next unanswered" and "find" mean.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bsreporter.form.model import Question, Questionnaire, Section
from bsreporter.report.completeness import Completeness

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
