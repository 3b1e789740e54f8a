"""Each installed format form carries the Secretariat's format exactly, checked against the reference.

Keys, numbers, types, options, mandatory flags, sub-sections, legends, per-choice detail boxes, sections
and, for the fourth format, every enable rule (evaluated, not compared as text) are the Secretariat's;
option names are its names in all six languages; question wording is the project's own; and every
indicator of the Strategic Plan is either informed by a question or said to be measured elsewhere.

Each check returns the problems it finds, one line each ("Q014: type: expected ..., found ..."), so a
failure names exactly what drifted; the last tests edit a copy of a form and see each check catch it.
"""

from __future__ import annotations

import functools
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bsreporter.form.layout import convert, is_split
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Note, Question, Questionnaire, QuestionType, Section
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import Value
from bsreporter.resources import forms_dir
from reference import bch

pytestmark = pytest.mark.skipif(not bch.reference_available(), reason=bch.MISSING_REASON)

#: The installed form of each of the Secretariat's formats.
FORMS = {4: "cpb-nr4-2019", 3: "cpb-nr3-2015", 2: "cpb-nr2-2011"}
PLAN_FORM = "cpb-sp-2011-2020"
SIX_LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")

_QUESTION_ENTRIES = {"option", "term", "lstring", "text"}
_DETAIL_TYPES = {"lstring": QuestionType.TEXT, "int": QuestionType.INTEGER}
_DETAIL_ANSWERS: dict[QuestionType, Value] = {QuestionType.TEXT: "Details given", QuestionType.INTEGER: 40}

#: The named rules of the online fourth format (the functions at the end of
#: app/views/forms/edit/bch/edit-national-report-4.js): the questions each looks at, and the answers
#: of any one of them that make it true.
NAMED_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "&is71aOr71b": (("Q071_a", "Q071_b"), ("true",)),
    "&is173aOr173b": (("Q173_a", "Q173_b"), ("true",)),
    "&is154Or155": (("Q154", "Q155"), ("true",)),
    "&is91Or92Or93": (("Q091", "Q092", "Q093"), ("true", "true.some")),
}

#: "If you answered Yes to question 18", "... Yes or Yes, to some extent to question(s) 107 and/or 108",
#: "... No to question 198": the older formats state their enable rules only in their wording.
_FOLLOW_UP = re.compile(
    r"If you answered (?:Yes|No)(?: or Yes, to some extent)? to questions?(?:\(s\))? (\d+(?:\s*(?:,|or|and/or)\s*\d+)*)"
)

#: Options whose Secretariat's name is a mistake the forms do not carry: the third format names its choice
#: 2007 of question 15 "2006" in every language, so two choices would read "2006"; the form's label names
#: the choice's own year instead (docs/forms.md).
CORRECTED_NAMES = {(3, "Q015", "2007")}



def plain(text: str) -> str:
    """A text as a reader sees it: HTML tags removed, runs of whitespace made one space."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text)).strip()


def expected_number(reference: bch.ReferenceFormat, entry: bch.ReferenceQuestion) -> str:
    """The official number of an entry in a form: a sub-question's letter follows its sub-section's number
    ("32a"; an unlettered follow-up inside a sub-section has none, like every unnumbered follow-up). The
    second format's "94.1" and "124.a" are printed whole by the format itself."""
    if entry.parent is None or not entry.number:
        return entry.number
    return reference.question(entry.parent).number + entry.number


def expected_type(entry: bch.ReferenceQuestion) -> QuestionType:
    """The question type a reference entry becomes."""
    if entry.type in ("option", "term"):
        return QuestionType.SELECT_MULTIPLE if entry.multiple else QuestionType.SELECT_ONE
    return QuestionType.TEXT


def notes_of(form: Questionnaire) -> dict[str, Note]:
    """Every note (legend) of the form by id."""
    return {item.id: item for node in form.nodes.values() for item in node.items if isinstance(item, Note)}


def detail_boxes(form: Questionnaire) -> dict[tuple[str, str], list[Question]]:
    """The detail boxes of the form by (question, choice) they belong to."""
    boxes: dict[tuple[str, str], list[Question]] = {}
    for question in form.iter_questions():
        if question.detail_of is not None:
            boxes.setdefault(question.detail_of, []).append(question)
    return boxes


