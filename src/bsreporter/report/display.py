"""The one place that turns an answer into display text in a given language (no Qt).

Used by the PDF and XLSX exports and meant for the GUI too, so a number, a date, a
choice or "not applicable" reads the same everywhere. Choice labels come from the
form; the few fixed words (special answers, statuses, "3 rows") are kept here in the
six UN languages (English for a language code it does not know).

Numbers follow the habit of each language's official documents: the decimal mark
and the thousands separator differ, and numbers below 10,000 are not grouped, so
a year such as 2012 never appears as "2,012".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bsreporter.form.model import Choice, ChoiceList, Column, Question, QuestionType, SpecialAnswer
from bsreporter.form.values import InvalidValue, Value, is_multilingual, multilingual_cell
from bsreporter.report.completeness import Status
from bsreporter.report.store import Answer

#: (thousands separator, decimal mark, text between a number and "%") per language.
_NUMBER_STYLE: dict[str, tuple[str, str, str]] = {
    "en": (",", ".", ""),
    "zh": (",", ".", ""),
    "fr": ("\u202f", ",", "\u202f"),
    "es": (".", ",", "\u00a0"),
    "ru": ("\u00a0", ",", "\u00a0"),
    "ar": (",", ".", ""),
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    # Russian dates take the genitive: "30 июня 2012 г."
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    # United Nations Arabic documents give both the Levantine and the Egyptian month name.
    "ar": ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه",
           "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر",
           "كانون الأول/ديسمبر"),
}

_SPECIAL: dict[SpecialAnswer, dict[str, str]] = {
    SpecialAnswer.NOT_APPLICABLE: {
        "en": "Not applicable", "zh": "不适用", "fr": "Sans objet", "es": "No se aplica", "ru": "Не применимо",
        "ar": "لا ينطبق",
    },
    SpecialAnswer.NOT_AVAILABLE: {
        "en": "Information not available", "zh": "无可用信息", "fr": "Information non disponible",
        "es": "Información no disponible", "ru": "Информация отсутствует", "ar": "المعلومات غير متاحة",
    },
}

_STATUS: dict[Status, dict[str, str]] = {
    Status.ANSWERED: {"en": "Answered", "zh": "已回答", "fr": "Réponse donnée", "es": "Respondida", "ru": "Есть ответ",
                      "ar": "تمت الإجابة"},
    Status.MISSING: {"en": "Not answered", "zh": "未回答", "fr": "Sans réponse", "es": "Sin respuesta",
                     "ru": "Нет ответа", "ar": "لم تتم الإجابة"},
    Status.INVALID: {"en": "Not valid", "zh": "无效", "fr": "Non valide", "es": "No válida", "ru": "Недопустимый ответ",
                     "ar": "غير صالحة"},
    Status.NOT_RELEVANT: {
        "en": "Not asked (follows from other answers)", "zh": "无需回答（取决于其他答复）",
        "fr": "Sans objet compte tenu des autres réponses", "es": "No procede (según otras respuestas)",
        "ru": "Не задается (с учетом других ответов)", "ar": "غير مطروح (بناء على إجابات أخرى)",
    },
    Status.NEEDS_REVIEW: {
        "en": "Carried over, to be reviewed", "zh": "沿用上期答复，待审核", "fr": "Reprise, à vérifier",
        "es": "Trasladada, por revisar", "ru": "Перенесено, требует проверки", "ar": "منقولة، تنتظر المراجعة",
    },
    Status.NOT_APPLICABLE: _SPECIAL[SpecialAnswer.NOT_APPLICABLE],
    Status.NOT_AVAILABLE: _SPECIAL[SpecialAnswer.NOT_AVAILABLE],
}

#: "1 row", "3 rows" per language and plural category (see :func:`_plural`).
_ROWS: dict[str, dict[str, str]] = {
    "en": {"one": "{n} row", "other": "{n} rows"},
    "zh": {"other": "{n} 行"},
    "fr": {"one": "{n} ligne", "other": "{n} lignes"},
    "es": {"one": "{n} fila", "other": "{n} filas"},
    "ru": {"one": "{n} строка", "few": "{n} строки", "many": "{n} строк", "other": "{n} строки"},
    "ar": {"zero": "لا توجد صفوف", "one": "صف واحد", "two": "صفان", "few": "{n} صفوف", "many": "{n} صفًا",
           "other": "{n} صف"},
}

#: A stored answer that does not fit its question, shown as it is stored.
_INVALID_VALUE: dict[str, str] = {
    "en": "Not valid: {raw}", "zh": "无效：{raw}", "fr": "Non valide : {raw}", "es": "No válida: {raw}",
    "ru": "Недопустимый ответ: {raw}", "ar": "غير صالحة: {raw}",
}

#: The six UN languages by their own names: how the texts of a multilingual answer are headed.
_LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "zh": "中文", "fr": "Français", "es": "Español", "ru": "Русский", "ar": "العربية",
}

#: Separator between the labels of a multiple-choice answer written on one line.
_LIST_SEPARATOR: dict[str, str] = {"zh": "；", "ar": "؛ "}


def _pick(table: dict[str, str], language: str) -> str:
    return table.get(language) or table["en"]


def format_integer(value: int, language: str) -> str:
    """A whole number as written in ``language`` (``12 345``, ``12,345``; ``2012`` stays ``2012``)."""
    group, _, _ = _NUMBER_STYLE.get(language, _NUMBER_STYLE["en"])
    return _group(str(abs(int(value))), group, negative=int(value) < 0)


def format_decimal(value: float, language: str, *, percent: bool = False) -> str:
    """A number as written in ``language``, without float noise (``0.1`` not ``0.1000000000000000055``)."""
    group, mark, percent_space = _NUMBER_STYLE.get(language, _NUMBER_STYLE["en"])
    # repr() is the shortest text that reads back as the same float; Decimal avoids "1e-07".
    text = format(Decimal(repr(float(value))), "f")
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    fraction = fraction.rstrip("0")
    result = _group(whole, group, negative=negative) + (mark + fraction if fraction else "")
    return result + percent_space + "%" if percent else result


def _group(digits: str, separator: str, *, negative: bool) -> str:
    if len(digits) > 4:
        head = len(digits) % 3 or 3
        digits = digits[:head] + "".join(separator + digits[i:i + 3] for i in range(head, len(digits), 3))
    return ("-" if negative else "") + digits


def format_date(value: dt.date, language: str) -> str:
    """A date as written in running text of ``language`` (``30 June 2012``, ``2012年6月30日``)."""
    if language == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    months = _MONTHS.get(language, _MONTHS["en"])
    month = months[value.month - 1]
    match language:
        case "fr":
            return f"{'1er' if value.day == 1 else value.day} {month} {value.year}"
        case "es":
            return f"{value.day} de {month} de {value.year}"
        case "ru":
            return f"{value.day} {month} {value.year} г."
    return f"{value.day} {month} {value.year}"


def choice_label(choices: ChoiceList | None, value: str, language: str) -> str:
    """The label of a stored choice value; the value itself when the list no longer has it."""
    choice: Choice | None = choices.find(value) if choices is not None else None
    return choice.label.get(language) if choice is not None else value


def list_separator(language: str) -> str:
    """What separates the labels of a multiple-choice answer written on one line."""
    return _LIST_SEPARATOR.get(language, "; ")


def language_name(code: str) -> str:
    """A UN language by its own name ("Français"), the code for any other."""
    return _LANGUAGE_NAMES.get(code, code)


def multilingual_texts(value: dict[str, str], language: str) -> list[tuple[str, str]]:
    """The (language, text) pairs of a multilingual answer: ``language``'s first, then in UN order."""
    return sorted(value.items(), key=lambda pair: pair[0] != language)


