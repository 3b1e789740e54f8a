"""The main window, the shell: menus, status bar, start page, and opening and closing a report into its view.

The open report itself (navigator, pages, find bar, completeness panel, its session) is the
``ReportView`` in ``report_view``; the window's helpers see the window through ``ReportWindow``
(``window_api``), which this class provides.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from bsreporter import __version__
from bsreporter.errors import BsreporterError, ReportError
from bsreporter.gui.actions import build_actions, why_not_writable
from bsreporter.gui.backups import AfterFirstPaint
from bsreporter.gui.dialogs import ask, error_text, show_error, show_message
from bsreporter.gui.icons import app_icon
from bsreporter.gui.interface_language import current_language
from bsreporter.gui.languages import language_name
from bsreporter.gui.navigator import View
from bsreporter.gui.open_windows import any_report_open, bring_forward, register, window_showing
from bsreporter.gui.operations import Operation, Progress, load_child_machinery_ahead, run_in_background
from bsreporter.gui.report_view import ReportView
from bsreporter.gui.safekeeping import Safekeeping
from bsreporter.gui.section_page import SectionPage
from bsreporter.gui.session import LoadedReport, ReadReport, ReportSession, SaveState, load_report, read_report
from bsreporter.gui.settings import Preferences
from bsreporter.gui.start_page import StartPage
from bsreporter.gui.window_geometry import (
    COMPLETENESS_MAX,
    COMPLETENESS_MIN,
    first_geometry,
    fit_geometry,
    is_narrow,
    pane_widths,
)
from bsreporter.gui.write_access import Writes, access_of
from bsreporter.paths import user_data_dir
from bsreporter.report.parties import display_party
from bsreporter.report.store import Report

if TYPE_CHECKING:
    from bsreporter.gui.wizard import NewReportWizard


class MainWindow(QMainWindow):
    """One window, one report at a time (or the start page)."""

    #: a report was opened (or created) and its first page is shown
    reportOpened = Signal()

    def __init__(self, prefs: Preferences | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.prefs = prefs or Preferences()
        self._opening: Operation[Report] | Operation[ReadReport] | None = None
        self._opening_path: Path | None = None  # the report ``_opening`` opens
        # The report this window opens only because it replaces a window (a new interface language)
        self.reopened_for_rebuild: Path | None = None
        self.setWindowIcon(app_icon())

        self.start_page = StartPage()
        self.start_page.newRequested.connect(self.new_report)
        self.start_page.openRequested.connect(self.choose_report)
        self.start_page.demoRequested.connect(self.open_demo)
        self.start_page.recentChosen.connect(self.open_report)

        self.report_view = ReportView(self.prefs)
        self.report_view.sectionShown.connect(self._section_shown)
        self.report_view.viewShown.connect(self._view_shown)
        self.report_view.statusMessage.connect(self.show_status)
        self.report_view.splitter.splitterMoved.connect(self._navigator_dragged)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.report_view)
        self.setCentralWidget(self.stack)

        self.completeness_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Completeness"), self)
        self.completeness_dock.setObjectName("completenessDock")
        self.completeness_dock.setWidget(self.report_view.completeness_panel)
        self.report_view.completeness_panel.setMinimumWidth(COMPLETENESS_MIN)
        self.completeness_dock.setMaximumWidth(COMPLETENESS_MAX)
        self.addDockWidget(self._completeness_area(), self.completeness_dock)

        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.save_label.setAccessibleName(QCoreApplication.translate("MainWindow", "Save status"))
        # The completeness figure also brings back the completeness panel (hidden on a small screen).
        self.percent_label = QToolButton()
        self.percent_label.setObjectName("overallPercent")
        self.percent_label.setAutoRaise(True)
        self.percent_label.clicked.connect(lambda: self.set_completeness_shown(True))
        self.statusBar().addWidget(self.save_label, 1)
        self.statusBar().addPermanentWidget(self.percent_label)
        # Qt hides the save state under a message only until the status bar is laid out again (as when the
        # completeness figure appears): hidden explicitly, it stays hidden until the message goes.
        self.statusBar().messageChanged.connect(lambda message: self.save_label.setVisible(not message))

        self.menu_actions = build_actions(self)
        self._connect_actions()
        self.safekeeping = Safekeeping(self, self.menu_actions)  # backups, restore, validate/reopen, author, history
        self.report_view.add_banner(self.safekeeping.banner)
        self.stack.currentChanged.connect(lambda _index: self.safekeeping.update_actions())
        register(self)  # a report opened again elsewhere brings this window forward
        self._restore_window()
        self._show_start_page()

    # -- building ---------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a = self.menu_actions
        a.new.triggered.connect(self.new_report)
        a.open.triggered.connect(self.choose_report)
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        a.save_copy.triggered.connect(self._save_copy)
        a.export_pdf.triggered.connect(lambda: self._export("pdf"))
        a.export_xlsx.triggered.connect(lambda: self._export("xlsx"))
        a.import_answers.triggered.connect(lambda: self._import(merge=False))
        a.merge_contribution.triggered.connect(lambda: self._import(merge=True))
        a.compare_previous.triggered.connect(self._compare_previous)
        a.close.triggered.connect(self.close_report)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.find.triggered.connect(self.report_view.find_bar.open_bar)
        a.preferences.triggered.connect(self.show_preferences)
        a.previous_section.triggered.connect(lambda: self.report_view.step_section(-1))
        a.next_section.triggered.connect(lambda: self.report_view.step_section(1))
        a.next_unanswered.triggered.connect(self.report_view.go_to_next_unanswered)
        a.next_pane.triggered.connect(lambda: self._cycle_pane(1))
        a.previous_pane.triggered.connect(lambda: self._cycle_pane(-1))
        a.about.triggered.connect(self.show_about)
        toggle = self.completeness_dock.toggleViewAction()
        toggle.setText(QCoreApplication.translate("MainWindow", "&Completeness Panel"))
        toggle.setShortcut("Ctrl+Shift+C")
        a.gate.declare(toggle, Writes.NOTHING)
        toggle.triggered.connect(self.prefs.set_completeness_shown)  # the person's choice, kept for next time
        self.navigator_action = QAction(QCoreApplication.translate("MainWindow", "&Navigator"), self)
        self.navigator_action.setObjectName("showNavigator")
        self.navigator_action.setCheckable(True)
        self.navigator_action.setChecked(True)
        self.navigator_action.setShortcut("Ctrl+Shift+N")
        a.gate.declare(self.navigator_action, Writes.NOTHING)
        self.navigator_action.triggered.connect(self.set_navigator_shown)
        self.addAction(self.navigator_action)  # its shortcut works with the menu bar hidden
        a.view_menu.addAction(self.navigator_action)
        a.view_menu.addAction(toggle)
        a.view_menu.addSeparator()
        self.view_actions: dict[View, QAction] = {
            View.SECTIONS: QAction(QCoreApplication.translate("MainWindow", "Report by &Section"), self),
            View.PLAN: QAction(QCoreApplication.translate("MainWindow", "Report by Strategic &Plan"), self),
        }
        views = QActionGroup(self)
        for view, action in self.view_actions.items():
            action.setCheckable(True)
            action.setChecked(view is self.report_view.view)
            action.setEnabled(False)
            a.gate.declare(action, Writes.NOTHING)
            action.triggered.connect(lambda _checked=False, chosen=view: self.report_view.set_view(chosen))
            views.addAction(action)
            a.view_menu.addAction(action)
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))

    # Export, import and comparison (and the spreadsheet and PDF libraries under them) are imported
    # when first used, not before the first page is painted.

    def _save_copy(self) -> None:
        from bsreporter.gui import exports

        exports.save_copy(self)

    def _export(self, kind: Literal["pdf", "xlsx"]) -> None:
        from bsreporter.gui import exports

        exports.export_report(self, kind)

    def _import(self, *, merge: bool) -> None:
        from bsreporter.gui import importer

        if merge:
            importer.choose_merge(self)
        else:
            importer.choose_import(self)

    def _compare_previous(self) -> None:
        from bsreporter.gui import compare_view

        compare_view.show_comparison(self)

    def _available_geometry(self) -> QRect:
        """The area of the window's screen not taken by task bars and panels."""
        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        return screen.availableGeometry()

    def _restore_window(self) -> None:
        restored = self.prefs.window_geometry()
        if restored is None or not self.restoreGeometry(restored):
            # A first start: as large as suits a report, never larger than the screen (small laptops).
            self.setGeometry(first_geometry(self._available_geometry()))
        elif not self.isMaximized():
            # Closed on a larger monitor, or before a task bar grew: it comes back whole on this screen.
            self.setGeometry(fit_geometry(self.geometry(), self._available_geometry()))
        narrow = is_narrow(self._available_geometry())
        widths = pane_widths(self.width(), completeness_shown=not narrow)
        state = self.prefs.window_state()
        if state is None or not self.restoreState(state):
            self.resizeDocks(
                [self.completeness_dock], [max(widths.completeness, COMPLETENESS_MIN)], Qt.Orientation.Horizontal
            )
        if not self.completeness_dock.isFloating():
            # Mirrored in Arabic, whatever side the window was last closed with.
            self.addDockWidget(self._completeness_area(), self.completeness_dock)
        splitter = self.prefs.splitter_state()
        if splitter is None or not self.report_view.splitter.restoreState(splitter):
            self.report_view.splitter.setSizes([widths.navigator, widths.page])
        self.report_view.navigator_pane.setHidden(self.report_view.splitter.sizes()[0] == 0)
        self.navigator_action.setChecked(not self.report_view.navigator_pane.isHidden())

    def _completeness_area(self) -> Qt.DockWidgetArea:
        """The completeness panel's side: the right, the left in a right-to-left language (the navigator's mirror)."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return Qt.DockWidgetArea.LeftDockWidgetArea
        return Qt.DockWidgetArea.RightDockWidgetArea

    def completeness_wanted(self) -> bool:
        """Whether an open report shows the completeness panel: the person's last choice, else unless the
        screen is narrow."""
        chosen = self.prefs.completeness_shown()
        return chosen if chosen is not None else not is_narrow(self._available_geometry())

    def set_completeness_shown(self, shown: bool) -> None:
        """Show or hide the completeness panel of the open report (remembered)."""
        self.prefs.set_completeness_shown(shown)
        if self.session is None:
            return
        self.completeness_dock.setVisible(shown)
        if shown:
            self.completeness_dock.raise_()

    def navigator_shown(self) -> bool:
        """Whether the navigator is on screen (not hidden from View, nor dragged shut)."""
        return not self.report_view.navigator_pane.isHidden() and self.report_view.splitter.sizes()[0] > 0

    def set_navigator_shown(self, shown: bool) -> None:
        """View > Navigator: show the navigator, or hide it to give its width to the page."""
        if shown:
            self.report_view.navigator_pane.show()
            if self.report_view.splitter.sizes()[0] == 0:  # dragged shut: open it at its usual share
                total = sum(self.report_view.splitter.sizes())
                navigator = pane_widths(self.width(), completeness_shown=False).navigator
                self.report_view.splitter.setSizes([navigator, max(1, total - navigator)])
        else:
            focus = QApplication.focusWidget()
            if focus is not None and self.report_view.navigator_pane.isAncestorOf(focus):
                self._cycle_pane(1)  # the keyboard goes on to the page rather than nowhere
            # Shut as well as hidden: the splitter's saved state then keeps it hidden next time.
            self.report_view.splitter.setSizes([0, sum(self.report_view.splitter.sizes())])
            self.report_view.navigator_pane.hide()
        self.navigator_action.setChecked(shown)

    def _navigator_dragged(self, *_moved: object) -> None:
        if self.report_view.splitter.sizes()[0] == 0:
            self.set_navigator_shown(False)

    # -- start page and report lifecycle ---------------------------------------------------

    def _show_start_page(self) -> None:
        self.start_page.set_recent(self.prefs.recent_reports())
        self.stack.setCurrentWidget(self.start_page)
        self.completeness_dock.hide()
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "bsreporter"))
        self.setWindowFilePath("")
        self.save_label.clear()
        self.percent_label.setText("")
        self.percent_label.hide()
        for action in [*self.menu_actions.report_actions(), *self.view_actions.values()]:
            action.setEnabled(False)
        self._apply_write_access()
        self._update_undo_actions()
        self.start_page.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_report(self) -> None:
        """File > Open: choose a report file and open it."""
        folder = self.prefs.last_folder() or Path.home()
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open report"),
            str(folder),
            QCoreApplication.translate("MainWindow", "Reports (*.bsr);;All files (*)"),
        )
        if chosen:
            self.prefs.set_last_folder(Path(chosen).parent)
            self.open_report(Path(chosen))

    def open_demo(self) -> None:
        """Open the user's copy of the bundled demo report."""
        try:
            from bsreporter.demo import user_demo_copy

            path = user_demo_copy()
        except (BsreporterError, OSError, ImportError) as exc:
            show_error(self, QCoreApplication.translate("MainWindow", "Open the demo report"), exc)
            return
        self.open_report(path)

    def open_report(self, path: Path, read_only: bool = False) -> Operation[ReadReport] | None:
        """Open a report file in the background; the window shows it when it is ready."""
        path = Path(path)
        shown_in = window_showing(path)
        if shown_in is self or (shown_in is not None and not read_only):
            # Never a second copy to edit in this program (it would be refused as open elsewhere); a
            # look without changing anything, asked for as such, may sit beside it.
            bring_forward(shown_in, path)
            return None
        if self.asks_before_leaving(lambda: self.open_report(path, read_only)):
            return None
        if self.session is not None:
            self.session.flush_pending()

        def work(progress: Progress) -> ReadReport:
            # Every check of the file, its questionnaire loaded, its answers read and checked and its
            # completeness worked out, off the UI thread; the connection made here stays here, so the
            # report is opened again for the window, which takes what was read unless the file changed.
            with Report.open(path, read_only=read_only) as checked:
                return read_report(checked)

        def failed(exc: BaseException) -> None:
            self._open_failed(path, exc, read_only)

        self._opening_path = path.resolve()
        self._opening = opening = run_in_background(
            self,
            QCoreApplication.translate("MainWindow", "Opening {name}…").format(name=path.name),
            work,
            lambda checked: self._attach_on_this_thread(checked, read_only=read_only, failed=failed),
            on_failure=failed,
            cancellable=False,
        )
        return opening

    def shows_report(self, path: Path) -> bool:
        """Whether this window has the report open, or is opening it now."""
        target = Path(path).resolve()
        if self.session is not None and self.session.report.path.resolve() == target:
            return True
        return self._opening is not None and not self._opening.done and self._opening_path == target

    def _open_failed(self, path: Path, exc: BaseException, read_only: bool) -> None:
        if not path.exists():
            self.prefs.remove_recent_report(path)
            if self.session is None:
                self.start_page.set_recent(self.prefs.recent_reports())
        title = QCoreApplication.translate("MainWindow", "Open {name}").format(name=path.name)
        if isinstance(exc, ReportError) and exc.key == "lock_held" and not read_only:
            # Someone else edits it: refuse, but offer a look without changing anything.
            ask(
                self,
                title,
                error_text(exc),
                [
                    (QCoreApplication.translate("MainWindow", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole),
                    (QCoreApplication.translate("MainWindow", "Cancel"), QMessageBox.ButtonRole.RejectRole),
                ],
                lambda choice: self._open_read_only(path) if choice == 0 else None,
            )
            return
        from bsreporter.gui.recovery import offer_recovery, open_read_only_instead

        if open_read_only_instead(self, path, exc, read_only) is not None:  # a read-only disk: not damaged
            return
        if offer_recovery(self, path, exc) is not None:  # a damaged file: offer its latest good backup
            return
        show_error(self, title, exc)

    def _open_read_only(self, path: Path) -> None:
        self.open_report(path, read_only=True)

    def new_report(self) -> NewReportWizard | None:
        """File > New: the wizard; the report is created when it is finished.

        The report created replaces the one open: entries marked "Not saved" are asked about
        before the wizard, so its answers are not typed in vain.
        """
        if self.asks_before_leaving(self.new_report):
            return None
        from bsreporter.gui.wizard import NewReportWizard

        wizard = NewReportWizard(self, default_folder=self.prefs.last_folder())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self._create(wizard))
        wizard.open()
        return wizard

    def _create(self, wizard: NewReportWizard) -> None:
        request = wizard.request()

        def failed(exc: BaseException) -> None:
            show_error(self, request.path.name, exc)

        self.prefs.set_last_folder(request.path.parent)
        if self.session is not None:
            self.session.flush_pending()

        author = self.prefs.author_name()
        from bsreporter.gui.wizard import create_report

        def work(progress: Progress) -> Report:
            with create_report(request, author=author) as created:  # opened again for the window, as above
                return created

        self._opening_path = request.path.resolve()
        self._opening = run_in_background(
            self,
            QCoreApplication.translate("MainWindow", "Creating {name}…").format(name=request.path.name),
            work,
            lambda created: self._attach_on_this_thread(created, read_only=False, failed=failed),
            cancellable=False,
        )

    def _attach_on_this_thread(
        self, checked: Report | ReadReport, *, read_only: bool, failed: Callable[[BaseException], None]
    ) -> None:
        """Open the report checked in the background again, on the window's thread, and show it.

        The window's connection is the report's one writer: made and used on this thread only
        (SQLite refuses it anywhere else), while background work reads through ``Report.reader``.
        Opening a file already checked and loaded takes milliseconds.
        """
        read = checked if isinstance(checked, ReadReport) else None
        checked = checked.report if isinstance(checked, ReadReport) else checked
        try:
            report = Report.open(checked.path, read_only=read_only, form=checked.form, author=checked.author)
        except Exception as exc:  # e.g. another program took the file in the meantime
            failed(exc)
            return
        report.set_aside_log = report.set_aside_log or checked.set_aside_log
        try:
            loaded = load_report(report, read)
        except BaseException:
            report.close()
            raise
        self._attach(loaded)

    def _attach(self, loaded: LoadedReport) -> None:
        self._detach()
        session = self.report_view.open_session(loaded)
        report = loaded.report
        session.completenessChanged.connect(self._show_completeness)
        session.saveStateChanged.connect(self._show_save_state)
        session.saveStateChanged.connect(self._update_undo_actions)  # typing makes Undo available
        session.problemOccurred.connect(
            lambda message: show_message(self, QCoreApplication.translate("MainWindow", "Undo"), message)
        )
        session.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        session.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        session.undo_stack.undoTextChanged.connect(self._update_undo_actions)
        session.undo_stack.redoTextChanged.connect(self._update_undo_actions)
        self._fill_language_menu()

        self._update_title()
        self.setWindowFilePath(str(report.path))
        for action in [*self.menu_actions.report_actions(), *self.view_actions.values()]:
            action.setEnabled(True)
        self._apply_write_access()  # the writing ones stay disabled on a read-only report
        self.stack.setCurrentWidget(self.report_view)
        self.completeness_dock.setVisible(self.completeness_wanted())
        self.prefs.add_recent_report(report.path)
        self._show_save_state()
        self._show_completeness()
        self.report_view.show_first_page()
        self._update_undo_actions()
        self.reportOpened.emit()
        # What the window now holds lives as long as the report is open: the cycle collector's full passes
        # leave it alone. One pass over the ~100,000 objects of a long report held the interpreter for
        # 40-90 ms, freezing the window during whatever came next (often the first export or import).
        gc.freeze()
        # Exports and imports start a child process: what that needs is loaded once the page shows.
        AfterFirstPaint(self.report_view.page_stack.currentWidget(), load_child_machinery_ahead, self)
        if report.set_aside_log is not None:
            from bsreporter.gui.recovery import tell_of_set_aside_log

            tell_of_set_aside_log(self, report.set_aside_log, report.path.name)

    def _detach(self) -> None:
        """Close the open report (everything is stored) and forget its pages."""
        if self.session is None:
            return
        self.report_view.close_session()
        if not any_report_open():
            # What the report held may now be collected. Not while another window holds one: all it holds
            # would be crossed again by the collector's next full pass, 50-130 ms in the middle of its work.
            gc.unfreeze()

    def close_report(self) -> None:
        """File > Close: back to the start page (after asking, if entries marked "Not saved" would be lost)."""
        if self.asks_before_leaving(self.close_report):
            return
        self._detach()
        # What the notice said ("Edit > Undo takes back the import") held for the report as it was open.
        self.report_view.notice.dismiss()
        self._show_start_page()

    # -- the open report, as the window's helpers see it (window_api.ReportWindow) --------------

    @property
    def session(self) -> ReportSession | None:
        """The open report's session, or None on the start page."""
        return self.report_view.session

    @property
    def language(self) -> str:
        """The language the questions are shown in."""
        return self.report_view.language

    @property
    def current_section(self) -> str | None:
        """The id of the page shown, if a report is open."""
        return self.report_view.current_section

    def current_page(self) -> SectionPage | None:
        """The page shown, if a report is open."""
        return self.report_view.current_page()

    def go_to_section(self, section_id: str) -> None:
        """Show a page: a section's, or (by Strategic Plan) an objective's."""
        self.report_view.go_to_section(section_id)

    def go_to_question(self, question_id: str) -> None:
        """Show a question's page, scroll to it and put the keyboard focus in its editor."""
        self.report_view.go_to_question(question_id)

    def asks_before_leaving(
        self, then: Callable[[], object], *, switching: bool = False, onward: str | None = None
    ) -> bool:
        """Before the pages close: if entries marked "Not saved" are on screen, ask, and return True."""
        return self.report_view.asks_before_leaving(then, switching=switching, onward=onward)

    def widget(self) -> QWidget:
        """The window itself: the parent of its helpers' dialogs."""
        return self

    def show_status(self, text: str, timeout_ms: int) -> None:
        """Say something short in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def show_notice(
        self, text: str, *, path: Path | None = None, report: Path | None = None, warning: bool = False
    ) -> None:
        """Show a result to be read in full, in the notice panel over the report."""
        self.report_view.notice.show_notice(text, path=path, report=report, warning=warning)

    def new_window(self) -> MainWindow:
        """A new window with this one's preferences, size and panes (built in the current interface language)."""
        replacement = MainWindow(self.prefs)
        replacement.restoreGeometry(self.saveGeometry())
        replacement.restoreState(self.saveState())
        return replacement

    # -- following the view ------------------------------------------------------------------

    def _section_shown(self, _section_id: str) -> None:
        self.menu_actions.previous_section.setEnabled(self.report_view.previous_button.isEnabled())
        self.menu_actions.next_section.setEnabled(self.report_view.next_button.isEnabled())

    def _view_shown(self, view: View) -> None:
        self.view_actions[view].setChecked(True)

    def _cycle_pane(self, step: int) -> None:
        panes: list[QWidget] = []
        if self.session is not None:
            if self.navigator_shown():
                panes.append(self.report_view.navigator)
            page = self.current_page()
            if page is not None:
                panes.append(page)
            if self.completeness_dock.isVisible():
                panes.append(self.report_view.completeness_panel.tree)
        if not panes:
            return
        focus = QApplication.focusWidget()
        current = next(
            (i for i, pane in enumerate(panes) if focus is not None and (focus is pane or pane.isAncestorOf(focus))), -1
        )
        target = panes[(current + step) % len(panes)]
        if isinstance(target, SectionPage):
            question = target.focused_question() or next(
                (qid for qid, w in target.questions.items() if not w.isHidden()), None
            )
            if question is not None:
                target.focus_question(question)
                return
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- following the session ------------------------------------------------------------

    def _show_completeness(self) -> None:
        session = self.session
        if session is None:
            return
        overall = session.completeness.report
        self.percent_label.setText(
            QCoreApplication.translate("MainWindow", "{percent:.0f}% complete").format(percent=overall.percent)
        )
        self.percent_label.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "{done} of {required} required answers; {blockers} to finish"
            ).format(done=overall.done, required=overall.required, blockers=overall.blockers)
            + "\n"
            + QCoreApplication.translate("MainWindow", "Click to show the completeness panel (Ctrl+Shift+C).")
        )
        self.percent_label.show()

    def _show_save_state(self) -> None:
        if self.session is None:
            self.save_label.clear()
            return
        if self.session.read_only:
            self.save_label.setText(QCoreApplication.translate("MainWindow", "Read-only: nothing can be changed"))
            return
        state, message = self.session.save_state()
        texts = {
            SaveState.SAVED: QCoreApplication.translate("MainWindow", "All changes saved"),
            SaveState.SAVING: QCoreApplication.translate("MainWindow", "Saving…"),
            SaveState.REFUSED: QCoreApplication.translate("MainWindow", "Not saved: {message}").format(message=message),
            SaveState.FAILED: QCoreApplication.translate("MainWindow", "Not saved: {message}").format(message=message),
        }
        self.save_label.setText(texts[state])
        self.save_label.setStyleSheet("" if state in (SaveState.SAVED, SaveState.SAVING) else "color: #b71c1c;")

    # -- undo -------------------------------------------------------------------------

    def undo(self) -> None:
        """Edit > Undo: store typed text first, then take back the last stored change."""
        self._undo_or_redo(undo=True)

    def redo(self) -> None:
        """Edit > Redo."""
        self._undo_or_redo(undo=False)

    def _undo_or_redo(self, *, undo: bool) -> None:
        if self.session is None or self.session.read_only:
            return
        self.session.flush_pending()
        stack = self.session.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        index = stack.index() - 1 if undo else stack.index()
        command = stack.command(index)
        if undo:
            stack.undo()
        else:
            stack.redo()
        question_id = getattr(command, "question_id", None)
        if question_id:
            self.go_to_question(question_id)

    def _apply_write_access(self) -> None:
        """Enable the commands that change the report only when it takes a change; each disabled one says why."""
        session = self.session
        access = access_of(
            report_open=session is not None,
            file_read_only=session is not None and session.report.read_only,
            validated=session is not None and session.validated,
        )
        reason = session.report.read_only_reason if session is not None else None
        self.menu_actions.gate.set_access(access, why_not_writable(access, reason))

    def _update_undo_actions(self) -> None:
        stack = self.session.undo_stack if self.session is not None and not self.session.read_only else None
        pending = bool(self.session and self.session.has_pending())
        self.menu_actions.undo.setEnabled(bool(stack and (stack.canUndo() or pending)))
        self.menu_actions.redo.setEnabled(bool(stack and stack.canRedo()))
        self.menu_actions.undo.setText(
            QCoreApplication.translate("MainWindow", "&Undo {what}").format(what=stack.undoText()).strip()
            if stack and stack.canUndo()
            else QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.menu_actions.redo.setText(
            QCoreApplication.translate("MainWindow", "&Redo {what}").format(what=stack.redoText()).strip()
            if stack and stack.canRedo()
            else QCoreApplication.translate("MainWindow", "&Redo")
        )

    # -- language -------------------------------------------------------------------------

    def _fill_language_menu(self) -> None:
        menu = self.menu_actions.language_menu
        group = self.menu_actions.language_group
        menu.clear()
        for action in group.actions():
            group.removeAction(action)
        if self.session is None:
            return
        for code in self.session.form.languages:
            action = QAction(language_name(code), menu)
            self.menu_actions.gate.declare(action, Writes.NOTHING)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == self.language)
            group.addAction(action)
            menu.addAction(action)

    def _update_title(self) -> None:
        session = self.session
        if session is None:
            return
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{party} – {file}{read_only}").format(
                party=display_party(session.report.info.party, current_language()),
                file=session.report.path.name,
                read_only=QCoreApplication.translate("MainWindow", " (read-only)") if session.read_only else "",
            )
        )

    def refresh_lock_state(self) -> None:
        """The report was validated or reopened: rebuild the pages read-only or editable, keeping the place."""
        if self.session is None:
            return
        self.report_view.rebuild_pages()
        self._update_title()
        self._show_save_state()
        self._apply_write_access()
        self._update_undo_actions()
        self.safekeeping.refresh()

    def set_language(self, language: str) -> None:
        """View > Question Language: show the questions in another of the form's languages."""
        if self.session is None or language == self.language or language not in self.session.form.languages:
            return
        if self.asks_before_leaving(lambda: self.set_language(language), switching=True):
            return
        for action in self.menu_actions.language_group.actions():
            action.setChecked(action.data() == language)
        self.report_view.set_language(language)

    def _fill_recent_menu(self) -> None:
        menu = self.menu_actions.recent_menu
        menu.clear()
        recent = self.prefs.recent_reports()
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {path.name}" if number < 10 else path.name)
            self.menu_actions.gate.declare(action, Writes.NOTHING)  # opens another report
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.open_report(p))
        if not recent:
            empty = menu.addAction(QCoreApplication.translate("MainWindow", "No recent reports"))
            self.menu_actions.gate.declare(empty, Writes.NOTHING)
            empty.setEnabled(False)

    # -- about and closing -----------------------------------------------------------------

    def show_preferences(self) -> None:
        """Edit > Preferences: the interface language (the window is rebuilt in it) and a second question language."""
        from bsreporter.gui.preferences_dialog import edit_preferences

        edit_preferences(self)

    def show_about(self) -> QMessageBox:
        """Help > About: version, questionnaire, where data and logs are kept."""
        lines = [
            QCoreApplication.translate("MainWindow", "bsreporter {version}").format(version=__version__),
            QCoreApplication.translate(
                "MainWindow", "Prepare the national report on the Cartagena Protocol on Biosafety offline."
            ),
        ]
        if self.session is not None:
            info = self.session.report.info
            lines.append(
                QCoreApplication.translate("MainWindow", "Questionnaire: {form} version {version}").format(
                    form=info.form_id, version=info.form_version
                )
            )
            about = self.session.form.about.get(self.language)
            if about:
                lines.append(about)
            lines.append(
                QCoreApplication.translate("MainWindow", "Report file: {path}").format(path=self.session.report.path)
            )
        with contextlib.suppress(OSError):
            lines.append(QCoreApplication.translate("MainWindow", "Data folder: {path}").format(path=user_data_dir()))
        return show_message(
            self,
            QCoreApplication.translate("MainWindow", "About bsreporter"),
            "\n\n".join(lines),
            icon=QMessageBox.Icon.Information,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Store what is being typed, close the report, remember the window.

        Entries marked "Not saved" would be lost: the person is asked first, and the window stays.
        """
        if self.asks_before_leaving(self.close):
            event.ignore()
            return
        self._detach()
        self.prefs.set_window_geometry(self.saveGeometry())
        self.prefs.set_window_state(self.saveState())
        self.prefs.set_splitter_state(self.report_view.splitter.saveState())
        self.prefs.sync()
        event.accept()