# -- checks: each returns the problems found, one line each ----------------------------------------


def entry_problems(form: Questionnaire, number: int) -> list[str]:
    """Every entry of the reference is in the form as the right question, group or note, and nothing more."""
    reference = bch.load_format(number)
    problems: list[str] = []
    notes = notes_of(form)
    boxes = detail_boxes(form)
    for entry in reference.entries():
        if entry.type in _QUESTION_ENTRIES:
            question = form.questions.get(entry.key)
            if question is None:
                problems.append(f"{entry.key}: question: expected in the form, found none")
                continue
            found_values = question.choices.values if question.choices is not None else ()
            for field_name, expected, found in (
                ("official_number", expected_number(reference, entry), question.official_number),
                ("type", expected_type(entry).value, question.type.value),
                ("choices", entry.option_values, found_values),
                ("required", entry.mandatory, question.required),
            ):
                if expected != found:
                    problems.append(f"{entry.key}: {field_name}: expected {expected!r}, found {found!r}")
            for option in entry.options:
                if option.detail_type is None:
                    continue
                found_boxes = [(box.id, box.type.value) for box in boxes.get((entry.key, option.value), [])]
                expected_box = _DETAIL_TYPES[option.detail_type].value
                if [box_type for _, box_type in found_boxes] != [expected_box]:
                    problems.append(
                        f"{entry.key}: detail box of {option.value!r}: expected one of type "
                        f"{expected_box!r}, found {found_boxes}"
                    )
        elif entry.type == "sub-section":
            group = form.nodes.get(entry.key)
            if group is None:
                problems.append(f"{entry.key}: group: expected in the form, found none")
                continue
            expected_held = [sub.key for sub in entry.sub_questions]
            # Detail boxes of its sub-questions may sit in the group too; nothing else may.
            held = [
                item.id
                for item in group.items
                if not (isinstance(item, Question) and item.detail_of and item.detail_of[0] in expected_held)
            ]
            if held != expected_held:
                problems.append(f"{entry.key}: group items: expected {expected_held}, found {held}")
            if group.number != entry.number:
                problems.append(f"{entry.key}: group number: expected {entry.number!r}, found {group.number!r}")
        elif entry.type == "legend":
            if entry.key not in notes:
                problems.append(f"{entry.key}: note: expected in the form, found none")
        else:
            problems.append(f"{entry.key}: entry type {entry.type!r} is not one this check knows")
    keys = reference.question_keys()
    for question in form.iter_questions():
        if question.detail_of is not None:
            owner = reference.question(question.detail_of[0]) if question.detail_of[0] in keys else None
            if owner is None or not any(o.value == question.detail_of[1] and o.detail_type for o in owner.options):
                problems.append(f"{question.id}: detail_of: {question.detail_of} asks for nothing in the reference")
        elif question.id not in keys:
            problems.append(f"{question.id}: question: not in the reference")
    return problems


def section_problems(form: Questionnaire, number: int) -> list[str]:
    """The top-level groups are the reference's sections in order, each holding its entries in order."""
    reference = bch.load_format(number)
    found_ids = [group.id for group in form.groups]
    expected_ids = [section.key for section in reference.sections]
    if found_ids != expected_ids:
        return [f"sections: expected {expected_ids}, found {found_ids}"]
    problems = []
    for group, section in zip(form.groups, reference.sections, strict=True):
        expected = [key for entry in section.questions for key in (entry.key, *(s.key for s in entry.sub_questions))]
        found = list(_item_ids(group))
        if found != expected:
            problems.append(f"{section.key}: entries in order: expected {expected}, found {found}")
    return problems


def _item_ids(group: Section) -> Iterator[str]:
    for item in group.items:
        if isinstance(item, Section):
            yield item.id
            yield from _item_ids(item)
        elif not (isinstance(item, Question) and item.detail_of):
            yield item.id


