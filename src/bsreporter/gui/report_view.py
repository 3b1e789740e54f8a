"""The open report's view: navigator, pages, find bar, banners, notices and completeness panel of one report.

``ReportView`` holds the report's session and follows it: the pages show each answer and
status as it changes, the navigator and the completeness panel the figures. The window
(``main_window``) is the shell around it: menus, status bar, start page, and the opening
and closing of a report into this view. Its texts keep the window's translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bsreporter.errors import BsreporterError
from bsreporter.gui.completeness_panel import CompletenessModel, CompletenessPanel
from bsreporter.gui.dialogs import ask, show_error
from bsreporter.gui.find import FindBar
from bsreporter.gui.navigator import NavigatorModel, NavigatorView, ReportPages, View, ViewSwitch
from bsreporter.gui.notice import NoticeBar
from bsreporter.gui.section_page import SectionPage
from bsreporter.gui.session import LoadedReport, ReportSession
from bsreporter.gui.settings import Preferences
from bsreporter.gui.window_geometry import NAVIGATOR_MAX, NAVIGATOR_MIN
from bsreporter.report.store import ReadOnlyReason


class ElidedLabel(QLabel):
    """One line of text cut with "…" to the room it has, never widening the window (a long section title)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        """Show ``text``, cut to the width; the whole of it is in the tooltip and the accessible name."""
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        """The text before cutting."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Cut the text again to the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width())))


class ReportView(QWidget):
    """One open report (or none): its session, pages, navigator, find bar and completeness panel."""

    #: the section shown changed (its id)
    sectionShown = Signal(str)
    #: the navigator now shows this View (by section, by Strategic Plan)
    viewShown = Signal(object)
    #: something short for the status bar, and for how many milliseconds
    statusMessage = Signal(str, int)

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportView")
        self.prefs = prefs
        self.session: ReportSession | None = None
        self.language = "en"
        self.pages: dict[str, SectionPage] = {}
        self.current_section: str | None = None
        self.navigator_model: NavigatorModel | None = None
        #: The pages of the open report's two views (by section, by Strategic Plan).
        self.report_pages: ReportPages | None = None
        self.view = View(self.prefs.navigator_view())
        self.completeness_model: CompletenessModel | None = None
        # The person chose to close although entries are marked "Not saved": do not ask again
        self._leaving_anyway = False

        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.queryChanged.connect(self._filter_changed)
        self.find_bar.onlyMatchingToggled.connect(self._filter_changed)
        self.find_bar.matchShown.connect(self.show_match)
        self.find_bar.questionChosen.connect(self.go_to_question)
        self.find_bar.closed.connect(self._find_closed)
        self.find_bar.questions_here = self._questions_here

        self.navigator = NavigatorView()
        self.navigator.sectionChosen.connect(self.go_to_section)
        self.view_switch = ViewSwitch()
        self.view_switch.set_view(self.view)
        self.view_switch.viewChosen.connect(self.set_view)
        navigator_pane = QWidget()
        navigator_pane.setObjectName("navigatorPane")
        # A floor that keeps titles legible (and the view switch's words whole: the pane's own
        # floor comes from its contents), a ceiling that keeps the page the widest pane.
        self.navigator.setMinimumWidth(NAVIGATOR_MIN)
        navigator_pane.setMaximumWidth(NAVIGATOR_MAX)
        self.navigator_pane = navigator_pane
        pane_column = QVBoxLayout(navigator_pane)
        pane_column.setContentsMargins(0, 0, 0, 0)
        pane_column.setSpacing(0)
        pane_column.addWidget(self.view_switch)
        pane_column.addWidget(self.navigator, 1)
        self.page_stack = QStackedWidget()
        self.page_stack.setObjectName("pages")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reportSplitter")
        self.splitter.addWidget(navigator_pane)
        self.splitter.addWidget(self.page_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # The navigator may be dragged shut (or hidden from View) on a small screen; the page never.
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)

        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("#readOnlyBanner { background: #fff3e0; padding: 6px; }")
        self.read_only_banner.hide()

        self._column = column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        self.notice = NoticeBar()  # results read in full: an import's backup, an export's file
        column.addWidget(self.notice)
        column.addWidget(self.find_bar)
        column.addWidget(self._build_go_bar())
        column.addWidget(self.splitter, 1)

        # Shown in the window's dock, beside the view.
        self.completeness_panel = CompletenessPanel()
        self.completeness_panel.questionChosen.connect(self.go_to_question)

    def add_banner(self, banner: QWidget) -> None:
        """Put ``banner`` at the top of the report, above the others (the "Validated" banner)."""
        self._column.insertWidget(0, banner)

    # -- building ---------------------------------------------------------------------

    def _build_go_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("goBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        self.previous_button = QPushButton(QCoreApplication.translate("MainWindow", "◀ Previous"))
        self.previous_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Previous section"))
        self.next_button = QPushButton(QCoreApplication.translate("MainWindow", "Next ▶"))
        self.next_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Next section"))
        self.unanswered_button = QPushButton(QCoreApplication.translate("MainWindow", "Next unanswered"))
        self.unanswered_button.setObjectName("nextUnansweredButton")
        self.unanswered_button.setToolTip(
            QCoreApplication.translate("MainWindow", "Go to the next question that still needs an answer (F8)")
        )
        self.previous_button.clicked.connect(lambda: self.step_section(-1))
        self.next_button.clicked.connect(lambda: self.step_section(1))
        self.unanswered_button.clicked.connect(self.go_to_next_unanswered)
        self.section_label = ElidedLabel()
        self.section_label.setObjectName("goBarSection")
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.section_label, 1)
        row.addWidget(self.unanswered_button)
        return bar

    # -- opening and closing a report -------------------------------------------------------

    def open_session(self, loaded: LoadedReport) -> ReportSession:
        """Show the report ``loaded``: its session (made here), navigator, completeness and find bar."""
        self.notice.report_opened(loaded.report.path)
        session = ReportSession(loaded, self)
        self.session = session
        report = loaded.report
        info = report.info
        remembered = self.prefs.question_language(report.path)
        self.language = next(
            (lang for lang in (remembered, info.language) if lang and lang in session.form.languages), "en"
        )
        session.answerChanged.connect(self._answer_changed)
        session.completenessChanged.connect(self._completeness_changed)

        self.report_pages = ReportPages(session.form)
        self.navigator_model = NavigatorModel(session.form, session.completeness, self.language, self, view=self.view)
        self.navigator.setModel(self.navigator_model)
        self.completeness_model = CompletenessModel(session.form, session.completeness, self.language, self)
        self.completeness_panel.set_model(self.completeness_model)
        self.find_bar.set_form(session.form, self.language)

        reason = report.read_only_reason
        if reason is not None:
            self.read_only_banner.setText(_read_only_text(reason))
        self.read_only_banner.setVisible(reason is not None)  # a validated report has its own banner
        return session

    def show_first_page(self) -> None:
        """Show the page the report was left on (in the view shown), else the view's first page."""
        assert self.session is not None and self.report_pages is not None
        path = self.session.report.path
        remembered = self.prefs.last_section(path)
        section = self.report_pages.first(self.view).id
        if remembered and remembered in self.report_pages and self.report_pages.view_of(remembered) is self.view:
            section = remembered
        self._completeness_changed()
        self.go_to_section(section)

    def close_session(self) -> None:
        """Close the open report (everything is stored) and forget its pages."""
        session = self.session
        if session is None:
            return
        session.flush_pending()  # typed text first, while the pages can still show the outcome
        if self.current_section:
            self.prefs.set_last_section(session.report.path, self.current_section)
        self.prefs.set_question_language(session.report.path, self.language)
        self.prefs.sync()
        session.blockSignals(True)
        self.session = None
        try:
            session.close()
        except BsreporterError as exc:
            show_error(self.window(), QCoreApplication.translate("MainWindow", "Close report"), exc)
        self._drop_pages()
        self.current_section = None
        self.report_pages = None
        self.navigator.setModel(None)
        self.completeness_panel.set_model(None)
        self.find_bar.set_form(None, self.language)
        self.find_bar.close_bar()
        self.read_only_banner.hide()
        session.deleteLater()

    def rebuild_pages(self) -> None:
        """Build the pages again (read-only or editable, another second language), keeping the place."""
        section = self.current_section
        page = self.current_page()
        focused = page.focused_question() if page else None
        self._drop_pages()
        self.current_section = None
        if section:
            self.go_to_section(section)
        if focused:
            self.go_to_question(focused)

    def set_language(self, language: str) -> None:
        """Show the questions in another of the form's languages, keeping the place."""
        if self.session is None:
            return
        self.session.flush_pending()
        section = self.current_section
        page = self.current_page()
        focused = page.focused_question() if page else None
        self.language = language
        self.prefs.set_question_language(self.session.report.path, language)
        self._drop_pages()
        self.current_section = None
        if self.navigator_model is not None:
            self.navigator_model.set_language(language)
        if self.completeness_model is not None:
            self.completeness_model.set_language(language)
        self.find_bar.set_form(self.session.form, language)
        if section:
            self.go_to_section(section)
        if focused:
            self.go_to_question(focused)

    def entries_not_saved(self) -> list[str]:
        """The questions, in the form's order, whose typed entry was refused and is shown "Not saved"."""
        if self.session is None:
            return []
        self.session.flush_pending()  # text still being typed is stored, or refused, first
        shown = {qid for page in self.pages.values() for qid, w in page.questions_built.items() if w.entry_not_saved}
        return [qid for qid in self.session.form.questions if qid in shown]

    def asks_before_leaving(
        self, then: Callable[[], object], *, switching: bool = False, onward: str | None = None
    ) -> bool:
        """Before the pages close: if entries marked "Not saved" are on screen, ask, and return True.

        Those entries are in no file, so closing would lose them without a word. ``then`` runs
        if the person goes on anyway; going back (the default, Enter and Escape) shows the first
        of them. ``onward`` names the button that goes on, when neither "Close Anyway" nor
        (``switching``) "Switch Anyway" says what happens. Returns False, asking nothing, when
        nothing would be lost.
        """
        if self._leaving_anyway:
            return False
        questions = self.entries_not_saved()
        if not questions:
            return False
        assert self.session is not None
        numbers = ", ".join(self.session.form.questions[qid].number for qid in questions)
        if len(questions) == 1:
            text = QCoreApplication.translate(
                "MainWindow",
                "An answer you typed was not saved because it is not valid: {questions}. "
                "The report keeps its earlier answer.",
            ).format(questions=numbers)
            back = QCoreApplication.translate("MainWindow", "Go Back to It")
        else:
            text = QCoreApplication.translate(
                "MainWindow",
                "{count} answers you typed were not saved because they are not valid: {questions}. "
                "The report keeps its earlier answers.",
            ).format(count=len(questions), questions=numbers)
            back = QCoreApplication.translate("MainWindow", "Go Back to Them")
        if onward is None and switching:
            onward = QCoreApplication.translate("MainWindow", "Switch Anyway")
        elif onward is None:
            onward = QCoreApplication.translate("MainWindow", "Close Anyway")

        def chosen(number: int) -> None:
            if number != 1:
                self.go_to_question(questions[0])
                return
            self._leaving_anyway = True
            try:
                then()
            finally:
                self._leaving_anyway = False

        box = ask(
            self.window(),
            QCoreApplication.translate("MainWindow", "Answers not saved"),
            text,
            [(back, QMessageBox.ButtonRole.RejectRole), (onward, QMessageBox.ButtonRole.DestructiveRole)],
            chosen,
            default=0,
        )
        box.setEscapeButton(box.defaultButton())
        return True

    def _drop_pages(self) -> None:
        for page in self.pages.values():
            self.page_stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}

    # -- pages ------------------------------------------------------------------------

    def page(self, section_id: str) -> SectionPage:
        """The page of a section (or of an objective, by Strategic Plan), built on first use and kept
        (switching back is instant)."""
        page = self.pages.get(section_id)
        if page is None:
            assert self.session is not None and self.report_pages is not None
            form = self.session.form
            pages = self.report_pages
            section = pages.section(section_id)
            page = SectionPage(
                section,
                pages.focal_area(section_id),
                self.session,
                self.language,
                second_language=self.prefs.second_language(),
                context_expanded=self.prefs.context_expanded(),
                has_previous=pages.adjacent(section_id, -1) is not None,
                has_next=pages.adjacent(section_id, 1) is not None,
                about=form.about.get(self.language) if section is form.general else "",
                measured_elsewhere=form.measured_elsewhere,
                by_plan=pages.view_of(section_id) is View.PLAN,
            )
            page.previousRequested.connect(lambda: self.step_section(-1))
            page.nextRequested.connect(lambda: self.step_section(1))
            page.contextToggled.connect(self.prefs.set_context_expanded)
            self.pages[section_id] = page
            self.page_stack.addWidget(page)
        return page

    def current_page(self) -> SectionPage | None:
        """The page shown, if a report is open."""
        return self.pages.get(self.current_section) if self.current_section else None

    def go_to_section(self, section_id: str) -> None:
        """Show a page: a section's, or (by Strategic Plan) an objective's; the navigator follows its view."""
        if self.session is None or self.report_pages is None or section_id not in self.report_pages:
            return
        if section_id != self.current_section:
            current = self.current_page()
            if current is not None:
                current.flush()
        self._show_view(self.report_pages.view_of(section_id))
        page = self.page(section_id)
        # Also refreshes relevance and statuses
        page.set_filter(self.find_bar.query(), self.find_bar.only_matching_shown())
        self.page_stack.setCurrentWidget(page)
        self.current_section = section_id
        self.navigator.show_section(section_id)
        has_previous = self.report_pages.adjacent(section_id, -1) is not None
        has_next = self.report_pages.adjacent(section_id, 1) is not None
        self.previous_button.setEnabled(has_previous)
        self.next_button.setEnabled(has_next)
        section = page.section
        title = section.title.get(self.language)
        self.section_label.set_full_text(title if section.number in ("", "G") else f"{section.number}  {title}")
        self.sectionShown.emit(section_id)

    def _show_view(self, view: View) -> None:
        """Show the navigator's rows, switch and menu for ``view`` (the page shown is the caller's)."""
        self.view = view
        self.view_switch.set_view(view)
        if self.navigator_model is not None:
            self.navigator_model.set_view(view)
        self.navigator.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Focal areas and objectives of the report")
            if view is View.PLAN
            else QCoreApplication.translate("MainWindow", "Sections of the report")
        )
        self.viewShown.emit(view)

    def set_view(self, view: View) -> None:
        """Show the report by section or by Strategic Plan (remembered), staying with the question in hand.

        The page shown is the one of the focused question in the other view, else the first page
        there that shows a question of this page, else the other view's first page.
        """
        self.prefs.set_navigator_view(view.value)
        if self.session is None or self.report_pages is None or self.current_section is None:
            self._show_view(view)
            return
        if view is self.report_pages.view_of(self.current_section):
            self._show_view(view)  # e.g. the switch clicked on the view shown: nothing moves
            return
        page = self.current_page()
        focused = page.focused_question() if page is not None else None
        shown = [focused] if focused else []
        shown += [q.id for q in (page.section.questions if page is not None else ())]
        target = next(
            (held[0] for qid in shown if (held := self.report_pages.holding(qid, view))),
            self.report_pages.first(view).id,
        )
        self.go_to_section(target)
        if focused and focused in self.page(target).questions:
            # On this page, even when the other view's page still holds an entry marked "Not saved".
            self.page(target).focus_question(focused)
            QTimer.singleShot(0, lambda: self._scroll_to(target, focused))

    def step_section(self, step: int) -> None:
        """Previous (-1) or next (+1) page of the view shown."""
        if self.session is None or self.report_pages is None or self.current_section is None:
            return
        target = self.report_pages.adjacent(self.current_section, step)
        if target is not None:
            self.go_to_section(target.id)
            self.page(target.id).verticalScrollBar().setValue(0)

    def page_of_question(self, question_id: str) -> str | None:
        """The page that shows a question when the window goes to it.

        The page holding the person's entry marked "Not saved" comes first (going back to it
        must show it); then the page shown, when it holds the question; then the view's first
        page holding it; a question the Strategic Plan view does not show (it informs no
        objective) is shown on its section's page.
        """
        if self.session is None or self.report_pages is None:
            return None
        form = self.session.form
        if question_id not in form.questions:
            return None
        for page_id, page in self.pages.items():
            widget = page.questions.get(question_id)
            if widget is not None and widget.entry_not_saved:
                return page_id
        current = self.current_page()
        if current is not None and question_id in current.questions:
            return self.current_section
        held = self.report_pages.holding(question_id, self.view)
        return held[0] if held else form.section_of[question_id].id

    def go_to_question(self, question_id: str) -> None:
        """Show a question's page, scroll to it and put the keyboard focus in its editor."""
        page_id = self.page_of_question(question_id)
        if page_id is None:
            return
        self.go_to_section(page_id)
        page = self.page(page_id)
        if not page.focus_question(question_id) and self.find_bar.query():
            self.find_bar.close_bar()  # the filter hid it
            page.focus_question(question_id)
        # The page may not be laid out yet; scroll again once it is.
        QTimer.singleShot(0, lambda: self._scroll_to(page_id, question_id))

    def _scroll_to(self, section_id: str, question_id: str) -> None:
        page = self.pages.get(section_id)
        widget = page.questions.get(question_id) if page else None
        if page is not None and widget is not None and not widget.isHidden():
            page.ensureWidgetVisible(widget, 0, 40)

    def go_to_next_unanswered(self) -> None:
        """Go to the next question still to do, across sections."""
        if self.session is None:
            return
        self.session.flush_pending()
        page = self.current_page()
        if page is None or self.report_pages is None or self.current_section is None:
            return
        place = self.report_pages.next_to_do(self.session.completeness, self.current_section, page.focused_question())
        if place is None:
            self.statusMessage.emit(
                QCoreApplication.translate("MainWindow", "Every required question is answered."), 8_000
            )
            return
        page_id, question_id = place
        # By Strategic Plan a question may be on several objectives' pages: the next one in order, not its first.
        self.go_to_section(page_id)
        self.go_to_question(question_id)

    # -- following the session ------------------------------------------------------------

    def _answer_changed(self, question_id: str, origin: object) -> None:
        if self.session is None:
            return
        # The question may be on a page of each view (by Strategic Plan, on several): all show the answer.
        for page in self.pages.values():
            page.show_answer(question_id, origin)

    def _completeness_changed(self) -> None:
        session = self.session
        if session is None:
            return
        page = self.current_page()
        if page is not None:
            page.refresh()
        # Pages out of sight are refreshed when shown (go_to_section).
        if self.navigator_model is not None:
            self.navigator_model.set_completeness(session.completeness)
        if self.completeness_model is not None:
            self.completeness_model.set_completeness(session.completeness)

    # -- find -------------------------------------------------------------------------------

    def _filter_changed(self, *_changed: object) -> None:
        page = self.current_page()
        if page is not None:
            page.set_filter(self.find_bar.query(), self.find_bar.only_matching_shown())

    def _questions_here(self) -> tuple[str, ...]:
        page = self.current_page()
        return tuple(q for q, widget in page.questions.items() if not widget.isHidden()) if page else ()

    def show_match(self, question_id: str) -> None:
        """Show a match of Find: its page, scrolled to it and marked; the keyboard stays where it is."""
        page_id = self.page_of_question(question_id)
        if page_id is None:
            return
        if page_id != self.current_section:
            self.go_to_section(page_id)
        page = self.page(page_id)
        if page.show_match(question_id):
            # The page may not be laid out yet; scroll again once it is.
            QTimer.singleShot(0, lambda: self._scroll_to(page_id, question_id))

    def _find_closed(self, last_match: str) -> None:
        page = self.current_page()
        if page is not None:
            page.set_filter("")
            # The search ends where it stood: in the editor of the match shown last.
            if not (last_match and page.focus_question(last_match)):
                page.setFocus(Qt.FocusReason.OtherFocusReason)


def _read_only_text(reason: ReadOnlyReason) -> str:
    """The banner over a report opened read-only: why, and what the person can do."""
    if reason is ReadOnlyReason.HELD_ELSEWHERE:
        return QCoreApplication.translate(
            "MainWindow",
            "This report is open read-only because it is being edited elsewhere. Nothing you see here can be changed.",
        )
    if reason is ReadOnlyReason.READ_ONLY_MEDIUM:
        return QCoreApplication.translate(
            "MainWindow",
            "This report is open read-only because its disk or folder cannot be written. "
            "To edit it, use File > Save a Copy As… to put a copy in a folder of yours.",
        )
    if reason is ReadOnlyReason.HARD_LINKED:
        return QCoreApplication.translate(
            "MainWindow",
            "This report is open read-only because the file also exists under another name (a hard link), "
            "and a file with two names cannot be edited safely. To edit it, use File > Save a Copy As… to make "
            "a copy of it.",
        )
    return QCoreApplication.translate(
        "MainWindow", "This report is open read-only. Nothing you see here can be changed."
    )
