"""The navigator: General information, then focal areas > operational objectives, each with its progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from bsreporter.form.model import Questionnaire, Section
from bsreporter.gui.icons import StatusIcon, status_icon
from bsreporter.gui.tree_model import ROOT, Index, NodeTreeModel
from bsreporter.report.completeness import Completeness, Progress, Status

#: Role holding the id of the section a row leads to.
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1


def progress_icon(progress: Progress, statuses: list[Status]) -> StatusIcon:
    """The icon for a group of questions: invalid and review first, then how far along it is."""
    if Status.INVALID in statuses:
        return StatusIcon.INVALID
    if progress.complete:
        return StatusIcon.COMPLETE if progress.required else StatusIcon.OPTIONAL
    if Status.NEEDS_REVIEW in statuses:
        return StatusIcon.REVIEW
    return StatusIcon.PARTIAL if progress.done else StatusIcon.EMPTY


class NavigatorModel(NodeTreeModel):
    """The sections of a questionnaire with their completeness (two columns: title, done/required)."""

    def __init__(
        self, form: Questionnaire, completeness: Completeness, language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(2, parent)
        self.form = form
        self.language = language
        self.completeness = completeness
        self._row_of_section: dict[str, int] = {}
        pages = {s.id for s in form.sections}

        def add(group: Section, parent: int) -> None:
            if group.id in pages:
                self.add_node("section", group.id, parent)
            else:  # a folder of pages (a focal area of the Strategic Plan questionnaire)
                node = self.add_node("group", group.id, parent)
                for child in group.children:
                    add(child, node)

        for group in form.groups:
            add(group, ROOT)
        self._row_of_section = {n.key: i for i, n in enumerate(self.nodes) if n.kind == "section"}
        self._sections = dict(form.nodes)
        self._statuses: dict[Any, list[Status]] = {}
        self._collect_statuses()

    def _collect_statuses(self) -> None:
        questions = self.completeness.questions
        self._statuses = {s.id: [questions[q.id].status for q in s.questions] for s in self.form.nodes.values()}

    def set_completeness(self, completeness: Completeness) -> None:
        """Show new progress figures (announcing only the rows whose figures or icon changed)."""
        before = {number: self._shown(node.kind, node.key) for number, node in enumerate(self.nodes)}
        self.completeness = completeness
        self._collect_statuses()
        for number, node in enumerate(self.nodes):
            # One answer changes one section and its focal area; repainting those rows is enough.
            if self._shown(node.kind, node.key) != before[number]:
                self.dataChanged.emit(self.index_of(number, 0), self.index_of(number, 1))

    def _shown(self, kind: str, key: Any) -> tuple[Progress, StatusIcon]:
        progress = self._progress(kind, key)
        return progress, progress_icon(progress, self._statuses[key])

    def set_language(self, language: str) -> None:
        """Show titles in another language."""
        self.language = language
        self._all_changed()

    def _all_changed(self) -> None:
        # One announcement per level of the tree (dataChanged ranges must share a parent).
        for siblings in [self.top, *(node.children for node in self.nodes if node.children)]:
            self.dataChanged.emit(self.index_of(siblings[0], 0), self.index_of(siblings[-1], 1))

    def index_for_section(self, section_id: str) -> QModelIndex:
        """The row of a section."""
        number = self._row_of_section.get(section_id)
        return self.index_of(number) if number is not None else QModelIndex()

    def _title(self, kind: str, key: Any) -> str:
        section: Section = self._sections[key]
        if section is self.form.general or not section.number:
            return section.title.get(self.language)
        return f"{section.number}  {section.title.get(self.language)}"

    def _progress(self, kind: str, key: Any) -> Progress:
        return self.completeness.sections[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        progress = self._progress(node.kind, node.key)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._title(node.kind, node.key)
            return f"{progress.done}/{progress.required}" if progress.required else "–"
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return status_icon(progress_icon(progress, self._statuses[node.key]))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            summary = self.tr("{done} of {required} required answers ({percent:.0f}%), {blockers} to finish").format(
                done=progress.done, required=progress.required, percent=progress.percent, blockers=progress.blockers
            )
            return f"{self._title(node.kind, node.key)}\n{summary}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SECTION_ROLE:
            if node.kind == "group":  # a folder opens its first page
                group = self._sections[node.key]
                return next(s.id for s in self.form.sections if s.questions and s.questions[0] is group.questions[0])
            return node.key
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Section") if section == 0 else self.tr("Done")
        return None


class NavigatorView(QTreeView):
    """The navigator tree; choosing a row (mouse or keyboard) asks for its section."""

    sectionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Sections of the report"))
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._following = False

    def setModel(self, model: Any) -> None:
        """Show ``model`` fully expanded, titles stretching, progress as narrow as it can be."""
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width for "done/required": sizing to contents would re-measure every row at each answer.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            1,
            max(
                header.fontMetrics().horizontalAdvance(self.tr("Done")), self.fontMetrics().horizontalAdvance("000/000")
            )
            + 16,
        )
        self.expandAll()
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._following and current.isValid():
            section_id = current.data(SECTION_ROLE)
            if section_id:
                self.sectionChosen.emit(section_id)

    def show_section(self, section_id: str) -> None:
        """Select the row of ``section_id`` without asking to go there again."""
        model = self.model()
        if not isinstance(model, NavigatorModel):
            return
        if self.currentIndex().data(SECTION_ROLE) == section_id:
            return  # e.g. a focal area's row, which shows its first objective: leave it selected
        index = model.index_for_section(section_id)
        self._following = True
        try:
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.scrollTo(index)
        finally:
            self._following = False
