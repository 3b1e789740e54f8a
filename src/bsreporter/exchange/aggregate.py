"""Secretariat analysis: compute the Strategic Plan indicators across many national reports.

Each report file is read once; every indicator formula of the form (forms/<form>/
indicators.yaml) is evaluated on its answers, with the same relevance rules as the
completeness check (a follow-up that was not asked is empty).
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from bsreporter.atomic import XLSX, atomic_write, check_writable
from bsreporter.errors import BsreporterError, ExchangeError
from bsreporter.exchange.labels import phrase
from bsreporter.form.analysis import FormulaKind, IndicatorFormula, load_formulas
from bsreporter.form.expression import boolean, number
from bsreporter.form.installed import available_forms, installed_questionnaire
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import InvalidValue
from bsreporter.messages import Listing, Phrase
from bsreporter.report.fingerprint import answers_fingerprint
from bsreporter.report.store import Answer, Report


@dataclass
class IndicatorFigure:
    """One indicator's value across the reports read."""

    formula: IndicatorFormula
    counted: list[str] = field(default_factory=list)  # Parties for which the condition holds
    answered: list[str] = field(default_factory=list)  # Parties whose answers allow the computation
    not_answered: list[str] = field(default_factory=list)
    total: float = 0.0  # for sums
    #: For each report counted, in order: "counted", "answered" (the condition does not hold, or
    #: a sum of zero) or "not_answered"
    outcomes: list[str] = field(default_factory=list)
    #: For a sum, each report's amount in order (None where it did not answer)
    amounts: list[float | None] = field(default_factory=list)

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
class PartyReport:
    """One file read for the analysis: whose report it is, what it answers, and how to tell its copies."""

    path: Path
    #: "report" for a report file, "workbook" for a workbook exported from one
    format: str
    party: str
    form_id: str
    language: str
    cycle: str
    #: When its answers were last changed, as far as the file tells (ISO 8601, UTC)
    changed_at: str
    #: The content fingerprint of its answers (bsreporter.report.fingerprint)
    fingerprint: str
    answers: Mapping[str, Answer]

    @property
    def same_party_key(self) -> tuple[str, str] | None:
        """What makes two files reports of the same Party: its name, however spaced or cased, and the format.

        None when the file names no Party: it is then never taken for another file's copy.
        """
        name = " ".join(unicodedata.normalize("NFKC", self.party).casefold().split())
        return (name, self.form_id) if name else None

    def confirmed_values(self) -> dict[str, object]:
        """The values the indicators are computed from: answers confirmed for this cycle, valid, not special."""
        return {q: a.value for q, a in self.answers.items()
                if a.value is not None and not isinstance(a.value, InvalidValue) and not a.needs_review}


@dataclass(frozen=True, slots=True)
class SameParty:
    """Files holding a report of the same Party in the same format: only ``kept`` is counted."""

    party: str
    kept: Path
    set_aside: tuple[Path, ...]
    #: True when every file holds the same answers (copies); else the one changed last is kept
    identical: bool
    kept_changed_at: str

    def warning(self) -> Phrase:
        """What the person is told: the Party, every file, and which one is counted."""
        others = ", ".join(f"'{path}'" for path in self.set_aside)
        if self.identical:
            return Phrase("aggregate_same_party_copies", {"party": self.party, "kept": str(self.kept),
                                                          "others": others})
        return Phrase("aggregate_same_party_differs", {"party": self.party, "kept": str(self.kept),
                                                       "others": others, "when": self.kept_changed_at})


@dataclass(frozen=True, slots=True)
class Aggregation:
    """Indicator figures over a set of reports, and the files that could not be read or were set aside."""

    form: Questionnaire
    parties: tuple[str, ...]
    figures: tuple[IndicatorFigure, ...]
    unreadable: tuple[tuple[str, BsreporterError], ...]  # (file, why: in any language, its str() in English)
    #: Every file given, read or not: the summary is never written over one of them.
    files: tuple[Path, ...] = ()
    #: The reports counted, one per Party, in the order given (``parties`` are their names).
    reports: tuple[PartyReport, ...] = ()
    #: Parties given in more than one file, each counted once.
    same_party: tuple[SameParty, ...] = ()


