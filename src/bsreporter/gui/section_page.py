"""A page of the report: one section of the form, or one operational objective of the Strategic Plan,
and its questions."""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bsreporter.exchange.labels import phrase
from bsreporter.form.model import FocalArea, Indicator, Note, Question, Section, Text
from bsreporter.gui.actions import session_read_only_why
from bsreporter.gui.fonts import heading_font
from bsreporter.gui.question_widget import QuestionWidget
from bsreporter.gui.session import ReportSession
from bsreporter.report.navigation import question_matches

#: Lines of questions read badly when wider than this.
_MAX_TEXT_WIDTH = 920
#: Questions built with the page itself, shown in its first paint; the others follow within a few frames.
FIRST_QUESTIONS = 1
#: Questions built in each later turn of the event loop, until the page holds them all.
QUESTIONS_PER_TURN = 1


def _mark_match(widget: QuestionWidget, mark: str) -> None:
    """Tint a question Find matched ("match"), more strongly the one stepped to ("current"), or not ("")."""
    widget.setProperty("findMatch", mark)
    widget.setAutoFillBackground(bool(mark))
    if not mark:
        widget.setPalette(QPalette())  # the page's own colours again
        return
    # A tint of the selection colour over the page, so it reads in light and dark themes alike.
    tint = QColor(widget.palette().color(QPalette.ColorRole.Highlight))
    tint.setAlpha(110 if mark == "current" else 40)
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.Window, tint)
    widget.setPalette(palette)


