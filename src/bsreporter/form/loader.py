"""Strict loading of a questionnaire folder (forms/<id>/) into the immutable model.

Every problem is reported with the file, the item and the field it came from, and
what to do about it; all problems of a folder are collected before failing so a
form author can fix them in one pass (like pyxform does for XLSForm sheets).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bsreporter.errors import FormError
from bsreporter.form.expression import Expression, parse_expression
from bsreporter.form.model import (
    EMPTY_TEXT,
    UN_LANGUAGES,
    Choice,
    ChoiceList,
    Column,
    FocalArea,
    Indicator,
    Question,
    Questionnaire,
    QuestionType,
    Section,
    SpecialAnswer,
    Text,
)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_CHOICE_VALUE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_INDICATOR_ID = re.compile(r"^[1-5]\.[1-9]\.[a-z]$")
_OBJECTIVE_NUMBER = re.compile(r"^[1-5]\.[1-9]$")
_APPEARANCES = frozenset({"multiline", "percent", "minimal"})
_MULTILINGUAL = ("label", "hint", "constraint_message", "title", "text", "description",
                 "strategic_objective", "cycle")

_FORM_KEYS = {"id", "version", "title", "cycle", "languages", "required_languages",
              "parts", "retired_ids"}
_QUESTION_KEYS = {"name", "type", "appearance", "label", "hint", "required", "relevant",
                  "constraint", "constraint_message", "indicators", "special_answers",
                  "columns"}
_COLUMN_KEYS = {"name", "type", "label", "hint", "required", "constraint", "constraint_message"}
_OBJECTIVE_KEYS = {"number", "title", "description", "outcomes", "indicators", "questions"}
_FOCAL_AREA_KEYS = {"number", "title", "strategic_objective", "expected_impacts"}


class FormProblems(FormError):
    """One or more problems found while loading a form folder."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        head = problems[0] if len(problems) == 1 else f"{len(problems)} problems in the form:"
        super().__init__("\n".join([head] + ([] if len(problems) == 1 else problems)))


@dataclass
class _Context:
    """Where we are while reading: the file, the languages, and the problems so far."""

    folder: Path
    languages: tuple[str, ...] = UN_LANGUAGES
    required_languages: tuple[str, ...] = ("en",)
    problems: list[str] = field(default_factory=list)
    choice_lists: dict[str, ChoiceList] = field(default_factory=dict)

    def problem(self, file: str, item: str, field_name: str, message: str) -> None:
        self.problems.append(f"{file}: {item}: field '{field_name}': {message}")


