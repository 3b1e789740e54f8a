"""The completeness panel: the questions still to finish and every indicator's progress, for the whole report.

Clicking (or pressing Enter on) a question jumps to it and puts the focus in its editor.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bsreporter.form.model import Questionnaire
from bsreporter.gui.icons import StatusIcon, status_icon
from bsreporter.gui.navigator import progress_icon
from bsreporter.gui.question_widget import status_icon_kind
from bsreporter.gui.tree_model import Index, Node, NodeTreeModel
from bsreporter.report.completeness import Completeness, QuestionStatus, Status

#: Role holding the id of the question a row leads to.
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 2


def blocker_label(status: QuestionStatus) -> str:
    """A one-word reason for the narrow status column."""
    match status.status:
        case Status.MISSING:
            return QCoreApplication.translate("Completeness", "missing")
        case Status.NEEDS_REVIEW:
            return QCoreApplication.translate("Completeness", "to confirm")
        case _:
            return QCoreApplication.translate("Completeness", "not valid")


def blocker_reason(status: QuestionStatus, language: str = "en") -> str:
    """Why a question keeps the report from being complete, in the interface language.

    The detail of an answer that is not valid is said in ``language`` (the questions' language, as the form's
    own messages are).
    """
    match status.status:
        case Status.MISSING:
            return QCoreApplication.translate("Completeness", "required answer missing")
        case Status.NEEDS_REVIEW:
            return QCoreApplication.translate("Completeness", "carried over: review and confirm")
        case _:
            return QCoreApplication.translate("Completeness", "answer not valid: {detail}").format(
                detail=status.detail_text(language))


class CompletenessModel(NodeTreeModel):
    """Two groups: questions to finish, and indicators (each with the questions that measure it)."""

    #: a new completeness check is shown (rows announced one by one, or the whole model reset)
    changed = Signal()

    def __init__(
        self, form: Questionnaire, completeness: Completeness, language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(2, parent)
        self.form = form
        self.language = language
        self.completeness = completeness
        self._questions_of = {i: [q.id for q in form.informing[i]] for i in form.indicators}
        self._build()

    def _build(self) -> None:
        self.clear_nodes()
        self._unused: list[int] = []  # numbers of blocker rows removed, given to the next ones added
        self._blockers = self.add_node("group", "blockers")
        for status in self.completeness.blockers:
            self.add_node("blocker", status.question_id, self._blockers)
        indicators = self.add_node("group", "indicators")
        self._indicator_rows: dict[str, int] = {}
        self._question_rows: dict[str, list[int]] = {}
        for indicator_id in self.form.indicators:
            row = self.add_node("indicator", indicator_id, indicators)
            self._indicator_rows[indicator_id] = row
            for question_id in self._questions_of[indicator_id]:
                self._question_rows.setdefault(question_id, []).append(self.add_node("question", question_id, row))
            if not self._questions_of[indicator_id] and indicator_id in self.form.measured_elsewhere:
                self.add_node("elsewhere", indicator_id, row)  # why no question of this form measures it

    def set_completeness(self, completeness: Completeness) -> None:
        """Show a new completeness check, announcing only the rows it changes.

        After one answer a few rows change; resetting the model would have the view lay out
        and paint every row again (and forget nothing it needs to: expanded rows stay so).
        """
        before, self.completeness = self.completeness, completeness
        if before is not completeness:
            self._show_blockers([s.question_id for s in completeness.blockers])
            moved = {qid for qid, status in completeness.questions.items() if before.questions.get(qid) != status}
            rows = [self._blockers]
            rows += [n for n in self.nodes[self._blockers].children if self.nodes[n].key in moved]
            rows += [n for qid in moved for n in self._question_rows.get(qid, ())]
            rows += [n for i, n in self._indicator_rows.items()
                     if before.indicators[i] != completeness.indicators[i] or moved.intersection(self._questions_of[i])]
            for number in rows:
                self.dataChanged.emit(self.index_of(number, 0), self.index_of(number, 1))
        self.changed.emit()

    def _show_blockers(self, wanted: list[str]) -> None:
        """Make the rows under "Questions to finish" those of ``wanted``, removing and inserting rows."""
        shown = [self.nodes[n].key for n in self.nodes[self._blockers].children]
        if shown == wanted:
            return
        steps = SequenceMatcher(a=shown, b=wanted, autojunk=False).get_opcodes()
        for tag, first, end, new_first, new_end in reversed(steps):  # from the end: earlier rows keep their place
            if tag in ("replace", "delete"):
                self._remove_blockers(first, end)
            if tag in ("replace", "insert"):
                self._insert_blockers(first, wanted[new_first:new_end])

    def _renumber(self, children: list[int], start: int) -> None:
        for row in range(start, len(children)):
            self.nodes[children[row]].row = row

    def _remove_blockers(self, first: int, end: int) -> None:
        children = self.nodes[self._blockers].children
        self.beginRemoveRows(self.index_of(self._blockers), first, end - 1)
        self._unused += children[first:end]
        del children[first:end]
        self._renumber(children, first)
        self.endRemoveRows()

    def _insert_blockers(self, first: int, question_ids: list[str]) -> None:
        children = self.nodes[self._blockers].children
        self.beginInsertRows(self.index_of(self._blockers), first, first + len(question_ids) - 1)
        numbers = []
        for question_id in question_ids:
            node = Node("blocker", question_id, self._blockers)
            if self._unused:
                numbers.append(self._unused.pop())
                self.nodes[numbers[-1]] = node
            else:
                self.nodes.append(node)
                numbers.append(len(self.nodes) - 1)
        children[first:first] = numbers
        self._renumber(children, first)
        self.endInsertRows()

    def set_language(self, language: str) -> None:
        """Show texts in another language."""
        self.beginResetModel()
        self.language = language
        self.endResetModel()

    def _question_text(self, question_id: str) -> str:
        question = self.form.question(question_id)
        return f"{question.number}  {question.label.get(self.language)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == QUESTION_ROLE:
            return node.key if node.kind in ("blocker", "question") else None
        if node.kind == "group":
            return self._group_data(node.key, column, role)
        if node.kind == "indicator":
            return self._indicator_data(node.key, column, role)
        if node.kind == "elsewhere":
            return self._elsewhere_data(node.key, column, role)
        status = self.completeness.questions[node.key]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._question_text(node.key)
            return blocker_label(status) if status.blocks else ""
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return status_icon(status_icon_kind(status))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            reason = blocker_reason(status, self.language) if status.blocks else ""
            return f"{self._question_text(node.key)}\n{reason}".strip()
        return None

    def _group_data(self, key: str, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            if key == "blockers":
                return self.tr("Questions to finish ({count})").format(count=len(self.completeness.blockers))
            return self.tr("Indicators ({count})").format(count=len(self.form.indicators))
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and key == "blockers":
            return status_icon(StatusIcon.COMPLETE if not self.completeness.blockers else StatusIcon.PARTIAL)
        return None

    def _indicator_data(self, key: str, column: int, role: int) -> Any:
        progress = self.completeness.indicators[key]
        text = f"{key}  {self.form.indicators[key].text.get(self.language)}"
        elsewhere = not self._questions_of[key]
        if role == Qt.ItemDataRole.DisplayRole:
            return text if column == 0 else (f"{progress.done}/{progress.required}" if progress.required else "–")
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if elsewhere:
                return status_icon(StatusIcon.NOT_RELEVANT)  # nothing to answer for it in this report
            statuses = [self.completeness.questions[q].status for q in self._questions_of[key]]
            return status_icon(progress_icon(progress, statuses))
        if role == Qt.ItemDataRole.ForegroundRole and elsewhere:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if elsewhere:
                return f"{text}\n{self._elsewhere_text(key)}"
            return self.tr("{text}\n{done} of {required} required answers, {blockers} to finish").format(
                text=text, done=progress.done, required=progress.required, blockers=progress.blockers
            )
        return None

    def _elsewhere_text(self, key: str) -> str:
        reason = self.form.measured_elsewhere.get(key)
        if reason:
            return self.tr("Measured elsewhere: {reason}").format(reason=reason.get(self.language))
        return self.tr("No question of this report measures it.")

    def _elsewhere_data(self, key: str, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._elsewhere_text(key) if column == 0 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The tooltip gives the whole title when a narrow panel cuts it.
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.tr("Question or indicator") if section == 0 else self.tr("Status")
        return None


class CompletenessPanel(QWidget):
    """Overall progress, then the tree of questions to finish and indicators."""

    questionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completenessPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("completenessSummary")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)  # the summary above says the percentage in words
        self.bar.setAccessibleName(self.tr("Share of required answers done"))
        self.tree = QTreeView()
        self.tree.setObjectName("completenessTree")
        self.tree.setAccessibleName(self.tr("Questions to finish and indicators"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.clicked.connect(self._chosen)
        self.tree.activated.connect(self._chosen)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(self.tree, 1)
        self.model: CompletenessModel | None = None

    def set_model(self, model: CompletenessModel | None) -> None:
        """Show ``model`` (None: no report open)."""
        self.model = model
        self.tree.setModel(model)
        if model is None:
            self.summary.clear()
            self.bar.setValue(0)
            return
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width: sizing to contents would re-measure every row after each answer.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        widest = max(
            [
                blocker_label(QuestionStatus("", "", kind, True))
                for kind in (Status.MISSING, Status.NEEDS_REVIEW, Status.INVALID)
            ]
            + [self.tr("Status"), "000/000"],
            key=self.tree.fontMetrics().horizontalAdvance,
        )
        header.resizeSection(1, self.tree.fontMetrics().horizontalAdvance(widest) + 20)
        model.modelAboutToBeReset.connect(self._remember_view)
        model.modelReset.connect(self._restore_view)
        model.changed.connect(self._update_summary)
        self._expanded = {"blockers", "indicators"}
        self._scroll = 0
        self._restore_view()

    def _remember_view(self) -> None:
        assert self.model is not None
        self._expanded = {
            node.key
            for number, node in enumerate(self.model.nodes)
            if node.kind in ("group", "indicator") and self.tree.isExpanded(self.model.index_of(number))
        }
        self._scroll = self.tree.verticalScrollBar().value()

    def _restore_view(self) -> None:
        assert self.model is not None
        for number, node in enumerate(self.model.nodes):
            if node.kind in ("group", "indicator") and node.key in self._expanded:
                self.tree.setExpanded(self.model.index_of(number), True)
        self.tree.verticalScrollBar().setValue(self._scroll)
        self._update_summary()

    def _update_summary(self) -> None:
        assert self.model is not None
        result = self.model.completeness.report
        self.summary.setText(
            self.tr("{done} of {required} required answers ({percent:.0f}%). {blockers} questions to finish.").format(
                done=result.done, required=result.required, percent=result.percent, blockers=result.blockers
            )
            if result.blockers
            else self.tr("Complete: every required answer is given.")
        )
        percent = round(result.percent)
        if self.bar.value() != percent:
            # setValue paints the bar at once, and with it everything else waiting to be painted;
            # the bar is painted with the rest instead, when the window next paints.
            self.bar.setUpdatesEnabled(False)
            self.bar.setValue(percent)
            self.bar.setUpdatesEnabled(True)

    def _chosen(self, index: QModelIndex) -> None:
        question_id = index.data(QUESTION_ROLE)
        if question_id:
            self.questionChosen.emit(question_id)
