"""Strict loading of a questionnaire folder (forms/<id>/) into the immutable model.

Every problem is reported with the file, the item and the field it came from, and
what to do about it; all problems of a folder are collected before failing so a
form author can fix them in one pass (like pyxform does for XLSForm sheets).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from bsreporter.errors import FormError
from bsreporter.form.cache import form_folders, parse_yaml_file, yaml_module
from bsreporter.form.expression import Expression, parse_expression
from bsreporter.form.model import (
    EMPTY_TEXT,
    UN_LANGUAGES,
    Choice,
    ChoiceList,
    Column,
    FocalArea,
    FormKind,
    Indicator,
    Note,
    Objective,
    Question,
    Questionnaire,
    QuestionType,
    Section,
    SpecialAnswer,
    Text,
)
from bsreporter.form.translations import TRANSLATIONS_FOLDER, merge_translations

# Question ids: bsreporter's own forms use lower case; the Secretariat's formats use keys such as
# `Q012_party`, kept exactly. Choice values likewise carry the formats' values (`true.some`, `5+`,
# `USD5000-49999`, thesaurus identifiers, `n/a`); none holds a space, which separates several choices.
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_CHOICE_VALUE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.+\-|/]*$")
_OFFICIAL_NUMBER = re.compile(r"^[0-9]{1,3}([a-z]|\.[0-9a-z]{1,2})?$")
_INDICATOR_ID = re.compile(r"^[1-5]\.[1-9]\.[a-z]$")
_OBJECTIVE_NUMBER = re.compile(r"^[1-5]\.[1-9]$")
_APPEARANCES = frozenset({"multiline", "percent", "minimal", "multilingual"})
_MULTILINGUAL = ("label", "hint", "constraint_message", "title", "text", "description",
                 "strategic_objective", "cycle", "about", "reason")

_FORM_KEYS = {"id", "version", "title", "cycle", "languages", "required_languages",
              "parts", "retired_ids", "kind", "plan", "about", "measured_elsewhere", "period"}
_QUESTION_KEYS = {"name", "type", "appearance", "label", "hint", "required", "relevant",
                  "constraint", "constraint_message", "indicators", "special_answers",
                  "columns", "number", "choices", "detail_of"}
_GROUP_KEYS = {"id", "number", "title", "description", "relevant", "items"}
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
    #: The file of each question read, in form order (a duplicate id is named where it repeats).
    question_files: list[tuple[str, str]] = field(default_factory=list)
    #: The official number last read, so that an unnumbered follow-up is shown beside it.
    last_number: str = ""
    #: The id of the numbered question last read, which an unnumbered follow-up follows.
    last_numbered: str | None = None
    #: The texts of each translation file (translations/<lang>.yaml) by key; empty for an inline form.
    translations: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The (language, key) of every translated text put in its place.
    used_translations: set[tuple[str, str]] = field(default_factory=set)
    #: The key of each mapping holding texts (by the mapping's id), for naming a missing translation.
    keys_of: dict[int, str] = field(default_factory=dict)
    #: Texts given both inline and in a translation file, as (language, key).
    clashes: list[tuple[str, str]] = field(default_factory=list)

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
    _read_translations(ctx)
    if ctx.problems:
        raise FormProblems(ctx.problems)
    _translate(ctx, form_data, "form")

    parts: list[tuple[str, dict[str, Any]]] = []
    # The texts as the inline layout holds them: a form's hash is the same in either layout.
    raw_for_hash: list[Any] = [form_data]
    if (folder / "choices.yaml").exists():
        shared = _read_yaml(ctx, "choices.yaml")
        if isinstance(shared, dict):
            _translate(ctx, shared, "")
            _check_keys(ctx, "choices.yaml", "file", shared, {"choices"})
            _read_choice_lists(ctx, "choices.yaml", shared.get("choices") or {})
            raw_for_hash.append(shared)
    for part_file in form_data["parts"]:
        data = _read_yaml(ctx, str(part_file))
        if isinstance(data, dict):
            _translate(ctx, data, "")
            _read_choice_lists(ctx, str(part_file), data.get("choices") or {})
            parts.append((str(part_file), data))
            raw_for_hash.append(data)
        elif data is not None or (folder / str(part_file)).exists():
            ctx.problem(str(part_file), "file", "-", "must hold a mapping with 'section' or 'focal_area'.")

    kind = _form_kind(ctx, form_data)
    groups: list[Section] = []
    focal_areas: list[FocalArea] = []
    has_general = False
    for file, data in parts:
        if "section" in data:
            _check_keys(ctx, file, "file", data, {"section", "questions", "choices"})
            if has_general:
                ctx.problem(file, "section", "section", "a form has one General information part only.")
            has_general = True
            groups.append(_read_general(ctx, file, data))
        elif "focal_area" in data:
            _check_keys(ctx, file, "file", data, {"focal_area", "objectives", "choices"})
            folder_group, focal_area = _read_focal_area(ctx, file, data)
            groups.append(folder_group)
            focal_areas.append(focal_area)
        elif "group" in data:
            _check_keys(ctx, file, "file", data, {"group", "choices"})
            group = _read_group(ctx, file, data["group"], None, "")
            if group is not None:
                groups.append(group)
        else:
            ctx.problem(file, "file", "-", "must have a 'section', a 'group' or a 'focal_area' at the top.")
    if kind is FormKind.SELF_ASSESSMENT and not has_general:
        ctx.problem("form.yaml", "form", "parts", "no part defines the General information 'section'.")
    if not groups:
        groups.append(Section("general", "G", Text({}), ()))
    plan_source = form_data.get("plan")
    if plan_source is not None:
        if focal_areas:
            ctx.problem("form.yaml", "form", "plan", "a form either holds the Strategic Plan's focal areas or names the form it takes them from, not both.")
        else:
            focal_areas = list(_plan_of(ctx, plan_source))
    elif kind is FormKind.NATIONAL_REPORT:
        ctx.problem("form.yaml", "form", "plan", "a national report format names the form whose Strategic Plan its questions inform, e.g. 'plan: cpb-sp-2011-2020'.")

    retired = frozenset(str(x) for x in form_data.get("retired_ids") or ())
    questionnaire = Questionnaire(
        id=str(form_data["id"]),
        version=str(form_data["version"]),
        title=_text(ctx, "form.yaml", "form", form_data, "title"),
        cycle=_text(ctx, "form.yaml", "form", form_data, "cycle", required=False),
        languages=languages,
        required_languages=ctx.required_languages,
        groups=tuple(groups),
        focal_areas=tuple(focal_areas),
        content_hash=_content_hash(raw_for_hash),
        retired_ids=retired,
        kind=kind,
        about=_text(ctx, "form.yaml", "form", form_data, "about", required=False),
        measured_elsewhere=_measured_elsewhere(ctx, form_data.get("measured_elsewhere")),
        period=_period(ctx, form_data.get("period")),
    )
    _check_whole_form(ctx, questionnaire)
    _check_translations(ctx)
    if ctx.problems:
        raise FormProblems(ctx.problems)
    return questionnaire


def _read_translations(ctx: _Context) -> None:
    """Read translations/<lang>.yaml of a split form: each maps text keys to texts in one language."""
    folder = ctx.folder / TRANSLATIONS_FOLDER
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        name = f"{TRANSLATIONS_FOLDER}/{path.name}"
        lang = path.name.removesuffix(".yaml")
        if path.suffix != ".yaml" or lang not in ctx.languages:
            ctx.problem(name, "file", "-", f"name a translation file after one of the form's languages "
                        f"{list(ctx.languages[1:])}, e.g. '{TRANSLATIONS_FOLDER}/fr.yaml'.")
            continue
        if lang == ctx.languages[0]:
            ctx.problem(name, "file", "-", f"the texts in '{lang}', the form's first language, are written in "
                        "the structure files; remove this file.")
            continue
        data = _read_yaml(ctx, name)
        if data is None:
            data = {}
        if not isinstance(data, dict):
            ctx.problem(name, "file", "-", "must map text keys to texts, e.g. 'Q021.label: ...'.")
            continue
        texts: dict[str, Any] = {}
        for key, text in data.items():
            if not isinstance(text, str) or not text.strip():
                ctx.problem(name, f"key '{key}'", "-", "must be non-empty text (or leave the key out).")
            else:
                texts[str(key)] = text
        ctx.translations[lang] = texts


def _translate(ctx: _Context, data: Any, prefix: str) -> None:
    """Put the translated texts of one structure file where the inline layout holds them."""
    if ctx.translations:
        merge_translations(data, prefix, ctx.translations, ctx.used_translations, ctx.keys_of, ctx.clashes)


def _check_translations(ctx: _Context) -> None:
    """Name every translated text given twice, and every key that matches no text of the form."""
    for lang, key in ctx.clashes:
        ctx.problem(f"{TRANSLATIONS_FOLDER}/{lang}.yaml", f"key '{key}'", "-",
                    "is also given inline in the structure; keep one of the two.")
    for lang, texts in ctx.translations.items():
        for key in texts:
            if (lang, key) not in ctx.used_translations:
                ctx.problem(f"{TRANSLATIONS_FOLDER}/{lang}.yaml", f"key '{key}'", "-",
                            "matches no text of the form (removed, or misspelt); remove or correct it "
                            "(`bsreporter forms --validate` lists the keys still to translate).")


def _read_yaml(ctx: _Context, name: str) -> Any:
    path = ctx.folder / name
    try:
        return parse_yaml_file(path)
    except FileNotFoundError:
        ctx.problem(name, "file", "-", f"not found in {ctx.folder}.")
    except UnicodeDecodeError:
        ctx.problem(name, "file", "-", "is not UTF-8 text; save it as UTF-8.")
    except (ValueError, TypeError) as exc:  # a value YAML recognises but cannot build, e.g. 2019-02-30
        ctx.problem(name, "file", "-", f"holds a value that cannot be read ({exc}); quote it.")
    except yaml_module().YAMLError as exc:
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
                if lang in ctx.translations and id(data) in ctx.keys_of:
                    prefix = ctx.keys_of[id(data)]
                    ctx.problem(f"{TRANSLATIONS_FOLDER}/{lang}.yaml", f"key '{prefix + '.' if prefix else ''}{name}'",
                                "-", f"is missing; translate the text of {file} ({item}).")
                else:
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
    section_id = str(section.get("id", "general"))
    questions = _read_questions(ctx, file, data.get("questions"), "G", section_id, general=True)
    return Section(
        id=section_id,
        number="G",
        title=_text(ctx, file, "section", section, "title"),
        questions=questions,
        items=questions,
    )


def _read_focal_area(ctx: _Context, file: str, data: dict[str, Any],
                     with_questions: bool = True) -> tuple[Section, FocalArea]:
    """A focal area of the Strategic Plan questionnaire: its folder of objective pages, and the
    focal area as the Plan states it (``with_questions=False`` reads the Plan only)."""
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
            objectives.append(_read_objective(ctx, file, raw, number, with_questions))
        else:
            ctx.problem(file, item, "objectives", "each objective must be a mapping.")
    title = _text(ctx, file, item, head, "title")
    focal_area = FocalArea(
        number=number,
        title=title,
        strategic_objective=_text(ctx, file, item, head, "strategic_objective"),
        expected_impacts=impacts,
        objectives=tuple(
            Objective(o.id, o.number, o.title, o.description, o.outcomes, o.indicators) for o in objectives
        ),
    )
    folder_group = Section(
        id=f"fa{number}",
        number=str(number),
        title=title,
        questions=tuple(q for o in objectives for q in o.questions),
        items=tuple(objectives),
    )
    return folder_group, focal_area


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


def _read_objective(ctx: _Context, file: str, raw: dict[str, Any], focal_area: int,
                    with_questions: bool = True) -> Section:
    number = str(raw.get("number", ""))
    item = f"objective {number or '?'}"
    _check_keys(ctx, file, item, raw, _OBJECTIVE_KEYS)
    number_fits = bool(_OBJECTIVE_NUMBER.match(number)) and number.startswith(f"{focal_area}.")
    if not number_fits:
        ctx.problem(file, item, "number", f"'{number}' must be the focal area's number, a point and one digit from 1 "
                    f"to 9, as the Strategic Plan numbers its objectives (e.g. '{focal_area}.1'; quote it).")
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
        # Under a mistaken objective number (said above) no id could fit: the author is told once.
        if number_fits and (not _INDICATOR_ID.match(indicator_id) or not indicator_id.startswith(f"{number}.")):
            ctx.problem(file, where, "id", f"'{indicator_id}' must be its objective's number, a point and one "
                        f"lower-case letter (e.g. '{number}.a'; quote it).")
        indicators.append(Indicator(indicator_id, _text(ctx, file, where, entry, "text")))
    questions = (_read_questions(ctx, file, raw.get("questions"), number, f"objective-{number}")
                 if with_questions else ())
    return Section(
        id=f"objective-{number}",
        number=number,
        title=_text(ctx, file, item, raw, "title"),
        description=_text(ctx, file, item, raw, "description"),
        outcomes=tuple(_read_texts(ctx, file, f"{item} outcome", raw.get("outcomes"))),
        indicators=tuple(indicators),
        questions=questions,
        items=questions,
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


def _read_type(ctx: _Context, file: str, item: str, raw_type: Any, allow_table: bool,
               inline: ChoiceList | None = None) -> tuple[QuestionType | None, ChoiceList | None]:
    words = str(raw_type or "").split()
    if inline is not None and len(words) == 1:  # the question lists its own options under 'choices'
        words.append(inline.name)
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
        choices = inline if inline is not None and inline.name == words[1] else ctx.choice_lists.get(words[1])
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
                   general: bool, official: bool = False,
                   relevant_above: Expression | None = None) -> Question | None:
    name = raw.get("name")
    item = f"question '{name}'" if name else f"question {number}"
    _check_keys(ctx, file, item, raw, _QUESTION_KEYS)
    if not isinstance(name, str) or not _NAME.match(name):
        ctx.problem(file, item, "name", f"{name!r} is not a valid id; use letters, digits and '_', starting with a letter.")
        return None
    ctx.question_files.append((name, file))
    official_number = ""
    follows: str | None = None
    if official:  # a format's question carries the number the Secretariat prints, or none
        raw_number = raw.get("number", "")
        official_number = raw_number if isinstance(raw_number, str) else ""
        if raw_number != official_number or (official_number and not _OFFICIAL_NUMBER.match(official_number)):
            ctx.problem(file, item, "number", f"{raw_number!r} must be the format's number as text, e.g. \"14\" or \"32a\" (quote it).")
        if official_number:
            ctx.last_number = official_number
            ctx.last_numbered = name
        number = official_number or f"({ctx.last_number})"
        follows = None if official_number else ctx.last_numbered
    elif "number" in raw:
        ctx.problem(file, item, "number", "questions of this form are numbered by their place; remove the field.")
    inline = None
    if "choices" in raw:
        inline = _inline_choices(ctx, file, item, name, raw["choices"])
    qtype, choices = _read_type(ctx, file, item, raw.get("type"), allow_table=True, inline=inline)
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
    detail_of = raw.get("detail_of")
    if detail_of is not None and (not isinstance(detail_of, list) or len(detail_of) != 2
                                  or not all(isinstance(v, str) for v in detail_of)):
        ctx.problem(file, item, "detail_of", "must name the question and the choice it details, e.g. [Q016, false.other].")
        detail_of = None
    if qtype is None:
        return None
    # A question inside a group is asked only when the group is.
    relevant = _both(relevant_above, _expression(ctx, file, item, raw, "relevant"))
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
        relevant=relevant,
        constraint=_expression(ctx, file, item, raw, "constraint"),
        constraint_message=_text(ctx, file, item, raw, "constraint_message", required=False),
        indicator_ids=tuple(str(i) for i in indicator_ids),
        special_answers=tuple(specials),
        columns=columns,
        official_number=official_number,
        detail_of=(detail_of[0], detail_of[1]) if detail_of else None,
        follows=follows,
    )


def _inline_choices(ctx: _Context, file: str, item: str, name: str, raw: Any) -> ChoiceList | None:
    """The options a question lists itself (each format question has its own list)."""
    list_name = f"{name}__choices"
    before = dict(ctx.choice_lists)
    _read_choice_lists(ctx, file, {list_name: raw})
    found = ctx.choice_lists.get(list_name)
    ctx.choice_lists = before  # inline lists are the question's own, never shared by name
    return found


def _read_group(ctx: _Context, file: str, raw: Any, relevant_above: Expression | None,
                page_id: str) -> Section | None:
    """A section of a format, or a group of sub-questions inside one, with its items in order."""
    if not isinstance(raw, dict):
        ctx.problem(file, "group", "group", "must be a mapping with 'id', 'title::LANG' and 'items'.")
        return None
    group_id = raw.get("id")
    item = f"group '{group_id}'"
    _check_keys(ctx, file, item, raw, _GROUP_KEYS)
    if not isinstance(group_id, str) or not _NAME.match(group_id.replace("-", "_")):
        ctx.problem(file, item, "id", f"{group_id!r} is not a valid id; use letters, digits, '_' and '-'.")
        return None
    raw_number = raw.get("number", "")
    if not isinstance(raw_number, str):
        ctx.problem(file, item, "number", f"{raw_number!r} must be text (quote it).")
        raw_number = ""
    if raw_number:
        ctx.last_number = raw_number
    own = _expression(ctx, file, item, raw, "relevant")
    relevant = _both(relevant_above, own)
    page_id = page_id or group_id
    items: list[Question | Section | Note] = []
    raw_items = raw.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        ctx.problem(file, item, "items", "must be a non-empty list of questions, groups and notes.")
        raw_items = []
    for index, entry in enumerate(raw_items, start=1):
        where = f"{item} item {index}"
        if not isinstance(entry, dict):
            ctx.problem(file, where, "-", "must be a mapping: a question, a 'group' or a 'note'.")
        elif "group" in entry:
            _check_keys(ctx, file, where, entry, {"group"})
            child = _read_group(ctx, file, entry["group"], relevant, page_id)
            if child is not None:
                items.append(child)
        elif "note" in entry:
            note = entry["note"]
            if not isinstance(note, dict) or not isinstance(note.get("id"), str):
                ctx.problem(file, where, "note", "must be a mapping with 'id' and 'text::LANG'.")
                continue
            _check_keys(ctx, file, f"note '{note['id']}'", note, {"id", "text"})
            items.append(Note(note["id"], _text(ctx, file, f"note '{note['id']}'", note, "text")))
        else:
            question = _read_question(ctx, file, entry, str(index), page_id, general=False,
                                      official=True, relevant_above=relevant)
            if question is not None:
                items.append(question)
    questions: list[Question] = []
    for entry in items:
        if isinstance(entry, Question):
            questions.append(entry)
        elif isinstance(entry, Section):
            questions.extend(entry.questions)
    return Section(
        id=group_id,
        number=raw_number,
        title=_text(ctx, file, item, raw, "title"),
        questions=tuple(questions),
        description=_text(ctx, file, item, raw, "description", required=False),
        items=tuple(items),
        relevant=own,
    )


def _both(first: Expression | None, second: Expression | None) -> Expression | None:
    """The condition that both hold (either alone when the other is None)."""
    if first is None or second is None:
        return first or second
    return parse_expression(f"({first.source}) and ({second.source})")


def _form_kind(ctx: _Context, form_data: Mapping[str, Any]) -> FormKind:
    raw = form_data.get("kind", FormKind.SELF_ASSESSMENT.value)
    try:
        return FormKind(raw)
    except ValueError:
        ctx.problem("form.yaml", "form", "kind", f"{raw!r} is not one of {[k.value for k in FormKind]}.")
        return FormKind.SELF_ASSESSMENT


def _plan_of(ctx: _Context, form_id: Any) -> tuple[FocalArea, ...]:
    """The Strategic Plan's focal areas as held by the form ``form_id`` beside this one."""
    folder = form_folders(ctx.folder.parent).get(str(form_id)) if ctx.folder.parent.is_dir() else None
    if folder is None:
        ctx.problem("form.yaml", "form", "plan", f"no form '{form_id}' beside this one holds the Strategic Plan.")
        return ()
    return _read_plan(folder)