def load_questionnaire(folder: Path) -> Questionnaire:
    """Load and validate the form in ``folder``; raise FormProblems naming every mistake."""
    folder = Path(folder)
    ctx = _Context(folder)
    form_data = _read_yaml(ctx, "form.yaml")
    if not isinstance(form_data, dict):
        raise FormProblems(ctx.problems or [f"{folder / 'form.yaml'}: the file must hold a mapping of form settings."])
    _check_keys(ctx, "form.yaml", "form", form_data, _FORM_KEYS)
    for key in ("languages", "required_languages", "parts", "retired_ids"):
        value = form_data.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            ctx.problem("form.yaml", "form", key, "must be a list of names, e.g. [en, zh].")
            form_data[key] = None
    if ctx.problems:
        raise FormProblems(ctx.problems)
    languages = tuple(form_data.get("languages") or ("en",))
    unknown = [lang for lang in languages if lang not in UN_LANGUAGES]
    if unknown:
        ctx.problem("form.yaml", "form", "languages", f"unknown language codes {unknown}; use {list(UN_LANGUAGES)}.")
    ctx.languages = languages
    ctx.required_languages = tuple(form_data.get("required_languages") or languages[:1])
    for lang in ctx.required_languages:
        if lang not in languages:
            ctx.problem("form.yaml", "form", "required_languages", f"'{lang}' is not in 'languages'.")
    for key in ("id", "version", "parts"):
        if not form_data.get(key):
            ctx.problem("form.yaml", "form", key, "is missing; add it (see docs/forms.md).")
    if ctx.problems:
        raise FormProblems(ctx.problems)

    parts: list[tuple[str, dict[str, Any]]] = []
    raw_for_hash: list[Any] = [form_data]
    if (folder / "choices.yaml").exists():
        shared = _read_yaml(ctx, "choices.yaml")
        if isinstance(shared, dict):
            _check_keys(ctx, "choices.yaml", "file", shared, {"choices"})
            _read_choice_lists(ctx, "choices.yaml", shared.get("choices") or {})
            raw_for_hash.append(shared)
    for part_file in form_data["parts"]:
        data = _read_yaml(ctx, str(part_file))
        if isinstance(data, dict):
            _read_choice_lists(ctx, str(part_file), data.get("choices") or {})
            parts.append((str(part_file), data))
            raw_for_hash.append(data)
        elif data is not None or (folder / str(part_file)).exists():
            ctx.problem(str(part_file), "file", "-", "must hold a mapping with 'section' or 'focal_area'.")

    general: Section | None = None
    focal_areas: list[FocalArea] = []
    for file, data in parts:
        if "section" in data:
            _check_keys(ctx, file, "file", data, {"section", "questions", "choices"})
            if general is not None:
                ctx.problem(file, "section", "section", "a form has one General information part only.")
            general = _read_general(ctx, file, data)
        elif "focal_area" in data:
            _check_keys(ctx, file, "file", data, {"focal_area", "objectives", "choices"})
            focal_areas.append(_read_focal_area(ctx, file, data))
        else:
            ctx.problem(file, "file", "-", "must have a 'section' or a 'focal_area' at the top.")
    if general is None:
        ctx.problem("form.yaml", "form", "parts", "no part defines the General information 'section'.")
        general = Section("general", "G", Text({}), ())

    retired = frozenset(str(x) for x in form_data.get("retired_ids") or ())
    questionnaire = Questionnaire(
        id=str(form_data["id"]),
        version=str(form_data["version"]),
        title=_text(ctx, "form.yaml", "form", form_data, "title"),
        cycle=_text(ctx, "form.yaml", "form", form_data, "cycle", required=False),
        languages=languages,
        required_languages=ctx.required_languages,
        general=general,
        focal_areas=tuple(focal_areas),
        content_hash=_content_hash(raw_for_hash),
        retired_ids=retired,
    )
    _check_whole_form(ctx, questionnaire, parts)
    if ctx.problems:
        raise FormProblems(ctx.problems)
    return questionnaire


def _read_yaml(ctx: _Context, name: str) -> Any:
    path = ctx.folder / name
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)
    except FileNotFoundError:
        ctx.problem(name, "file", "-", f"not found in {ctx.folder}.")
    except UnicodeDecodeError:
        ctx.problem(name, "file", "-", "is not UTF-8 text; save it as UTF-8.")
    except (ValueError, TypeError) as exc:  # a value YAML recognises but cannot build, e.g. 2019-02-30
        ctx.problem(name, "file", "-", f"holds a value that cannot be read ({exc}); quote it.")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"
        ctx.problem(name, "file", "-", f"is not valid YAML ({where}: {getattr(exc, 'problem', exc)}).")
    except OSError as exc:
        ctx.problem(name, "file", "-", f"cannot be read ({exc.strerror}).")
    return None


def _check_keys(ctx: _Context, file: str, item: str, data: Mapping[str, Any], allowed: set[str]) -> None:
    for key in data:
        base, _, lang = str(key).partition("::")
        if lang:
            if base not in allowed or base not in _MULTILINGUAL:
                ctx.problem(file, item, str(key), "unknown field; see docs/forms.md for the fields allowed here.")
            elif lang not in ctx.languages:
                ctx.problem(file, item, str(key), f"language '{lang}' is not one of the form's languages {list(ctx.languages)}.")
        elif base not in allowed:
            ctx.problem(file, item, str(key), "unknown field; see docs/forms.md for the fields allowed here.")


def _text(ctx: _Context, file: str, item: str, data: Mapping[str, Any], name: str,
          required: bool = True) -> Text:
    """Gather ``name::lang`` fields into a Text, checking the required languages."""
    values: dict[str, str] = {}
    for lang in ctx.languages:
        value = data.get(f"{name}::{lang}")
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            ctx.problem(file, item, f"{name}::{lang}", "must be non-empty text.")
            continue
        values[lang] = value.strip()
    if name in data:
        ctx.problem(file, item, name, f"give the language, e.g. '{name}::en'.")
    if required or values:
        for lang in ctx.required_languages:
            if lang not in values:
                ctx.problem(file, item, f"{name}::{lang}", "is missing; every text needs this language.")
    return Text(values) if values else EMPTY_TEXT