def label_problems(form: Questionnaire, number: int) -> list[str]:
    """Option labels are the Secretariat's names; question, group and note wording is the form's own."""
    problems = []
    notes = notes_of(form)
    for language in bch.LANGUAGES:
        for key, names in bch.option_names(number, language).items():
            question = form.questions.get(key)
            if question is None or question.choices is None:
                continue  # entry_problems names it
            for value, name in names.items():
                choice = question.choices.find(value)
                found = choice.label.by_language.get(language) if choice is not None else None
                if (number, key, value) in CORRECTED_NAMES:
                    if found is None or found == plain(name) or value not in found:
                        problems.append(
                            f"{key}: label of {value!r} in {language}: expected a name holding "
                            f"{value!r} (not the Secretariat's mistaken {plain(name)!r}), found {found!r}"
                        )
                elif choice is not None and found != plain(name):
                    problems.append(
                        f"{key}: label of {value!r} in {language}: expected {plain(name)!r}, found {found!r}"
                    )
        for key, title in bch.question_titles(number, language).items():
            own = (
                form.questions[key].label
                if key in form.questions
                else form.nodes[key].title
                if key in form.nodes
                else notes[key].text
                if key in notes
                else None
            )
            if own is not None and plain(own.get(language, "")).casefold() == plain(title).casefold():
                problems.append(
                    f"{key}: wording in {language}: the Secretariat's own words, found {own.get(language)!r}"
                )
    return problems


def rule_problems(form: Questionnaire, number: int = 4) -> list[str]:
    """Every validation of the format (the fourth has them) opens its target exactly when the online form would."""
    reference = bch.load_format(number)
    problems = []
    for source, validation in _validations(reference):
        try:
            cases = _rule_cases(form, reference, source, validation)
        except (KeyError, ValueError) as exc:
            problems.append(f"{validation.question} <- {source}: cannot build answers ({exc})")
            continue
        for answers, should_open in cases:
            if _asked(form, RuleEvaluation(form, answers), validation.question) != should_open:
                found = _relevant_source(form, validation.question)
                problems.append(
                    f"{validation.question} <- {source} {validation.type} {list(validation.values)}: with {answers} "
                    f"expected {'asked' if should_open else 'not asked'}; relevant found: {found}"
                )
    return problems


def _validations(reference: bch.ReferenceFormat) -> list[tuple[str, bch.Validation]]:
    return [(entry.key, validation) for entry in reference.entries() for validation in entry.validations]


def _answer(question: Question, value: str) -> Value:
    return [value] if question.type is QuestionType.SELECT_MULTIPLE else value


def _openings(
    form: Questionnaire, reference: bch.ReferenceFormat, source: str, validation: bch.Validation
) -> tuple[list[dict[str, Value]], list[dict[str, Value]]]:
    """Answers of ``source`` alone that should open the target, and answers that should not."""
    question = form.questions[source]
    values = reference.question(source).option_values
    if validation.type in NAMED_RULES:
        watched, opening = NAMED_RULES[validation.type]
        if source not in watched:
            raise ValueError(f"{validation.type} does not look at {source}")
        chosen = [v for v in values if v in opening]
    elif validation.type == "@hasValues":
        chosen = [v for v in values if v in validation.values] if validation.values else list(values)
    elif validation.type == "@hasValuesExcept":
        chosen = [v for v in values if v not in validation.values]
    elif validation.type == "@hasAdditionalValues":
        boxes = {key[1]: found[0] for key, found in detail_boxes(form).items() if key[0] == source}
        filled = [
            {source: _answer(question, v), boxes[v].id: _DETAIL_ANSWERS[boxes[v].type]} for v in validation.values
        ]
        unfilled = [{source: _answer(question, v)} for v in validation.values]
        others = [
            {source: _answer(question, v), boxes[v].id: _DETAIL_ANSWERS[boxes[v].type]}
            if v in boxes
            else {source: _answer(question, v)}
            for v in values
            if v not in validation.values
        ]
        return filled, [{}, *unfilled, *others]
    else:
        raise ValueError(f"unknown rule type {validation.type}")
    if not chosen:
        raise ValueError(f"no answer of {source} opens it")
    opened = [{source: _answer(question, v)} for v in chosen]
    return opened, [{}, *({source: _answer(question, v)} for v in values if v not in chosen)]


