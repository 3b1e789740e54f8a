"""Typed answer values: turning what a person typed (or a file held) into a checked value.

Python representation of a value, by question type:
text/url/email/select_one -> str; integer -> int; decimal -> float; date -> datetime.date;
select_multiple -> list[str] in choice order; table -> list[dict[column, value]];
multilingual text (``appearance: multilingual``) -> dict[language, str] in UN order, blank texts left out.
``None`` is "no answer". The same module encodes values to and from JSON for storage.

A stored answer that no longer fits its question (a file edited by another tool, a
form whose options changed) is read as an :class:`InvalidValue`: present but invalid,
its stored text kept exactly, so the report still opens and the person can correct it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from urllib.parse import urlsplit

from bsreporter.errors import AnswerError
from bsreporter.form.model import UN_LANGUAGES, Column, Question, QuestionType, Text
from bsreporter.messages import Where
from bsreporter.patterns import lazy_pattern
from bsreporter.record import field, record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from bsreporter.form.expression import Node

    Value = Any  # str | int | float | dt.date | list[str] | list[dict[str, Any]] | dict[str, str] | InvalidValue | None
else:
    Value = object  # at run time: what any answer is (Any for the type checker)

#: The appearance of a text question answered in one or more of the UN languages.
MULTILINGUAL = "multilingual"

#: Excel holds at most this many characters in a cell; longer text could not round-trip.
MAX_TEXT_LENGTH = 32_767
MAX_TABLE_ROWS = 1_000
_CONTROL = lazy_pattern(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = lazy_pattern(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: Characters that group digits and can never be a decimal separator: spaces (plain, no-break, thin,
#: narrow no-break) and apostrophes (Swiss style).
# The same digits as written in Arabic, Persian and by East Asian input methods (full width), and
# the Arabic decimal and thousands marks: read as 0-9 and their Latin marks, never refused.
_DIGITS_OF_OTHER_SCRIPTS = str.maketrans({
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Eastern Arabic-Indic (Persian, Urdu)
    **{chr(0xFF10 + d): str(d) for d in range(10)},  # full width
    "\u066b": ".", "\u066c": "\u202f", "\uff0c": ",", "\uff0e": ".", "\uff05": "%", "\u066a": "%",
    "\uff0b": "+", "\uff0d": "-",
})
_HARD_GROUPS = {" ": " ", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "'": "'", "\u2019": "'"}
_NUMBER_CHARS = lazy_pattern(r"^[0-9.,' \u00a0\u2009\u202f\u2019]+$")
_EXPONENT = lazy_pattern(r"^[+-]?[0-9.,]*[0-9][eE][+-]?[0-9]+$")
_GROUPED = lazy_pattern(r"^[1-9][0-9]{0,2}(?:G[0-9]{3})+$")
#: A float keeps every decimal number of at most this many significant digits exactly.
MAX_SIGNIFICANT_DIGITS = 15
_FIRST_DATE = dt.date(1900, 1, 1)
_LAST_DATE = dt.date(2100, 12, 31)
#: Whole numbers have at most 18 digits (what a spreadsheet and the editors hold exactly).
_INTEGER_LIMIT = 10**18


@record
class InvalidValue:
    """A stored answer that does not fit its question: kept as stored, shown as invalid, never rewritten.

    ``raw`` is the stored text exactly; ``problem`` says why it does not fit. Two invalid
    values are the same when their stored text is.
    """

    raw: str
    problem: AnswerError = field(compare=False)

    def reason(self, language: str) -> str:
        """Why the stored answer is not valid, in ``language``."""
        return self.problem.text(language)

    def __str__(self) -> str:
        return self.raw


def coerce_value(question: Question, raw: Any, *, language: str = "en", known_rows: CheckedRows | None = None,
                 ) -> Value:
    """The checked value for ``raw``, or None when blank; raise AnswerError if it does not fit.

    ``language`` is the report's language: plain text given to a multilingual question is the
    answer in that language (every other type ignores it). ``known_rows``: the rows of this
    table question checked before; a row met there again is not checked again (same result).
    """
    if isinstance(raw, InvalidValue):  # e.g. a colleague's copy holding an unreadable answer
        raise AnswerError.of("stored_invalid", where=Where(question.number), reason=raw.problem)
    if question.type is QuestionType.TABLE:
        return _coerce_table(question, raw, known_rows)
    if is_multilingual(question):
        return _multilingual(raw, language, Where(question.number))
    return _coerce_scalar(question, question.type, raw, Where(question.number))


def _coerce_scalar(item: Question | Column, qtype: QuestionType, raw: Any, where: Where) -> Value:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise AnswerError.of("bool_answer", where=where, kind=qtype.value)
    if isinstance(raw, str):
        _refuse_unstorable(raw, where)
    match qtype:
        case QuestionType.TEXT:
            return _text(raw, where)
        case QuestionType.INTEGER:
            return _integer(raw, where)
        case QuestionType.DECIMAL:
            return _decimal(raw, where, percent=getattr(item, "appearance", None) == "percent")
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


def is_multilingual(item: Question | Column) -> bool:
    """True for a text question answered in one or more of the UN languages (a mapping language -> text)."""
    return item.type is QuestionType.TEXT and getattr(item, "appearance", None) == MULTILINGUAL


def _multilingual(raw: Any, language: str, where: Where) -> dict[str, str] | None:
    """A mapping language -> text in UN order, blank texts left out; None when every text is blank.

    Plain text is the answer in ``language``; a mapping (or its JSON text) names its languages.
    """
    if raw is None:
        return None
    if isinstance(raw, str):
        _refuse_unstorable(raw, where)
        text = raw.strip()
        mapping = _json_object(text) if text.startswith("{") and text.endswith("}") else None
        raw = mapping if mapping is not None else {language: raw}
    if not isinstance(raw, dict):
        raise AnswerError.of("expects_text", where=where)
    unknown = [code for code in raw if code not in UN_LANGUAGES]
    if unknown:
        raise AnswerError.of("not_un_language", where=where, codes=", ".join(map(repr, map(str, unknown))),
                             languages=", ".join(UN_LANGUAGES))
    texts: dict[str, str] = {}
    for code in UN_LANGUAGES:
        value = raw.get(code)
        if value is None:
            continue
        if isinstance(value, str):
            _refuse_unstorable(value, where)
        value = _text(value, where)
        if value.strip():
            texts[code] = value
    # Every language goes in one spreadsheet cell, tags included, so together they must fit one.
    cell = multilingual_cell(texts, "")
    if len(cell) > MAX_TEXT_LENGTH:
        raise AnswerError.of("text_too_long", where=where, length=f"{len(cell):,}", limit=f"{MAX_TEXT_LENGTH:,}")
    return texts or None


def _json_object(text: str) -> dict[str, Any] | None:
    """The JSON object ``text`` holds, or None when it is plain text that happens to be in braces."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