def _read_choice_lists(ctx: _Context, file: str, lists: Any) -> None:
    if not isinstance(lists, dict):
        ctx.problem(file, "choices", "choices", "must map list names to lists of options.")
        return
    for list_name, options in lists.items():
        item = f"choice list '{list_name}'"
        if list_name in ctx.choice_lists:
            ctx.problem(file, item, "name", "is defined twice; choice list names are unique in a form.")
            continue
        if not isinstance(options, list) or not options:
            ctx.problem(file, item, "choices", "must be a non-empty list of options.")
            continue
        choices: list[Choice] = []
        for index, option in enumerate(options, start=1):
            where = f"{item} option {index}"
            if not isinstance(option, dict):
                ctx.problem(file, where, "-", "must be a mapping with 'name' and labels.")
                continue
            _check_keys(ctx, file, where, option, {"name", "label"})
            value = option.get("name")
            if not isinstance(value, str) or not _CHOICE_VALUE.match(value):
                ctx.problem(file, where, "name", f"{value!r} is not a valid value; use lower-case letters, digits and '_' (quote yes/no).")
                continue
            if any(c.value == value for c in choices):
                ctx.problem(file, where, "name", f"value '{value}' appears twice in the list.")
            choices.append(Choice(value, _text(ctx, file, f"{item} option '{value}'", option, "label")))
        ctx.choice_lists[str(list_name)] = ChoiceList(str(list_name), tuple(choices))


def _read_general(ctx: _Context, file: str, data: dict[str, Any]) -> Section:
    section = data.get("section") or {}
    if not isinstance(section, dict):
        ctx.problem(file, "section", "section", "must be a mapping with 'id' and 'title::LANG'.")
        section = {}
    _check_keys(ctx, file, "section", section, {"id", "title"})
    questions = _read_questions(ctx, file, data.get("questions"), "G", "general", general=True)
    return Section(
        id=str(section.get("id", "general")),
        number="G",
        title=_text(ctx, file, "section", section, "title"),
        questions=questions,
    )


def _read_focal_area(ctx: _Context, file: str, data: dict[str, Any]) -> FocalArea:
    head = data.get("focal_area")
    if not isinstance(head, dict):
        ctx.problem(file, "focal_area", "focal_area", "must be a mapping (number, titles, impacts).")
        head = {}
    _check_keys(ctx, file, "focal_area", head, _FOCAL_AREA_KEYS)
    number = head.get("number")
    if not isinstance(number, int) or not 1 <= number <= 5:
        ctx.problem(file, "focal_area", "number", f"{number!r} must be a focal area number from 1 to 5.")
        number = 0
    item = f"focal area {number}"
    impacts = tuple(_read_texts(ctx, file, f"{item} expected impact", head.get("expected_impacts")))
    objectives: list[Section] = []
    raw_objectives = data.get("objectives")
    if not isinstance(raw_objectives, list) or not raw_objectives:
        ctx.problem(file, item, "objectives", "must list the focal area's operational objectives.")
        raw_objectives = []
    for raw in raw_objectives:
        if isinstance(raw, dict):
            objectives.append(_read_objective(ctx, file, raw, number))
        else:
            ctx.problem(file, item, "objectives", "each objective must be a mapping.")
    return FocalArea(
        number=number,
        title=_text(ctx, file, item, head, "title"),
        strategic_objective=_text(ctx, file, item, head, "strategic_objective"),
        expected_impacts=impacts,
        objectives=tuple(objectives),
    )


def _read_texts(ctx: _Context, file: str, item: str, raw: Any) -> Iterable[Text]:
    if not isinstance(raw, list) or not raw:
        ctx.problem(file, item, "-", "must be a non-empty list of items with 'text::LANG'.")
        return
    for index, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            ctx.problem(file, f"{item} {index}", "-", "must be a mapping with 'text::LANG'.")
            continue
        _check_keys(ctx, file, f"{item} {index}", entry, {"text"})
        yield _text(ctx, file, f"{item} {index}", entry, "text")


