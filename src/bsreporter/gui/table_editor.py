"""The editor of a repeating table question: rows of cells, with Add row / Remove row.

Every finished cell edit stores the whole table through the core, which checks each
cell and names the row and column of a value that does not fit. A row is being filled
until the person leaves it (another row, or outside the table): only then is what it
still lacks pointed out. Number cells refuse a letter as it is typed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from bsreporter.form.model import Column, Question, QuestionType
from bsreporter.form.values import cell_may_take, number_bounds, number_text
from bsreporter.gui.dialogs import ask
from bsreporter.gui.editors import AnswerEditor, leave_undo_to_window
from bsreporter.gui.spinboxes import SteadyComboBox
from bsreporter.report.display import value_text

_Index = QModelIndex | QPersistentModelIndex
_MAX_VISIBLE_ROWS = 10


def _cell_text(column: Column, value: Any, language: str) -> str:
    """How a cell reads on screen: the core's display text, or the entry as typed (not yet checked)."""
    if value is None:
        return ""
    if isinstance(value, str) and column.choices is None:
        return value
    return value_text(column, value, language)


def _cell_entry(value: Any) -> str:
    """A cell's value as editable text (dates as YYYY-MM-DD, numbers in full: forms the core reads back)."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value)  # in full, as typed: str() would give "1e+20", which the core refuses
    return value.isoformat() if isinstance(value, dt.date) else str(value)


class NumberCellValidator(QValidator):
    """Refuses, as it is typed, what can never be a number of its column: a letter, a sign
    the column's rule excludes, or more digits than its highest whole number has.

    Everything else is let through as typed; the core's number reader says why an entry
    it cannot read (or one out of range) is refused when the cell is stored.
    """

    def __init__(self, column: Column, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.bounds = number_bounds(column)  # worked out once, not at every key

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not cell_may_take(self.column, text, self.bounds):
            return QValidator.State.Invalid, text, pos
        # Never "intermediate": Enter must always hand the entry over, so the core can say what is wrong.
        return QValidator.State.Acceptable, text, pos


class TableModel(QAbstractTableModel):
    """The rows of one table answer as shown and edited (not yet checked by the core)."""

    edited = Signal()

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = question.columns
        self.language = language
        self.rows: list[dict[str, Any]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.label.get(self.language) + (" *" if column.required else "")
            if role == Qt.ItemDataRole.ToolTipRole and column.required:
                return self.tr("Required in every row")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()].get(column.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(column, value, self.language)
        if role == Qt.ItemDataRole.EditRole:
            return value if column.choices is not None else _cell_entry(value)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        new = value if not (isinstance(value, str) and not value.strip()) else None
        if _cell_entry(row.get(column.name)) == _cell_entry(new):
            return False
        row[column.name] = new
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show stored rows."""
        self.beginResetModel()
        self.rows = [dict(row) for row in rows]
        self.endResetModel()

    def add_row(self) -> int:
        """Append an empty row; return its number (from 0)."""
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append({c.name: None for c in self.columns})
        self.endInsertRows()
        return len(self.rows) - 1

    def remove_rows(self, numbers: list[int]) -> None:
        """Remove the given rows."""
        for number in sorted(set(numbers), reverse=True):
            if 0 <= number < len(self.rows):
                self.beginRemoveRows(QModelIndex(), number, number)
                del self.rows[number]
                self.endRemoveRows()
        self.edited.emit()

    def raw_rows(self) -> list[dict[str, Any]]:
        """The rows as entered, for the core to check (empty rows are dropped there)."""
        return [{c.name: row.get(c.name) for c in self.columns} for row in self.rows]