def _context(
    form: Questionnaire, reference: bch.ReferenceFormat, key: str, seen: frozenset[str] = frozenset()
) -> dict[str, Value]:
    """Answers under which ``key`` is asked, following the reference's rules upwards."""
    parent = reference.question(key).parent if key in reference.question_keys() else None
    for target in (key, parent):
        for source, validation in _validations(reference):
            if validation.question == target and target is not None and source not in seen:
                opened, _ = _openings(form, reference, source, validation)
                return {**_context(form, reference, source, seen | {key}), **opened[0]}
    return {}


def _rule_cases(
    form: Questionnaire, reference: bch.ReferenceFormat, source: str, validation: bch.Validation
) -> list[tuple[dict[str, Value], bool]]:
    context = _context(form, reference, source)
    opened, closed = _openings(form, reference, source, validation)
    return [({**context, **answers}, True) for answers in opened] + [
        ({**context, **answers}, False) for answers in closed
    ]


def _asked(form: Questionnaire, evaluation: RuleEvaluation, target: str) -> bool:
    if target in form.questions:
        return evaluation.is_relevant(target)
    group = form.nodes[target]  # a sub-section: its rule sits on the group
    return group.relevant is None or group.relevant.is_true(evaluation.lookup)


def _relevant_source(form: Questionnaire, target: str) -> str | None:
    relevant = form.questions[target].relevant if target in form.questions else form.nodes[target].relevant
    return relevant.source if relevant is not None else None


def follow_up_problems(form: Questionnaire, number: int) -> list[str]:
    """A question that says "If you answered Yes to question N" has a rule that looks at question N."""
    entries = bch.load_format(number).entries()
    titles = bch.question_titles(number, "en")
    problems = []
    for index, entry in enumerate(entries):
        match = _FOLLOW_UP.search(plain(titles.get(entry.key, "")))
        if match is None:
            continue
        # The second format numbers its survey from 1 again: question N is the nearest before.
        sources = [
            next(e.key for e in reversed(entries[:index]) if e.number == n) for n in re.findall(r"\d+", match.group(1))
        ]
        relevant = form.questions[entry.key].relevant if entry.key in form.questions else None
        looked_at = relevant.references if relevant is not None else frozenset()
        if not set(sources) <= looked_at:
            problems.append(
                f"{entry.key}: relevant: expected to look at {sources}, "
                f"found {relevant.source if relevant is not None else None}"
            )
    return problems


def indicator_problems(form: Questionnaire) -> list[str]:
    """Each indicator is informed by a question or measured elsewhere with a reason in six languages, never both."""
    problems = []
    for indicator_id in form.indicators:
        informed = bool(form.informing.get(indicator_id))
        reason = form.measured_elsewhere.get(indicator_id)
        if informed and reason is not None:
            problems.append(
                f"{indicator_id}: informed by {[q.id for q in form.informing[indicator_id]]} "
                "and also measured elsewhere"
            )
        elif not informed and reason is None:
            problems.append(f"{indicator_id}: informed by no question and not measured elsewhere")
        elif reason is not None and sorted(reason.by_language) != sorted(SIX_LANGUAGES):
            problems.append(f"{indicator_id}: reason measured elsewhere in {sorted(reason.by_language)} only")
    return problems


# -- the installed forms ---------------------------------------------------------------------------


@functools.cache
def installed(number: int) -> Questionnaire:
    """The installed form of format ``number``, loaded once here (the loader checks every rule's references)."""
    return load_questionnaire(forms_dir() / FORMS[number])


ALL_FORMATS = pytest.mark.parametrize("number", sorted(FORMS, reverse=True), ids=FORMS.get)


@ALL_FORMATS
def test_every_entry_of_the_format_is_in_the_form_as_the_right_question_group_or_note(number: int) -> None:
    assert entry_problems(installed(number), number) == []


@ALL_FORMATS
def test_the_forms_sections_are_the_formats_sections_holding_its_entries_in_order(number: int) -> None:
    assert section_problems(installed(number), number) == []


@ALL_FORMATS
def test_option_names_are_the_secretariats_and_questions_are_worded_in_own_words(number: int) -> None:
    assert label_problems(installed(number), number) == []