def special_answer_text(special: SpecialAnswer, language: str) -> str:
    """"Not applicable" / "Information not available" in ``language``."""
    return _pick(_SPECIAL[special], language)


def special_answer_texts(special: SpecialAnswer) -> dict[str, str]:
    """Every language's text for a special answer (an import recognises any of them)."""
    return dict(_SPECIAL[special])


def status_text(status: Status, language: str) -> str:
    """A short description of a question's status for people."""
    return _pick(_STATUS[status], language)


def rows_text(count: int, language: str) -> str:
    """"1 row", "3 rows" in ``language`` (with the plural forms Russian and Arabic need)."""
    forms = _ROWS.get(language, _ROWS["en"])
    text = forms.get(_plural(count, language)) or forms["other"]
    return text.format(n=format_integer(count, language))


def _plural(count: int, language: str) -> str:
    """The CLDR plural category of a whole number in ``language`` (one, two, few, many, zero, other)."""
    n = abs(count)
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    if language == "ar":
        if n <= 2:
            return ("zero", "one", "two")[n]
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    if language == "fr":
        return "one" if n <= 1 else "other"
    return "one" if n == 1 else "other"


def value_text(item: Question | Column, value: Value, language: str) -> str:
    """One value of a question or table column as display text ("" when blank)."""
    if value is None:
        return ""
    if isinstance(value, InvalidValue):
        return invalid_value_text(value, language)
    match item.type:
        case QuestionType.INTEGER:
            return format_integer(value, language)
        case QuestionType.DECIMAL:
            return format_decimal(value, language, percent=getattr(item, "appearance", None) == "percent")
        case QuestionType.DATE:
            return format_date(value, language) if isinstance(value, dt.date) else str(value)
        case QuestionType.SELECT_ONE:
            return choice_label(item.choices, str(value), language)
        case QuestionType.SELECT_MULTIPLE:
            return list_separator(language).join(choice_label(item.choices, v, language) for v in value)
        case QuestionType.TABLE:
            return rows_text(len(value), language)
    if is_multilingual(item) and isinstance(value, dict):
        # Every language, each tagged, as in a workbook cell: one in ``language`` alone is shown untagged.
        return multilingual_cell(dict(multilingual_texts(value, language)), language)
    return str(value)


def invalid_value_text(value: InvalidValue, language: str) -> str:
    """A stored answer that does not fit its question: its stored text, marked not valid."""
    return _pick(_INVALID_VALUE, language).format(raw=value.raw)


def answer_text(question: Question, answer: Answer | None, language: str) -> str:
    """A stored answer as display text: its value, or the special answer's words ("" when blank)."""
    if answer is None:
        return ""
    if answer.special is not None:
        return special_answer_text(answer.special, language)
    return value_text(question, answer.value, language)
