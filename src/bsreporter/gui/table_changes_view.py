"""A table answer's changes shown row by row and cell by cell: rows added, removed, and changed cells old → new.

Used under the import preview for the question chosen there; the comparison itself is
:func:`bsreporter.report.compare.compare_tables` (no Qt). Columns are headed by their
labels in the language the questions are shown in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from bsreporter.form.model import Question
from bsreporter.form.values import Value
from bsreporter.report.compare import RowChange, RowChangeKind, TableChanges
from bsreporter.report.display import format_integer, value_text

Index = QModelIndex | QPersistentModelIndex

#: Role holding the RowChangeKind of a row.
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role holding True for a cell whose value changed.
CELL_CHANGED_ROLE = Qt.ItemDataRole.UserRole + 2

_ROW_COLOURS = {RowChangeKind.ADDED: "#e8f5e9", RowChangeKind.REMOVED: "#ffebee", RowChangeKind.CHANGED: "#fff8e1"}
#: A changed cell stands out from the rest of its row.
_CHANGED_CELL = "#ffe082"


def change_text(kind: RowChangeKind) -> str:
    """What happened to a row, in words."""
    match kind:
        case RowChangeKind.ADDED:
            return QCoreApplication.translate("TableChanges", "Added")
        case RowChangeKind.REMOVED:
            return QCoreApplication.translate("TableChanges", "Removed")
    return QCoreApplication.translate("TableChanges", "Changed")


def changes_summary(changes: TableChanges, language: str) -> str:
    """How many rows were added, removed, changed and kept, on one line."""
    return QCoreApplication.translate(
        "TableChanges", "Rows added: {added} · removed: {removed} · changed: {changed} · as they were: {same}"
    ).format(
        added=format_integer(changes.count(RowChangeKind.ADDED), language),
        removed=format_integer(changes.count(RowChangeKind.REMOVED), language),
        changed=format_integer(changes.count(RowChangeKind.CHANGED), language),
        same=format_integer(changes.unchanged, language),
    )


class TableChangesModel(QAbstractTableModel):
    """One line per row added, removed or changed; a first column saying which, then the table's columns."""

    def __init__(self, question: Question, changes: TableChanges, language: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.changes = changes
        self.language = language

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.changes.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.question.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("TableChanges", "Row")
        return self.question.columns[section - 1].label.get(self.language)

    def _value(self, column: int, value: Value) -> str:
        return value_text(self.question.columns[column], value, self.language) if value is not None else ""

    def _row_text(self, change: RowChange) -> str:
        if change.kind is RowChangeKind.REMOVED:
            return QCoreApplication.translate("TableChanges", "{what}: was row {number}").format(
                what=change_text(change.kind), number=format_integer((change.old_index or 0) + 1, self.language)
            )
        return QCoreApplication.translate("TableChanges", "{what}: row {number}").format(
            what=change_text(change.kind), number=format_integer((change.new_index or 0) + 1, self.language)
        )

    def cell_changed(self, row: int, column: int) -> bool:
        """True when the cell's value is not what it was (always so in an added or removed row)."""
        if column == 0:
            return False
        change = self.changes.rows[row]
        name = self.question.columns[column - 1].name
        return change.kind is not RowChangeKind.CHANGED or any(cell.column == name for cell in change.cells)

    def cell_text(self, row: int, column: int) -> str:
        """What a cell shows: its value, or for a changed cell "old → new" (blank as "(blank)")."""
        change = self.changes.rows[row]
        if column == 0:
            return self._row_text(change)
        name = self.question.columns[column - 1].name
        if change.kind is RowChangeKind.ADDED:
            return self._value(column - 1, change.new.get(name))
        if change.kind is RowChangeKind.REMOVED:
            return self._value(column - 1, change.old.get(name))
        for cell in change.cells:
            if cell.column == name:
                blank = QCoreApplication.translate("TableChanges", "(blank)")
                pair = QCoreApplication.translate("TableChanges", "{old} → {new}").format(
                    old=self._value(column - 1, cell.old) or blank, new=self._value(column - 1, cell.new) or blank
                )
                # A pair of numbers holds no letter to give it a direction: the view lays it out left to right,
                # and the arrow of a right-to-left interface ("{old} ← {new}") would point at the old value.
                return f"\u200f{pair}" if QGuiApplication.isRightToLeft() else pair
        return self._value(column - 1, change.new.get(name))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        change = self.changes.rows[row]
        if role == CHANGE_ROLE:
            return change.kind
        if role == CELL_CHANGED_ROLE:
            return self.cell_changed(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self.cell_text(row, column).split())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.cell_text(row, column)
            if column == 0 or not text:
                return text or None
            return QCoreApplication.translate("TableChanges", "{column}: {value}").format(
                column=self.headerData(column, Qt.Orientation.Horizontal), value=text
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            if change.kind is RowChangeKind.CHANGED and self.cell_changed(row, column):
                return QBrush(QColor(_CHANGED_CELL))
            if column == 0 or change.kind is not RowChangeKind.CHANGED:
                return QBrush(QColor(_ROW_COLOURS[change.kind]))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and change.kind is RowChangeKind.CHANGED and column and \
                not self.cell_changed(row, column):
            return QBrush(QColor("#616161"))  # the cells that did not change stay in the background
        if role == Qt.ItemDataRole.FontRole and column:
            font = QFont()
            if change.kind is RowChangeKind.REMOVED:
                font.setStrikeOut(True)
            elif change.kind is RowChangeKind.CHANGED and self.cell_changed(row, column):
                font.setBold(True)
            return font
        return None


class TableChangesPane(QWidget):
    """The rows of the chosen table question that an import would add, remove or change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableChanges")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("tableChangesHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.view = QTableView()
        self.view.setObjectName("tableChangesRows")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setTabKeyNavigation(False)  # Tab moves on to the buttons
        layout.addWidget(self.view, 1)
        self.model: TableChangesModel | None = None
        self.show_hint()

    def show_hint(self) -> None:
        """Nothing to show: say how to see a table's rows."""
        self.heading.setText(
            QCoreApplication.translate(
                "TableChanges", "Choose a table question above to see its rows added, removed and changed."
            )
        )
        self._set_model(None)

    def show_changes(self, question: Question, changes: TableChanges, language: str) -> None:
        """Show how ``question``'s table would change."""
        self.heading.setText(
            QCoreApplication.translate("TableChanges", "Question {number}: {summary}").format(
                number=question.number, summary=changes_summary(changes, language)
            )
        )
        self._set_model(TableChangesModel(question, changes, language, self))
        self.view.setAccessibleName(
            QCoreApplication.translate("TableChanges", "Rows changed in question {number}").format(
                number=question.number
            )
        )
        self.view.resizeColumnsToContents()
        for column in range(self.view.model().columnCount()):
            self.view.setColumnWidth(column, min(max(self.view.columnWidth(column), 90), 320))
        self.view.resizeRowsToContents()

    def _set_model(self, model: TableChangesModel | None) -> None:
        old = self.model
        self.model = model
        self.view.setModel(model)
        self.view.setVisible(model is not None)
        if old is not None:
            old.deleteLater()