@cache
def _read_plan(folder: Path) -> tuple[FocalArea, ...]:
    """The focal areas, objectives, outcomes and indicators of a Strategic Plan form, without its questions."""
    plan_ctx = _Context(folder)
    form_data = _read_yaml(plan_ctx, "form.yaml")
    if not isinstance(form_data, dict):
        raise FormProblems(plan_ctx.problems or [f"{folder / 'form.yaml'}: the file must hold a mapping of form settings."])
    plan_ctx.languages = tuple(form_data.get("languages") or ("en",))
    plan_ctx.required_languages = tuple(form_data.get("required_languages") or plan_ctx.languages[:1])
    _read_translations(plan_ctx)
    focal_areas = []
    read: list[Any] = []  # kept until the end: a problem names a text's key by its mapping's id
    for part_file in form_data.get("parts") or ():
        data = _read_yaml(plan_ctx, str(part_file))
        read.append(data)
        if isinstance(data, dict) and "focal_area" in data:
            _translate(plan_ctx, data, "")
            focal_areas.append(_read_focal_area(plan_ctx, str(part_file), data, with_questions=False)[1])
    if plan_ctx.problems or not focal_areas:
        raise FormProblems([f"{folder.name}/{problem}" for problem in plan_ctx.problems]
                           or [f"{folder / 'form.yaml'}: holds no focal areas of the Strategic Plan."])
    return tuple(focal_areas)