#: A language tag opening a line of a multilingual cell: "[fr] ...".
_TAG = lazy_pattern(r"^\[(" + "|".join(UN_LANGUAGES) + r")\](?: |$)")
#: A line of text that would read as a tag, or as such a line escaped: written with one more "[".
_TAG_LIKE = lazy_pattern(r"^\[+(?:" + "|".join(UN_LANGUAGES) + r")\]")
_ESCAPED = lazy_pattern(r"^\[\[+(?:" + "|".join(UN_LANGUAGES) + r")\]")


def multilingual_cell(texts: dict[str, str], language: str) -> str:
    """The texts of a multilingual answer as one cell: each language on its own lines after its tag.

    ``"[en] Text\n[fr] Texte"``; an answer only in ``language`` is written without a tag. A line of
    the text that would read as a tag gets one more "[" (taken off again by
    :func:`parse_multilingual_cell`), so the cell always reads back as the same texts.
    """
    def escaped(text: str) -> str:
        return "\n".join("[" + line if _TAG_LIKE.match(line) else line for line in text.split("\n"))

    if list(texts) == [language] and not any(_TAG_LIKE.match(line) for line in texts[language].split("\n")):
        return texts[language]
    return "\n".join(f"[{code}] {escaped(text)}" for code, text in texts.items())