def _read_objective(ctx: _Context, file: str, raw: dict[str, Any], focal_area: int) -> Section:
    number = str(raw.get("number", ""))
    item = f"objective {number or '?'}"
    _check_keys(ctx, file, item, raw, _OBJECTIVE_KEYS)
    if not _OBJECTIVE_NUMBER.match(number) or not number.startswith(f"{focal_area}."):
        ctx.problem(file, item, "number", f"'{number}' must look like '{focal_area}.1' (quote it).")
    indicators: list[Indicator] = []
    raw_indicators = raw.get("indicators")
    if not isinstance(raw_indicators, list) or not raw_indicators:
        ctx.problem(file, item, "indicators", "an operational objective lists its indicators.")
        raw_indicators = []
    for entry in raw_indicators:
        if not isinstance(entry, dict):
            ctx.problem(file, item, "indicators", "each indicator must be a mapping with 'id' and 'text::LANG'.")
            continue
        indicator_id = str(entry.get("id", ""))
        where = f"indicator {indicator_id or '?'}"
        _check_keys(ctx, file, where, entry, {"id", "text"})
        if not _INDICATOR_ID.match(indicator_id) or not indicator_id.startswith(f"{number}."):
            ctx.problem(file, where, "id", f"'{indicator_id}' must look like '{number}.a' (quote it).")
        indicators.append(Indicator(indicator_id, _text(ctx, file, where, entry, "text")))
    return Section(
        id=f"objective-{number}",
        number=number,
        title=_text(ctx, file, item, raw, "title"),
        description=_text(ctx, file, item, raw, "description"),
        outcomes=tuple(_read_texts(ctx, file, f"{item} outcome", raw.get("outcomes"))),
        indicators=tuple(indicators),
        questions=_read_questions(ctx, file, raw.get("questions"), number, f"objective-{number}"),
    )


def _read_questions(ctx: _Context, file: str, raw: Any, number: str, section_id: str,
                    general: bool = False) -> tuple[Question, ...]:
    if not isinstance(raw, list) or not raw:
        ctx.problem(file, f"section {number}", "questions", "must be a non-empty list of questions.")
        return ()
    questions = []
    for index, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            ctx.problem(file, f"section {number} question {index}", "-", "must be a mapping with 'name' and 'type'.")
            continue
        question = _read_question(ctx, file, entry, f"{number}.{index}", section_id, general)
        if question is not None:
            questions.append(question)
    return tuple(questions)


def _read_type(ctx: _Context, file: str, item: str, raw_type: Any,
               allow_table: bool) -> tuple[QuestionType | None, ChoiceList | None]:
    words = str(raw_type or "").split()
    try:
        qtype = QuestionType(words[0]) if words else None
    except ValueError:
        qtype = None
    if qtype is None or (qtype is QuestionType.TABLE and not allow_table):
        allowed = [t.value for t in QuestionType if allow_table or t is not QuestionType.TABLE]
        ctx.problem(file, item, "type", f"'{raw_type}' is not a question type; use one of {allowed}.")
        return None, None
    is_select = qtype in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE)
    if is_select != (len(words) == 2) or len(words) > 2:
        ctx.problem(file, item, "type", f"'{raw_type}': select types name one choice list ('select_one yes_no'), other types none.")
        return None, None
    choices = None
    if is_select:
        choices = ctx.choice_lists.get(words[1])
        if choices is None:
            ctx.problem(file, item, "type", f"choice list '{words[1]}' is not defined in choices.yaml or this file.")
    return qtype, choices


def _expression(ctx: _Context, file: str, item: str, data: Mapping[str, Any], name: str) -> Expression | None:
    source = data.get(name)
    if source is None:
        return None
    try:
        return parse_expression(str(source))
    except FormError as exc:
        ctx.problem(file, item, name, str(exc))
        return None


def _bool(ctx: _Context, file: str, item: str, data: Mapping[str, Any], name: str, default: bool) -> bool:
    value = data.get(name, default)
    if not isinstance(value, bool):
        ctx.problem(file, item, name, f"{value!r} must be true or false.")
        return default
    return value


