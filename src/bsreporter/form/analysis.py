"""Indicator formulas for the Secretariat's analysis across Parties (forms/<form>/indicators.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import yaml

from bsreporter.errors import FormError
from bsreporter.form.expression import Expression, parse_expression
from bsreporter.form.model import Questionnaire

FORMULAS_FILE = "indicators.yaml"


class FormulaKind(str, Enum):
    """How answers across Parties become one figure."""

    COUNT = "count"  # Parties for which the condition holds
    PERCENTAGE = "percentage"  # ... as a share of the Parties that answered
    SUM = "sum"  # total of a national figure


@dataclass(frozen=True, slots=True)
class IndicatorFormula:
    """How one Strategic Plan indicator is computed from national answers."""

    indicator_id: str
    kind: FormulaKind
    expression: Expression  # the condition (count, percentage) or the value (sum)
    answered: Expression | None = None  # when a Party counts as having answered (default: all references)

    @property
    def references(self) -> frozenset[str]:
        """Questions the formula reads."""
        return self.expression.references | (self.answered.references if self.answered else frozenset())


def load_formulas(form_folder: Path, form: Questionnaire) -> tuple[IndicatorFormula, ...]:
    """The form's indicator formulas, checked against the form (none when the file is absent)."""
    path = Path(form_folder) / FORMULAS_FILE
    if not path.is_file():
        return ()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, TypeError, yaml.YAMLError) as exc:
        raise FormError(f"{FORMULAS_FILE}: cannot be read ({exc}).") from exc
    entries = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise FormError(f"{FORMULAS_FILE}: must hold 'indicators:' mapping indicator ids to formulas.")
    problems: list[str] = []
    formulas: list[IndicatorFormula] = []
    for indicator_id, entry in entries.items():
        where = f"{FORMULAS_FILE}: indicator {indicator_id}"
        if str(indicator_id) not in form.indicators:
            problems.append(f"{where}: field 'id': the form has no such indicator.")
            continue
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be a mapping with 'kind' and a formula.")
            continue
        unknown = set(entry) - {"kind", "condition", "value", "answered"}
        problems += [f"{where}: field '{key}': unknown field." for key in sorted(unknown)]
        try:
            kind = FormulaKind(entry.get("kind"))
        except ValueError:
            problems.append(f"{where}: field 'kind': use count, percentage or sum.")
            continue
        needed = "value" if kind is FormulaKind.SUM else "condition"
        if needed not in entry:
            problems.append(f"{where}: field '{needed}': a {kind.value} needs a '{needed}' expression.")
            continue
        parsed: dict[str, Expression] = {}
        for field_name in (needed, "answered"):
            if field_name in entry:
                try:
                    parsed[field_name] = parse_expression(str(entry[field_name]))
                except FormError as exc:
                    problems.append(f"{where}: field '{field_name}': {exc}")
        if needed not in parsed:
            continue
        formula = IndicatorFormula(str(indicator_id), kind, parsed[needed], parsed.get("answered"))
        unknown_refs = sorted(formula.references - form.questions.keys())
        if unknown_refs:
            problems.append(f"{where}: refers to {', '.join(unknown_refs)}, not questions of the form.")
            continue
        formulas.append(formula)
    if problems:
        raise FormError("\n".join(problems if len(problems) == 1 else [f"{len(problems)} problems:", *problems]))
    return tuple(formulas)