def parse_multilingual_cell(cell: str, language: str) -> dict[str, str]:
    """The texts by language of a cell written by :func:`multilingual_cell` (or typed the same way).

    A cell without tags is all in ``language``; lines before the first tag too. A language
    given twice keeps both texts, one after the other.
    """
    lines = cell.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not any(_TAG.match(line) for line in lines):
        return {language: cell}
    parts: dict[str, list[str]] = {}
    current = language
    for line in lines:
        tag = _TAG.match(line)
        if tag:
            current = tag[1]
            line = line[tag.end():]
        if _ESCAPED.match(line):
            line = line[1:]
        parts.setdefault(current, []).append(line)
    return {code: "\n".join(text) for code, text in parts.items() if "\n".join(text).strip()}


def _refuse_unstorable(text: str, where: Where) -> None:
    """Refuse text SQLite cannot hold as UTF-8: lone surrogates (from a mis-decoded file name or argument)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise AnswerError.of("unstorable_chars", where=where) from None


def _load_json(text: str, where: Where, key: str) -> Any:
    """Parse JSON typed by a person; a mistake or absurd nesting is refused with message ``key``/``too_deep``."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise AnswerError.of(key, where=where, value=_short(text)) from None
    except RecursionError:
        raise AnswerError.of("too_deep", where=where) from None


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
        value = raw
    elif isinstance(raw, float) and raw.is_integer():
        value = int(raw)  # spreadsheets store whole numbers as floats
    else:
        value = int(parse_number(str(raw), whole=True, where=where))
    if abs(value) >= _INTEGER_LIMIT:
        raise AnswerError.of("number_too_large", where=where)
    return value


def _decimal(raw: Any, where: Where, *, percent: bool = False) -> float:
    value = (float(raw) if isinstance(raw, int | float)
             else float(parse_number(str(raw), whole=False, where=where, percent=percent)))
    if not math.isfinite(value):
        raise AnswerError.of("not_finite", where=where)
    return value + 0.0  # -0 is 0: "-0.0" would be printed and exported as typed


def _plain_decimal(before: str, after: str) -> str:
    """``before.after`` written so that it cannot be misread: "250,000" -> "250", "3.141" -> "3.1410"."""
    fraction = after.rstrip("0")
    if not fraction:
        return before
    return f"{before}.{fraction}" + ("0" if len(fraction) == 3 else "")


def may_become_number(typed: str, *, percent: bool = False) -> bool:
    """True when ``typed`` holds only what a number read by ``parse_number`` can hold.

    Digits of any script, a sign in front, decimal and group marks (and a closing '%' for a
    percentage): a field can refuse a letter as it is typed, and leave every other check
    (and its reason) to ``parse_number``.
    """
    text = typed.strip().translate(_DIGITS_OF_OTHER_SCRIPTS)
    if percent and text.endswith("%"):
        text = text[:-1].rstrip()
    if text[:1] in ("+", "-", "\u2212"):
        text = text[1:]
    return not text or bool(_NUMBER_CHARS.match(text))


def _literal(node: Node) -> int | float | None:
    """The number a constraint compares with (``2100``, ``-5``), if the node is one."""
    from bsreporter.form.expression import Negate, Number
    if isinstance(node, Number):
        return node.value
    if isinstance(node, Negate) and isinstance(node.operand, Number):
        return -node.operand.value
    return None


def number_bounds(column: Column) -> tuple[int | float | None, int | float | None]:
    """The lowest and highest value a number column's rule lets through (None: no such bound).

    Read from comparisons of the cell with a number joined by ``and`` (``. >= 1950 and . <= 2100``);
    any other rule gives no bound here and is checked by the core when the cell is stored.
    """
    from bsreporter.form.expression import Binary, Current
    low: int | float | None = None
    high: int | float | None = None
    flipped = {">=": "<=", ">": "<", "<=": ">=", "<": ">"}
    pending = [column.constraint.tree] if column.constraint is not None else []
    while pending:
        node = pending.pop()
        if not isinstance(node, Binary):
            continue
        if node.op == "and":
            pending += [node.left, node.right]
            continue
        op, bound = node.op, _literal(node.right)
        if not isinstance(node.left, Current):
            op, bound = flipped.get(op, ""), _literal(node.left) if isinstance(node.right, Current) else None
        if bound is None:
            continue
        if op in (">=", ">"):
            low = bound if low is None else max(low, bound)
        elif op in ("<=", "<"):
            high = bound if high is None else min(high, bound)
    return low, high


