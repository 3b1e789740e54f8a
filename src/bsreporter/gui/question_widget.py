"""One question on a page: number, text, hint, its editor, special answers and inline messages."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bsreporter.form.model import Question, QuestionType, SpecialAnswer
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import InvalidValue
from bsreporter.gui.actions import session_read_only_why
from bsreporter.gui.editor_factory import make_editor
from bsreporter.gui.editors import AnswerEditor, CheckListEditor
from bsreporter.gui.icons import StatusIcon, status_icon
from bsreporter.gui.interface_language import current_language
from bsreporter.gui.languages import second_language_label
from bsreporter.gui.previous_answer import PreviousAnswerView
from bsreporter.gui.session import ReportSession
from bsreporter.report.completeness import QuestionStatus, Status
from bsreporter.report.display import answer_text, invalid_value_text, special_answer_text
from bsreporter.report.store import Answer

TYPE_CHECKING = False
if TYPE_CHECKING:  # the history dialog and the table editor are imported when first used
    from bsreporter.gui.history_dialog import HistoryDialog
    from bsreporter.gui.table_editor import TableEditor

_ICON_PX = 18


def status_icon_kind(status: QuestionStatus) -> StatusIcon:
    """The icon that shows where one question stands."""
    match status.status:
        case Status.ANSWERED | Status.NOT_APPLICABLE | Status.NOT_AVAILABLE:
            return StatusIcon.COMPLETE
        case Status.INVALID:
            return StatusIcon.INVALID
        case Status.NEEDS_REVIEW:
            return StatusIcon.REVIEW
        case Status.NOT_RELEVANT:
            return StatusIcon.NOT_RELEVANT
        case _:
            return StatusIcon.EMPTY if status.required else StatusIcon.OPTIONAL


class QuestionWidget(QFrame):
    """A question and its editor; forwards every change to the session."""

    def __init__(
        self,
        question: Question,
        language: str,
        session: ReportSession,
        parent: QWidget | None = None,
        *,
        second_language: str = "",
        read_only_why: str | None = None,
    ) -> None:
        """``read_only_why``: why nothing can be changed, when the page has found it out already."""
        super().__init__(parent)
        self.question = question
        self.language = language
        self.session = session
        self.setObjectName(f"question_{question.id}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._refusal: str | None = None
        self._status: QuestionStatus | None = None
        self._status_of: Answer | None = None  # the stored answer the status shown was worked out for
        #: the status icon shown: what is stored, or "not saved" while a refused entry is on screen
        self.icon_kind = StatusIcon.EMPTY

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 10, 0, 10)
        outer.setSpacing(10)
        if question.relevant is not None:
            # A follow-up: set in under the question it follows, with a bar, so it reads as part of it.
            bar = QFrame()
            bar.setObjectName("followUpBar")
            bar.setFixedWidth(3)
            bar.setStyleSheet("#followUpBar { background: #a5d6a7; border-radius: 1px; }")
            outer.addSpacing(6)
            outer.addWidget(bar)
            self.setAccessibleDescription(self.tr("Follow-up question"))
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        outer.addLayout(layout, 1)

        header = QHBoxLayout()
        header.setSpacing(8)
        self.icon = QLabel()
        self.icon.setFixedSize(_ICON_PX, _ICON_PX)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self._title_html())
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        header.addWidget(self.title, 1)
        self.previous = PreviousAnswerView(question, language, self)
        header.addWidget(self.previous.button, 0, Qt.AlignmentFlag.AlignTop)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove this answer"))
        self.clear_button.setAccessibleName(
            self.tr("Clear the answer to question {number}").format(number=question.number)
        )
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self._clear)
        # Its place is kept while it is hidden: the question text would otherwise re-wrap on the
        # first answer and push the options down under the mouse between two clicks.
        policy = self.clear_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.clear_button.setSizePolicy(policy)
        header.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        self.history_button = QToolButton()
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Who changed this answer, when, and from what"))
        self.history_button.setAccessibleName(
            self.tr("History of the answer to question {number}").format(number=question.number)
        )
        self.history_button.setAutoRaise(True)
        self.history_button.clicked.connect(self.show_history)
        header.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        body = QVBoxLayout()
        body.setContentsMargins(_ICON_PX + 8, 0, 0, 0)  # line up under the question text
        body.setSpacing(6)
        layout.addLayout(body)
        self.second_label: QLabel | None = None
        if second_language and second_language != language:  # for bilingual teams
            self.second_label = second_language_label(question.label.get(second_language), second_language)
            body.addWidget(self.second_label)
        if question.hint:
            self.hint = QLabel(question.hint.get(language))
            self.hint.setWordWrap(True)
            self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            body.addWidget(self.hint)

        self.review = QFrame()
        self.review.setObjectName("reviewBanner")
        self.review.setStyleSheet("#reviewBanner { background: #e3f2fd; border-radius: 4px; }")
        review_row = QHBoxLayout(self.review)
        review_row.setContentsMargins(8, 4, 8, 4)
        review_text = QLabel(self.tr("Carried over from the previous report. Check it, then confirm it."))
        review_text.setWordWrap(True)
        review_row.addWidget(review_text, 1)
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setAccessibleName(
            self.tr("Confirm the carried-over answer to question {number}").format(number=question.number)
        )
        self.confirm_button.clicked.connect(self._confirm)
        review_row.addWidget(self.confirm_button)
        self.review.hide()
        body.addWidget(self.review)
        body.addWidget(self.previous.panel)

        self.editor: AnswerEditor = make_editor(question, language, report_language=session.report.info.language)
        self.editor.setAccessibleName(self._accessible_name())
        self.editor.committed.connect(self._commit)
        self.editor.pendingChanged.connect(self._pending_changed)
        table = self._table_editor()
        if table is not None:
            table.rowLeft.connect(self._row_left)
        body.addWidget(self.editor)

        self.specials: dict[SpecialAnswer, QCheckBox] = {}
        if question.special_answers:
            row = QHBoxLayout()
            for special in question.special_answers:
                box = QCheckBox(self._special_label(special))
                box.setAccessibleDescription(f"{question.number} {question.label.get(language)}")
                box.toggled.connect(lambda checked, s=special: self._special_toggled(s, checked))
                self.specials[special] = box
                row.addWidget(box)
            row.addStretch(1)
            body.addLayout(row)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("inlineMessage")
        self.message.setStyleSheet("#inlineMessage { color: #b71c1c; }")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        body.addWidget(self.message)

        self.show_answer(session.answers.get(question.id), origin=None)
        if session.read_only:
            self._set_read_only(read_only_why if read_only_why is not None else session_read_only_why(session))

    # -- texts -----------------------------------------------------------------------

    def _title_html(self) -> str:
        q = self.question
        text = f"<b>{html.escape(q.number)}</b>&nbsp;&nbsp;{html.escape(q.label.get(self.language))}"
        if q.required:
            text += f'&nbsp;<span style="color:#b71c1c" title="{html.escape(self.tr("Required"))}">*</span>'
        return text

    def _accessible_name(self) -> str:
        name = f"{self.question.number} {self.question.label.get(self.language)}"
        return name + self.tr(" (required)") if self.question.required else name

    def _special_label(self, special: SpecialAnswer) -> str:
        # The same words as in the documents and messages: one catalogue entry, in the interface language.
        return special_answer_text(special, current_language())

    def _status_text(self, status: QuestionStatus) -> str:
        match status.status:
            case Status.ANSWERED:
                return self.tr("Answered")
            case Status.NOT_APPLICABLE:
                return self.tr("Answered: not applicable")
            case Status.NOT_AVAILABLE:
                return self.tr("Answered: information not available")
            case Status.INVALID:
                return self.tr("The answer is not valid")
            case Status.NEEDS_REVIEW:
                return self.tr("Carried over: review and confirm")
            case Status.NOT_RELEVANT:
                return self.tr("Not asked, given the other answers")
            case _:
                return self.tr("Required answer missing") if status.required else self.tr("Optional, not answered")

    # -- showing the stored state ----------------------------------------------------

    def show_answer(self, answer: Answer | None, origin: object) -> None:
        """Show the stored answer; the editor keeps its own entry when it made the change."""
        special = answer.special if answer else None
        if origin is not self.editor:
            value = answer.value if answer and special is None else None
            # A stored answer that does not fit is shown in the message, not forced into the editor.
            self.editor.set_value(None if isinstance(value, InvalidValue) else value)
            self._set_refusal(None)
        for kind, box in self.specials.items():
            box.blockSignals(True)
            box.setChecked(kind is special)
            box.blockSignals(False)
        self.editor.setEnabled(special is None and not self.session.read_only)
        self.review.setVisible(bool(answer and answer.needs_review))
        self.previous.set_previous(self.session.previous_answers.get(self.question.id))
        self.clear_button.setVisible(bool(answer and not answer.is_blank) and not self.session.read_only)

    def show_status(self, status: QuestionStatus) -> None:
        """Show the completeness status (icon, and why an answer is not valid)."""
        answer = self.session.answers.get(self.question.id)
        if status == self._status and answer is self._status_of:
            return  # as shown: an answer elsewhere does not check this one's table rows again
        self._status, self._status_of = status, answer
        self._update_icon()
        self._update_message()

    def _entry_not_saved(self) -> bool:
        """True while the editor shows an entry that the report refused (so the screen differs from the file)."""
        return self._refusal is not None and self.editor.keeps_refused_entry

    def _update_icon(self) -> None:
        if self._entry_not_saved():
            # Never a green tick beside an entry that is not in the file, whatever the file holds.
            kind = StatusIcon.INVALID
            text = self.tr("Not saved: {message}").format(message=self._refusal)
        elif self._status is not None and self._row_being_filled() is not None:
            kind = StatusIcon.EMPTY
            text = self.tr("Row {row} is being filled in; it is checked when you leave it.").format(
                row=self._row_being_filled()
            )
        elif self._status is not None:
            kind = status_icon_kind(self._status)
            text = self._status_text(self._status)
        else:
            return
        self.icon_kind = kind
        self.icon.setPixmap(status_icon(kind).pixmap(_ICON_PX, _ICON_PX))
        self.icon.setToolTip(text)
        self.icon.setAccessibleName(text)

    def _set_refusal(self, message: str | None) -> None:
        if message is None and self._refusal is not None:
            self.session.forget_refused(self.question.id)
        self._refusal = message
        self._update_icon()
        self._update_message()

    def _update_message(self) -> None:
        if self._refusal:
            text = self.tr("Not saved: {message}").format(message=self._refusal)
            if self.editor.keeps_refused_entry:
                text += "\n" + self._kept_text()
        elif self._status is not None and self._status.status is Status.INVALID and self._row_being_filled() is None:
            text = self.tr("This answer is not valid: {detail}").format(detail=self._invalid_detail(self._status))
        else:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _invalid_detail(self, status: QuestionStatus) -> str:
        """Why the stored answer is not valid, in the questions' language where the form says it."""
        question = self.question
        answer = self.session.answers.get(question.id)
        if answer is not None and isinstance(answer.value, InvalidValue):
            return f"{answer.value.reason(self.language)} {invalid_value_text(answer.value, self.language)}"
        if question.type is QuestionType.TABLE and answer is not None and answer.value:
            values = {
                qid: a.value for qid, a in self.session.answers.items() if a.value is not None and not a.needs_review
            }
            cells = RuleEvaluation(self.session.form, values).broken_cells(question, answer.value)
            cells = [cell for cell in cells if cell[0] != self._row_filling()]
            if cells:
                row, name, problem = cells[0]
                column = next(c for c in question.columns if c.name == name)
                label = column.label.get(self.language)
                if problem == "missing":
                    return self.tr("row {row}: “{column}” is missing").format(row=row, column=label)
                return self.tr("row {row}: “{column}”: {message}").format(
                    row=row,
                    column=label,
                    message=column.constraint_message.get(self.language) or self.tr("not allowed here"),
                )
        own = question.constraint_message
        if own and status.detail == own.get("en"):
            return own.get(self.language)  # the form's own message, in the questions' language
        return status.detail_text(self.language)

    def _table_editor(self) -> TableEditor | None:
        """The editor, when it is a table's (its module is loaded only where a table is shown)."""
        if self.question.type is not QuestionType.TABLE:
            return None
        from bsreporter.gui.table_editor import TableEditor

        return self.editor if isinstance(self.editor, TableEditor) else None

    def _row_filling(self) -> int | None:
        """The row of a table the person is filling (from 1), if any."""
        table = self._table_editor()
        return table.row_being_filled if table is not None else None

    def _row_being_filled(self) -> int | None:
        """The row being filled, when all the stored table lacks is in that row (not pointed out yet)."""
        row = self._row_filling()
        answer = self.session.answers.get(self.question.id)
        if row is None or self._status is None or self._status.status is not Status.INVALID or answer is None:
            return None
        if not isinstance(answer.value, list):
            return None
        values = {qid: a.value for qid, a in self.session.answers.items() if a.value is not None and not a.needs_review}
        rules = RuleEvaluation(self.session.form, values)
        if not rules.constraint_holds(self.question, answer.value):
            return None
        cells = rules.broken_cells(self.question, answer.value)
        return row if cells and all(cell[0] == row for cell in cells) else None

    def _row_left(self) -> None:
        self._update_icon()
        self._update_message()

    def _kept_text(self) -> str:
        """What the report holds while a refused entry is on screen."""
        kept = answer_text(self.question, self.session.answers.get(self.question.id), self.language)
        if not kept:
            return self.tr("The report keeps no answer here.")
        return self.tr("The report keeps the earlier answer: {value}").format(value=kept)

    @property
    def refusal(self) -> str | None:
        """The message shown because the last entry was refused, if any."""
        return self._refusal

    @property
    def entry_not_saved(self) -> bool:
        """True while the editor shows an entry marked "Not saved": closing the page would lose it."""
        return self._entry_not_saved()

    # -- forwarding changes ----------------------------------------------------------

    def _commit(self, raw: object) -> None:
        message = self.session.change_answer(self.question.id, raw, origin=self.editor)
        if message is not None and isinstance(self.editor, CheckListEditor):
            instead = self._exclusive_choice(raw)
            if instead is not None:
                # Stored as a change of its own; the stored answer is then shown, the others unticked.
                message = self.session.change_answer(self.question.id, instead)
        self._set_refusal(message)
        if message is not None and not self.editor.keeps_refused_entry:
            self._show_stored()

    def _exclusive_choice(self, raw: object) -> list[str] | None:
        """The option just ticked on its own, when it excludes the others (see ``Report.exclusive_choice``)."""
        assert isinstance(self.editor, CheckListEditor)
        ticked = self.editor.just_ticked
        if ticked is None or not isinstance(raw, list):
            return None
        return self.session.report.exclusive_choice(self.question.id, ticked, raw)

    def _show_stored(self) -> None:
        """Put the stored answer back on screen after a refused choice, keeping the message why."""
        message = self._refusal
        self.show_answer(self.session.answers.get(self.question.id), origin=None)
        self._refusal = message
        # The screen holds what the file holds again: nothing is waiting to be saved.
        self.session.forget_refused(self.question.id)
        self._update_icon()
        self._update_message()

    def _pending_changed(self, pending: bool) -> None:
        if pending:
            self.session.mark_pending(self.editor, self.editor.flush)
        else:
            self.session.clear_pending(self.editor)

    def _special_toggled(self, special: SpecialAnswer, checked: bool) -> None:
        message = self.session.change_answer(self.question.id, special if checked else None)
        self._set_refusal(message)
        if message is not None:
            self._show_stored()  # the box goes back to what the file holds

    def _clear(self) -> None:
        self.editor.discard_pending()
        self._set_refusal(self.session.change_answer(self.question.id, None))
        self.editor.set_value(None)
        self.focus_editor()

    def _confirm(self) -> None:
        message = self.session.confirm_answer(self.question.id)
        if message:
            self._set_refusal(message)

    def show_history(self) -> HistoryDialog:
        """The history of this answer, with a way to restore an earlier value."""
        from bsreporter.gui.history_dialog import open_history

        return open_history(self.session, self.question.id, self.language, self.window())

    def _set_read_only(self, why: str) -> None:
        self.editor.setEnabled(False)
        self.editor.setToolTip(why)
        for box in self.specials.values():
            box.setEnabled(False)
            box.setToolTip(why)
        self.confirm_button.setEnabled(False)
        self.confirm_button.setToolTip(why)
        self.clear_button.hide()

    # -- focus -----------------------------------------------------------------------

    def focus_editor(self) -> None:
        """Put the keyboard focus in the editor (or on the special answer when one is chosen)."""
        if self.editor.isEnabled():
            self.editor.focus_editor()
        else:
            chosen = next((b for b in self.specials.values() if b.isChecked()), None)
            (chosen or self.title).setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Store typed text now."""
        self.editor.flush()
