"""The navigator: a report shown by the sections of its form, or by focal area and operational objective
of the Strategic Plan, each row with its progress; and the pages of both views.

By section, the pages are the form's own (``form.sections``). By Strategic Plan, each operational
objective has a page of its own, made here: the questions that inform it (with their follow-ups),
in report order, under the lead-in of the section and group they come from.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QHeaderView,
    QPushButton,
    QTreeView,
    QWidget,
)

from bsreporter.form.model import FocalArea, Questionnaire, Section
from bsreporter.gui.icons import StatusIcon, status_icon
from bsreporter.gui.tree_model import ROOT, Index, NodeTreeModel
from bsreporter.report.completeness import Completeness, Progress, Status
from bsreporter.report.navigation import PLAN_PREFIX, next_unanswered, plan_page, plan_page_id

#: Role holding the id of the page a row leads to.
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1



class View(str, Enum):
    """The two ways the window shows a report."""

    SECTIONS = "sections"  # the form's own sections
    PLAN = "plan"  # focal areas > operational objectives of the Strategic Plan


class ReportPages:
    """Every page the window can show for a form, in each view's order, and where each question is."""

    def __init__(self, form: Questionnaire) -> None:
        self.form = form
        self._order: dict[View, tuple[Section, ...]] = {
            View.SECTIONS: tuple(form.sections),
            View.PLAN: tuple(plan_page(form, o) for o in form.objectives),
        }
        self._pages = {page.id: page for pages in self._order.values() for page in pages}
        self._view = {page.id: view for view, pages in self._order.items() for page in pages}
        self._holding: dict[View, dict[str, list[str]]] = {view: {} for view in View}
        for view, pages in self._order.items():
            for page in pages:
                for question in page.questions:
                    self._holding[view].setdefault(question.id, []).append(page.id)
        self._focal_area: dict[str, FocalArea] = {}
        for focal_area in form.focal_areas:
            for objective in focal_area.objectives:
                self._focal_area[plan_page_id(objective)] = focal_area
                self._focal_area[objective.id] = focal_area  # the self-assessment's own objective pages

    def order(self, view: View) -> tuple[Section, ...]:
        """The pages of ``view``, in order."""
        return self._order[view]

    def first(self, view: View) -> Section:
        """The first page of ``view``."""
        return self._order[view][0] if self._order[view] else self.form.general

    def section(self, page_id: str) -> Section:
        """The page with this id (KeyError if there is none)."""
        return self._pages[page_id]

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._pages

    def view_of(self, page_id: str) -> View:
        """The view a page belongs to."""
        return self._view[page_id]

    def focal_area(self, page_id: str) -> FocalArea | None:
        """The focal area an objective's page belongs to (None for other pages)."""
        return self._focal_area.get(page_id)

    def holding(self, question_id: str, view: View) -> tuple[str, ...]:
        """The pages of ``view`` that show a question (by Strategic Plan: none, one or several)."""
        return tuple(self._holding[view].get(question_id, ()))

    def adjacent(self, page_id: str, step: int) -> Section | None:
        """The page ``step`` places after (negative: before) ``page_id`` in its view, or None past either end."""
        pages = self._order[self._view[page_id]]
        index = [p.id for p in pages].index(page_id) + step
        return pages[index] if 0 <= index < len(pages) else None

    def next_to_do(self, completeness: Completeness, page_id: str, after: str | None) -> tuple[str, str] | None:
        """The page and question still to do next, in the order of the view of ``page_id``.

        By section this is ``next_unanswered``. By Strategic Plan it goes through the objectives'
        pages in order, from just after ``after`` (or the start of ``page_id``), wrapping around;
        when none of them holds a question still to do, the next one in report order is given,
        on its section's page. None when nothing is left to do.
        """
        form = self.form
        if self._view[page_id] is View.PLAN:
            sequence = [(p.id, q.id) for p in self._order[View.PLAN] for q in p.questions]
            start = next((i for i, (p, _) in enumerate(sequence) if p == page_id), 0)
            if after is not None and (page_id, after) in sequence:
                start = sequence.index((page_id, after)) + 1
            for offset in range(len(sequence)):
                place = sequence[(start + offset) % len(sequence)]
                status = completeness.questions.get(place[1])
                if status is not None and status.blocks:
                    return place
            question = next_unanswered(form, completeness)
        else:
            question = next_unanswered(form, completeness, after=after, section_id=None if after else page_id)
        return (form.section_of[question.id].id, question.id) if question is not None else None


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
    """A report's pages with their completeness (two columns: title, done/required), in one of two views.

    By section: the form's tree of groups (a folder, such as a focal area of the self-assessment,
    opens its first page). By Strategic Plan: focal areas > operational objectives.
    """

    def __init__(
        self,
        form: Questionnaire,
        completeness: Completeness,
        language: str,
        parent: QObject | None = None,
        *,
        view: View = View.SECTIONS,
    ) -> None:
        super().__init__(2, parent)
        self.form = form
        self.language = language
        self.completeness = completeness
        self.view = view
        self._sections = dict(form.nodes)
        self._focal_areas = {fa.number: fa for fa in form.focal_areas}
        self._objectives = {o.id: o for o in form.objectives}
        # The questions behind each kind of row, for its icon.
        self._questions: dict[tuple[str, Any], tuple[str, ...]] = {
            **{("section", s.id): tuple(q.id for q in s.questions) for s in form.nodes.values()},
            **{("group", s.id): tuple(q.id for q in s.questions) for s in form.nodes.values()},
            **{("objective", o.id): tuple(q.id for q in form.informing[o.id]) for o in form.objectives},
            **{
                ("focal_area", fa.number): tuple(
                    dict.fromkeys(q.id for o in fa.objectives for q in form.informing[o.id])
                )
                for fa in form.focal_areas
            },
        }
        self._row_of_page: dict[str, int] = {}
        self._statuses: dict[tuple[str, Any], list[Status]] = {}
        self._build()

    def _build(self) -> None:
        self.clear_nodes()
        if self.view is View.PLAN:
            for focal_area in self.form.focal_areas:
                node = self.add_node("focal_area", focal_area.number)
                for objective in focal_area.objectives:
                    self.add_node("objective", objective.id, node)
        else:
            pages = {s.id for s in self.form.sections}

            def add(group: Section, parent: int) -> None:
                if group.id in pages:
                    self.add_node("section", group.id, parent)
                else:  # a folder of pages (a focal area of the Strategic Plan questionnaire)
                    node = self.add_node("group", group.id, parent)
                    for child in group.children:
                        add(child, node)

            for group in self.form.groups:
                add(group, ROOT)
        self._row_of_page = {
            (PLAN_PREFIX + n.key if n.kind == "objective" else n.key): i
            for i, n in enumerate(self.nodes)
            if n.kind in ("section", "objective")
        }
        self._collect_statuses()

    def _collect_statuses(self) -> None:
        questions = self.completeness.questions
        self._statuses = {
            (n.kind, n.key): [questions[q].status for q in self._questions[(n.kind, n.key)]] for n in self.nodes
        }

    def set_view(self, view: View) -> None:
        """Show the rows of another view."""
        if view is self.view:
            return
        self.beginResetModel()
        self.view = view
        self._build()
        self.endResetModel()

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
        return self._progress(kind, key), self._icon(kind, key)

    def _icon(self, kind: str, key: Any) -> StatusIcon:
        if kind in ("objective", "focal_area") and not self._questions[(kind, key)]:
            return StatusIcon.NOT_RELEVANT  # measured elsewhere: nothing to do in this report
        return progress_icon(self._progress(kind, key), self._statuses[(kind, key)])

    def set_language(self, language: str) -> None:
        """Show titles in another language."""
        self.language = language
        self._all_changed()

    def _all_changed(self) -> None:
        # One announcement per level of the tree (dataChanged ranges must share a parent).
        for siblings in [self.top, *(node.children for node in self.nodes if node.children)]:
            if siblings:
                self.dataChanged.emit(self.index_of(siblings[0], 0), self.index_of(siblings[-1], 1))

    def index_for_section(self, section_id: str) -> QModelIndex:
        """The row of a page (a section, or an objective's page in the Strategic Plan view)."""
        number = self._row_of_page.get(section_id)
        return self.index_of(number) if number is not None else QModelIndex()

    def _title(self, kind: str, key: Any) -> str:
        if kind == "focal_area":
            return f"{key}  {self._focal_areas[key].title.get(self.language)}"
        if kind == "objective":
            objective = self._objectives[key]
            return f"{objective.number}  {objective.title.get(self.language)}"
        section: Section = self._sections[key]
        if section is self.form.general or not section.number:
            return section.title.get(self.language)
        return f"{section.number}  {section.title.get(self.language)}"

    def _progress(self, kind: str, key: Any) -> Progress:
        if kind == "objective":
            return self.completeness.objectives[key]
        if kind == "focal_area":
            return self.completeness.focal_areas[key]
        return self.completeness.sections[key]

    def _page_of(self, kind: str, key: Any) -> str | None:
        """The page a row opens: its own, or a folder's first."""
        if kind == "objective":
            return PLAN_PREFIX + key
        if kind == "focal_area":
            objectives = self._focal_areas[key].objectives
            return PLAN_PREFIX + objectives[0].id if objectives else None
        if kind == "group":
            group = self._sections[key]
            return next(
                (
                    s.id
                    for s in self.form.sections
                    if s.questions and group.questions and s.questions[0] is group.questions[0]
                ),
                None,
            )
        return str(key)

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
            return status_icon(self._icon(node.kind, node.key))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if node.kind in ("objective", "focal_area") and not self._questions[(node.kind, node.key)]:
                summary = self.tr("No question of this report informs it: its indicators are measured elsewhere.")
            else:
                summary = self.tr(
                    "{done} of {required} required answers ({percent:.0f}%), {blockers} to finish"
                ).format(
                    done=progress.done, required=progress.required, percent=progress.percent, blockers=progress.blockers
                )
            return f"{self._title(node.kind, node.key)}\n{summary}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SECTION_ROLE:
            return self._page_of(node.kind, node.key)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 1:
                return self.tr("Done")
            return self.tr("Focal area and objective") if self.view is View.PLAN else self.tr("Section")
        return None


