"""The one place that turns an answer into display text in a given language (no Qt).

Used by the PDF and XLSX exports and meant for the GUI too, so a number, a date, a
choice or "not applicable" reads the same everywhere. Choice labels come from the
form; the few fixed words (statuses, "3 rows") are kept here in English, translated in
the one catalogue of the program's words (context ``display`` of the .ts files; the
special answers are the message catalogue's), English for a language code it does not know.

Numbers follow the habit of each language's official documents: the decimal mark
and the thousands separator differ, and numbers below 10,000 are not grouped, so
a year such as 2012 never appears as "2,012".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bsreporter import messages
from bsreporter.form.model import UN_LANGUAGES, Choice, ChoiceList, Column, Question, QuestionType, SpecialAnswer
from bsreporter.form.values import InvalidValue, Value, is_multilingual, multilingual_cell
from bsreporter.messages.catalogue import plural_index, translation
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

#: The fixed words of a displayed answer, in English (the translations: context "display" of
#: resources/translations/*.ts).
_WORDS: dict[str, str] = {
    "status_answered": "Answered",
    "status_missing": "Not answered",
    "status_invalid": "Not valid",
    "status_not_relevant": "Not asked (follows from other answers)",
    "status_needs_review": "Carried over, to be reviewed",
    # A stored answer that does not fit its question, shown as it is stored.
    "invalid_value": "Not valid: {raw}",
}
#: "1 row", "3 rows": a plural message (key "rows"), its English forms for one and for several.
_ROWS = ("{n} row", "{n} rows")

#: The six UN languages by their own names: how the texts of a multilingual answer are headed.
_LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "zh": "中文", "fr": "Français", "es": "Español", "ru": "Русский", "ar": "العربية",
}


def english_words() -> dict[str, str | tuple[str, ...]]:
    """Every fixed word of a displayed answer in English, by key (what the translation files must hold)."""
    return {**_WORDS, "rows": _ROWS}


def _word(key: str, language: str) -> str:
    translated = translation("display", key, language)
    return translated if isinstance(translated, str) else _WORDS[key]


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
    return messages.list_separator(language)


def language_name(code: str) -> str:
    """A UN language by its own name ("Français"), the code for any other."""
    return _LANGUAGE_NAMES.get(code, code)


def multilingual_texts(value: dict[str, str], language: str) -> list[tuple[str, str]]:
    """The (language, text) pairs of a multilingual answer: ``language``'s first, then in UN order."""
    return sorted(value.items(), key=lambda pair: pair[0] != language)


def special_answer_text(special: SpecialAnswer, language: str) -> str:
    """"Not applicable" / "Information not available" in ``language`` (the words of the message catalogue)."""
    return messages.render(f"special_{special.value}", {}, language)


def special_answer_texts(special: SpecialAnswer) -> dict[str, str]:
    """Every language's text for a special answer (an import recognises any of them)."""
    return {language: special_answer_text(special, language) for language in UN_LANGUAGES}


def status_text(status: Status, language: str) -> str:
    """A short description of a question's status for people."""
    if status in (Status.NOT_APPLICABLE, Status.NOT_AVAILABLE):
        return special_answer_text(SpecialAnswer(status.value), language)
    return _word(f"status_{status.value}", language)


def rows_text(count: int, language: str) -> str:
    """"1 row", "3 rows" in ``language`` (with the plural forms Russian and Arabic need)."""
    forms = translation("display", "rows", language)
    if not isinstance(forms, tuple):
        forms, rules = _ROWS, "en"  # English, or a language without its translation
    else:
        rules = language
    return forms[min(plural_index(count, rules), len(forms) - 1)].format(n=format_integer(count, language))


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
    return _word("invalid_value", language).format(raw=value.raw)


def answer_text(question: Question, answer: Answer | None, language: str) -> str:
    """A stored answer as display text: its value, or the special answer's words ("" when blank)."""
    if answer is None:
        return ""
    if answer.special is not None:
        return special_answer_text(answer.special, language)
    return value_text(question, answer.value, language)
