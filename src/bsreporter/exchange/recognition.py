"""How the words of a spreadsheet cell are recognised as one of a question's options.

From the strictest step to the loosest:

1. the option's stored value, or its label in any of the six UN languages, whatever the
   case and spacing ("  OUI ", "true.some");
2. the same, whatever the punctuation too, full-width, Chinese and Arabic marks included, and
   Arabic vowel signs ("yes - to some extent", "YES TO SOME EXTENT", "是,在一定程度上");
3. a year, or a date, for a question whose options are years ("2001 or earlier", "2002"...);
4. only as a suggestion the person confirms: a plain number for a question whose options are
   ranges (7 for "5 to 9"), or a near spelling (a typo, one word added or missing) with one
   clear best option.

Wording that fits two options of one question at the same step is ambiguous and refused,
naming both; wording that fits nothing is refused naming the two closest options.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from bsreporter.errors import AnswerError
from bsreporter.form.model import Choice, ChoiceList
from bsreporter.messages import Where, render

#: A near spelling is suggested from this likeness (difflib's ratio) on, when clearly ahead of the next option.
NEAR = 0.85
#: How far ahead of the next option the best one must be to be suggested.
AHEAD = 0.08
#: The likeness given to an option whose words are the cell's with one word added or missing: as sure as
#: a near spelling gets, so that a typo matching another option as closely makes the cell ambiguous.
ONE_WORD = 0.98

# Words (and Chinese characters) that turn a statement around: an option differing from the cell by
# one of them says the opposite ("Information available" is not "Information not available").
_NEGATIONS = frozenset({"not", "no", "non", "none", "never", "without", "ne", "pas", "sans", "jamais", "aucun",
                        "aucune", "ni", "nunca", "sin", "ningún", "ninguna", "ninguno", "не", "нет", "ни", "без",
                        "никогда", "لا", "ليس", "ليست", "غير", "لم", "لن", "بدون", "دون"})
_CJK_NEGATIONS = frozenset("不没未非无否")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # vowel signs and tatweel
_THOUSANDS = re.compile(r"(?<=\d)[,.\u00a0\u202f' ](?=\d{3}(?!\d))")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_ISO_DATE = re.compile(r"(\d{4})-\d{1,2}-\d{1,2}(?:[ T].*)?")
_YEARS = (1900, 2100)
#: How each language quotes a name within a sentence, as the message catalogue does.
_QUOTES = {"en": ("'", "'"), "zh": ("“", "”"), "fr": ("« ", " »"), "es": ("«", "»"), "ru": ("«", "»"), "ar": ("«", "»")}


def normal(text: Any) -> str:
    """Text compared without regard to case, surrounding or repeated spaces."""
    return " ".join(str(text).split()).casefold()


def loose_words(text: Any) -> str:
    """Text without regard to case, punctuation, symbols, full-width forms, Arabic vowel signs or ё, word by word."""
    folded = _ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", str(text)).casefold()).replace("ё", "е")
    folded = _THOUSANDS.sub("", folded)
    kept = "".join(" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in folded)
    return " ".join(kept.split())


def loose_key(text: Any) -> str:
    """``loose_words`` without its spaces: Chinese is written without them, and "1 to 4,999" as "1 to 4999"."""
    return loose_words(text).replace(" ", "")


@dataclass(frozen=True, slots=True)
class OptionName:
    """An option as a message names it: its label in the language of the message."""

    choice: Choice

    def text(self, language: str) -> str:
        """The option's label in ``language`` (English when it has none)."""
        return self.choice.label.get(language)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True, slots=True)
class OptionNames:
    """Every option of a list, as a message names them."""

    choices: tuple[Choice, ...]

    def text(self, language: str) -> str:
        """The labels in ``language``, quoted and separated by commas."""
        opening, closing = _QUOTES.get(language, _QUOTES["en"])
        return ", ".join(f"{opening}{c.label.get(language)}{closing}" for c in self.choices)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True, slots=True)
