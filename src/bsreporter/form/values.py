"""Typed answer values: turning what a person typed (or a file held) into a checked value.

Python representation of a value, by question type:
text/url/email/select_one -> str; integer -> int; decimal -> float; date -> datetime.date;
select_multiple -> list[str] in choice order; table -> list[dict[column, value]].
``None`` is "no answer". The same module encodes values to and from JSON for storage.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any
from urllib.parse import urlsplit

from bsreporter.errors import AnswerError
from bsreporter.form.model import Column, Question, QuestionType
from bsreporter.messages import Where

Value = Any  # str | int | float | dt.date | list[str] | list[dict[str, Any]] | None

#: Excel holds at most this many characters in a cell; longer text could not round-trip.
MAX_TEXT_LENGTH = 32_767
MAX_TABLE_ROWS = 1_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_INTEGER = re.compile(r"^[+-]?\d{1,18}$")
_DECIMAL = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_FIRST_DATE = dt.date(1900, 1, 1)
_LAST_DATE = dt.date(2100, 12, 31)


def coerce_value(question: Question, raw: Any) -> Value:
    """The checked value for ``raw``, or None when blank; raise AnswerError if it does not fit."""
    if question.type is QuestionType.TABLE:
        return _coerce_table(question, raw)
    return _coerce_scalar(question, question.type, raw, Where(question.number))


def _coerce_scalar(item: Question | Column, qtype: QuestionType, raw: Any, where: Where) -> Value:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise AnswerError.of("bool_answer", where=where, kind=qtype.value)
    match qtype:
        case QuestionType.TEXT:
            return _text(raw, where)
        case QuestionType.INTEGER:
            return _integer(raw, where)
        case QuestionType.DECIMAL:
            return _decimal(raw, where)
        case QuestionType.DATE:
            return _date(raw, where)
        case QuestionType.URL:
            return _url(raw, where)
        case QuestionType.EMAIL:
            text = _text(raw, where).strip()
            if not _EMAIL.match(text):
                raise AnswerError.of("not_email", where=where, value=_short(text))
            return text
        case QuestionType.SELECT_ONE:
            return _select_one(item, raw, where)
        case QuestionType.SELECT_MULTIPLE:
            return _select_multiple(item, raw, where)
    raise AnswerError.of("cannot_set", where=where, kind=qtype.value)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(raw: Any, where: Where) -> str:
    if not isinstance(raw, str):
        raise AnswerError.of("expects_text", where=where)
    if len(raw) > MAX_TEXT_LENGTH:
        raise AnswerError.of("text_too_long", where=where, length=f"{len(raw):,}", limit=f"{MAX_TEXT_LENGTH:,}")
    if _CONTROL.search(raw):
        raise AnswerError.of("control_chars", where=where)
    # One kind of line break: Windows' CR LF would not survive a spreadsheet (XML keeps LF only).
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def _integer(raw: Any, where: Where) -> int:
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)  # spreadsheets store whole numbers as floats
    text = str(raw).strip().replace(" ", "").replace("\u00a0", "")
    if not _INTEGER.match(text):
        raise AnswerError.of("not_whole", where=where, value=_short(str(raw)))
    return int(text)


def _decimal(raw: Any, where: Where) -> float:
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text = str(raw).strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
        if not _DECIMAL.match(text):
            raise AnswerError.of("not_number", where=where, value=_short(str(raw)))
        value = float(text.replace(",", "."))
    if not math.isfinite(value):
        raise AnswerError.of("not_finite", where=where)
    return value


def _date(raw: Any, where: Where) -> dt.date:
    if isinstance(raw, dt.datetime):
        value = raw.date()
    elif isinstance(raw, dt.date):
        value = raw
    else:
        text = str(raw).strip()
        try:
            if not re.match(r"^\d{4}-\d{2}-\d{2}([T ].*)?$", text):
                raise ValueError(text)
            value = dt.date.fromisoformat(text[:10])
        except ValueError:
            raise AnswerError.of("not_date", where=where, value=_short(text)) from None
    if not _FIRST_DATE <= value <= _LAST_DATE:
        raise AnswerError.of("date_range", where=where, value=value.isoformat())
    return value


def _url(raw: Any, where: Where) -> str:
    text = _text(raw, where).strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or re.search(r"\s", text):
        raise AnswerError.of("not_url", where=where, value=_short(text))
    return text


def _select_one(item: Question | Column, raw: Any, where: Where) -> str:
    assert item.choices is not None
    value = str(raw).strip()
    if item.choices.find(value) is None:
        raise AnswerError.of("not_option", where=where, value=_short(value), options=", ".join(item.choices.values))
    return value


def _select_multiple(item: Question | Column, raw: Any, where: Where) -> list[str] | None:
    assert item.choices is not None
    if isinstance(raw, str):
        text = raw.strip()
        if text.startswith("["):
            try:
                raw = json.loads(text)
            except json.JSONDecodeError:
                raise AnswerError.of("not_json_list", where=where, value=_short(text)) from None
        else:
            raw = [part for part in re.split(r"[\s,;]+", text) if part]
    if not isinstance(raw, list | tuple | set | frozenset) or not all(isinstance(v, str) for v in raw):
        raise AnswerError.of("expects_list", where=where)
    unknown = [v for v in raw if item.choices.find(v) is None]
    if unknown:
        raise AnswerError.of("not_options", where=where, values=", ".join(repr(v) for v in unknown), options=", ".join(item.choices.values))
    chosen = set(raw)
    ordered = [v for v in item.choices.values if v in chosen]
    return ordered or None


def _coerce_table(question: Question, raw: Any) -> list[dict[str, Any]] | None:
    where = Where(question.number)
    if isinstance(raw, str):
        if not raw.strip():
            return None
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError:
            raise AnswerError.of("table_json", where=where) from None
    if raw is None:
        return None
    if not isinstance(raw, list) or not all(isinstance(row, dict) for row in raw):
        raise AnswerError.of("table_rows", where=where)
    if len(raw) > MAX_TABLE_ROWS:
        raise AnswerError.of("table_too_many", where=where, limit=MAX_TABLE_ROWS)
    columns = {c.name: c for c in question.columns}
    rows: list[dict[str, Any]] = []
    for index, row in enumerate(raw, start=1):
        unknown = [k for k in row if k not in columns]
        if unknown:
            raise AnswerError.of("table_no_column", where=Where(question.number, index), names=", ".join(map(repr, unknown)), columns=", ".join(columns))
        cells = {name: _coerce_scalar(col, col.type, row.get(name), Where(question.number, index, name))
                 for name, col in columns.items()}
        if any(v is not None for v in cells.values()):
            rows.append(cells)
    return rows or None


def value_to_json(value: Value) -> str:
    """Encode a checked value for storage (dates as ISO text)."""
    return json.dumps(value, ensure_ascii=False, default=_json_default, separators=(",", ":"))


def _json_default(obj: Any) -> Any:
    if isinstance(obj, dt.date):
        return obj.isoformat()
    raise TypeError(f"cannot store {type(obj).__name__}")


def value_from_json(question: Question, text: str | None) -> Value:
    """Decode a stored value back into its Python type (the inverse of value_to_json)."""
    if text is None:
        return None
    data = json.loads(text)
    if question.type is QuestionType.DATE and isinstance(data, str):
        return dt.date.fromisoformat(data)
    if question.type is QuestionType.TABLE and isinstance(data, list):
        dates = {c.name for c in question.columns if c.type is QuestionType.DATE}
        for row in data:
            for name in dates & row.keys():
                if isinstance(row[name], str):
                    row[name] = dt.date.fromisoformat(row[name])
    return data


def value_to_plain(value: Value) -> Any:
    """A JSON-friendly form of a value (dates as ISO text) for the CLI and other tools."""
    return json.loads(value_to_json(value)) if value is not None else None
