"""The questionnaire model: immutable objects built once by the loader from forms/.

Everything derivable (display numbers, the question of an id, which questions
measure an indicator) is computed from the tree, never stored separately by hand.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import Enum
from functools import cached_property

from bsreporter.form.expression import Expression
from bsreporter.record import field, record

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


@record
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


@record
class Choice:
    """One option of a choice list: the stored value and its labels."""

    value: str
    label: Text


@record
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


@record
class Column:
    """One column of a repeating table question."""

    name: str
    type: QuestionType
    label: Text
    required: bool = True
    choices: ChoiceList | None = None
    constraint: Expression | None = None
    constraint_message: Text = EMPTY_TEXT


@record
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
    #: The number the Secretariat's format prints ('' for its unnumbered follow-ups); ``number`` is
    #: what bsreporter shows, the official number wherever there is one.
    official_number: str = ""
    #: For the box that a format opens beside one choice ("Other, please specify"): the question and
    #: the choice value it belongs to.
    detail_of: tuple[str, str] | None = None
    #: For a format's unnumbered entry (a follow-up such as "is this number adequate", or a detail box):
    #: the id of the numbered question it follows and is shown with.
    follows: str | None = None


@record
class Indicator:
    """A Strategic Plan indicator (seed annex I), e.g. 1.1.c."""

    id: str
    text: Text


@record
class Note:
    """A heading a format places between its questions (a legend): text only, no answer."""

    id: str
    text: Text


@record
class Section:
    """A group of a form's tree: a page (General information, an Article, an objective), a group of
    sub-questions inside a page, or a folder of pages (a focal area); groups nest to any depth.

    ``questions`` holds every question below the group, in order; ``items`` the direct content
    (questions, nested groups and notes) in the order the format shows it.
    """

    id: str
    number: str
    title: Text
    questions: tuple[Question, ...]
    description: Text = EMPTY_TEXT
    outcomes: tuple[Text, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    items: tuple[Question | Section | Note, ...] = ()
    relevant: Expression | None = None

    @property
    def is_objective(self) -> bool:
        """True for a page that is an operational objective of the Strategic Plan questionnaire."""
        return bool(self.indicators)

    @property
    def children(self) -> tuple[Section, ...]:
        """The groups directly inside this one."""
        return tuple(item for item in self.items if isinstance(item, Section))

    @property
    def is_page(self) -> bool:
        """True when the group shows questions or notes of its own (else it only holds pages)."""
        return any(not isinstance(item, Section) for item in self.items)

    def walk(self) -> Iterator[Section]:
        """This group and every group below it, depth first, in order."""
        yield self
        for child in self.children:
            yield from child.walk()


@record
class Objective:
    """An operational objective of the Strategic Plan (seed annex I), e.g. 1.1, with its outcomes
    and indicators; the questions that inform it are found through their indicators."""

    id: str
    number: str
    title: Text
    description: Text
    outcomes: tuple[Text, ...]
    indicators: tuple[Indicator, ...]


@record
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


class FormKind(str, Enum):
    """What a form is: one of the Secretariat's national report formats, or bsreporter's own
    self-assessment against the Strategic Plan."""

    NATIONAL_REPORT = "national_report"
    SELF_ASSESSMENT = "self_assessment"


@record
class Questionnaire:
    """A whole form: its own tree of groups (the format's sections) and the Strategic Plan whose
    focal areas, operational objectives and indicators its questions inform."""

    id: str
    version: str
    title: Text
    cycle: Text
    languages: tuple[str, ...]
    required_languages: tuple[str, ...]
    groups: tuple[Section, ...]
    focal_areas: tuple[FocalArea, ...]
    content_hash: str
    retired_ids: frozenset[str] = field(default_factory=frozenset)
    kind: FormKind = FormKind.SELF_ASSESSMENT
    #: What the form is, said to the user in the window and on the PDF (e.g. which draft of the
    #: Plan a self-assessment follows); empty when the title says it all.
    about: Text = EMPTY_TEXT
    #: Indicators that no question of this form informs: indicator id -> why (who measures it).
    measured_elsewhere: Mapping[str, Text] = field(default_factory=dict)
    #: The period a report on this form covers unless the person says otherwise: (start, end) as
    #: ISO dates (YYYY-MM-DD); None when the form gives none.
    period: tuple[str, str] | None = None

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """Every page in order: the groups that show questions, with their nested groups inside."""
        pages: list[Section] = []

        def visit(group: Section) -> None:
            if group.is_page or not group.children:
                pages.append(group)
            else:
                for child in group.children:
                    visit(child)

        for group in self.groups:
            visit(group)
        return tuple(pages)

    @property
    def general(self) -> Section:
        """The first page (General information)."""
        return self.sections[0]

    @cached_property
    def nodes(self) -> Mapping[str, Section]:
        """Every group of the tree by id, in order (folders, pages and groups inside pages)."""
        return {node.id: node for group in self.groups for node in group.walk()}

    @cached_property
    def objectives(self) -> tuple[Objective, ...]:
        """All operational objectives of the Plan, in order."""
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
    def objective_of_indicator(self) -> Mapping[str, Objective]:
        """The operational objective each indicator belongs to."""
        return {i.id: o for o in self.objectives for i in o.indicators}

    def objectives_of(self, question: Question) -> tuple[Objective, ...]:
        """The operational objectives a question informs, through its indicators, in its indicators' order."""
        found = {o.id: o for o in (self.objective_of_indicator.get(i) for i in question.indicator_ids) if o is not None}
        return tuple(found.values())

    def focal_area_of(self, section_id: str) -> FocalArea | None:
        """The focal area whose operational objective is the page ``section_id`` (self-assessment), else None."""
        return next((fa for fa in self.focal_areas if any(o.id == section_id for o in fa.objectives)), None)

    @cached_property
    def informing(self) -> Mapping[str, tuple[Question, ...]]:
        """The questions that inform each objective (by objective id) and each indicator (by id)."""
        found: dict[str, list[Question]] = {key: [] for o in self.objectives for key in (o.id, *(i.id for i in o.indicators))}
        for question in self.iter_questions():
            objectives: list[str] = []
            for indicator_id in question.indicator_ids:
                found.setdefault(indicator_id, []).append(question)
                objective = self.objective_of_indicator.get(indicator_id)
                if objective is not None and objective.id not in objectives:
                    objectives.append(objective.id)
            for objective_id in objectives:
                found[objective_id].append(question)
        return {key: tuple(value) for key, value in found.items()}

    @cached_property
    def section_of(self) -> Mapping[str, Section]:
        """The page that holds each question id."""
        return {q.id: s for s in self.sections for q in s.questions}

    def question(self, question_id: str) -> Question:
        """The question with this id; raises KeyError if the form has none."""
        return self.questions[question_id]
