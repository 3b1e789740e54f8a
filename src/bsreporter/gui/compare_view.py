"""View > Compare with Previous Cycle: every question whose answer differs from last cycle's.

The list follows the answers as they change; double-clicking a row (or Enter) goes to the question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.form.values import Value
from bsreporter.gui.dialog_size import fit_dialog
from bsreporter.report.compare import AnswerChange, compare_answers
from bsreporter.report.display import special_answer_text, value_text

if TYPE_CHECKING:
    from bsreporter.gui.session import ReportSession
    from bsreporter.gui.window_api import ReportWindow

Index = QModelIndex | QPersistentModelIndex
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
_CELL_CHARS = 160


class ComparisonModel(QAbstractTableModel):
    """The changed questions: number, question, previous answer, current answer, where the previous came from."""

    def __init__(self, form: Questionnaire, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.language = language
        self.changes: list[AnswerChange] = []

    def set_changes(self, changes: list[AnswerChange]) -> None:
        """Show a new comparison."""
        self.beginResetModel()
        self.changes = changes
        self.endResetModel()

    def _side(self, question_id: str, pair: tuple[Value, SpecialAnswer | None]) -> str:
        value, special = pair
        if special is not None:
            return special_answer_text(special, self.language)
        if value is None:
            return QCoreApplication.translate("Compare", "(no answer)")
        return value_text(self.form.question(question_id), value, self.language)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # the tooltip: a title cut short, whole
        if orientation != Qt.Orientation.Horizontal or role not in shown:
            return None
        return [
            QCoreApplication.translate("Compare", "No."),
            QCoreApplication.translate("Compare", "Question"),
            QCoreApplication.translate("Compare", "Previous answer"),
            QCoreApplication.translate("Compare", "Current answer"),
            QCoreApplication.translate("Compare", "Previous from"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self.changes[index.row()]
        if role == QUESTION_ROLE:
            return change.question_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match index.column():
            case 0:
                text = change.number
            case 1:
                text = self.form.question(change.question_id).label.get(self.language)
            case 2:
                text = self._side(change.question_id, change.previous)
            case 3:
                text = self._side(change.question_id, change.current)
            case _:
                text = change.previous_source
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        line = " ".join(text.split())
        return line if len(line) <= _CELL_CHARS else line[: _CELL_CHARS - 1] + "…"


class CompareDialog(QDialog):
    """A window beside the report listing what changed since the previous cycle."""

    questionChosen = Signal(str)

    def __init__(self, session: ReportSession, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareWithPrevious")
        self.setWindowTitle(QCoreApplication.translate("Compare", "Compare with previous cycle"))
        self.session = session
        self.model = ComparisonModel(session.form, language, self)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableView()
        self.table.setObjectName("changedAnswers")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()
        for column, width in enumerate((60, 280, 190, 190)):  # the last, where from, takes the rest
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.setAccessibleName(
            QCoreApplication.translate("Compare", "Answers that differ from the previous cycle")
        )
        self.table.doubleClicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        layout.addWidget(self.table, 1)
        session.completenessChanged.connect(self.refresh)
        self.refresh()
        fit_dialog(self, QSize(960, 480))

    def refresh(self) -> None:
        """Compare again (the answers or the previous cycle's answers changed)."""
        session = self.session
        self.model.set_changes(compare_answers(session.form, session.answers, session.previous_answers))
        count = len(self.model.changes)
        if not session.previous_answers:
            text = QCoreApplication.translate(
                "Compare",
                "This report holds no answers from a previous cycle. Import the previous report or workbook "
                "(File > Import Answers…) with “previous reporting cycle” ticked to compare with it.",
            )
        elif count == 0:
            text = QCoreApplication.translate("Compare", "Every answer is the same as in the previous cycle.")
        elif count == 1:
            text = QCoreApplication.translate(
                "Compare", "1 answer differs from the previous cycle. Double-click it to go to it."
            )
        else:
            text = QCoreApplication.translate(
                "Compare", "{count} answers differ from the previous cycle. Double-click one to go to it."
            ).format(count=count)
        self.summary.setText(text)
        self.table.resizeRowsToContents()

    def _chosen(self, index: QModelIndex) -> None:
        question_id = self.model.data(index, QUESTION_ROLE)
        if question_id:
            self.questionChosen.emit(question_id)


def show_comparison(window: ReportWindow) -> CompareDialog | None:
    """View > Compare with Previous Cycle: open (or bring forward) the comparison of the open report."""
    session = window.session
    if session is None:
        return None
    for existing in window.widget().findChildren(CompareDialog):
        if existing.session is session:
            existing.refresh()
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        existing.close()
        existing.deleteLater()
    dialog = CompareDialog(session, window.language, window.widget())
    dialog.questionChosen.connect(window.go_to_question)
    session.destroyed.connect(dialog.close)
    dialog.show()
    return dialog
