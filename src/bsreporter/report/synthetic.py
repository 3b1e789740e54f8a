"""Synthetic national reports: plausible, valid, reproducible answers for tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from bsreporter.errors import AnswerError
from bsreporter.form.model import Column, Question, Questionnaire, QuestionType
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import coerce_value
from bsreporter.report.store import Report, Source


def _cell(rng: random.Random, column: Column) -> Any:
    match column.type:
        case QuestionType.INTEGER:
            return rng.randint(1995, 2020)
        case QuestionType.DECIMAL:
            return round(rng.uniform(0, 100), 1)
        case QuestionType.DATE:
            return dt.date(rng.randint(2005, 2019), rng.randint(1, 12), rng.randint(1, 28))
        case QuestionType.URL:
            return f"https://example.org/{rng.randint(1, 999)}"
        case QuestionType.SELECT_ONE | QuestionType.SELECT_MULTIPLE:
            assert column.choices is not None
            choice = rng.choice(column.choices.values)
            return choice if column.type is QuestionType.SELECT_ONE else [choice]
        case _:
            return f"Entry {rng.randint(1, 99)}"


def _value(rng: random.Random, question: Question) -> Any:
    match question.type:
        case QuestionType.TEXT:
            return "+41 22 917 8800" if question.id == "nfp_phone" else f"Synthetic answer {rng.randint(1, 9999)}"
        case QuestionType.INTEGER:
            return rng.randint(1, 40)
        case QuestionType.DECIMAL:
            return round(rng.uniform(0, 100), 1)
        case QuestionType.DATE:
            return dt.date(2012, 1, 1) if question.id == "period_start" else dt.date(rng.randint(2013, 2019), 6, 30)
        case QuestionType.URL:
            return f"https://biosafety.example/{rng.randint(1, 999)}"
        case QuestionType.EMAIL:
            return "nfp@example.org"
        case QuestionType.SELECT_ONE:
            assert question.choices is not None
            return rng.choice(question.choices.values)
        case QuestionType.SELECT_MULTIPLE:
            assert question.choices is not None
            options = [v for v in question.choices.values if v != "none"]
            return rng.sample(options, rng.randint(1, min(3, len(options))))
        case QuestionType.TABLE:
            return [{c.name: _cell(rng, c) for c in question.columns} for _ in range(rng.randint(1, 3))]
    return None


def synthetic_answers(form: Questionnaire, seed: int, answered_share: float = 0.9) -> dict[str, Any]:
    """Valid answers for about ``answered_share`` of the relevant questions, the same for the same seed."""
    rng = random.Random(seed)
    answers: dict[str, Any] = {}
    for question in form.iter_questions():
        rules = RuleEvaluation(form, answers)
        if not rules.is_relevant(question.id) or rng.random() > answered_share:
            continue
        for _ in range(8):  # draw again when a value breaks the question's rule (e.g. a date order)
            try:
                value = coerce_value(question, _value(rng, question))
            except AnswerError:
                continue
            if rules.constraint_holds(question, value) and not rules.broken_cells(question, value):
                answers[question.id] = value
                break
    return answers


def make_synthetic_reports(folder: Path, count: int, form: Questionnaire, *, seed: int = 1) -> list[Path]:
    """Create ``count`` report files for fictional Parties in ``folder``."""
    paths = []
    for index in range(count):
        path = Path(folder) / f"party-{index + 1:03d}.bsr"
        with Report.create(path, party=f"Party {index + 1:03d}", form=form, author="synthetic") as report:
            answers = synthetic_answers(form, seed * 100_003 + index)
            answers.pop("party", None)
            report.set_answers(answers, source=Source.IMPORTED, source_detail="synthetic")
        paths.append(path)
    return paths