def cell_may_take(column: Column, typed: str,
                  bounds: tuple[int | float | None, int | float | None] | None = None) -> bool:
    """Whether a number cell of ``column`` may hold ``typed`` as it is being typed.

    Refused: what can never become a number (a letter), a minus sign where the column's rule lets
    nothing below zero through, or more digits than the column's highest whole number has.
    Everything else is let through, and ``parse_number`` and the column's rule say why an entry
    is refused when the cell is stored. ``bounds``: :func:`number_bounds` of the column, when
    the caller keeps it.
    """
    if not may_become_number(typed):
        return False
    low, high = number_bounds(column) if bounds is None else bounds
    if low is not None and low >= 0 and any(c in "-\u2212\uff0d" for c in typed):
        return False
    if column.type is QuestionType.INTEGER and high is not None and high > 0:
        digits = sum(1 for c in typed if c.isdecimal())
        if digits > len(str(int(high))):
            return False
    return True


def parse_number(typed: str, *, whole: bool, where: Where | None = None, percent: bool = False) -> int | float:
    """The number a person typed, read the one way it can be read; raise AnswerError otherwise.

    This is the only reader of typed numbers (the command line, imported text cells and the
    window's number fields all come here). It takes an optional sign, digits, a decimal
    separator ('.' or ','), and digit groups of three separated by spaces, apostrophes, or ','
    / '.' when the other one (or none) is the decimal separator: "1,500,000", "1 500,5",
    "1.500.000,75". One comma or point followed by exactly three digits ("250,000", "1.500")
    could be a thousands separator or a decimal mark and is refused, as is exponent notation ("1e5");
    a decimal with more significant digits than a float keeps exactly is refused rather than
    rounded. The answer to a percentage question may end with '%' (it is stored as its number);
    anywhere else a '%' is refused rather than dropped. Nothing typed is
    ever dropped: a character that does not fit refuses the whole entry. Arabic-Indic, Persian and
    full-width digits (and the Arabic decimal and thousands marks) are read as the same digits.
    """
    where = where or Where("?")
    not_this = "not_whole" if whole else "not_number"
    text = typed.strip().translate(_DIGITS_OF_OTHER_SCRIPTS)
    if percent and text.endswith("%"):
        text = text[:-1].rstrip()
    sign = ""
    if text[:1] in ("+", "-", "\u2212"):
        sign, text = ("" if text[0] == "+" else "-"), text[1:]
    if _EXPONENT.match(text):
        raise AnswerError.of("number_exponent", where=where, value=_short(typed.strip()))
    if not text or not _NUMBER_CHARS.match(text) or not any(c.isdigit() for c in text):
        raise AnswerError.of(not_this, where=where, value=_short(typed.strip()))
    hard = any(c in _HARD_GROUPS for c in text)
    points, commas = text.count("."), text.count(",")
    decimal_mark: str | None = None
    if points and commas:
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
    elif (points == 1 or commas == 1) and hard:
        decimal_mark = "." if points else ","  # beside space groups a single mark is the decimal mark
    elif points + commas == 1:
        mark = "." if points else ","
        before, after = text.split(mark)
        # "1,500" and "1.500" are a thousand and a half to some, one and a half to others; where only
        # a whole number can be meant (a count, a year), they are the thousand and a half.
        if re.fullmatch(r"[1-9][0-9]{0,2}", before) and re.fullmatch(r"[0-9]{3}", after):
            if whole:
                return int(sign + before + after)
            raise AnswerError.of(
                "ambiguous_number", where=where, value=_short(typed.strip()),
                plain=f"{sign}{before}{after}", point=f"{sign}{_plain_decimal(before, after)}",
            )
        decimal_mark = mark
    whole_part, _, fraction = text.rpartition(decimal_mark) if decimal_mark else (text, "", "")
    marks = {_HARD_GROUPS.get(c, c) for c in whole_part if not c.isdigit()}
    grouped = "".join(c if c.isdigit() else "G" for c in whole_part)
    if (fraction and not fraction.isdigit()) or len(marks) > 1 or (marks and not _GROUPED.match(grouped)):
        raise AnswerError.of("number_groups", where=where, value=_short(typed.strip()))
    digits = "".join(c for c in whole_part if c.isdigit())
    if decimal_mark is not None and not (digits or fraction):
        raise AnswerError.of(not_this, where=where, value=_short(typed.strip()))
    if whole:
        if decimal_mark is not None:
            raise AnswerError.of("not_whole", where=where, value=_short(typed.strip()))
        if len(digits.lstrip("0")) > 18:  # before int(): a very long text is refused, not converted
            raise AnswerError.of("number_too_large", where=where)
        return int(sign + digits)
    from decimal import Decimal  # only for decimal numbers: not every command reads one

    significant = (digits + fraction).lstrip("0").rstrip("0")
    exact = Decimal(f"{sign}{digits or 0}.{fraction or 0}")
    value = float(exact)
    if len(significant) > MAX_SIGNIFICANT_DIGITS or (math.isfinite(value) and Decimal(repr(value)) != exact):
        raise AnswerError.of("too_many_digits", where=where, value=_short(typed.strip()))
    return value


