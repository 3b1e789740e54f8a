"""The preview of an import or a merge: every row, what it would do, and which rows to apply.

Rows that would change the report can be ticked (new and changed ones are ticked at
first); a conflict (both sides changed the answer) starts on "keep mine" and is
switched to "take theirs" by ticking it; a cell emptied in the file ("cleared") and a
previous cycle's answer where this cycle already has one ("kept") start unticked too, as
does an answer whose words were recognised only loosely ("suggested": a typo, a number for
a range), which says what was read and which option it is taken as; rows that cannot be
imported say why and cannot be ticked. Nothing is changed until Apply. A table question's
row says how many of its rows would be added, removed and changed; chosen, the pane below
shows them row by row, and each changed cell's value before and after.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bsreporter.exchange.importing import ImportPlan, PlanRow, RowKind
from bsreporter.form.model import Questionnaire, QuestionType, SpecialAnswer
from bsreporter.form.values import Value
from bsreporter.gui.dialog_size import fit_dialog
from bsreporter.gui.interface_language import current_language
from bsreporter.gui.languages import is_rtl_language
from bsreporter.gui.table_changes_view import TableChangesPane
from bsreporter.messages import render
from bsreporter.report.compare import RowChangeKind, TableChanges, compare_tables
from bsreporter.report.display import special_answer_text, value_text

Index = QModelIndex | QPersistentModelIndex

#: Table cells are cut to this many characters; the tooltip holds the whole text.
_CELL_CHARS = 160
#: How long fitting rows to their texts may hold the window at a time, in seconds.
_FIT_SLICE_S = 0.008

#: Columns of the preview.
APPLY, KIND, NUMBER, QUESTION, CURRENT, INCOMING, NOTE = range(7)
#: The columns whose texts are in the questions' language.
_IN_FORM_LANGUAGE = (QUESTION, CURRENT, INCOMING)

#: Role holding the question id of a row (None for a row naming no known question).
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role holding the RowKind of a row.
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

_KIND_COLOURS = {
    RowKind.NEW: "#e8f5e9",
    RowKind.CHANGED: "#fff8e1",
    RowKind.CONFLICT: "#ffebee",
    RowKind.CLEARED: "#fce4ec",
    RowKind.KEPT: "#e3f2fd",
    RowKind.SUGGESTED: "#f3e5f5",
    RowKind.REJECTED: "#eeeeee",
}


def kind_text(kind: RowKind) -> str:
    """What a row would do, in words."""
    match kind:
        case RowKind.NEW:
            return QCoreApplication.translate("ImportPreview", "New")
        case RowKind.SAME:
            return QCoreApplication.translate("ImportPreview", "Same")
        case RowKind.CHANGED:
            return QCoreApplication.translate("ImportPreview", "Changed")
        case RowKind.CONFLICT:
            return QCoreApplication.translate("ImportPreview", "Conflict")
        case RowKind.KEPT:
            return render("row_kind_kept", {}, current_language())
        case RowKind.CLEARED:
            return render("row_kind_cleared", {}, current_language())
        case RowKind.SUGGESTED:
            return render("row_kind_suggested", {}, current_language())
    return QCoreApplication.translate("ImportPreview", "Cannot be imported")


class PlanModel(QAbstractTableModel):
    """The rows of an import plan, with the person's choice of rows to apply."""

    selectionChanged = Signal()

    def __init__(
        self, plan: ImportPlan, form: Questionnaire, language: str, *, merge: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.form = form
        self.language = language
        self.merge = merge
        self.rows: tuple[PlanRow, ...] = plan.rows
        self._chosen: set[int] = {i for i, row in enumerate(self.rows) if row.kind in (RowKind.NEW, RowKind.CHANGED)}
        self._table_changes: dict[int, TableChanges | None] = {}
        # Questions and answers read in their own direction inside a window laid out the other way
        # (English questions in an Arabic window: "4 rows", not "rows 4"; the full stop at the end).
        window_rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self._isolate = "" if is_rtl_language(language) == window_rtl else "\u2067" if is_rtl_language(language) else "\u2066"

    # -- the choice ------------------------------------------------------------------------

    def is_chosen(self, row: int) -> bool:
        """True when the row is ticked."""
        return row in self._chosen

    def set_chosen(self, row: int, chosen: bool) -> None:
        """Tick or untick one row (rows that cannot be applied stay unticked)."""
        if not self.rows[row].applicable or self.rows[row].question_id is None or (row in self._chosen) == chosen:
            return
        if chosen:
            self._chosen.add(row)
        else:
            self._chosen.discard(row)
        self.dataChanged.emit(self.index(row, APPLY), self.index(row, NOTE))
        self.selectionChanged.emit()

    def selected(self) -> frozenset[str]:
        """The questions of the ticked rows."""
        return frozenset(q for i in self._chosen if (q := self.rows[i].question_id))

    def all_rows(self) -> frozenset[str]:
        """What "Apply All" applies: every new and changed row, and each conflict, clearing or kept row ticked."""
        return frozenset(
            q
            for i, row in enumerate(self.rows)
            if (q := row.question_id)
            and (row.kind in (RowKind.NEW, RowKind.CHANGED) or (row.applicable and i in self._chosen))
        )

    def row_of(self, question_id: str) -> int:
        """The row of a question (raise KeyError when the plan has none)."""
        for i, row in enumerate(self.rows):
            if row.question_id == question_id:
                return i
        raise KeyError(question_id)

    def table_changes(self, row: int) -> TableChanges | None:
        """The rows a table question's row would add, remove and change (None for any other row, or no change)."""
        if row not in self._table_changes:
            plan_row = self.rows[row]
            question = self.form.questions.get(plan_row.question_id or "")
            changes = None
            if question is not None and question.type is QuestionType.TABLE and plan_row.kind not in (
                RowKind.SAME, RowKind.REJECTED
            ):
                changes = compare_tables(question, plan_row.current[0], plan_row.incoming[0])
            self._table_changes[row] = changes if changes is not None and changes.rows else None
        return self._table_changes[row]

    def _table_note(self, row: int) -> str:
        changes = self.table_changes(row)
        if changes is None:
            return ""
        return QCoreApplication.translate("ImportPreview", "Rows: {added} added, {removed} removed, {changed} changed").format(
            added=changes.count(RowChangeKind.ADDED),
            removed=changes.count(RowChangeKind.REMOVED),
            changed=changes.count(RowChangeKind.CHANGED),
        )

    # -- texts -----------------------------------------------------------------------------

    def value_text(self, row: PlanRow, pair: tuple[Value, SpecialAnswer | None]) -> str:
        """One side of a row as display text ("" when blank)."""
        value, special = pair
        if special is not None:
            return special_answer_text(special, self.language)
        question = self.form.questions.get(row.question_id or "")
        if value is None or question is None:
            return ""
        return value_text(question, value, self.language)

    def _side(self, row: PlanRow, pair: tuple[Value, SpecialAnswer | None], author: str) -> str:
        text = self.value_text(row, pair)
        if not text and row.kind is not RowKind.REJECTED:
            text = QCoreApplication.translate("ImportPreview", "(blank)")
        if row.kind is RowKind.CONFLICT and author:
            text = QCoreApplication.translate("ImportPreview", "{value}  — {author}").format(value=text, author=author)
        return text

    def _choice_text(self, index: int) -> str:
        if self.merge:
            return (
                QCoreApplication.translate("ImportPreview", "Take theirs")
                if index in self._chosen
                else QCoreApplication.translate("ImportPreview", "Keep mine")
            )
        return (
            QCoreApplication.translate("ImportPreview", "Take incoming")
            if index in self._chosen
            else QCoreApplication.translate("ImportPreview", "Keep current")
        )

    def _note(self, row: PlanRow) -> str:
        if row.kind is RowKind.REJECTED:
            return f"{row.reason_in(current_language())} ({row.location})"
        if row.kind in (RowKind.KEPT, RowKind.CLEARED, RowKind.SUGGESTED):
            return row.reason_in(current_language())
        if row.kind is RowKind.CONFLICT:
            if self.merge:
                return QCoreApplication.translate(
                    "ImportPreview", "Both changed this answer: yours by {mine}, theirs by {theirs}."
                ).format(
                    mine=row.current_author or QCoreApplication.translate("ImportPreview", "unknown"),
                    theirs=row.incoming_author or QCoreApplication.translate("ImportPreview", "unknown"),
                )
            return QCoreApplication.translate(
                "ImportPreview", "The report changed this answer since the file was made."
            )
        if row.kind is RowKind.NEW and row.incoming_author and self.merge:
            return QCoreApplication.translate("ImportPreview", "By {author}").format(author=row.incoming_author)
        return ""

    # -- the model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else NOTE + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        mine, theirs = (
            (
                QCoreApplication.translate("ImportPreview", "Your answer"),
                QCoreApplication.translate("ImportPreview", "Their answer"),
            )
            if self.merge
            else (
                QCoreApplication.translate("ImportPreview", "Current"),
                QCoreApplication.translate("ImportPreview", "Incoming"),
            )
        )
        return [
            QCoreApplication.translate("ImportPreview", "Apply"),
            QCoreApplication.translate("ImportPreview", "What"),
            QCoreApplication.translate("ImportPreview", "No."),
            QCoreApplication.translate("ImportPreview", "Question"),
            mine,
            theirs,
            QCoreApplication.translate("ImportPreview", "Note"),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if index.column() == APPLY and row.applicable and row.question_id is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i, column = index.row(), index.column()
        row = self.rows[i]
        if role == QUESTION_ROLE:
            return row.question_id
        if role == KIND_ROLE:
            return row.kind
        if role == Qt.ItemDataRole.CheckStateRole and column == APPLY and row.applicable and row.question_id:
            return Qt.CheckState.Checked if i in self._chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and column == KIND and row.kind in _KIND_COLOURS:
            return QBrush(QColor(_KIND_COLOURS[row.kind]))
        if role == Qt.ItemDataRole.ForegroundRole and row.kind in (RowKind.REJECTED, RowKind.SAME):
            return QBrush(QColor("#616161"))
        if (
            role == Qt.ItemDataRole.FontRole
            and column == CURRENT
            and row.kind is RowKind.CONFLICT
            and i in self._chosen
        ):
            font = QFont()
            font.setStrikeOut(True)  # what "take theirs" replaces
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(i, row, column)
            if role == Qt.ItemDataRole.DisplayRole:
                line = " ".join(text.split())
                line = line if len(line) <= _CELL_CHARS else line[: _CELL_CHARS - 1] + "…"
                return f"{self._isolate}{line}\u2069" if self._isolate and line and column in _IN_FORM_LANGUAGE else line
            return text or None
        return None

    def _text(self, i: int, row: PlanRow, column: int) -> str:
        match column:
            case 0:
                return self._choice_text(i) if row.kind is RowKind.CONFLICT else ""
            case 1:
                return kind_text(row.kind)
            case 2:
                return row.number
            case 3:
                question = self.form.questions.get(row.question_id or "")
                return question.label.get(self.language) if question else ""
            case 4:
                return self._side(row, row.current, row.current_author)
            case 5:
                return self._side(row, row.incoming, row.incoming_author)
        return "\n".join(text for text in (self._note(row), self._table_note(i)) if text)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != APPLY:
            return False
        row = index.row()
        if not (self.rows[row].applicable and self.rows[row].question_id):
            return False
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        self.set_chosen(row, bool(checked))
        return True


class ImportPreviewDialog(QDialog):
    """Shows a plan; emits ``applyRequested`` with the questions to apply (it does not apply them itself)."""

    applyRequested = Signal(frozenset)

    def __init__(
        self,
        plan: ImportPlan,
        form: Questionnaire,
        language: str,
        *,
        merge: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.plan = plan
        self.merge = merge
        self._busy = False
        #: rows still to fit to their wrapped texts, a few per turn of the event loop
        self._rows_to_fit: list[int] = []
        self._fit_timer = QTimer(self)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_some_rows)
        name = plan.source.name
        self.setWindowTitle(
            QCoreApplication.translate("ImportPreview", "Merge {name}: preview").format(name=name)
            if merge
            else QCoreApplication.translate("ImportPreview", "Import {name}: preview").format(name=name)
        )
        self.model = PlanModel(plan, form, language, merge=merge, parent=self)

        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary())
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.carried_note = QLabel(
            QCoreApplication.translate(
                "ImportPreview",
                "These answers come from the previous reporting cycle: each one is marked "
                "“Carried over – review” until you confirm it.",
            )
        )
        self.carried_note.setObjectName("carriedOverNote")
        self.carried_note.setWordWrap(True)
        self.carried_note.setStyleSheet("#carriedOverNote { background: #e3f2fd; padding: 6px; border-radius: 4px; }")
        self.carried_note.setVisible(plan.carried_over)
        layout.addWidget(self.carried_note)

        self.table = QTableView()
        self.table.setObjectName("importRows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(True)  # reasons and question texts are read whole, not guessed from "…"
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet("#importRows::item { padding: 3px 2px; }")
        self.table.setAccessibleName(QCoreApplication.translate("ImportPreview", "Rows to import"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((APPLY, 118), (KIND, 92), (NUMBER, 52), (QUESTION, 290), (CURRENT, 190), (INCOMING, 190)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._toggle)
        # A table question's rows, for the question chosen above: shown when the plan changes a table.
        self.table_changes = TableChangesPane()
        self.table_changes.setVisible(any(self.model.table_changes(row) for row in range(self.model.rowCount())))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_table_changes(current))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.table_changes)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([300, 200])  # in proportion: a few of the table's changed rows show at once
        layout.addWidget(self.splitter, 1)

        options = QHBoxLayout()
        self.show_same = QCheckBox(
            QCoreApplication.translate("ImportPreview", "Show rows that change nothing ({count})").format(
                count=plan.count(RowKind.SAME)
            )
        )
        self.show_same.toggled.connect(self._show_same_rows)
        options.addWidget(self.show_same)
        options.addStretch(1)
        layout.addLayout(options)

        self.buttons = QDialogButtonBox()
        self.apply_all_button = QPushButton(QCoreApplication.translate("ImportPreview", "Apply All"))
        self.apply_all_button.setToolTip(
            QCoreApplication.translate(
                "ImportPreview", "Apply every new and changed answer, and each conflict where you chose theirs"
            )
            if merge
            else QCoreApplication.translate(
                "ImportPreview", "Apply every new and changed answer, and each conflict you ticked"
            )
        )
        self.apply_selected_button = QPushButton(QCoreApplication.translate("ImportPreview", "Apply Selected"))
        self.apply_selected_button.setToolTip(QCoreApplication.translate("ImportPreview", "Apply only the ticked rows"))
        self.apply_selected_button.setDefault(True)
        self.buttons.addButton(self.apply_all_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.apply_selected_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_all_button.clicked.connect(lambda: self._apply(self.model.all_rows()))
        self.apply_selected_button.clicked.connect(lambda: self._apply(self.model.selected()))
        self.buttons.rejected.connect(self.reject)
        self.model.selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self._hide_same_rows(True)
        fit_dialog(self, QSize(1180, 620))  # on a 1024x600 netbook, Apply and Cancel stay on the screen

    def _summary(self) -> str:
        counts = {kind: self.plan.count(kind) for kind in RowKind}
        parts = [
            QCoreApplication.translate("ImportPreview", "{n} new").format(n=counts[RowKind.NEW]),
            QCoreApplication.translate("ImportPreview", "{n} changed").format(n=counts[RowKind.CHANGED]),
            QCoreApplication.translate("ImportPreview", "{n} in conflict").format(n=counts[RowKind.CONFLICT]),
            QCoreApplication.translate("ImportPreview", "{n} cannot be imported").format(n=counts[RowKind.REJECTED]),
            QCoreApplication.translate("ImportPreview", "{n} already the same").format(n=counts[RowKind.SAME]),
        ]
        language = current_language()
        if counts[RowKind.KEPT]:
            parts.append(render("rows_kept_count", {"n": counts[RowKind.KEPT]}, language))
        if counts[RowKind.CLEARED]:
            parts.append(render("rows_cleared_count", {"n": counts[RowKind.CLEARED]}, language))
        if counts[RowKind.SUGGESTED]:
            parts.append(render("rows_suggested_count", {"n": counts[RowKind.SUGGESTED]}, language))
        lead = QCoreApplication.translate("ImportPreview", "What {name} would change:").format(
            name=self.plan.source.name
        )
        text = f"{lead} {', '.join(parts)}."
        if counts[RowKind.CONFLICT]:
            text += " " + (
                QCoreApplication.translate(
                    "ImportPreview", "Conflicts keep your answer unless you tick them to take theirs."
                )
                if self.merge
                else QCoreApplication.translate(
                    "ImportPreview", "Conflicts keep the current answer unless you tick them."
                )
            )
        return text

    def _show_same_rows(self, shown: bool) -> None:
        """Rows that would change nothing are hidden unless asked for."""
        self._hide_same_rows(not shown)
        self._fit_rows()

    def _hide_same_rows(self, hidden: bool) -> None:
        for row, plan_row in enumerate(self.model.rows):
            self.table.setRowHidden(row, plan_row.kind is RowKind.SAME and hidden)

    def _fit_rows(self) -> None:
        """Fit the shown rows to their wrapped texts, from the top, a slice at a time.

        A full report's rows take a noticeable part of a second to measure; in slices
        between which the event loop turns, the window never freezes for it.
        """
        self._rows_to_fit = [row for row in range(self.model.rowCount()) if not self.table.isRowHidden(row)]
        self._rows_to_fit.reverse()  # popped from the end: the top rows, on screen first, are fitted first
        self._fit_some_rows()
        if self._rows_to_fit:
            self._fit_timer.start()

    def _fit_some_rows(self) -> None:
        end = time.monotonic() + _FIT_SLICE_S
        while self._rows_to_fit and time.monotonic() < end:
            self.table.resizeRowToContents(self._rows_to_fit.pop())
        if not self._rows_to_fit:
            self._fit_timer.stop()

    def rows_fitted(self) -> bool:
        """True once every shown row has been fitted to its text."""
        return not self._rows_to_fit

    def reject(self) -> None:
        """Cancel, unless the chosen rows are being stored right now."""
        if not self._busy:
            super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the rows to their wrapped texts once the columns have their real widths."""
        super().showEvent(event)
        self._fit_rows()

    def visible_rows(self) -> int:
        """Number of rows shown."""
        return sum(not self.table.isRowHidden(row) for row in range(self.model.rowCount()))

    def _show_table_changes(self, index: QModelIndex) -> None:
        """Show the chosen row's table changes, or how to see them."""
        changes = self.model.table_changes(index.row()) if index.isValid() else None
        question = self.model.form.questions.get(self.model.rows[index.row()].question_id or "") if changes else None
        if changes is None or question is None:
            self.table_changes.show_hint()
        else:
            self.table_changes.show_changes(question, changes, self.model.language)

    def _toggle(self, index: QModelIndex) -> None:
        self.model.set_chosen(index.row(), not self.model.is_chosen(index.row()))

    def _update_buttons(self) -> None:
        self.apply_all_button.setEnabled(bool(self.model.all_rows()))
        self.apply_selected_button.setEnabled(bool(self.model.selected()))

    def _apply(self, chosen: frozenset[str]) -> None:
        if chosen:
            self.applyRequested.emit(chosen)

    def set_busy(self, busy: bool) -> None:
        """Keep the person from changing the choice, or closing, while it is being applied."""
        self._busy = busy
        self.table.setEnabled(not busy)
        self.table_changes.setEnabled(not busy)
        self.show_same.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