def _measured_elsewhere(ctx: _Context, raw: Any) -> dict[str, Text]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        ctx.problem("form.yaml", "form", "measured_elsewhere", "must map indicator ids to 'reason::LANG' texts.")
        return {}
    found: dict[str, Text] = {}
    for indicator_id, entry in raw.items():
        item = f"measured_elsewhere {indicator_id}"
        if not isinstance(entry, dict):
            ctx.problem("form.yaml", item, "-", "must be a mapping with 'reason::LANG'.")
            continue
        _check_keys(ctx, "form.yaml", item, entry, {"reason"})
        found[str(indicator_id)] = _text(ctx, "form.yaml", item, entry, "reason")
    return found


def _period(ctx: _Context, raw: Any) -> tuple[str, str] | None:
    """The form's default reporting period: {start, end} as quoted ISO dates, the start first."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != {"start", "end"}:
        ctx.problem("form.yaml", "form", "period", "must be a mapping with 'start' and 'end', e.g. "
                    "{start: '2011-01-01', end: '2020-12-31'}.")
        return None
    dates: list[dt.date] = []
    for key in ("start", "end"):
        value = raw[key]
        parsed = None
        # Quoted: YAML reads an unquoted date as a date object, and a form's parse is kept as plain JSON.
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            with suppress(ValueError):
                parsed = dt.date.fromisoformat(value)
        if parsed is None:
            ctx.problem("form.yaml", "form", f"period {key}", f"'{value}' is not a quoted date (YYYY-MM-DD).")
            return None
        dates.append(parsed)
    if dates[0] >= dates[1]:
        ctx.problem("form.yaml", "form", "period", "the start must come before the end.")
        return None
    return (dates[0].isoformat(), dates[1].isoformat())


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


def _check_whole_form(ctx: _Context, form: Questionnaire) -> None:
    """Checks that need the whole form: unique ids, references, cycles, indicator coverage."""
    file_of = dict(reversed(ctx.question_files))
    seen: set[str] = set()
    for question_id, where in ctx.question_files:
        if question_id in seen:
            ctx.problem(where, f"question '{question_id}'", "name", "is used by another question; ids are unique in a form.")
        seen.add(question_id)
        if question_id in form.retired_ids:
            ctx.problem(where, f"question '{question_id}'", "name", "was retired (form.yaml retired_ids) and must never be reused; choose a new id.")
    group_ids = [node.id for group in form.groups for node in group.walk()]
    for dup in sorted({g for g in group_ids if group_ids.count(g) > 1}):
        ctx.problem("form.yaml", f"group '{dup}'", "id", "is used by another group; ids are unique in a form.")
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
    own_of = {q.id: {i.id for i in s.indicators} for s in form.sections if s.is_objective for q in s.questions}
    for q in form.iter_questions():
        where = file_of.get(q.id, "?")
        if form.kind is FormKind.SELF_ASSESSMENT and q.id in own_of and not q.indicator_ids:
            ctx.problem(where, f"question '{q.id}'", "indicators", "every question outside General information measures at least one indicator.")
        for ind in q.indicator_ids:
            if ind not in seen_ind:
                ctx.problem(where, f"question '{q.id}'", "indicators", f"'{ind}' is not an indicator of the Strategic Plan.")
            elif q.id in own_of and ind not in own_of[q.id]:
                ctx.problem(where, f"question '{q.id}'", "indicators", f"'{ind}' belongs to another objective than {form.section_of[q.id].number}.")
            measured.add(ind)
        if q.detail_of is not None:
            owner = form.questions.get(q.detail_of[0])
            if owner is None or owner.choices is None or owner.choices.find(q.detail_of[1]) is None:
                ctx.problem(where, f"question '{q.id}'", "detail_of", f"{list(q.detail_of)} names no question and choice of this form.")
    for indicator_id in sorted(form.measured_elsewhere):
        if indicator_id not in seen_ind:
            ctx.problem("form.yaml", f"measured_elsewhere {indicator_id}", "-", "is not an indicator of the Strategic Plan.")
        elif indicator_id in measured:
            ctx.problem("form.yaml", f"measured_elsewhere {indicator_id}", "-", "a question of this form informs this indicator; remove it here or there.")
    for indicator in indicator_ids:
        if indicator.id not in measured and indicator.id not in form.measured_elsewhere:
            ctx.problem("form.yaml", f"indicator {indicator.id}", "indicators",
                        "no question informs this indicator; add one, or say under 'measured_elsewhere' who measures it.")

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
