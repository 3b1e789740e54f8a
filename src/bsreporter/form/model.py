"""The questionnaire model: immutable objects built once by the loader from forms/.

Everything derivable (display numbers, the question of an id, which questions
measure an indicator) is computed from the tree, never stored separately by hand.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from bsreporter.form.expression import Expression

#: The six official UN languages a questionnaire may carry, in the form files' order.
UN_LANGUAGES: tuple[str, ...] = ("en", "zh", "fr", "es", "ru", "ar")


class QuestionType(str, Enum):
    """What kind of value a question takes; it decides validation and the editor shown."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    URL = "url"
    EMAIL = "email"
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    TABLE = "table"


class SpecialAnswer(str, Enum):
    """An explicit answer other than a value, distinct from blank and from zero."""

    NOT_APPLICABLE = "not_applicable"
    NOT_AVAILABLE = "not_available"


@dataclass(frozen=True, slots=True)
class Text:
    """A piece of text in several languages (``{"en": ..., "zh": ...}``)."""

    by_language: Mapping[str, str]

    def get(self, language: str, fallback: str = "en") -> str:
        """The text in ``language``, else in ``fallback``, else in any language present."""
        if language in self.by_language:
            return self.by_language[language]
        if fallback in self.by_language:
            return self.by_language[fallback]
        return next(iter(self.by_language.values()), "")

    def __bool__(self) -> bool:
        return bool(self.by_language)


EMPTY_TEXT = Text({})


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a choice list: the stored value and its labels."""

    value: str
    label: Text


@dataclass(frozen=True, slots=True)
class ChoiceList:
    """A named list of options shared by select questions."""

    name: str
    choices: tuple[Choice, ...]

    def find(self, value: str) -> Choice | None:
        """The choice with this stored value, or None."""
        return next((c for c in self.choices if c.value == value), None)

    @property
    def values(self) -> tuple[str, ...]:
        """The stored values, in order."""
        return tuple(c.value for c in self.choices)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a repeating table question."""

    name: str
    type: QuestionType
    label: Text
    required: bool = True
    choices: ChoiceList | None = None
    constraint: Expression | None = None
    constraint_message: Text = EMPTY_TEXT


@dataclass(frozen=True, slots=True)
class Question:
    """One answer item of the report."""

    id: str
    type: QuestionType
    label: Text
    number: str
    section_id: str
    hint: Text = EMPTY_TEXT
    required: bool = True
    appearance: str | None = None
    choices: ChoiceList | None = None
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: Text = EMPTY_TEXT
    indicator_ids: tuple[str, ...] = ()
    special_answers: tuple[SpecialAnswer, ...] = ()
    columns: tuple[Column, ...] = ()


@dataclass(frozen=True, slots=True)
class Indicator:
    """A Strategic Plan indicator (seed annex I), e.g. 1.1.c."""

    id: str
    text: Text


@dataclass(frozen=True, slots=True)
class Section:
    """A page of questions: General information, or one operational objective."""

    id: str
    number: str
    title: Text
    questions: tuple[Question, ...]
    description: Text = EMPTY_TEXT
    outcomes: tuple[Text, ...] = ()
    indicators: tuple[Indicator, ...] = ()

    @property
    def is_objective(self) -> bool:
        """True for an operational objective, False for General information."""
        return bool(self.indicators)


#: An operational objective is a section with indicators and outcomes.
Objective = Section


@dataclass(frozen=True, slots=True)
class FocalArea:
    """One of the five focal areas of the Strategic Plan."""

    number: int
    title: Text
    strategic_objective: Text
    expected_impacts: tuple[Text, ...]
    objectives: tuple[Objective, ...]

    @property
    def id(self) -> str:
        """Stable id of the focal area (``fa1`` ... ``fa5``)."""
        return f"fa{self.number}"


@dataclass(frozen=True)  # no slots: the derived lookups below are cached on the instance
class Questionnaire:
    """A whole form: General information plus focal areas > objectives > questions."""

    id: str
    version: str
    title: Text
    cycle: Text
    languages: tuple[str, ...]
    required_languages: tuple[str, ...]
    general: Section
    focal_areas: tuple[FocalArea, ...]
    content_hash: str
    retired_ids: frozenset[str] = field(default_factory=frozenset)

    @property
    def sections(self) -> tuple[Section, ...]:
        """Every page in order: General information, then each objective."""
        return (self.general, *self.objectives)

    @property
    def objectives(self) -> tuple[Objective, ...]:
        """All operational objectives in order."""
        return tuple(o for fa in self.focal_areas for o in fa.objectives)

    def iter_questions(self) -> Iterator[Question]:
        """Every question in report order."""
        for section in self.sections:
            yield from section.questions

    @cached_property
    def questions(self) -> Mapping[str, Question]:
        """Questions by id, in report order."""
        return {q.id: q for q in self.iter_questions()}

    @cached_property
    def indicators(self) -> Mapping[str, Indicator]:
        """Indicators by id, in plan order."""
        return {i.id: i for o in self.objectives for i in o.indicators}

    @cached_property
    def section_of(self) -> Mapping[str, Section]:
        """The section that holds each question id."""
        return {q.id: s for s in self.sections for q in s.questions}

    def question(self, question_id: str) -> Question:
        """The question with this id; raises KeyError if the form has none."""
        return self.questions[question_id]
