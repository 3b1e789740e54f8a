"""An import or a merge as one undo step: undo puts back exactly the answers it replaced, redo brings it again."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from bsreporter.errors import BsreporterError
from bsreporter.exchange.importing import ImportPlan, PreparedImport, apply_import, store_prepared_import
from bsreporter.gui.dialogs import error_text
from bsreporter.report.compare import PreviousAnswer
from bsreporter.report.store import Answer, Report, Source

if TYPE_CHECKING:
    from bsreporter.gui.session import ReportSession


@dataclass(frozen=True, slots=True)
class AppliedImport:
    """What applying an import did: each touched question's answer before and after, and the backup."""

    source_name: str  # the file the answers came from
    source: Source  # imported or merged
    before: Mapping[str, Answer | None]
    after: Mapping[str, Answer | None]
    #: the previous cycle's answers of the same questions, when the import carried answers over
    previous_before: Mapping[str, PreviousAnswer | None] | None
    previous_after: Mapping[str, PreviousAnswer | None] | None
    changed: int
    backup: Path

    @property
    def question_ids(self) -> list[str]:
        """The questions whose answers the import changed."""
        return [q for q in self.after if not _same(self.before.get(q), self.after.get(q))]


def _same(a: Answer | None, b: Answer | None) -> bool:
    def key(x: Answer | None) -> tuple[object, object, bool]:
        return (None, None, False) if x is None else (x.value, x.special, x.needs_review)

    return key(a) == key(b)


def apply_and_record(report: Report, plan: ImportPlan, selected: Collection[str], source: Source) -> AppliedImport:
    """Apply an import plan (snapshot first, one transaction) and record what it replaced; on the window's thread."""
    chosen = list(selected)
    stored = report.answers()
    before = {q: stored.get(q) for q in chosen}
    kept = report.previous_answers() if plan.carried_over else None
    outcome = apply_import(report, plan, chosen, source=source)
    stored = report.answers()
    after = {q: stored.get(q) for q in chosen}
    previous: dict[str, PreviousAnswer | None] | None = None
    previous_after: dict[str, PreviousAnswer | None] | None = None
    if kept is not None:  # only a carry-over touches the previous cycle's answers
        now = report.previous_answers()
        previous = {q: kept.get(q) for q in chosen}
        previous_after = {q: now.get(q) for q in chosen}
    return AppliedImport(
        plan.source.name, source, before, after, previous, previous_after, outcome.changed, outcome.backup.path
    )


def store_and_record(report: Report, plan: ImportPlan, prepared: PreparedImport, source: Source) -> AppliedImport | None:
    """Store an import prepared in the background (one transaction, on the window's thread) and record what it replaced.

    None, and nothing stored, when the report changed since it was prepared: prepare it again.
    """
    changed = store_prepared_import(report, prepared, source=source, source_detail=plan.source.name)
    if changed is None:
        return None
    written_at = report.meta_value("updated_at")  # the time the write gave every answer it changed
    after: dict[str, Answer | None] = {q: replace(a, updated_at=written_at) for q, a in prepared.answers.items()}
    previous_after = dict(prepared.previous) if prepared.previous is not None else None
    return AppliedImport(plan.source.name, source, prepared.before, after, prepared.previous_before, previous_after,
                         changed, prepared.backup.path)


class ImportCommand(QUndoCommand):
    """The whole import (or merge) of one file, undone and redone as one step."""

    def __init__(self, session: ReportSession, applied: AppliedImport) -> None:
        if applied.source is Source.MERGED:
            text = QCoreApplication.translate("Undo", "Merge {name}").format(name=applied.source_name)
        else:
            text = QCoreApplication.translate("Undo", "Import {name}").format(name=applied.source_name)
        super().__init__(text)
        self._session = session
        self._applied = applied
        # The import was applied before the command was pushed; push() calls redo() at once.
        self._skip_redo = True

    @property
    def applied(self) -> AppliedImport:
        """What the import did."""
        return self._applied

    def redo(self) -> None:
        """Store the imported answers again."""
        if self._skip_redo:
            self._skip_redo = False
            return
        applied = self._applied
        self._put(applied.after, applied.previous_after, applied.source, applied.source_name)

    def undo(self) -> None:
        """Put back the answers the import replaced, and nothing else."""
        applied = self._applied
        self._put(applied.before, applied.previous_before, Source.RESTORED, f"undo of {applied.source_name}")

    def _put(
        self,
        answers: Mapping[str, Answer | None],
        previous: Mapping[str, PreviousAnswer | None] | None,
        source: Source,
        detail: str,
    ) -> None:
        session = self._session
        wanted = {q: answers.get(q) for q in self._applied.question_ids}
        kept = {q: previous.get(q) for q in answers} if previous is not None else None
        try:
            session.report.put_back_answers(wanted, source=source, source_detail=detail, previous=kept)
        except BsreporterError as exc:
            # Qt cannot take an exception from undo(): say it, change nothing on screen.
            session.problemOccurred.emit(error_text(exc))
            return
        # The window takes the answers just written, as applying does, instead of reading and checking
        # every answer again (a long table's rows); it still reads the previous cycle's answers again.
        session.reload_answers(wanted, written=_as_written(session, wanted))


def _as_written(session: ReportSession, wanted: Mapping[str, Answer | None]) -> dict[str, Answer]:
    """The answers ``Report.put_back_answers`` has just stored for ``wanted``, as the file now holds them.

    A question whose answer was already the one put back was not written: it keeps its time and author.
    """
    report = session.report
    written_at = report.meta_value("updated_at")  # the time the write gave every answer it changed
    written: dict[str, Answer] = {}
    for question_id, answer in wanted.items():
        shown = session.answers.get(question_id)
        if answer is None:
            target = Answer(question_id, None, None, False, written_at, report.author)  # a blank row, as stored
        else:
            target = replace(answer, updated_at=written_at, author=answer.author or report.author)
        if _same(shown, target):
            if shown is not None:
                written[question_id] = shown
        else:
            written[question_id] = target
    return written