class _ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for cells of choice columns."""

    # Text was typed into an open cell editor (it is stored after a pause, as in text fields)
    typed = Signal(QWidget)

    def __init__(self, model: TableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = self._model.columns[index.column()]
        if column.choices is None:
            editor = super().createEditor(parent, option, index)
            leave_undo_to_window(editor)
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda _text, e=editor: self.typed.emit(e))
                if column.type in (QuestionType.INTEGER, QuestionType.DECIMAL):
                    editor.setValidator(NumberCellValidator(column, editor))
                editor.setAccessibleName(column.label.get(self._model.language))
            return editor
        combo = SteadyComboBox(parent)  # the wheel scrolls the page, never the cell's choice
        # A choice picked is stored at once, like every other choice, even while the drop-down stays open.
        combo.activated.connect(lambda _number, c=combo: self.commitData.emit(c))
        combo.addItem("", None)
        for choice in column.choices.choices:
            combo.addItem(choice.label.get(self._model.language), choice.value)
        combo.setAccessibleName(column.label.get(self._model.language))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit) and editor.text() == index.data(Qt.ItemDataRole.EditRole):
            return  # the cell's text was just stored from this editor: keep the cursor where the person types
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class TableEditor(AnswerEditor):
    """Rows of cells with Add row / Remove row; each finished cell edit is stored."""

    #: The person left the row they were filling: what it lacks may now be pointed out.
    rowLeft = Signal()

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.model = TableModel(question, language, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        # The row being filled (from 0): added or edited, and not yet left
        self._filling: int | None = None
        self.model.dataChanged.connect(self._cell_changed)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._delegate = _ChoiceDelegate(self.model, self.view)
        self.view.setItemDelegate(self._delegate)
        # The open cell editor holding typed text not yet stored
        self._typing_in: QWidget | None = None
        self._delegate.typed.connect(self._cell_typed)
        self._delegate.closeEditor.connect(self._cell_closed)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setWordWrap(False)  # one line per row; the full text shows while editing
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        metrics = header.fontMetrics()
        for number, column in enumerate(question.columns):
            # Wide enough for the column's title; text columns get room to read what was typed.
            title = self.model.headerData(number, Qt.Orientation.Horizontal) or ""
            wide = column.type in (QuestionType.TEXT, QuestionType.URL, QuestionType.EMAIL)
            header.resizeSection(number, max(metrics.horizontalAdvance(title) + 28, 170 if wide else 90))
        self._name(self.view)
        self.add_button = QPushButton(self.tr("&Add row"))
        self.add_button.setAccessibleName(self.tr("Add a row to table {number}").format(number=question.number))
        self.remove_button = QPushButton(self.tr("&Remove row"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected row from table {number}").format(number=question.number)
        )
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected_rows)
        self.model.edited.connect(self._commit_now)
        self.model.modelReset.connect(self._fit_height)
        self.model.rowsInserted.connect(self._fit_height)
        self.model.rowsRemoved.connect(self._fit_height)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self._layout.addWidget(self.view)
        self._layout.addLayout(buttons)
        self._fit_height()

    def _fit_height(self) -> None:
        # Show every row (up to a limit) without an inner scroll bar; a horizontal one may appear
        # when the columns do not fit, so room is kept for it.
        rows = max(2, min(len(self.model.rows), _MAX_VISIBLE_ROWS))
        header = self.view.horizontalHeader().sizeHint().height()
        scroll_bar = self.view.horizontalScrollBar().sizeHint().height()
        height = header + rows * self.view.verticalHeader().defaultSectionSize() + scroll_bar
        self.view.setFixedHeight(height + 2 * self.view.frameWidth())
        self.remove_button.setEnabled(bool(self.model.rows))

    def add_row(self) -> None:
        """Add an empty row and start editing its first cell."""
        number = self.model.add_row()
        index = self.model.index(number, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._filling = number
        self.view.edit(index)

    @property
    def row_being_filled(self) -> int | None:
        """The row (from 1, as messages count) the person is filling and has not left, if any."""
        return None if self._filling is None else self._filling + 1

    def _cell_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex) -> None:
        if top_left.row() == self.view.currentIndex().row():
            self._filling = top_left.row()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filling is not None and current.row() != self._filling:
            self._leave_row()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # No focus at all is another program's turn, not a move.
        if self._filling is not None and new is not None and not self._inside_view(new):
            self._leave_row()

    def _inside_view(self, widget: QWidget | None) -> bool:
        # Up through windows too: a cell's drop-down list is a window of its own inside the view.
        while widget is not None:
            if widget is self.view:
                return True
            widget = widget.parentWidget()
        return False

    def _leave_row(self) -> None:
        self._filling = None
        self.rowLeft.emit()

    def remove_selected_rows(self) -> QMessageBox | None:
        """Remove the current row; when cells of several rows are selected, ask first (Cancel by default).

        Clicking a column's title selects every row: one more click must not empty the table
        without a word. Returns the question shown, if any.
        """
        numbers = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not numbers and self.view.currentIndex().isValid():
            numbers = [self.view.currentIndex().row()]
        if not numbers:
            return None
        if len(numbers) == 1:
            self._remove(numbers)
            return None

        def chosen(choice: int) -> None:
            if choice == 0:
                self._remove(numbers)

        return ask(
            self.window(),
            self.tr("Remove rows"),
            self.tr("Remove every selected row from table {number}?\nRows selected: {count} of {total}.").format(
                number=self.question.number, count=len(numbers), total=len(self.model.rows)
            ),
            [
                (self.tr("Remove the selected rows"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
            ],
            chosen,
            default=1,
        )

    def _remove(self, numbers: list[int]) -> None:
        self._filling = None  # the row being filled is gone, or has moved
        self.model.remove_rows(numbers)

    def _cell_typed(self, editor: QWidget) -> None:
        self._typing_in = editor
        self._schedule()

    def _cell_closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Closed with Enter or by leaving the cell: the view has just stored it; with Escape the
        # person took the text back. Either way nothing typed waits any longer.
        if editor is self._typing_in:
            self._typing_in = None
            self.discard_pending()

    def flush(self) -> None:
        """Store the text typed in an open cell now, as after a pause in a text field; the cell stays open."""
        self._timer.stop()
        if not self._pending:
            return
        self._pending = False
        self.pendingChanged.emit(False)
        editor, self._typing_in = self._typing_in, None
        if editor is not None:
            # Through the view, as Enter does: the model takes the text and the table is stored.
            self._delegate.commitData.emit(editor)

    def value(self) -> Any:
        return self.model.raw_rows()

    def set_value(self, value: Any) -> None:
        self.discard_pending()
        self._typing_in = None
        self._filling = None  # rows stored elsewhere (undo, an import): none is being filled here
        self.model.set_rows(value if isinstance(value, list) else [])

    def focus_target(self) -> QWidget:
        return self.view
