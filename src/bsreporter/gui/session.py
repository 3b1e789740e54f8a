"""The open report as the windows see it: answers, completeness, undo, and whether all is saved.

A ``ReportSession`` forwards every change to the core (``Report.set_answer``), keeps the
answers and the completeness check the widgets read, and announces changes by signals.
It holds no rule of its own: validation, relevance and completeness come from the core.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from bsreporter.errors import AnswerError, BsreporterError
from bsreporter.form.model import Questionnaire
from bsreporter.form.values import InvalidValue
from bsreporter.gui.dialogs import error_text
from bsreporter.report.completeness import Completeness, CompletenessTracker, Status
from bsreporter.report.store import Answer, Report, Source


class SaveState(str, Enum):
    """What the status bar says about storing."""

    SAVED = "saved"  # everything shown is committed to the file
    SAVING = "saving"  # typing in progress; stored after a short pause
    REFUSED = "refused"  # a value shown is not stored because it does not fit its question
    FAILED = "failed"  # the file could not be written


@dataclass(frozen=True, slots=True)
class LoadedReport:
    """What opening hands to the window: the open file and its first completeness check."""

    report: Report
    answers: dict[str, Answer]
    completeness: Completeness
    #: keeps the completeness up to date answer by answer (None: the session starts its own)
    tracker: CompletenessTracker | None = None


@dataclass(frozen=True, slots=True)
class ReadReport:
    """A report read and worked out in the background, through a connection of that thread, then closed."""

    report: Report
    answers: dict[str, Answer]
    completeness: Completeness
    tracker: CompletenessTracker
    #: the file's time of its last change and its language, when it was read: the window checks them
    mark: tuple[str, str]


def _mark(report: Report) -> tuple[str, str]:
    """What changes with any answer written, and the language stored answers are read in."""
    return report.meta_value("updated_at"), report.meta_value("language")


def read_report(report: Report) -> ReadReport:
    """Read the answers and work out the completeness of a report opened in the background (before closing it).

    The window then only builds its widgets: reading and checking a 1,000-row table's cells and
    the first full completeness check take a tenth of a second.
    """
    mark = _mark(report)  # before the answers: a change made in between is seen by the window
    answers = report.answers()
    tracker = CompletenessTracker(report.form)
    return ReadReport(report, answers, tracker.check(answers), tracker, mark)


def load_report(report: Report, read: ReadReport | None = None) -> LoadedReport:
    """Everything the window needs from an open report (on the window's thread, which owns its connection).

    ``read``: the same file read in the background, taken as it is unless the file changed since.
    """
    if read is not None and read.report.path == report.path and read.mark == _mark(report):
        report.take_checked_rows(read.report)
        return LoadedReport(report, read.answers, read.completeness, read.tracker)
    answers = report.answers()
    tracker = CompletenessTracker(report.form)
    return LoadedReport(report, answers, tracker.check(answers), tracker)


def answer_as_raw(answer: Answer | None) -> Any:
    """The value to hand back to ``Report.set_answer`` to restore ``answer`` (None clears)."""
    if answer is None:
        return None
    return answer.special if answer.special is not None else answer.value


def same_answer(a: Answer | None, b: Answer | None) -> bool:
    """True when two stored answers say the same thing (ignoring when and by whom)."""

    def key(x: Answer | None) -> tuple[Any, Any, bool]:
        return (None, None, False) if x is None else (x.value, x.special, x.needs_review)

    return key(a) == key(b)


class ReportSession(QObject):
    """One open report and everything the windows derive from it."""

    #: question id, and the object that made the change (None: undo/redo or elsewhere)
    answerChanged = Signal(str, object)
    completenessChanged = Signal()
    saveStateChanged = Signal()
    #: a stored change could not be made during undo/redo: the message
    problemOccurred = Signal(str)

    def __init__(self, loaded: LoadedReport, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = loaded.report
        self.form: Questionnaire = loaded.report.form
        self.answers: dict[str, Answer] = dict(loaded.answers)
        self.completeness: Completeness = loaded.completeness
        self._tracker = loaded.tracker or CompletenessTracker(self.form)
        if self._tracker.result is not loaded.completeness:
            self.completeness = self._tracker.check(self.answers)
        #: the previous cycle's answers by question id: (value, special answer, file it came from)
        self.previous_answers = loaded.report.previous_answers()
        self.undo_stack = QUndoStack(self)
        self._pending: dict[object, Callable[[], None]] = {}
        self._refused: dict[str, str] = {}
        self._failure: str | None = None
        self._validated = loaded.report.is_validated

    # -- reading -----------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """True when nothing can be changed: opened read-only (someone else edits it), or validated and locked."""
        return self.report.read_only or self._validated

    @property
    def validated(self) -> bool:
        """True when the report is validated and locked until it is reopened for editing."""
        return self._validated

    def validation_changed(self) -> None:
        """Read again whether the report is validated (after Validate or Reopen for editing)."""
        self._validated = self.report.is_validated
        self.saveStateChanged.emit()

    def is_relevant(self, question_id: str) -> bool:
        """True when the question is asked, given the answers so far."""
        status = self.completeness.questions.get(question_id)
        return status is None or status.status is not Status.NOT_RELEVANT

    # -- changing ----------------------------------------------------------------------

    def change_answer(
        self,
        question_id: str,
        raw: Any,
        origin: object = None,
        *,
        source: Source = Source.TYPED,
        detail: str | None = None,
    ) -> str | None:
        """Store what the person entered; return the message to show inline when it is refused.

        A stored change goes on the undo stack. A refused value leaves the file unchanged.
        ``source`` and ``detail`` are recorded in the history (e.g. an earlier value restored).
        """
        from bsreporter.gui.undo import AnswerCommand

        before = self.answers.get(question_id)
        try:
            after = self.report.set_answer(question_id, raw, source=source, source_detail=detail)
        except AnswerError as exc:
            from bsreporter.gui.interface_language import current_language

            message = exc.text(current_language())  # why it was refused, in the person's language
            self._refused[question_id] = message
            self.saveStateChanged.emit()
            return message
        except BsreporterError as exc:
            self._failure = error_text(exc)
            self.saveStateChanged.emit()
            # The file could not be written (full or read-only disk): every view shows the
            # stored answer again, so nothing on screen pretends to be saved.
            self.answerChanged.emit(question_id, None)
            return self._failure
        self._refused.pop(question_id, None)
        self._failure = None
        if same_answer(before, after):
            self.saveStateChanged.emit()
            return None
        self.undo_stack.push(AnswerCommand(self, question_id, before, after, already_done=True))
        self._stored(question_id, after, origin)
        return None

    def confirm_answer(self, question_id: str, origin: object = None) -> str | None:
        """Mark a carried-over answer as reviewed; return a message if that failed."""
        from bsreporter.gui.undo import AnswerCommand

        before = self.answers.get(question_id)
        try:
            after = self.report.confirm_answer(question_id)
        except BsreporterError as exc:
            return error_text(exc)
        self.undo_stack.push(AnswerCommand(self, question_id, before, after, already_done=True, confirm=True))
        self._stored(question_id, after, origin)
        return None

    def restore_answer(self, question_id: str, answer: Answer | None, *, detail: str, confirm: bool = False) -> None:
        """Put ``answer`` back (undo/redo). Problems are announced, not raised: Qt cannot take them."""
        try:
            if confirm and answer is not None and not answer.needs_review:
                stored = self.report.confirm_answer(question_id)
            elif answer is not None and isinstance(answer.value, InvalidValue):
                # An answer that never fitted cannot pass the checks again: put it back exactly as stored.
                self.report.put_back_answers({question_id: answer}, source=Source.RESTORED, source_detail=detail)
                stored = self.report.answer(question_id) or answer
            else:
                source = Source.CARRIED_OVER if answer is not None and answer.needs_review else Source.TYPED
                stored = self.report.set_answer(question_id, answer_as_raw(answer), source=source, source_detail=detail)
        except BsreporterError as exc:
            self._failure = error_text(exc)
            self.saveStateChanged.emit()
            self.problemOccurred.emit(self._failure)
            return
        self._refused.pop(question_id, None)
        self._stored(question_id, stored, None)

    def reload_answers(self, question_ids: Iterable[str] = (), *, written: Mapping[str, Answer] | None = None,
                       ) -> list[str]:
        """Read the answers again after a batch changed the file (a restore, an import, a merge, their undo).

        Every question whose answer differs from what was shown is announced once (and
        ``question_ids`` too, if given); returns the questions announced. ``written``: the
        answers the batch has just stored, exactly as stored, when the caller has them (an
        import): the others are as shown, so nothing is read again (a long table's cells
        take a noticeable part of a second to read and check).
        """
        changed = self.take_answers(question_ids, written=written)
        self.announce_answers(changed)
        return changed

    def take_answers(self, question_ids: Iterable[str] = (), *, written: Mapping[str, Answer] | None = None,
                     ) -> list[str]:
        """The first half of ``reload_answers``: the answers and their completeness, not yet announced.

        Returns the questions to announce with ``announce_answers``, which must follow before
        anything else can change the report (the window does both in turns of its event loop,
        so that neither holds it for long).
        """
        stored = self.report.answers() if written is None else {**self.answers, **written}
        named = set(question_ids)
        changed = [
            qid
            for qid in self.form.questions
            if qid in named or not same_answer(self.answers.get(qid), stored.get(qid))
        ]
        self.answers = stored
        self.previous_answers = self.report.previous_answers()
        self._refused.clear()
        self._failure = None
        self.completeness = self._tracker.check(self.answers)  # a batch: everything is worked out again
        return changed

    def announce_answers(self, changed: Iterable[str]) -> None:
        """The second half of ``reload_answers``: tell the window which answers and what completeness changed."""
        for question_id in changed:
            self.answerChanged.emit(question_id, None)
        self.completenessChanged.emit()
        self.saveStateChanged.emit()

    def keep_table_rows(self, rows: tuple[Any, dict[Any, Any]]) -> None:
        """Take the completeness of table rows worked out elsewhere (``CompletenessTracker.table_rows``)."""
        self._tracker.keep_table_rows(rows)

    def _stored(self, question_id: str, answer: Answer, origin: object) -> None:
        # A cleared answer is stored as a blank row (its history stays); completeness reads it as missing.
        self.answers[question_id] = answer
        # Only what this answer can change is worked out again (the same result as a full check).
        self.completeness = self._tracker.update(self.answers, [question_id])
        self.answerChanged.emit(question_id, origin)
        self.completenessChanged.emit()
        self.saveStateChanged.emit()

    # -- pending edits (text typed, not yet stored) ------------------------------------

    def mark_pending(self, key: object, flush: Callable[[], None]) -> None:
        """An editor holds typed text it will store after a pause; ``flush`` stores it now."""
        first = not self._pending
        self._pending[key] = flush
        if first:
            self.saveStateChanged.emit()

    def clear_pending(self, key: object) -> None:
        """The editor stored (or dropped) its typed text."""
        if self._pending.pop(key, None) is not None and not self._pending:
            self.saveStateChanged.emit()

    def has_pending(self) -> bool:
        """True while typed text waits to be stored."""
        return bool(self._pending)

    def flush_pending(self) -> None:
        """Store every pending edit now (before undo, switching report, export, closing)."""
        for flush in list(self._pending.values()):
            flush()
        self._pending.clear()

    def forget_refused(self, question_id: str) -> None:
        """The refused value of a question is no longer shown (it was cleared or replaced)."""
        if self._refused.pop(question_id, None) is not None:
            self.saveStateChanged.emit()

    def save_state(self) -> tuple[SaveState, str]:
        """What to tell the person about storing, with the message for a problem."""
        if self._failure:
            return SaveState.FAILED, self._failure
        if self._pending:
            return SaveState.SAVING, ""
        if self._refused:
            return SaveState.REFUSED, next(reversed(self._refused.values()))
        return SaveState.SAVED, ""

    # -- closing -----------------------------------------------------------------------

    def close(self) -> None:
        """Store pending edits and close the file."""
        self.flush_pending()
        self.undo_stack.clear()
        self.report.close()
