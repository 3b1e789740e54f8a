"""Secretariat analysis: compute the Strategic Plan indicators across many national reports.

Each report file is read once; every indicator formula of the form (forms/<form>/
indicators.yaml) is evaluated on its answers, with the same relevance rules as the
completeness check (a follow-up that was not asked is empty).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from bsreporter.atomic import XLSX, atomic_write, check_writable
from bsreporter.errors import BsreporterError, ExchangeError
from bsreporter.form.analysis import FormulaKind, IndicatorFormula, load_formulas
from bsreporter.form.expression import boolean, number
from bsreporter.form.loader import available_forms, installed_questionnaire
from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.form.rules import RuleEvaluation
from bsreporter.report.store import Report


@dataclass
class IndicatorFigure:
    """One indicator's value across the reports read."""

    formula: IndicatorFormula
    counted: list[str] = field(default_factory=list)  # Parties for which the condition holds
    answered: list[str] = field(default_factory=list)  # Parties whose answers allow the computation
    not_answered: list[str] = field(default_factory=list)
    total: float = 0.0  # for sums

    @property
    def value(self) -> float | None:
        """The indicator's figure (None for a percentage no Party answered)."""
        match self.formula.kind:
            case FormulaKind.COUNT:
                return float(len(self.counted))
            case FormulaKind.PERCENTAGE:
                return 100.0 * len(self.counted) / len(self.answered) if self.answered else None
            case _:
                return self.total


@dataclass(frozen=True, slots=True)
class Aggregation:
    """Indicator figures over a set of reports, and the files that could not be read."""

    form: Questionnaire
    parties: tuple[str, ...]
    figures: tuple[IndicatorFigure, ...]
    unreadable: tuple[tuple[str, str], ...]  # (file, reason)
    #: Every file given, read or not: the summary is never written over one of them.
    files: tuple[Path, ...] = ()


def _answered(formula: IndicatorFormula, rules: RuleEvaluation, values: dict[str, object]) -> bool:
    if formula.answered is not None:
        return formula.answered.is_true(rules.lookup)
    # every question the formula reads has an answer, unless it was not asked
    return all(not rules.is_relevant(q) or values.get(q) is not None for q in formula.expression.references)


def aggregate_reports(paths: Sequence[Path], *, form_id: str | None = None,
                      progress: Callable[[int, int], None] | None = None) -> Aggregation:
    """Read every report and compute each indicator; unreadable files are listed, not fatal."""
    if not paths:
        raise ExchangeError("Give at least one report file to analyse.")
    form = installed_questionnaire(form_id) if form_id else None
    figures: list[IndicatorFigure] | None = None
    parties: list[str] = []
    unreadable: list[tuple[str, str]] = []
    for index, path in enumerate(paths, start=1):
        try:
            party, form_of_file, values = _read_answers(Path(path), form)
        except BsreporterError as exc:
            unreadable.append((str(path), str(exc).splitlines()[0]))
            continue
        finally:
            if progress is not None:
                progress(index, len(paths))
        if form is None:
            form = installed_questionnaire(form_of_file)
        if figures is None:
            formulas = load_formulas(available_forms()[form.id], form)
            figures = [IndicatorFigure(f) for f in formulas]
        parties.append(party)
        rules = RuleEvaluation(form, values)
        for figure in figures:
            formula = figure.formula
            if not _answered(formula, rules, values):
                figure.not_answered.append(party)
                continue
            figure.answered.append(party)
            result = formula.expression.evaluate(rules.lookup)
            if formula.kind is FormulaKind.SUM:
                amount = number(result)
                if math.isnan(amount):
                    figure.answered.pop()
                    figure.not_answered.append(party)
                else:
                    figure.total += amount
                    if amount:
                        figure.counted.append(party)
            elif boolean(result):
                figure.counted.append(party)
    if form is None or figures is None:
        raise ExchangeError("None of the files could be read: " + "; ".join(f"{Path(f).name}: {r}" for f, r in unreadable))
    return Aggregation(form, tuple(parties), tuple(figures), tuple(unreadable), tuple(Path(p) for p in paths))


def _read_answers(path: Path, form: Questionnaire | None) -> tuple[str, str, dict[str, object]]:
    """The Party, the questionnaire id and the confirmed answers of one report file or exported workbook."""
    if path.suffix.lower() == ".xlsx":
        from bsreporter.exchange.xlsx_read import read_workbook

        workbook = read_workbook(path, form)
        if workbook.problems:
            raise ExchangeError(f"{len(workbook.problems)} answers cannot be read, first: {workbook.problems[0]}")
        values = {q: v for q, v in workbook.answers.items() if v is not None and not isinstance(v, SpecialAnswer)}
        return workbook.party or path.stem, workbook.form_id, values
    with Report.open(path, read_only=True, form=form) as report:
        values = dict(report.values())
        for question_id, answer in report.answers().items():
            if answer.needs_review:
                values.pop(question_id, None)  # not yet confirmed for this cycle
        return report.info.party, report.form.id, values


def write_summary(aggregation: Aggregation, destination: Path, *, language: str = "en") -> None:
    """Write the analysis as a workbook: one row per indicator, with the Parties behind each figure.

    It replaces only an earlier workbook, never a report or one of the files analysed.
    """
    check_writable(destination, kind=XLSX, inputs=aggregation.files)
    book = Workbook()
    sheet = book.active
    sheet.title = "Indicators"
    header = ["Indicator", "Text", "Kind", "Value", "Parties counted", "Parties answered", "Did not answer",
              "Parties behind the figure"]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for figure in aggregation.figures:
        indicator = aggregation.form.indicators[figure.formula.indicator_id]
        value = figure.value
        sheet.append([
            indicator.id, indicator.text.get(language), figure.formula.kind.value,
            None if value is None else round(value, 2), len(figure.counted), len(figure.answered),
            len(figure.not_answered), "; ".join(figure.counted),
        ])
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGH", (10, 70, 12, 10, 10, 10, 10, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    reports = book.create_sheet("Reports")
    reports.append(["Party or file", "Read"])
    for party in aggregation.parties:
        reports.append([party, "yes"])
    for path, reason in aggregation.unreadable:
        reports.append([path, f"no: {reason}"])
    with atomic_write(destination, kind=XLSX, inputs=aggregation.files) as handle:
        book.save(handle)