def number_text(value: int | float) -> str:
    """A stored number written out in full as the person would type it: no exponent, no added decimals.

    ``parse_number`` reads it back as the same number (for a decimal of at most 15 significant digits).
    """
    if isinstance(value, int) or not math.isfinite(value):
        return str(value)
    from decimal import Decimal

    text = format(Decimal(repr(value)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


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
            raw = _load_json(text, where, "not_json_list")
        else:
            raw = [part for part in re.split(r"[\s,;]+", text) if part]
    if not isinstance(raw, list | tuple | set | frozenset) or not all(isinstance(v, str) for v in raw):
        raise AnswerError.of("expects_list", where=where)
    for v in raw:
        _refuse_unstorable(v, where)
    unknown = [v for v in raw if item.choices.find(v) is None]
    if unknown:
        raise AnswerError.of("not_options", where=where, values=", ".join(repr(v) for v in unknown), options=", ".join(item.choices.values))
    chosen = set(raw)
    ordered = [v for v in item.choices.values if v in chosen]
    return ordered or None


class CheckedRows:
    """The rows of one table question last checked, by their exact content, with the cells each gave.

    A row's check depends on nothing but the row (its columns' types, options and own rules, which
    may only name the cell itself, and today's date), so a row exactly like one that passed, with
    the same keys and values of the same plain types, gives the same cells without being checked
    again: changing one cell of a 1,000-row table checks one row. Whole-table checks (the number of
    rows, the question's own rule) are made every time. Kept per open report, as long as its last
    table checked.
    """

    __slots__ = ("_day", "_rows")

    def __init__(self) -> None:
        self._rows: dict[str, dict[str, Any]] = {}
        self._day: dt.date | None = None

    def _for(self, day: dt.date) -> dict[str, dict[str, Any]]:
        return self._rows if day == self._day else {}  # a rule may name today: a new day checks again

    def _keep(self, rows: dict[str, dict[str, Any]], day: dt.date) -> None:
        self._rows, self._day = rows, day


#: The types of a cell whose text (``repr``) says exactly what it is, so equal texts are equal cells.
_PLAIN_CELLS = frozenset({str, int, float, type(None), dt.date})


def _row_key(row: Any) -> str | None:
    """The exact content of a row as text, or None when it holds anything but plain cells."""
    if type(row) is not dict:
        return None
    for name, cell in row.items():
        kind = type(cell)
        if type(name) is not str or (kind not in _PLAIN_CELLS
                                     and not (kind is list and all(type(v) is str for v in cell))):
            return None
    return repr(row)


def _copied(cells: dict[str, Any]) -> dict[str, Any]:
    """A row of its own for the caller: the kept one must not change with what is done to it."""
    return {name: list(cell) if type(cell) is list else cell for name, cell in cells.items()}


def _coerce_table(question: Question, raw: Any, known: CheckedRows | None = None) -> list[dict[str, Any]] | None:
    where = Where(question.number)
    if isinstance(raw, str):
        if not raw.strip():
            return None
        raw = _load_json(raw, where, "table_json")
    if raw is None:
        return None
    if not isinstance(raw, list) or not all(isinstance(row, dict) for row in raw):
        raise AnswerError.of("table_rows", where=where)
    if len(raw) > MAX_TABLE_ROWS:
        raise AnswerError.of("table_too_many", where=where, limit=MAX_TABLE_ROWS)
    columns = {c.name: c for c in question.columns}
    today = dt.date.today()
    before = known._for(today) if known is not None else {}
    seen: dict[str, dict[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    for index, row in enumerate(raw, start=1):
        key = _row_key(row) if known is not None else None
        cells = before.get(key) if key is not None else None
        if cells is None:
            cells = _coerce_row(question, columns, row, index)
            if key is not None:
                seen[key] = cells
                # Also as the caller will give it back: its own cells (a date as a date, not text).
                again = _row_key(cells)
                if again is not None:
                    seen[again] = cells
        else:
            seen[key] = cells  # type: ignore[index]
        if any(v is not None for v in cells.values()):
            rows.append(_copied(cells) if known is not None else cells)
    if known is not None:
        known._keep(seen, today)
    return rows or None


def _coerce_row(question: Question, columns: dict[str, Column], row: dict[str, Any], index: int) -> dict[str, Any]:
    """The checked cells of one table row, every column given (None when blank); raise AnswerError."""
    unknown = [k for k in row if k not in columns]
    if unknown:
        raise AnswerError.of("table_no_column", where=Where(question.number, index), names=", ".join(map(repr, unknown)), columns=", ".join(columns))
    # A cell is named by its column's label (in the person's language), never by the column's id.
    cells = {name: _coerce_scalar(col, col.type, row.get(name), Where(question.number, index, col.label or name))
             for name, col in columns.items()}
    for name, column in columns.items():
        _check_cell_rule(column, cells[name], Where(question.number, index, column.label or name))
    return cells


@record
class _RuleMessage:
    """A column's constraint message as a message part, in the person's language."""

    message: Text

    def text(self, language: str) -> str:
        if self.message:
            return self.message.get(language)
        from bsreporter.messages import render

        return render("answer_not_allowed", {}, language)


def _check_cell_rule(column: Column, cell: Any, where: Where) -> None:
    """Refuse a cell that breaks its column's constraint (e.g. a year of 10^20).

    A column constraint may only use the cell itself ('.'), so it is checked with the value,
    wherever the table comes from.
    """
    if cell is None or column.constraint is None:
        return
    if not column.constraint.is_true(lambda _name: None, current=cell, today=dt.date.today()):
        raise AnswerError.of("cell_rule", where=where, message=_RuleMessage(column.constraint_message))


def value_to_json(value: Value) -> str:
    """Encode a checked value for storage (dates as ISO text); an InvalidValue gives back its stored text."""
    if isinstance(value, InvalidValue):
        return value.raw  # put back exactly as it was stored (undo, restore, confirm)
    text = json.dumps(value, ensure_ascii=False, default=_json_default, separators=(",", ":"))
    # Lone surrogates cannot be stored as UTF-8; the checks refuse them, this is the last guard.
    _refuse_unstorable(text, Where("?"))
    return text


def _json_default(obj: Any) -> Any:
    if isinstance(obj, dt.date):
        return obj.isoformat()
    raise TypeError(f"cannot store {type(obj).__name__}")


def value_from_json(question: Question, text: Any, *, language: str = "en", known_rows: CheckedRows | None = None,
                    ) -> Value:
    """Decode a stored value back into its checked Python type (the inverse of value_to_json).

    Never raises: a stored value that is not JSON, or does not fit the question's type or
    options, comes back as an InvalidValue holding the stored text unchanged. ``language`` is
    the report's: plain text stored for a multilingual question (before it was one) is in it.
    """
    if text is None:
        return None
    where = Where(question.number)
    if not isinstance(text, str):  # the column holds a number or bytes: not written by bsreporter
        raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        return InvalidValue(raw, AnswerError.of("stored_unreadable", where=where))
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return InvalidValue(text, AnswerError.of("stored_unreadable", where=where))
    try:
        return coerce_value(question, data, language=language, known_rows=known_rows)
    except AnswerError as exc:
        return InvalidValue(text, exc)
    except RecursionError:  # absurdly nested, yet within the JSON parser's limit
        return InvalidValue(text, AnswerError.of("stored_unreadable", where=where))


def value_to_plain(value: Value) -> Any:
    """A JSON-friendly form of a value (dates as ISO text) for the CLI and other tools.

    An InvalidValue gives its stored text as a string (it may not be JSON at all).
    """
    if isinstance(value, InvalidValue):
        return value.raw
    return json.loads(value_to_json(value)) if value is not None else None