def _read_question(ctx: _Context, file: str, raw: dict[str, Any], number: str, section_id: str,
                   general: bool) -> Question | None:
    name = raw.get("name")
    item = f"question '{name}'" if name else f"question {number}"
    _check_keys(ctx, file, item, raw, _QUESTION_KEYS)
    if not isinstance(name, str) or not _NAME.match(name):
        ctx.problem(file, item, "name", f"{name!r} is not a valid id; use lower-case letters, digits and '_', starting with a letter.")
        return None
    qtype, choices = _read_type(ctx, file, item, raw.get("type"), allow_table=True)
    appearance = raw.get("appearance")
    if appearance is not None and appearance not in _APPEARANCES:
        ctx.problem(file, item, "appearance", f"'{appearance}' is not one of {sorted(_APPEARANCES)}.")
    specials: list[SpecialAnswer] = []
    raw_specials = raw.get("special_answers") or []
    if not isinstance(raw_specials, list):
        ctx.problem(file, item, "special_answers", "must be a list such as [not_applicable, not_available].")
        raw_specials = []
    for special in raw_specials:
        try:
            specials.append(SpecialAnswer(special))
        except (ValueError, TypeError):
            ctx.problem(file, item, "special_answers", f"'{special}' is not one of {[s.value for s in SpecialAnswer]}.")
    indicator_ids = raw.get("indicators") or []
    if not isinstance(indicator_ids, list):
        ctx.problem(file, item, "indicators", "must be a list of indicator ids such as ['1.1.a'].")
        indicator_ids = []
    if general and indicator_ids:
        ctx.problem(file, item, "indicators", "General information questions do not measure indicators.")
    columns: tuple[Column, ...] = ()
    if qtype is QuestionType.TABLE:
        columns = _read_columns(ctx, file, item, raw.get("columns"))
    elif "columns" in raw:
        ctx.problem(file, item, "columns", "only 'table' questions have columns.")
    if qtype is None:
        return None
    return Question(
        id=name,
        type=qtype,
        label=_text(ctx, file, item, raw, "label"),
        number=number,
        section_id=section_id,
        hint=_text(ctx, file, item, raw, "hint", required=False),
        required=_bool(ctx, file, item, raw, "required", True),
        appearance=appearance,
        choices=choices,
        relevant=_expression(ctx, file, item, raw, "relevant"),
        constraint=_expression(ctx, file, item, raw, "constraint"),
        constraint_message=_text(ctx, file, item, raw, "constraint_message", required=False),
        indicator_ids=tuple(str(i) for i in indicator_ids),
        special_answers=tuple(specials),
        columns=columns,
    )


def _read_columns(ctx: _Context, file: str, item: str, raw: Any) -> tuple[Column, ...]:
    if not isinstance(raw, list) or not raw:
        ctx.problem(file, item, "columns", "a table lists its columns (name, type, label::LANG).")
        return ()
    columns: list[Column] = []
    for index, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            ctx.problem(file, f"{item} column {index}", "-", "must be a mapping with 'name', 'type' and labels.")
            continue
        name = entry.get("name")
        where = f"{item} column '{name}'"
        _check_keys(ctx, file, where, entry, _COLUMN_KEYS)
        if not isinstance(name, str) or not _NAME.match(name):
            ctx.problem(file, where, "name", f"{name!r} is not a valid column name.")
            continue
        if any(c.name == name for c in columns):
            ctx.problem(file, where, "name", "appears twice in this table.")
        qtype, choices = _read_type(ctx, file, where, entry.get("type"), allow_table=False)
        constraint = _expression(ctx, file, where, entry, "constraint")
        if constraint is not None and constraint.references:
            ctx.problem(file, where, "constraint", "a column constraint may only use '.' (its own cell).")
        if qtype is not None:
            columns.append(Column(
                name=name,
                type=qtype,
                label=_text(ctx, file, where, entry, "label"),
                required=_bool(ctx, file, where, entry, "required", True),
                choices=choices,
                constraint=constraint,
                constraint_message=_text(ctx, file, where, entry, "constraint_message", required=False),
            ))
    return tuple(columns)