class SectionPage(QScrollArea):
    """The questions of one page, with the objective's context and Previous/Next buttons.

    A page of the Strategic Plan view shows questions of several sections of the form, each
    under its section's title; an objective that no question of the form informs shows why.

    A page is built a few questions at a time: its first screenful with the page, the rest a few
    per turn of the event loop, so that the window paints the page and keeps reacting while a long
    one (a table of a thousand rows among a dozen questions) is still being built. Whoever asks for
    :attr:`questions` gets them all: what is left is built there and then.
    """

    previousRequested = Signal()
    nextRequested = Signal()
    contextToggled = Signal(bool)

    def __init__(
        self,
        section: Section,
        focal_area: FocalArea | None,
        session: ReportSession,
        language: str,
        *,
        second_language: str = "",
        context_expanded: bool,
        has_previous: bool,
        has_next: bool,
        about: str = "",
        measured_elsewhere: Mapping[str, Text] | None = None,
        by_plan: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.session = session
        self.language = language
        self.setObjectName(f"page_{section.id}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight)
        self._filter = ""
        self._only_matching = False
        #: The match of Find stepped to on this page, if any
        self._current_match: str | None = None
        self._measured_elsewhere = measured_elsewhere or {}
        #: The form's own pages: inside a page of the Strategic Plan view they lead in their questions.
        self._form_pages = {s.id for s in session.form.sections}

        outer = QWidget()
        outer.setObjectName("pageBackground")
        outer_row = QHBoxLayout(outer)
        outer_row.setContentsMargins(24, 16, 24, 16)
        content = QWidget()
        content.setMaximumWidth(_MAX_TEXT_WIDTH)
        outer_row.addStretch(0)
        outer_row.addWidget(content, 1)
        outer_row.addStretch(0)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        if focal_area is not None:
            # In the language of the questions, like the heading under it (and the PDF).
            over = QLabel(
                phrase("focal_area", language, number=focal_area.number, title=focal_area.title.get(language))
            )
            over.setWordWrap(True)
            over.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(over)
        number = "" if section.number in ("", "G") else f"{section.number}  "
        self.heading = QLabel(number + section.title.get(language))
        self.heading.setObjectName("sectionHeading")
        self.heading.setFont(heading_font(self.font(), 1.45))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.heading.text())
        layout.addWidget(self.heading)
        if about:
            # What form this report answers (e.g. not one of the Secretariat's formats), under its first heading.
            self.about = QLabel(about)
            self.about.setObjectName("formAbout")
            self.about.setWordWrap(True)
            self.about.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(self.about)
        if section.description:
            description = QLabel(section.description.get(language))
            description.setWordWrap(True)
            layout.addWidget(description)

        self.context_button: QToolButton | None = None
        self.context: QLabel | None = None
        if section.outcomes or (section.indicators and section.questions):
            self.context_button = QToolButton()
            self.context_button.setText(
                self.tr("Expected outcomes and indicators") if section.questions else self.tr("Expected outcomes")
            )
            self.context_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.context_button.setCheckable(True)
            self.context_button.setAutoRaise(True)
            self.context_button.setAccessibleName(self.tr("Show or hide the expected outcomes and indicators"))
            self.context = QLabel(self._context_html())
            self.context.setObjectName("objectiveContext")
            self.context.setWordWrap(True)
            self.context.setTextFormat(Qt.TextFormat.RichText)
            self.context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.context.setContentsMargins(12, 0, 0, 4)
            self.context_button.toggled.connect(self._set_context_visible)
            self.context_button.toggled.connect(self.contextToggled)
            self.context_button.setChecked(context_expanded)
            self._set_context_visible(context_expanded)
            layout.addWidget(self.context_button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self.context)

        self.elsewhere: QLabel | None = None
        if not section.questions and section.indicators:
            self.elsewhere = QLabel(self._elsewhere_html())
            self.elsewhere.setObjectName("measuredElsewhere")
            self.elsewhere.setWordWrap(True)
            self.elsewhere.setTextFormat(Qt.TextFormat.RichText)
            self.elsewhere.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.elsewhere)
        else:
            legend = QLabel(self.tr("Questions marked * need an answer."))
            legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(legend)
        self.filter_note = QLabel()
        self.filter_note.setObjectName("filterNote")
        self.filter_note.setWordWrap(True)
        self.filter_note.hide()
        layout.addWidget(self.filter_note)

        #: The question widgets built so far, in the page's order
        self._built: dict[str, QuestionWidget] = {}
        #: The lead-in of each group of sub-questions, shown while any of its questions is asked.
        self._group_labels: list[tuple[QLabel, tuple[str, ...]]] = []
        # Found out once for the page: each question's disabled editor says it in its tooltip.
        self._read_only_why = session_read_only_why(self.session) if self.session.read_only else None
        self._items_layout = QVBoxLayout()
        self._items_layout.setContentsMargins(0, 0, 0, 0)
        self._items_layout.setSpacing(layout.spacing())
        layout.addLayout(self._items_layout)
        #: What is left to build, one question at a time (None once the page is whole)
        self._steps: Iterator[None] | None = self._add_items(
            self._items_layout, section.items or section.questions, language, second_language, 0
        )
        self._build(FIRST_QUESTIONS)
        self._builder = QTimer(self)
        self._builder.setSingleShot(True)
        self._builder.timeout.connect(self._build_more)
        layout.addSpacing(12)

        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("Previous objective") if by_plan else self.tr("Previous section"))
        self.previous_button.setEnabled(has_previous)
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button = QPushButton(self.tr("Next objective") if by_plan else self.tr("Next section"))
        self.next_button.setEnabled(has_next)
        self.next_button.clicked.connect(self.nextRequested)
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(outer)
        self.refresh()
        if self._steps is not None:
            self._builder.start(0)

    @property
    def questions(self) -> dict[str, QuestionWidget]:
        """Every question widget of the page by question id, in the page's order (the rest built now if need be)."""
        self.finish_building()
        return self._built

    @property
    def questions_built(self) -> dict[str, QuestionWidget]:
        """The question widgets built so far (one still to be built holds nothing typed)."""
        return self._built

    @property
    def built(self) -> bool:
        """Whether the page holds every one of its questions."""
        return self._steps is None

    def finish_building(self) -> None:
        """Build now whatever of the page is still to be built, and lay it out: it may be scrolled to at once."""
        if self._steps is not None:
            self._builder.stop()
            self._build(None)
            self.refresh()
            if self.isVisible():
                # Widgets added to a page on screen are laid out in a later turn; whoever asked may scroll to
                # one of them, or click it, now.
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _build(self, count: int | None) -> None:
        """Build the next ``count`` questions of the page (all that are left when None)."""
        assert self._steps is not None
        for built, _ in enumerate(self._steps, start=1):
            if count is not None and built >= count:
                return
        self._steps = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._steps is not None and not self._builder.isActive():
            self._builder.start(0)

    def _build_more(self) -> None:
        if not self.isVisible():
            return  # taken up again when it is shown; a page dropped with its report is never built further
        # A question left hidden by refresh() must not be shown by its layout: a widget added to a shown
        # page is shown unless it was hidden on purpose.
        before = set(self._built)
        self._build(QUESTIONS_PER_TURN)
        for question_id, widget in self._built.items():
            if question_id not in before:
                widget.hide()
                widget.property("separator").hide()
        self.refresh()
        if self._steps is not None:
            self._builder.start(0)

    def _add_items(
        self,
        layout: QVBoxLayout,
        items: Sequence[Question | Section | Note],
        language: str,
        second_language: str,
        depth: int,
    ) -> Iterator[None]:
        """The page's content in the format's order: questions, notes, and groups under their lead-in.

        Built as it is iterated: one step for each question.
        """
        for item in items:
            if isinstance(item, Section):
                label = QLabel(
                    f"{item.number}  {item.title.get(language)}" if item.number else item.title.get(language)
                )
                label.setWordWrap(True)
                if item.id in self._form_pages:
                    # A section of the form inside an objective's page: says where its questions come from.
                    label.setObjectName("sectionLeadIn")
                    label.setFont(heading_font(self.font(), 1.2))
                    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                    label.setContentsMargins(0, 14, 0, 0)
                    inner = depth
                else:
                    label.setObjectName("groupLeadIn")
                    label.setFont(heading_font(self.font(), 1.1))
                    label.setContentsMargins(24 * depth, 8, 0, 0)
                    inner = depth + 1
                layout.addWidget(label)
                self._group_labels.append((label, tuple(q.id for q in item.questions)))
                yield from self._add_items(layout, item.items, language, second_language, inner)
            elif isinstance(item, Note):
                note = QLabel(item.text.get(language))
                note.setObjectName("formNote")
                note.setWordWrap(True)
                note.setFont(heading_font(self.font(), 1.1))
                layout.addWidget(note)
            else:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                widget = QuestionWidget(
                    item, language, self.session, second_language=second_language, read_only_why=self._read_only_why
                )
                widget.setProperty("separator", line)
                if depth:
                    widget.setContentsMargins(24 * depth, 0, 0, 0)
                layout.addWidget(line)
                layout.addWidget(widget)
                self._built[item.id] = widget
                yield

    def _context_html(self) -> str:
        parts = []
        if self.section.outcomes:
            heading = self.tr("Expected outcomes")  # outside the f-string, where lupdate finds it
            parts.append(f"<p><b>{html.escape(heading)}</b></p><ul>")
            parts += [f"<li>{html.escape(t.get(self.language))}</li>" for t in self.section.outcomes]
            parts.append("</ul>")
        if self.section.indicators and self.section.questions:
            heading = self.tr("Indicators")
            parts.append(f"<p><b>{html.escape(heading)}</b></p><ul>")
            parts += [self._indicator_html(i) for i in self.section.indicators]
            parts.append("</ul>")
        return "".join(parts)

    def _elsewhere_html(self) -> str:
        """For an objective no question of the form informs: its indicators, and why each is measured elsewhere."""
        lead = self.tr("No question of this report informs this objective. Its indicators:")
        parts = [f"<p>{html.escape(lead)}</p>"]
        parts += ["<ul>", *(self._indicator_html(i) for i in self.section.indicators), "</ul>"]
        return "".join(parts)

    def _indicator_html(self, indicator: Indicator) -> str:
        item = f"<li><b>{html.escape(indicator.id)}</b>&nbsp; {html.escape(indicator.text.get(self.language))}"
        reason = self._measured_elsewhere.get(indicator.id)
        if reason:
            elsewhere = self.tr("Measured elsewhere: {reason}").format(reason=reason.get(self.language))
            item += f"<br><i>{html.escape(elsewhere)}</i>"
        return item + "</li>"

    def _set_context_visible(self, visible: bool) -> None:
        if self.context is not None and self.context_button is not None:
            self.context.setVisible(visible)
            self.context_button.setArrowType(Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow)

    # -- following the session ---------------------------------------------------------

    def refresh(self) -> None:
        """Show relevance and status of every question from the session's completeness."""
        statuses = self.session.completeness.questions
        shown = 0
        for question_id, widget in self._built.items():
            status = statuses.get(question_id)
            if status is not None:
                widget.show_status(status)
            matches = not self._filter or question_matches(
                widget.question, self._filter, dict.fromkeys([self.language, "en"])
            )
            visible = self.session.is_relevant(question_id) and (matches or not self._only_matching)
            if widget.isHidden() == visible:
                widget.setVisible(visible)
                widget.property("separator").setVisible(visible)
            shown += visible
            mark = "" if not self._filter or not matches else "current" if question_id == self._current_match else "match"
            if widget.property("findMatch") != mark:
                _mark_match(widget, mark)
        for label, question_ids in self._group_labels:
            label.setVisible(any(q in self._built and not self._built[q].isHidden() for q in question_ids))
        if self._filter and self._only_matching:
            self.finish_building()  # the count is of the whole page
            total = sum(1 for q in self._built if self.session.is_relevant(q))
            self.filter_note.setText(
                self.tr("Showing {shown} of {total} questions matching “{query}”.").format(
                    shown=shown, total=total, query=self._filter
                )
            )
        self.filter_note.setVisible(bool(self._filter and self._only_matching))

    def show_answer(self, question_id: str, origin: object) -> None:
        """A stored answer of this page changed (a question still to be built will show it when it is)."""
        widget = self._built.get(question_id)
        if widget is not None:
            widget.show_answer(self.session.answers.get(question_id), origin)

    def set_filter(self, query: str, only_matching: bool = False) -> None:
        """Highlight the questions matching ``query`` (empty: none); with ``only_matching``, hide the others."""
        self._filter = query.strip()
        self._only_matching = only_matching
        self._current_match = None
        self.refresh()

    def show_match(self, question_id: str) -> bool:
        """Mark the match of Find stepped to and scroll to it; False if it is not shown on this page."""
        widget = self.questions.get(question_id)
        if widget is None or widget.isHidden():
            return False
        self._current_match = question_id
        self.refresh()
        self.ensureWidgetVisible(widget, 0, 40)
        return True

    # -- moving around -----------------------------------------------------------------

    def focus_question(self, question_id: str) -> bool:
        """Scroll to a question and put the focus in its editor; False if it is not shown."""
        widget = self.questions.get(question_id)
        if widget is None or widget.isHidden():
            return False
        self.ensureWidgetVisible(widget, 0, 40)
        widget.focus_editor()
        return True

    def focused_question(self) -> str | None:
        """The question holding the keyboard focus, if any."""
        focus: QWidget | None = self.focusWidget()
        while focus is not None:
            if isinstance(focus, QuestionWidget):
                return focus.question.id
            focus = focus.parentWidget()
        return None

    def flush(self) -> None:
        """Store typed text of every question now."""
        for widget in self._built.values():
            widget.flush()