class Reading:
    """One part of a cell recognised only loosely: what was read, and the option it is taken as."""

    read: str
    option: Choice
    by_range: bool = False  # a number taken as the range that holds it

    def text(self, language: str) -> str:
        """What was read and what it is taken as, in ``language``."""
        key = "reading_range" if self.by_range else "reading_loose"
        return render(key, {"read": self.read, "option": OptionName(self.option)}, language)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True, slots=True)
class Readings:
    """The loosely recognised parts of one cell, said together."""

    parts: tuple[Reading, ...]

    def text(self, language: str) -> str:
        """Each reading in ``language``, separated by semicolons."""
        return "; ".join(part.text(language) for part in self.parts)

    def __str__(self) -> str:
        return self.text("en")


class AnswerSuggestion(AnswerError):
    """A cell recognised only loosely: ``value`` is the answer it is taken as, if the person confirms it.

    It is raised where a refused answer would be, so every reader passes it on as the row's
    reason; the import preview offers the row unticked instead of refusing it.
    """

    def __init__(self, message: str, *, key: str | None = None, params: dict[str, object] | None = None) -> None:
        super().__init__(message, key=key, params=params)
        self.value: Any = None
        self.readings: tuple[Reading, ...] = ()

    @classmethod
    def of_readings(cls, where: Where, readings: Sequence[Reading], value: Any) -> AnswerSuggestion:
        """The suggestion of ``value`` for the cell read as ``readings`` at ``where``."""
        suggestion = cls.of("answer_suggested", where=where, readings=Readings(tuple(readings)))
        suggestion.value = value
        suggestion.readings = tuple(readings)
        return suggestion

    def with_value(self, value: Any) -> AnswerSuggestion:
        """The same suggestion taking the answer as ``value`` (e.g. translated for another questionnaire)."""
        other = type(self)(str(self), key=self.key, params=dict(self.params))
        other.value = value
        other.readings = self.readings
        return other


@dataclass(frozen=True, slots=True)
class _Bounds:
    """The numbers an option's range holds, parsed from its English name."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def contains(self, other: _Bounds) -> bool:
        """True when every number ``other`` holds is held here too."""
        return (self.low < other.low or (self.low == other.low and (other.low_open or not self.low_open))) and \
            (self.high > other.high or (self.high == other.high and (other.high_open or not self.high_open)))

    def holds(self, number: float) -> bool:
        above = number > self.low if self.low_open else number >= self.low
        below = number < self.high if self.high_open else number <= self.high
        return above and below


_N = r"(\d+(?:\.\d+)?)"
_RANGE_FORMS: tuple[tuple[re.Pattern[str], Any], ...] = (
    (re.compile(rf"{_N} to {_N}"), lambda a, b: _Bounds(a, b)),
    (re.compile(rf"{_N} or more"), lambda a: _Bounds(a, math.inf)),
    (re.compile(rf"{_N} or later"), lambda a: _Bounds(a, math.inf)),
    (re.compile(rf"{_N} or less"), lambda a: _Bounds(-math.inf, a)),
    (re.compile(rf"{_N} or earlier"), lambda a: _Bounds(-math.inf, a)),
    (re.compile(rf"less than {_N}"), lambda a: _Bounds(-math.inf, a, high_open=True)),
    (re.compile(rf"more than {_N}"), lambda a: _Bounds(a, math.inf, low_open=True)),
    (re.compile(_N), lambda a: _Bounds(a, a)),
    (re.compile("none|never|nothing"), lambda: _Bounds(0, 0)),
)
_UNITS = re.compile(r"\b(?:usd|us\$|per year)\b|\$|\([^)]*\)")  # and what a parenthesis adds ("None (...)")


def option_bounds(label: str) -> _Bounds | None:
    """The range an option names in English ("1 to 4", "10 or more", "Less than 5,000 USD", "2001 or earlier")."""
    text = _THOUSANDS.sub("", " ".join(label.casefold().split()))
    text = re.sub(r"\bone\b", "1", " ".join(_UNITS.sub(" ", text).split()))
    for pattern, make in _RANGE_FORMS:
        found = pattern.fullmatch(text)
        if found:
            return make(*(float(g) for g in found.groups()))
    return None


def _number(raw: Any) -> float | None:
    """A cell holding a plain number (typed as a number, or as text such as "7" or "5,000")."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return float(raw) if math.isfinite(raw) else None
    if isinstance(raw, str):
        text = _THOUSANDS.sub("", raw.strip())
        if _NUMBER.fullmatch(text):
            return float(text)
    return None


