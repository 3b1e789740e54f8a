"""Mappings from an earlier form to the current one (forms/<form>/mappings/<earlier-form>.yaml).

A mapping says which current question each earlier question becomes (or none), and,
where options changed, which current option each earlier option becomes. It is loaded
as strictly as a form: every mistake names the file, the item and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bsreporter.errors import FormError
from bsreporter.form.model import Question, Questionnaire, QuestionType

_SELECTS = (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE)


@dataclass(frozen=True, slots=True)
class FormMapping:
    """How answers to ``from_form`` become answers to the current form."""

    from_form: str
    questions: Mapping[str, str | None]
    choices: Mapping[str, Mapping[str, str]]
    #: Renames proposed by bsreporter where the mapping leaves an earlier answer without an option of
    #: the current question ('Less than 5' -> '1 to 4'): offered as suggestions the person confirms,
    #: never applied on their own. Kept apart from ``choices``, which are the Secretariat's facts.
    suggested: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def target(self, old_question: str) -> str | None:
        """The current question an earlier question maps to (None: not carried over)."""
        return self.questions.get(old_question)

    def translate(self, old_question: str, raw: Any) -> Any:
        """The earlier answer with its option values renamed for the current form."""
        renames = self.choices.get(old_question)
        if not renames or raw is None:
            return raw
        if isinstance(raw, list):
            return [renames.get(str(v), v) for v in raw]
        return renames.get(str(raw), raw)

    def suggestion(self, old_question: str, old_value: str) -> str | None:
        """The current option proposed for an earlier answer the mapping leaves without one, if any."""
        return self.suggested.get(old_question, {}).get(old_value)


def mapping_folder(form_folder: Path) -> Path:
    """Where a form keeps its mappings from earlier forms."""
    return form_folder / "mappings"


def load_mapping(path: Path, current: Questionnaire, earlier: Questionnaire | None = None) -> FormMapping:
    """Load one mapping file, checked against the current form (and the earlier one when installed)."""
    name = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, TypeError, yaml.YAMLError) as exc:
        raise FormError(f"{name}: the mapping cannot be read ({exc}).") from exc
    if not isinstance(data, dict):
        raise FormError(f"{name}: a mapping holds 'from_form', 'questions' and optionally 'choices'.")
    problems: list[str] = []
    unknown = set(data) - {"from_form", "questions", "choices", "suggested_choices"}
    problems += [f"{name}: mapping: field '{key}': unknown field." for key in sorted(unknown)]
    from_form = str(data.get("from_form") or "")
    if not from_form:
        problems.append(f"{name}: mapping: field 'from_form': is missing.")
    if earlier is not None and earlier.id != from_form:
        problems.append(f"{name}: mapping: field 'from_form': '{from_form}' does not match the earlier form '{earlier.id}'.")
    questions_raw = data.get("questions") or {}
    choices_raw = data.get("choices") or {}
    if not isinstance(questions_raw, dict) or not isinstance(choices_raw, dict):
        raise FormError(f"{name}: 'questions' and 'choices' must be mappings.")
    questions: dict[str, str | None] = {}
    for old, new in questions_raw.items():
        old, new = str(old), (str(new) if new is not None else None)
        if earlier is not None and old not in earlier.questions:
            problems.append(f"{name}: question '{old}': field 'questions': the earlier form has no such question.")
        if new is not None and new not in current.questions:
            problems.append(f"{name}: question '{old}': field 'questions': the current form has no question '{new}'.")
        elif new is not None and earlier is not None and old in earlier.questions:
            clash = _type_clash(earlier.questions[old], current.questions[new])
            if clash:
                problems.append(f"{name}: question '{old}': field 'questions': {clash}")
        questions[old] = new
    suggested_raw = data.get("suggested_choices") or {}
    if not isinstance(suggested_raw, dict):
        raise FormError(f"{name}: 'suggested_choices' must be a mapping.")
    renamed: dict[str, dict[str, dict[str, str]]] = {}
    for field_name, raw in (("choices", choices_raw), ("suggested_choices", suggested_raw)):
        renamed[field_name] = {}
        for old, renames in raw.items():
            old = str(old)
            target = questions.get(old)
            if target is None or not isinstance(renames, dict):
                problems.append(f"{name}: question '{old}': field '{field_name}': only mapped choice questions rename options.")
                continue
            allowed = current.questions[target].choices if target in current.questions else None
            for new_value in renames.values():
                if allowed is not None and allowed.find(str(new_value)) is None:
                    problems.append(f"{name}: question '{old}': field '{field_name}': '{new_value}' is not an option of '{target}'.")
                # An old value the earlier form does not list is kept: the Secretariat's mappings rename
                # answers that reports of that cycle hold (e.g. 'n/a') although the format never offered them.
            renamed[field_name][old] = {str(k): str(v) for k, v in renames.items()}
    if problems:
        raise FormError("\n".join(problems) if len(problems) == 1 else
                        "\n".join([f"{len(problems)} problems in {name}:", *problems]))
    return FormMapping(from_form=from_form, questions=questions, choices=renamed["choices"],
                       suggested=renamed["suggested_choices"])


def _type_clash(old: Question, new: Question) -> str:
    if (old.type in _SELECTS) != (new.type in _SELECTS) or (old.type is QuestionType.TABLE) != (new.type is QuestionType.TABLE):
        return f"a {old.type.value} answer cannot become a {new.type.value} answer ('{new.id}')."
    if old.type in _SELECTS and new.type in _SELECTS and old.type != new.type and new.type is QuestionType.SELECT_ONE:
        return f"several options cannot become one ('{new.id}' is select_one)."
    return ""


def find_mapping(current: Questionnaire, current_folder: Path, from_form: str,
                 earlier: Questionnaire | None = None) -> FormMapping | None:
    """The mapping from ``from_form`` to the current form, if the form has one."""
    path = mapping_folder(current_folder) / f"{from_form}.yaml"
    return load_mapping(path, current, earlier) if path.is_file() else None
