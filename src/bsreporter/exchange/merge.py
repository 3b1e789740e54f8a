"""Merging a colleague's contribution: their copy of the report file (or a filled workbook).

The common ground is the moment their copy was made: for a copy of the report file, the
last change both files share in their history. From there the import machinery does a
three-way comparison: answers only they changed are taken, answers both changed are
conflicts for the focal point to decide, answers only we changed stay as they are.
"""

from __future__ import annotations

from pathlib import Path

from bsreporter.errors import ExchangeError, ReportError
from bsreporter.exchange.importing import ImportPlan, IncomingAnswer, plan_import
from bsreporter.report.store import HistoryEntry, Report


def _shared_base(ours: list[HistoryEntry], theirs: list[HistoryEntry]) -> str | None:
    """Time of the last history entry both files share (None when they share none)."""
    base = None
    for mine, other in zip(ours, theirs, strict=False):
        same = (mine.id, mine.at, mine.question_id, mine.new_value, mine.new_special) == \
               (other.id, other.at, other.question_id, other.new_value, other.new_special)
        if not same:
            break
        base = mine.at
    return base


def plan_merge_report(report: Report, contribution: Path) -> ImportPlan:
    """Preview what merging a copy of the report file would do; changes nothing."""
    if Path(contribution).resolve() == report.path.resolve():
        raise ExchangeError("That is the report itself; choose your colleague's copy.")
    try:
        other = Report.open(contribution, read_only=True, form=report.form)
    except ReportError as exc:
        raise ExchangeError(f"The contribution cannot be read: {exc}") from exc
    with other:
        base = _shared_base(report.history(), other.history())
        if base is None:
            raise ExchangeError(f"'{Path(contribution).name}' is not a copy of this report (they share no history); "
                                "use Import to take answers from another report.")
        incoming = []
        for question_id, answer in other.answers().items():
            raw = answer.special if answer.special is not None else answer.value
            incoming.append(IncomingAnswer(f"{Path(contribution).name}:{question_id}", question_id, raw, question_id,
                                           author=answer.author))
        # answers they cleared are contributions too
        for question_id in report.answers().keys() - other.answers().keys():
            incoming.append(IncomingAnswer(f"{Path(contribution).name}:{question_id}", question_id, None, question_id))
    return plan_import(report, incoming, source=Path(contribution), carried_over=False, base_time=base)