def _year(raw: Any) -> int | None:
    """The year a cell gives: a date (as a spreadsheet holds it, or written 2009-05-01) or a plain year."""
    if isinstance(raw, dt.date):  # a datetime is a date too
        return raw.year
    if isinstance(raw, str):
        found = _ISO_DATE.fullmatch(raw.strip())
        if found:
            return int(found.group(1))
    number = _number(raw)
    if number is not None and number.is_integer() and _YEARS[0] <= number <= _YEARS[1]:
        return int(number)
    return None


class OptionMatcher:
    """Recognises a cell's words as one option of a choice list (see the module's description)."""

    def __init__(self, choices: ChoiceList) -> None:
        self.choices = choices
        self._by_value = {c.value: c for c in choices.choices}
        self._values: dict[str, str] = {normal(c.value): c.value for c in choices.choices}
        self._exact: dict[str, list[str]] = {}
        self._loose: dict[str, list[str]] = {}
        self._labels: list[tuple[Choice, str]] = []  # every label's loose words, for near spellings
        for choice in choices.choices:
            for label in dict.fromkeys(choice.label.by_language.values()):
                _add(self._exact, normal(label), choice.value)
                _add(self._loose, loose_key(label), choice.value)
                self._labels.append((choice, loose_words(label)))
        bounds = {c.value: option_bounds(c.label.get("en")) for c in choices.choices}
        self._bounds = {value: b for value, b in bounds.items() if b is not None}
        if len(self._bounds) < 2:
            self._bounds = {}
        finite = [x for b in self._bounds.values() for x in (b.low, b.high) if math.isfinite(x)]
        self._years = bool(finite) and all(_YEARS[0] <= x <= _YEARS[1] for x in finite)

    def recognise(self, raw: Any, text: str, where: Where, *, whole: str | None = None,
                  suggest: bool = True) -> tuple[str, Reading | None]:
        """The option's stored value for a cell (or one part of it, ``whole`` being the cell), and how it was read.

        ``raw`` is the cell as the spreadsheet holds it (a number, a date) and ``text`` its words.
        The reading is None when the option was recognised for sure, else the answer is only a
        suggestion (refused instead unless ``suggest``). Raise AnswerError naming the two closest
        options, or the two it could be.
        """
        shown = " ".join(text.split())
        value = self._values.get(normal(text))
        if value is not None:
            return value, None
        for table, key in ((self._exact, normal(text)), (self._loose, loose_key(text))):
            found = table.get(key, [])
            if len(found) == 1:
                return found[0], None
            if len(found) > 1:
                raise self._refusal("option_ambiguous", where, shown, whole, found[0], found[1])
            if table is self._exact and self._years:
                year = _year(raw)
                if year is not None:
                    return self._bucket(year, where, shown, whole), None
        number = _number(raw)
        if self._bounds and not self._years and number is not None:
            bucket = self._bucket(number, where, shown, whole)
            if suggest:
                return bucket, Reading(shown, self._by_value[bucket], by_range=True)
            others = [value for value in self._bounds if value != bucket]
            raise self._refusal("option_unknown", where, shown, whole, bucket, others[0])
        return self._near(shown, where, whole, suggest)

    def _bucket(self, number: float, where: Where, shown: str, whole: str | None) -> str:
        holding = [value for value, bounds in self._bounds.items() if bounds.holds(number)]
        # Thresholds asked as options ("1 or more", "5 or more"): the narrowest, which the others all hold.
        narrowest = [v for v in holding if all(self._bounds[o].contains(self._bounds[v]) for o in holding)]
        if len(narrowest) == 1:
            return narrowest[0]
        if len(holding) > 1:
            raise self._refusal("option_ambiguous", where, shown, whole, holding[0], holding[1])
        raise AnswerError.of("option_no_year" if self._years else "option_no_range", where=where, value=shown,
                             options=OptionNames(tuple(self._by_value[v] for v in self._bounds)))

    def _near(self, shown: str, where: Where, whole: str | None, suggest: bool) -> tuple[str, Reading]:
        """A near spelling's one clear best option, else a refusal naming the two closest."""
        words = loose_words(shown)
        likeness: dict[str, float] = {}  # the best likeness of each option that may be suggested
        closeness: dict[str, float] = {}  # the same, whatever the meaning, to name the closest
        for choice, label in self._labels:
            likeness_of = SequenceMatcher(None, words, label, autojunk=False)
            # The bound from the letters alone spares the full comparison of a label too far to be suggested
            # (most of them); it still ranks the far ones well enough to name the closest.
            ratio = likeness_of.quick_ratio()
            if ratio >= NEAR:
                ratio = likeness_of.ratio()
            closeness[choice.value] = max(closeness.get(choice.value, 0.0), ratio)
            if _turned_around(words, label):
                continue
            if _one_word_apart(words, label):
                ratio = max(ratio, ONE_WORD)
            likeness[choice.value] = max(likeness.get(choice.value, 0.0), ratio)
        ranked = sorted(likeness.items(), key=lambda item: -item[1])
        if ranked and ranked[0][1] >= NEAR:
            second = ranked[1][1] if len(ranked) > 1 else 0.0
            if ranked[0][1] - second >= AHEAD and suggest:
                return ranked[0][0], Reading(shown, self._by_value[ranked[0][0]])
            if ranked[0][1] - second >= AHEAD:  # named first among the closest
                closeness[ranked[0][0]] = math.inf
            else:
                raise self._refusal("option_ambiguous", where, shown, whole, ranked[0][0], ranked[1][0])
        closest = [value for value, _ in sorted(closeness.items(), key=lambda item: -item[1])]
        if len(closest) < 2:
            raise AnswerError.of("not_option", where=where, value=shown, options=OptionNames(self.choices.choices))
        raise self._refusal("option_unknown", where, shown, whole, closest[0], closest[1])

    def _refusal(self, key: str, where: Where, shown: str, whole: str | None, first: str, second: str) -> AnswerError:
        params: dict[str, object] = {"where": where, "value": shown, "first": OptionName(self._by_value[first]),
                                     "second": OptionName(self._by_value[second])}
        if whole is not None and " ".join(whole.split()) != shown:
            return AnswerError.of(key.replace("option_", "option_part_"), whole=" ".join(whole.split()), **params)
        return AnswerError.of(key, **params)


def _add(table: dict[str, list[str]], key: str, value: str) -> None:
    if key and value not in table.setdefault(key, []):
        table[key].append(value)


def _turned_around(first: str, second: str) -> bool:
    """True when two wordings differ by a word that negates (then one says the opposite of the other)."""
    apart = set(first.split()) ^ set(second.split())
    return bool(apart & _NEGATIONS) or bool((set(first) ^ set(second)) & _CJK_NEGATIONS)


def _one_word_apart(first: str, second: str) -> bool:
    """True when one wording is the other with one word added or missing (at least one word in common).

    Chinese is written without spaces: what stands between two commas there is a phrase, not a word.
    """
    a, b = set(first.split()), set(second.split())
    apart = a ^ b
    return len(apart) == 1 and bool(a & b) and not any(_is_cjk(ch) for word in apart for ch in word)


def _is_cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uac00" <= ch <= "\ud7af"
