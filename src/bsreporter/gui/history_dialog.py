"""The history of one answer: who changed it, when, from what to what, and from where; restore an earlier value."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bsreporter.form.model import Question, SpecialAnswer
from bsreporter.form.values import Value
from bsreporter.gui.dialog_size import fit_dialog
from bsreporter.gui.interface_language import current_language
from bsreporter.gui.session import ReportSession
from bsreporter.gui.timestamps import local_time_text
from bsreporter.messages import Phrase
from bsreporter.report.display import answer_text, special_answer_text, value_text
from bsreporter.report.store import HistoryEntry, Source

_Index = QModelIndex | QPersistentModelIndex
#: Long answers are cut in the table (the tool tip holds the whole text).
_CELL_CHARS = 80


def source_text(source: Source) -> str:
    """Where a change came from, in words."""
    return {
        Source.TYPED: QCoreApplication.translate("History", "Typed"),
        Source.IMPORTED: QCoreApplication.translate("History", "Imported"),
        Source.MERGED: QCoreApplication.translate("History", "Merged"),
        Source.CARRIED_OVER: QCoreApplication.translate("History", "Carried over"),
        Source.CONFIRMED: QCoreApplication.translate("History", "Confirmed"),
        Source.RESTORED: QCoreApplication.translate("History", "Restored"),
    }[source]


def entry_value_text(question: Question, value: Value, special: SpecialAnswer | None, language: str) -> str:
    """An answer as recorded in the history, as display text ("(blank)" when there was none)."""
    if special is not None:
        return special_answer_text(special, language)
    text = value_text(question, value, language)
    return text if text else QCoreApplication.translate("History", "(blank)")



#: What the program records as where a change came from, in the words it writes (in English, in every report
#: file, old ones too), and the message that says it in the person's language. Anything else is a file name.
_DETAILS = (
    (re.compile(r"undo"), "history_undo"),
    (re.compile(r"redo"), "history_redo"),
    (re.compile(r"undo: restore"), "history_undo_restore"),
    (re.compile(r"undo of (?P<name>.+)"), "history_undo_of"),
    (re.compile(r"redo: backup of (?P<when>.+)"), "history_redo_backup_of"),
    (re.compile(r"backup of (?P<when>.+)"), "history_backup_of"),
    (re.compile(r"value of (?P<when>.+)"), "history_value_of"),
)


def detail_text(detail: str, language: str) -> str:
    """Where a change came from (an answer's history), in ``language``."""
    for pattern, key in _DETAILS:
        found = pattern.fullmatch(detail)
        if found:
            return Phrase(key, found.groupdict()).text(language)
    return detail

class HistoryModel(QAbstractTableModel):
    """The recorded changes of one question, newest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("History", "When"),
        QT_TRANSLATE_NOOP("History", "Who"),
        QT_TRANSLATE_NOOP("History", "Old answer"),
        QT_TRANSLATE_NOOP("History", "New answer"),
        QT_TRANSLATE_NOOP("History", "Source"),
        QT_TRANSLATE_NOOP("History", "Source file"),
    )

    def __init__(self, question: Question, entries: list[HistoryEntry], language: str) -> None:
        super().__init__()
        self.question = question
        self.language = language
        self.entries = list(reversed(entries))

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """Show another list of changes (oldest first, as the core gives them)."""
        self.beginResetModel()
        self.entries = list(reversed(entries))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("History", str(self.HEADERS[section]))
        return None

    def cell_text(self, row: int, column: int) -> str:
        """The full text of one cell."""
        entry = self.entries[row]
        match column:
            case 0:
                return local_time_text(entry.at, seconds=True)
            case 1:
                return entry.author
            case 2:
                return entry_value_text(self.question, entry.old_value, entry.old_special, self.language)
            case 3:
                return entry_value_text(self.question, entry.new_value, entry.new_special, self.language)
            case 4:
                return source_text(entry.source)
        return detail_text(entry.source_detail or "", current_language())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self.cell_text(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            flat = " / ".join(line for line in text.splitlines() if line.strip()) if "\n" in text else text
            return flat if len(flat) <= _CELL_CHARS else flat[: _CELL_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        return None


class HistoryDialog(QDialog):
    """Every recorded change of one answer; "Restore This Value" sets the answer back (undoable)."""

    def __init__(self, session: ReportSession, question_id: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.question = session.form.question(question_id)
        self.language = language
        self.setWindowTitle(
            QCoreApplication.translate("History", "History of Answer {number}").format(number=self.question.number)
        )

        layout = QVBoxLayout(self)
        title = QLabel(f"{self.question.number}  {self.question.label.get(language)}")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.current = QLabel()
        self.current.setObjectName("currentAnswer")
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.current)
        self.model = HistoryModel(self.question, session.report.history(question_id), language)
        self.view = QTableView()
        self.view.setObjectName("historyTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            stretch = column in (2, 3)  # the answers take the room left
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
            )
        layout.addWidget(self.view, 1)
        self.empty_note = QLabel(QCoreApplication.translate("History", "This answer has not been changed yet."))
        layout.addWidget(self.empty_note)
        self.note = QLabel()
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(QCoreApplication.translate("History", "&Restore This Value"))
        self.restore_button.setToolTip(
            QCoreApplication.translate(
                "History", "Set the answer back to the new answer of the chosen change (Edit > Undo takes it back)"
            )
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update)
        session.answerChanged.connect(self._answer_changed)
        self.refresh()
        fit_dialog(self, QSize(860, 420))

    def refresh(self) -> None:
        """Read the history and the current answer again."""
        self.model.set_entries(self.session.report.history(self.question.id))
        self.current.setText(
            QCoreApplication.translate("History", "Current answer: {answer}").format(
                answer=answer_text(self.question, self.session.answers.get(self.question.id), self.language)
                or QCoreApplication.translate("History", "(blank)")
            )
        )
        self.empty_note.setVisible(not self.model.entries)
        if self.model.entries:
            self.view.selectRow(0)
        self._update()

    def _answer_changed(self, question_id: str, _origin: object) -> None:
        if question_id == self.question.id:
            self.refresh()

    def selected_entry(self) -> HistoryEntry | None:
        """The change chosen in the list."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        """Choose a change in the list (0 is the newest)."""
        self.view.selectRow(row)

    def _update(self) -> None:
        entry = self.selected_entry()
        current = self.session.answers.get(self.question.id)
        already = (
            entry is not None
            and current is not None
            and (current.value, current.special)
            == (
                entry.new_value,
                entry.new_special,
            )
        )
        blank_now = entry is not None and current is None and entry.new_value is None and entry.new_special is None
        self.restore_button.setEnabled(
            entry is not None and not self.session.read_only and not already and not blank_now
        )

    def restore_selected(self) -> str | None:
        """Set the answer back to the chosen change's new answer; return the refusal message, if any."""
        entry = self.selected_entry()
        if entry is None or self.session.read_only:
            return None
        self.session.flush_pending()
        raw = entry.new_special if entry.new_special is not None else entry.new_value
        message = self.session.change_answer(
            self.question.id, raw, source=Source.RESTORED, detail=f"value of {local_time_text(entry.at)}"
        )
        if message:
            self.note.setText(QCoreApplication.translate("History", "Not restored: {message}").format(message=message))
        else:
            self.note.setText(
                QCoreApplication.translate(
                    "History", "Restored the value of {when}. Edit > Undo takes it back."
                ).format(when=local_time_text(entry.at))
            )
        self.refresh()
        return message


def open_history(session: ReportSession, question_id: str, language: str, parent: QWidget | None) -> HistoryDialog:
    """Show the history of one answer (without blocking)."""
    session.flush_pending()
    dialog = HistoryDialog(session, question_id, language, parent)
    dialog.open()
    return dialog
