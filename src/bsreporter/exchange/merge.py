"""Merging a colleague's contribution: their copy of the report file (or a filled workbook).

The common ground is the moment their copy was made: for a copy of the report file, the
last change both files share in their history, found by the order and content of the
history entries (never by their times: a clock set back would make a newer answer look
older). From there the import machinery does a three-way comparison: answers only they changed are taken, answers both changed are
conflicts for the focal point to decide, answers only we changed stay as they are.
"""

from __future__ import annotations

from pathlib import Path

from bsreporter.errors import ExchangeError, ReportError
from bsreporter.exchange.common_base import shared_base
from bsreporter.exchange.importing import ImportPlan, IncomingAnswer, plan_import
from bsreporter.report.store import Report


def plan_merge_report(report: Report, contribution: Path, *, other_party: bool = False) -> ImportPlan:
    """Preview what merging a copy of the report file would do; changes nothing.

    A copy that names another Party raises OtherPartyError unless ``other_party`` confirms it.
    """
    if Path(contribution).resolve() == report.path.resolve():
        raise ExchangeError.of("merge_from_itself")
    try:
        other = Report.open(contribution, read_only=True, form=report.form)
    except ReportError as exc:
        raise ExchangeError.of("merge_unreadable", reason=exc) from exc
    with other:
        base = shared_base(report.history(), other.history())
        if base is None:
            raise ExchangeError.of("merge_not_a_copy", name=Path(contribution).name)
        incoming = []
        for question_id, answer in other.answers().items():
            raw = answer.special if answer.special is not None else answer.value
            incoming.append(IncomingAnswer(f"{Path(contribution).name}:{question_id}", question_id, raw, question_id,
                                           author=answer.author))
        # answers they cleared are contributions too
        for question_id in report.answers().keys() - other.answers().keys():
            incoming.append(IncomingAnswer(f"{Path(contribution).name}:{question_id}", question_id, None, question_id))
        their_party = other.info.party
    return plan_import(report, incoming, source=Path(contribution), carried_over=False, base=base,
                       source_party=their_party, other_party=other_party)