@ALL_FORMATS
def test_every_rule_of_the_form_looks_at_questions_of_the_form(number: int) -> None:
    form = installed(number)
    rules = [question.relevant for question in form.iter_questions() if question.relevant is not None]
    rules += [group.relevant for group in form.nodes.values() if group.relevant is not None]
    assert rules and all(rule.references <= form.questions.keys() for rule in rules)


def test_every_validation_of_the_fourth_format_opens_its_target_as_the_online_form_does() -> None:
    assert rule_problems(installed(4)) == []


@pytest.mark.parametrize("number", [3, 2], ids=FORMS.get)
def test_follow_ups_of_the_older_formats_look_at_the_question_they_follow(number: int) -> None:
    assert follow_up_problems(installed(number), number) == []


@ALL_FORMATS
def test_each_indicator_is_informed_or_measured_elsewhere_never_both(number: int) -> None:
    form = installed(number)
    assert len(form.indicators) == 72
    assert indicator_problems(form) == []


# -- each check catches a form that drifts from the reference --------------------------------------


def _copy_of(tmp_path: Path, number: int) -> Path:
    for form_id in (FORMS[number], PLAN_FORM):
        shutil.copytree(forms_dir() / form_id, tmp_path / form_id)
        if is_split(tmp_path / form_id):  # the edits below change texts where an inline form holds them
            convert(tmp_path / form_id, "inline")
    return tmp_path / FORMS[number]


def _edit_item(folder: Path, key: str, change: Callable[[dict[str, Any]], None]) -> None:
    """Apply ``change`` to the question, group or note ``key`` in whichever part file holds it."""
    for part in sorted(folder.glob("[0-9]*.yaml")):
        data = yaml.safe_load(part.read_text(encoding="utf-8"))
        if _edit_in(data["group"]["items"], key, change):
            part.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
            return
    raise AssertionError(f"{key} is in no part of {folder}")


def _edit_in(items: list[dict[str, Any]], key: str, change: Callable[[dict[str, Any]], None]) -> bool:
    for index, item in enumerate(items):
        inner = item.get("group") or item.get("note") or item
        if inner.get("name", inner.get("id")) == key:
            if change is _REMOVE:
                items.pop(index)
            else:
                change(inner)
            return True
        if "group" in item and _edit_in(item["group"]["items"], key, change):
            return True
    return False


def _REMOVE(item: dict[str, Any]) -> None:
    """A marker change: take the item out of its list."""


def _rename_choice(old: str, new: str) -> Callable[[dict[str, Any]], None]:
    return lambda item: next(c for c in item["choices"] if c["name"] == old).update(name=new)


def _secretariat_wording(item: dict[str, Any]) -> None:
    item["label::fr"] = plain(bch.question_titles(4, "fr")[item["name"]])