def _answered(formula: IndicatorFormula, rules: RuleEvaluation, values: dict[str, object]) -> bool:
    if formula.answered is not None:
        return formula.answered.is_true(rules.lookup)
    # every question the formula reads has an answer, unless it was not asked
    return all(not rules.is_relevant(q) or values.get(q) is not None for q in formula.expression.references)


def aggregate_reports(paths: Sequence[Path], *, form_id: str | None = None, form_folder: Path | None = None,
                      progress: Callable[[int, int], None] | None = None) -> Aggregation:
    """Read every report and compute each indicator; unreadable files are listed, not fatal.

    A Party given in more than one file (copies of its report, or a report and a workbook
    exported from it) is counted once: see :func:`count_each_party_once`. ``form_folder``
    reads the reports against the questionnaire in that folder instead of an installed one.
    """
    if not paths:
        raise ExchangeError.of("aggregate_no_files")
    form: Questionnaire | None = None
    if form_folder is not None:
        form = load_questionnaire(form_folder)
    elif form_id:
        form = installed_questionnaire(form_id)
    read: list[PartyReport] = []
    unreadable: list[tuple[str, BsreporterError]] = []
    for index, path in enumerate(paths, start=1):
        try:
            party_report = read_party_report(Path(path), form)
        except BsreporterError as exc:
            unreadable.append((str(path), exc))
            continue
        finally:
            if progress is not None:
                progress(index, len(paths))
        if form is None:
            form = installed_questionnaire(party_report.form_id)
        read.append(party_report)
    if form is None or not read:
        raise ExchangeError.of("aggregate_nothing_readable",
                               reasons=Listing(tuple(Phrase("file_reason", {"name": Path(f).name, "reason": r})
                                                     for f, r in unreadable)))
    counted, same_party = count_each_party_once(read)
    formulas = load_formulas(form_folder if form_folder is not None else available_forms()[form.id], form)
    figures = [IndicatorFigure(f) for f in formulas]
    for party_report in counted:
        _count(figures, form, party_report.party, party_report.confirmed_values())
    return Aggregation(form, tuple(r.party for r in counted), tuple(figures), tuple(unreadable),
                       tuple(Path(p) for p in paths), tuple(counted), tuple(same_party))


def _count(figures: list[IndicatorFigure], form: Questionnaire, party: str, values: dict[str, object]) -> None:
    """Add one Party's answers to every indicator figure."""
    rules = RuleEvaluation(form, values)
    for figure in figures:
        outcome, amount = _outcome(figure.formula, rules, values)
        figure.outcomes.append(outcome)
        figure.amounts.append(amount)
        if outcome == "not_answered":
            figure.not_answered.append(party)
            continue
        figure.answered.append(party)
        if outcome == "counted":
            figure.counted.append(party)
        if amount is not None:
            figure.total += amount


def _outcome(formula: IndicatorFormula, rules: RuleEvaluation, values: dict[str, object]) -> tuple[str, float | None]:
    """How one Party's answers count for one indicator, and for a sum its amount."""
    if not _answered(formula, rules, values):
        return "not_answered", None
    result = formula.expression.evaluate(rules.lookup)
    if formula.kind is FormulaKind.SUM:
        amount = number(result)
        if math.isnan(amount):
            return "not_answered", None
        return ("counted" if amount else "answered"), amount
    return ("counted" if boolean(result) else "answered"), None


def count_each_party_once(reports: Sequence[PartyReport]) -> tuple[list[PartyReport], list[SameParty]]:
    """One report per Party: the files that name the same Party in the same format are counted once.

    The same Party is the same name (letter case, spacing and Unicode forms aside) answering the
    same questionnaire. When all its files hold the same answers (copies, or a report and a workbook
    exported from it and not edited since), the first given is kept. When their answers differ, the
    one whose answers were changed last is kept (the first given of equals); the others are set
    aside and named. A file that names no Party is always counted.
    """
    groups: dict[tuple[str, str], list[PartyReport]] = {}
    order: list[tuple[str, str] | PartyReport] = []
    for report in reports:
        key = report.same_party_key
        if key is None:
            order.append(report)
        elif key in groups:
            groups[key].append(report)
        else:
            groups[key] = [report]
            order.append(key)
    counted: list[PartyReport] = []
    same_party: list[SameParty] = []
    for entry in order:
        if isinstance(entry, PartyReport):
            counted.append(entry)
            continue
        group = groups[entry]
        identical = len({r.fingerprint for r in group}) == 1
        kept = group[0] if identical else max(group, key=lambda r: _moment(r.changed_at))  # max keeps the first
        counted.append(kept)
        if len(group) > 1:
            same_party.append(SameParty(kept.party, kept.path, tuple(r.path for r in group if r is not kept),
                                        identical, kept.changed_at))
    return counted, same_party


