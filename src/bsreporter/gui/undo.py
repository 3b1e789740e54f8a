"""Undo/redo of answers: each command puts a stored answer back through the core (Report.set_answer)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from bsreporter.report.store import Answer

if TYPE_CHECKING:
    from bsreporter.form.model import Questionnaire


class AnswerKeeper(Protocol):
    """What a command needs of the open report's session (ReportSession): its form, and putting an answer back."""

    @property
    def form(self) -> Questionnaire:
        """The questionnaire the report answers."""
        ...

    def restore_answer(self, question_id: str, answer: Answer | None, *, detail: str, confirm: bool = False) -> None:
        """Store ``answer`` (None: clear it) as an undo or redo, announcing any problem."""
        ...


class AnswerCommand(QUndoCommand):
    """One change of one answer (a value, a special answer, clearing, or confirming a carry-over)."""

    def __init__(
        self,
        session: AnswerKeeper,
        question_id: str,
        before: Answer | None,
        after: Answer | None,
        *,
        already_done: bool,
        confirm: bool = False,
    ) -> None:
        question = session.form.question(question_id)
        text = (
            QCoreApplication.translate("Undo", "Confirm answer {number}")
            if confirm
            else QCoreApplication.translate("Undo", "Answer {number}")
        ).format(number=question.number)
        super().__init__(text)
        self._session = session
        self._question_id = question_id
        self._before = before
        self._after = after
        self._confirm = confirm
        # The change was made before the command was pushed (so a refused value never enters
        # the stack); QUndoStack.push calls redo() at once, which must then do nothing.
        self._skip_redo = already_done

    @property
    def question_id(self) -> str:
        """The question this command changes."""
        return self._question_id

    def redo(self) -> None:
        """Store the answer as it was after the change."""
        if self._skip_redo:
            self._skip_redo = False
            return
        self._session.restore_answer(self._question_id, self._after, detail="redo", confirm=self._confirm)

    def undo(self) -> None:
        """Store the answer as it was before the change."""
        self._session.restore_answer(self._question_id, self._before, detail="undo")