def _check_whole_form(ctx: _Context, form: Questionnaire, parts: list[tuple[str, dict[str, Any]]]) -> None:
    """Checks that need the whole form: unique ids, references, cycles, indicator coverage."""
    files_in_order = []  # the file of each question, in form order (a duplicate is named where it repeats)
    for file, data in parts:
        objectives = data.get("objectives")
        containers = [data] + [o for o in objectives if isinstance(o, dict)] if isinstance(objectives, list) else [data]
        for container in containers:
            questions = container.get("questions")
            for q in questions if isinstance(questions, list) else []:
                if isinstance(q, dict) and isinstance(q.get("name"), str) and _NAME.match(q["name"]):
                    files_in_order.append((q["name"], file))
    file_of = dict(reversed(files_in_order))
    seen: set[str] = set()
    for q, (_, where) in zip(form.iter_questions(), files_in_order, strict=False):
        if q.id in seen:
            ctx.problem(where, f"question '{q.id}'", "name", "is used by another question; ids are unique in a form.")
        seen.add(q.id)
        if q.id in form.retired_ids:
            ctx.problem(where, f"question '{q.id}'", "name", "was retired (form.yaml retired_ids) and must never be reused; choose a new id.")
    numbers = [o.number for o in form.objectives]
    for dup in {n for n in numbers if numbers.count(n) > 1}:
        ctx.problem("form.yaml", f"objective {dup}", "number", "is defined twice.")
    indicator_ids = [i for o in form.objectives for i in o.indicators]
    seen_ind: set[str] = set()
    for indicator in indicator_ids:
        if indicator.id in seen_ind:
            ctx.problem("form.yaml", f"indicator {indicator.id}", "id", "is defined twice.")
        seen_ind.add(indicator.id)

    measured: set[str] = set()
    for section in form.objectives:
        own = {i.id for i in section.indicators}
        for q in section.questions:
            where = file_of.get(q.id, "?")
            if not q.indicator_ids:
                ctx.problem(where, f"question '{q.id}'", "indicators", "every question outside General information measures at least one indicator.")
            for ind in q.indicator_ids:
                if ind not in seen_ind:
                    ctx.problem(where, f"question '{q.id}'", "indicators", f"'{ind}' is not an indicator of this form.")
                elif ind not in own:
                    ctx.problem(where, f"question '{q.id}'", "indicators", f"'{ind}' belongs to another objective than {section.number}.")
                measured.add(ind)
    for indicator in indicator_ids:
        if indicator.id not in measured:
            ctx.problem("form.yaml", f"indicator {indicator.id}", "indicators", "no question measures this indicator; add one.")

    for q in form.iter_questions():
        where = file_of.get(q.id, "?")
        for field_name, expr in (("relevant", q.relevant), ("constraint", q.constraint)):
            if expr is None:
                continue
            for ref in sorted(expr.references - seen):
                ctx.problem(where, f"question '{q.id}'", field_name, f"refers to '${{{ref}}}', which is not a question of this form.")
    _check_relevance_cycles(ctx, form, file_of)


def _check_relevance_cycles(ctx: _Context, form: Questionnaire, file_of: Mapping[str, str]) -> None:
    graph = {q.id: sorted(q.relevant.references & form.questions.keys()) if q.relevant else []
             for q in form.iter_questions()}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt):], nxt] if nxt in path else [node, nxt]
                ctx.problem(file_of.get(node, "?"), f"question '{node}'", "relevant",
                            f"relevance goes round in a circle ({' -> '.join(cycle)}); break the circle.")
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for question_id in graph:
        if question_id not in state:
            visit(question_id, [question_id])


def _content_hash(raw_parts: list[Any]) -> str:
    canonical = json.dumps(raw_parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def available_forms(root: Path | None = None) -> dict[str, Path]:
    """Installed form folders by form id (a folder is a form when it holds form.yaml)."""
    from bsreporter.resources import forms_dir

    base = root or forms_dir()
    found: dict[str, Path] = {}
    for folder in sorted(p for p in base.iterdir() if (p / "form.yaml").is_file()):
        data = yaml.load((folder / "form.yaml").read_text(encoding="utf-8"), Loader=_Loader)
        if isinstance(data, dict) and data.get("id"):
            found[str(data["id"])] = folder
    return found


DEFAULT_FORM_ID = "cpb-sp-2011-2020"


@cache
def installed_questionnaire(form_id: str = DEFAULT_FORM_ID) -> Questionnaire:
    """The installed form with this id, loaded once per process."""
    folders = available_forms()
    if form_id not in folders:
        raise FormError(f"No questionnaire with id '{form_id}' is installed; installed: {', '.join(folders) or 'none'}.")
    return load_questionnaire(folders[form_id])
