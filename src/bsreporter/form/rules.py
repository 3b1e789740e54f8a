"""Relevance and constraint rules of a questionnaire, evaluated over one set of answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bsreporter.form.model import Question, Questionnaire, QuestionType
from bsreporter.form.values import InvalidValue, Value


class RuleEvaluation:
    """Which questions are relevant and which answers break a constraint, for given values.

    Values of questions that are not relevant count as empty in every expression
    (XLSForm semantics), so a follow-up of a hidden follow-up is hidden too.
    """

    def __init__(self, form: Questionnaire, values: Mapping[str, Value], today: dt.date | None = None) -> None:
        self._form = form
        self._values = values
        self._today = today or dt.date.today()
        self._relevant: dict[str, bool] = {}

    def is_relevant(self, question_id: str) -> bool:
        """True when the question is asked, given the other answers."""
        cached = self._relevant.get(question_id)
        if cached is not None:
            return cached
        question = self._form.questions[question_id]
        # The loader refused relevance cycles, so this recursion ends.
        result = question.relevant is None or question.relevant.is_true(self.lookup, today=self._today)
        self._relevant[question_id] = result
        return result

    def lookup(self, question_id: str) -> Value:
        """The value an expression sees for ``${question_id}``."""
        if question_id not in self._form.questions or not self.is_relevant(question_id):
            return None
        value = self._values.get(question_id)
        # A stored answer that does not fit its question counts as unanswered in every rule.
        return None if isinstance(value, InvalidValue) else value

    def constraint_holds(self, question: Question, value: Value) -> bool:
        """True when ``value`` satisfies the question's constraint (blank answers always do)."""
        if value is None or question.constraint is None or isinstance(value, InvalidValue):
            return True
        return question.constraint.is_true(self.lookup, current=value, today=self._today)

    def broken_cells(self, question: Question, value: Value) -> list[tuple[int, str, str]]:
        """Table cells that are missing or break their column constraint: (row, column, reason)."""
        if question.type is not QuestionType.TABLE or not isinstance(value, list):
            return []
        problems: list[tuple[int, str, str]] = []
        for index, row in enumerate(value, start=1):
            for column in question.columns:
                cell = row.get(column.name)
                if cell is None:
                    if column.required:
                        problems.append((index, column.name, "missing"))
                elif column.constraint is not None and not column.constraint.is_true(
                    self.lookup, current=cell, today=self._today
                ):
                    problems.append((index, column.name, "invalid"))
        return problems