def _moment(text: str) -> dt.datetime:
    """A recorded time, comparable with any other (a time that cannot be read is the earliest)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def read_party_report(path: Path, form: Questionnaire | None) -> PartyReport:
    """One report file or exported workbook, with everything the analysis and its database keep of it."""
    if path.suffix.lower() == ".xlsx":
        return _read_workbook(path, form)
    with Report.open(path, read_only=True, form=form) as report:
        info, answers = report.info, report.answers()
        return PartyReport(path, "report", info.party or path.stem, report.form.id, info.language, info.cycle,
                           info.updated_at, answers_fingerprint(report.form, answers), answers)


def _read_workbook(path: Path, form: Questionnaire | None) -> PartyReport:
    from bsreporter.exchange.xlsx_read import read_workbook

    workbook = read_workbook(path, form)
    if workbook.problems:
        raise ExchangeError.of("aggregate_workbook_problems", count=len(workbook.problems),
                               first=str(workbook.problems[0]))
    form = form or installed_questionnaire(workbook.form_id)
    answers = {q: Answer(q, None if isinstance(v, SpecialAnswer) else v, v if isinstance(v, SpecialAnswer) else None,
                         needs_review=False, updated_at="", author="")
               for q, v in workbook.answers.items() if v is not None}
    fingerprint = answers_fingerprint(form, answers)
    about = workbook.about
    changed_at = about.get("answers_as_of", "")
    if fingerprint != about.get("fingerprint") or not changed_at:
        # edited after it was exported (or exported by an older version): its answers are as new as the file
        changed_at = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).isoformat().replace("+00:00", "Z")
    return PartyReport(path, "workbook", workbook.party or path.stem, workbook.form_id, workbook.language,
                       about.get("cycle", ""), changed_at, fingerprint, answers)


def write_summary(aggregation: Aggregation, destination: Path, *, language: str = "en") -> None:
    """Write the analysis as a workbook: one row per indicator, with the Parties behind each figure.

    It replaces only an earlier workbook, never a report or one of the files analysed.
    """
    check_writable(destination, kind=XLSX, inputs=aggregation.files)
    book = Workbook()
    sheet = book.active
    def words(key: str, **params: object) -> str:
        return Phrase(key, params).text(language)

    sheet.title = phrase("indicators", language)
    sheet.append([phrase("indicator", language), *(words(f"aggregate_col_{column}") for column in
                  ("text", "kind", "value", "counted", "answered", "not_answered", "behind"))])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for figure in aggregation.figures:
        indicator = aggregation.form.indicators[figure.formula.indicator_id]
        value = figure.value
        sheet.append([
            indicator.id, indicator.text.get(language), words(f"aggregate_kind_{figure.formula.kind.value}"),
            None if value is None else round(value, 2), len(figure.counted), len(figure.answered),
            len(figure.not_answered), "; ".join(figure.counted),
        ])
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGH", (10, 70, 12, 10, 10, 10, 10, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    reports = book.create_sheet(words("aggregate_sheet_reports"))
    reports.append([words("aggregate_col_party_or_file"), words("aggregate_col_read")])
    for party in aggregation.parties:
        reports.append([party, words("aggregate_row_read")])
    for same in aggregation.same_party:
        for copy in same.set_aside:
            reports.append([str(copy), words("aggregate_set_aside_row", kept=str(same.kept))])
    for file, reason in aggregation.unreadable:
        reports.append([file, words("aggregate_row_unreadable", reason=reason.text(language).splitlines()[0])])
    with atomic_write(destination, kind=XLSX, inputs=aggregation.files) as handle:
        book.save(handle)