def _edit_settings(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        settings = yaml.safe_load((folder / "form.yaml").read_text(encoding="utf-8"))
        change(settings)
        (folder / "form.yaml").write_text(
            yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )

    return edit


def _swap_parts(settings: dict[str, Any]) -> None:
    settings["parts"][1], settings["parts"][2] = settings["parts"][2], settings["parts"][1]


def _reason_in_english_only(settings: dict[str, Any]) -> None:
    settings["required_languages"] = ["en"]
    reason = next(iter(settings["measured_elsewhere"].values()))
    for language in SIX_LANGUAGES[1:]:
        reason.pop(f"reason::{language}")


def _item(key: str, change: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    return lambda folder: _edit_item(folder, key, change)


def _indicators(form: Questionnaire, number: int) -> list[str]:
    return indicator_problems(form)


_DRIFTS = [
    pytest.param(
        4,
        _item("Q029", _rename_choice("false", "no")),
        entry_problems,
        "Q029: choices: expected ('true', 'false'), found ('true', 'no')",
        id="choice-value",
    ),
    pytest.param(
        3,
        _item("Q019", lambda q: q.update(choices=q["choices"][::-1])),
        entry_problems,
        "Q019: choices: expected",
        id="choice-order",
    ),
    pytest.param(
        4,
        _item("Q027", lambda q: q.update(required=False)),
        entry_problems,
        "Q027: required: expected True, found False",
        id="mandatory-dropped",
    ),
    pytest.param(
        2,
        _item("Q013", lambda q: q.update(required=True)),
        entry_problems,
        "Q013: required: expected False, found True",
        id="mandatory-added",
    ),
    pytest.param(
        4,
        _item("Q032_a", lambda q: q.update(number="32")),
        entry_problems,
        "Q032_a: official_number: expected '32a', found '32'",
        id="number",
    ),
    pytest.param(
        4,
        _item("Q027", lambda q: q.update(type="select_multiple")),
        entry_problems,
        "Q027: type: expected 'select_one', found 'select_multiple'",
        id="type",
    ),
    pytest.param(
        4, _item("Q027__true_some", _REMOVE), entry_problems, "Q027: detail box of 'true.some'", id="detail-box"
    ),
    pytest.param(4, _item("legend15_16", _REMOVE), entry_problems, "legend15_16: note: expected", id="legend"),
    pytest.param(
        4,
        _item("Q030", lambda q: q.update(name="Q030_new")),
        entry_problems,
        "Q030_new: question: not in the reference",
        id="question-not-in-reference",
    ),
    pytest.param(
        4,
        _edit_settings(_swap_parts),
        section_problems,
        "sections: expected ['General', 'Article2', 'Article5'",
        id="section-order",
    ),
    pytest.param(
        4,
        _item("Q027", lambda q: q["choices"][1].update({"label::ru": "Да, отчасти"})),
        label_problems,
        "Q027: label of 'true.some' in ru: expected 'Да, в определенной степени', found 'Да, отчасти'",
        id="option-name",
    ),
    pytest.param(
        3,
        _item("Q015", lambda q: q["choices"][6].update({"label::fr": "2006"})),
        label_problems,
        "Q015: label of '2007' in fr: expected a name holding '2007'",
        id="corrected-option-name",
    ),
    pytest.param(
        4, _item("Q027", _secretariat_wording), label_problems, "Q027: wording in fr", id="secretariats-wording"
    ),
    pytest.param(
        4,
        _item("Q030", lambda q: q.pop("relevant")),
        rule_problems,
        "Q030 <- Q029 @hasValues ['true']: with {'Q029': 'false'} expected not asked; relevant found: None",
        id="rule-dropped",
    ),
    pytest.param(
        4,
        _item("Q035", lambda q: q.update(relevant="selected(${Q034}, '0')")),
        rule_problems,
        "Q035 <- Q034 @hasValuesExcept ['0']",
        id="rule-inverted",
    ),
    pytest.param(
        4,
        _item("Q094", lambda q: q.update(relevant="selected(${Q091}, 'true')")),
        rule_problems,
        "Q094 <- Q092 &is91Or92Or93 []: with {'Q092': 'true'} expected asked",
        id="named-rule-narrowed",
    ),
    pytest.param(
        3,
        _item("Q019", lambda q: q.pop("relevant")),
        follow_up_problems,
        "Q019: relevant: expected to look at ['Q018'], found None",
        id="worded-rule-dropped",
    ),
    pytest.param(
        2,
        _item("Q164", lambda q: q.update(relevant="selected(${Q162}, 'true')")),
        follow_up_problems,
        "Q164: relevant: expected to look at ['Q162', 'Q163']",
        id="worded-rule-narrowed",
    ),
    pytest.param(
        4,
        _edit_settings(_reason_in_english_only),
        _indicators,
        "1.2.g: reason measured elsewhere in ['en'] only",
        id="reason-in-one-language",
    ),
]


@pytest.mark.parametrize(("number", "drift", "check", "needle"), _DRIFTS)
def test_a_form_drifting_from_the_reference_is_named_by_the_check(
    tmp_path: Path,
    number: int,
    drift: Callable[[Path], None],
    check: Callable[[Questionnaire, int], list[str]],
    needle: str,
) -> None:
    folder = _copy_of(tmp_path, number)
    drift(folder)
    problems = check(load_questionnaire(folder), number)
    assert any(needle in problem for problem in problems), problems