class ViewSwitch(QWidget):
    """Two buttons above the navigator: the report by section, or by Strategic Plan."""

    viewChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewSwitch")
        self.setAccessibleName(self.tr("Show the report"))
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(0)
        self._row = row
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[View, QPushButton] = {
            View.SECTIONS: QPushButton(self.tr("By section")),
            View.PLAN: QPushButton(self.tr("By Strategic Plan")),
        }
        self.buttons[View.SECTIONS].setToolTip(self.tr("Show the report by the sections of its form"))
        self.buttons[View.PLAN].setToolTip(
            self.tr("Show the report by focal area and operational objective of the Strategic Plan")
        )
        for view, button in self.buttons.items():
            button.setObjectName(f"view_{view.value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleDescription(button.toolTip())
            self.group.addButton(button)
            button.clicked.connect(lambda _checked=False, chosen=view: self.viewChosen.emit(chosen))
            row.addWidget(button, 1)

    def set_view(self, view: View) -> None:
        """Show ``view`` as the one chosen (without announcing it)."""
        self.buttons[view].setChecked(True)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest button: in a narrow navigator the buttons stand one above the other."""
        margins = self._row.contentsMargins()
        widest = max(button.sizeHint().width() for button in self.buttons.values())
        return QSize(widest + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when both buttons' texts fit, else one above the other (never a cut text)."""
        margins = self._row.contentsMargins()
        side_by_side = sum(button.sizeHint().width() for button in self.buttons.values())
        fits = event.size().width() >= side_by_side + margins.left() + margins.right()
        direction = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)
        super().resizeEvent(event)


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
        previous = self.selectionModel()
        super().setModel(model)
        if previous is not None and previous is not self.selectionModel():
            previous.deleteLater()  # Qt leaves the old one to its owner
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
        if model is not None:
            model.modelReset.connect(self.expandAll)  # the other view's rows
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
