"""The content fingerprint of a report: SHA-256 of its answers in one canonical form.

It is printed in the PDF footer and written to the XLSX About sheet, so a signed
paper copy can be matched to its electronic twin. It depends only on what was
answered, so it is the same after opening, exporting, importing back or copying
the file, and it changes when any answer changes.

Canonical form (version 1), hashed as UTF-8 bytes:

- A JSON object ``{"fingerprint": 1, "form": FORM_ID, "answers": ANSWERS}`` written
  with sorted keys, no insignificant whitespace (separators ``,`` and ``:``) and
  non-ASCII characters as themselves (not ``\\u`` escapes).
- ANSWERS maps each question id of the form that has a stored value or special
  answer to either ``{"value": VALUE}`` or ``{"special": "not_applicable" |
  "not_available"}``. Blank answers and answers to ids the form does not have are
  left out; whether an answer still needs review is not content and is left out.
- VALUE by question type: text, url, e-mail and single choice: the string exactly
  as stored; integer: a JSON integer; decimal: a JSON number written as Python's
  shortest round-trip ``repr`` of the float (``2.5``, ``1e-07``), so ``3`` and
  ``3.0`` hash alike; date: ``"YYYY-MM-DD"``; multiple choice: the list of chosen
  values in the order of the choice list; table: the list of rows in order, each
  row an object holding only its non-blank cells, cells typed as above.
- The form version is not part of it: the same answers to a revised form with the
  same id give the same fingerprint.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from bsreporter.form.model import Column, Question, Questionnaire, QuestionType
from bsreporter.form.values import InvalidValue, Value
from bsreporter.report.store import Answer

CANONICAL_VERSION = 1


def canonical_answers(form: Questionnaire, answers: Mapping[str, Answer]) -> str:
    """The canonical JSON text of the answers (see the module docstring)."""
    content: dict[str, Any] = {}
    for question in form.iter_questions():
        answer = answers.get(question.id)
        if answer is None:
            continue
        if answer.special is not None:
            content[question.id] = {"special": answer.special.value}
        elif answer.value is not None:
            content[question.id] = {"value": _canonical_value(question, question.type, answer.value)}
    document = {"fingerprint": CANONICAL_VERSION, "form": form.id, "answers": content}
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def answers_fingerprint(form: Questionnaire, answers: Mapping[str, Answer]) -> str:
    """SHA-256 (64 lower-case hex digits) of :func:`canonical_answers`."""
    return hashlib.sha256(canonical_answers(form, answers).encode("utf-8")).hexdigest()


def _canonical_value(item: Question | Column, qtype: QuestionType, value: Value) -> Any:
    if isinstance(value, InvalidValue):  # a stored answer that does not fit: its stored text, as it is
        return {"invalid": value.raw}
    match qtype:
        case QuestionType.INTEGER:
            return int(value)
        case QuestionType.DECIMAL:
            # json.dumps writes floats with repr(), the shortest text that reads back the same.
            return float(value)
        case QuestionType.DATE:
            return value.isoformat() if isinstance(value, dt.date) else str(value)
        case QuestionType.SELECT_MULTIPLE:
            chosen = set(value)
            order = item.choices.values if item.choices is not None else ()
            return [v for v in order if v in chosen] + sorted(chosen - set(order))
        case QuestionType.TABLE:
            assert isinstance(item, Question)
            columns = {c.name: c for c in item.columns}
            rows = []
            for row in value:
                cells = {}
                for name, cell in row.items():
                    if cell is None:
                        continue
                    column = columns.get(name)
                    cells[name] = _canonical_value(column, column.type, cell) if column else cell
                rows.append(cells)
            return rows
    return value
