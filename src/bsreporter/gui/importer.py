"""File > Import Answers… and File > Merge Contribution…: from the chosen file to one undo step.

The steps, each waiting for the person: look at the file, say what it is and, for a
hand-made sheet, map its columns; plan the import; preview every row and choose; apply;
push one undo step. A problem at any step is shown in a dialog and the report is left as
it was. Looking at the file, planning, and checking what is applied (with the backup
snapshot) are done by a child process (:mod:`bsreporter.gui.child_process`): reading a
workbook and checking a long table would hold the window's interpreter. It reads the
report through a read-only connection of its own, so it sees only committed answers and
never uses the window's connection; only the write is left to the window's thread, in
one short transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bsreporter.exchange.importing import ImportPlan, OtherPartyError, PreparedImport
from bsreporter.exchange.jobs import describe_file, form_reference, plan_file, prepare_file_import
from bsreporter.exchange.sheet_layout import ForeignLayout
from bsreporter.exchange.source_description import SourceDescription
from bsreporter.gui.dialogs import ask, show_error, show_message
from bsreporter.gui.import_preview import ImportPreviewDialog
from bsreporter.gui.import_source import ImportSourceDialog
from bsreporter.gui.import_undo import AppliedImport, ImportCommand, store_and_record
from bsreporter.gui.interface_language import current_language
from bsreporter.gui.notice import notify
from bsreporter.gui.operations import Operation, Progress, in_child_process, run_in_background, warm_up_child_process
from bsreporter.messages import render
from bsreporter.report.store import Source

if TYPE_CHECKING:
    from bsreporter.gui.session import ReportSession
    from bsreporter.gui.window_api import ReportWindow

class ImportRun(QObject):
    """One import or merge of one file; its dialogs and background steps, kept until it ends."""

    #: the first step's dialog is shown (import only)
    sourceShown = Signal(object)
    #: the preview dialog is shown
    previewShown = Signal(object)
    #: the answers were applied (an AppliedImport)
    applied = Signal(object)
    #: the run is over: applied, cancelled or failed
    ended = Signal()
    #: the file names another Party: the question asked (a QMessageBox)
    otherPartyAsked = Signal(object)

    def __init__(self, window: ReportWindow, session: ReportSession, path: Path, *, merge: bool) -> None:
        super().__init__(None)
        self.window = window
        self.session = session
        self.path = Path(path)
        self.merge = merge
        self.title = (
            QCoreApplication.translate("Import", "Merge contribution")
            if merge
            else QCoreApplication.translate("Import", "Import answers")
        )
        self.source_dialog: ImportSourceDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.operation: Operation[Any] | None = None
        self.plan: ImportPlan | None = None
        self.outcome: AppliedImport | None = None
        self.error: BaseException | None = None
        self.party_question: QMessageBox | None = None
        self.over = False

    # -- the steps -------------------------------------------------------------------------------

    def start(self) -> None:
        """Look at the file (import) or plan the merge straight away."""
        _runs.add(self)
        self.session.flush_pending()  # typed text is stored, so the plan compares with what is on screen
        if self.merge:
            self._plan(previous_cycle=False, layout=None)
            return
        report = self.session.report
        path = self.path
        # Reading a workbook holds the interpreter for long stretches: a child process does it, so the
        # window keeps turning; it reads the report through its own read-only connection.
        self._background(
            QCoreApplication.translate("Import", "Reading {name}…").format(name=path.name),
            in_child_process(describe_file, report.path, form_reference(report.form), path),
            self._described,
        )

    def _background(
        self,
        label: str,
        work: Callable[[Progress], Any],
        then: Callable[[Any], None],
        *,
        cancellable: bool = True,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.operation = run_in_background(
            self.window.widget(),
            label,
            work,
            self._guarded(then),
            on_failure=on_failure or self._failed,
            on_cancelled=self._end,
            cancellable=cancellable,
        )

    def _guarded(self, then: Callable[[Any], None]) -> Callable[[Any], None]:
        def step(result: Any) -> None:
            if self.window.session is not self.session:  # the report was closed meanwhile
                self._end()
                return
            then(result)

        return step

    def _described(self, description: SourceDescription) -> None:
        dialog = ImportSourceDialog(description, self.session.form, self.window.language, self.window.widget())
        self.source_dialog = dialog
        dialog.accepted.connect(
            lambda: self._plan(
                previous_cycle=dialog.previous_cycle_chosen(),
                layout=dialog.chosen_layout(),
                mapping=dialog.chosen_mapping(),
            )
        )
        dialog.rejected.connect(self._end)
        dialog.open()
        self.sourceShown.emit(dialog)

    def _plan(
        self,
        *,
        previous_cycle: bool,
        layout: ForeignLayout | None,
        other_party: bool = False,
        mapping: Path | None = None,
    ) -> None:
        report = self.session.report
        path = self.path
        # In a child process, like reading the file; it compares with committed answers only.
        work = in_child_process(
            plan_file,
            report.path,
            form_reference(report.form),
            path,
            merge=self.merge,
            previous_cycle=previous_cycle,
            layout=layout,
            other_party=other_party,
            mapping=mapping,
        )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OtherPartyError) and not other_party and self.window.session is self.session:
                self._ask_other_party(
                    exc,
                    lambda: self._plan(previous_cycle=previous_cycle, layout=layout, other_party=True, mapping=mapping),
                )
                return
            self._failed(exc)

        self._background(
            QCoreApplication.translate("Import", "Comparing {name} with the report…").format(name=path.name),
            work,
            self._show_preview,
            on_failure=failed,
        )

    def _ask_other_party(self, exc: OtherPartyError, go_on: Callable[[], None]) -> None:
        """Another Party's file: say both Parties, and go on only if the person says so."""
        language = current_language()
        text = render(
            "other_party_question", {"name": self.path.name, "ours": exc.ours, "theirs": exc.theirs}, language
        )

        def chosen(index: int) -> None:
            self.party_question = None
            if index == 0 and self.window.session is self.session:
                go_on()
            else:
                self._end()

        self.party_question = ask(
            self.window.widget(),
            self.title,
            text,
            [
                (render("other_party_take", {}, language), QMessageBox.ButtonRole.AcceptRole),
                (render("other_party_cancel", {}, language), QMessageBox.ButtonRole.RejectRole),
            ],
            chosen,
            default=1,  # Enter keeps the report as it is
        )
        self.otherPartyAsked.emit(self.party_question)

    def _show_preview(self, plan: ImportPlan) -> None:
        self.plan = plan
        dialog = ImportPreviewDialog(
            plan, self.session.form, self.window.language, merge=self.merge, parent=self.window.widget()
        )
        self.preview_dialog = dialog
        dialog.applyRequested.connect(self._apply)
        dialog.rejected.connect(self._end)
        dialog.open()
        self.previewShown.emit(dialog)

    def _apply(self, selected: frozenset[str]) -> None:
        # The checks of every chosen answer (a long table's take a noticeable part of a second) and the
        # backup snapshot are done by a child process, through a read-only connection of its own; only
        # the write is left to the window's thread, through its one connection: one short transaction.
        assert self.plan is not None and self.preview_dialog is not None
        self.preview_dialog.set_busy(True)
        self.session.flush_pending()  # typed text is stored first, and the import checked against it
        report, plan = self.session.report, self.plan
        source = Source.MERGED if self.merge else Source.IMPORTED
        self._background(
            QCoreApplication.translate("Import", "Applying {name}…").format(name=self.path.name),
            in_child_process(prepare_file_import, report.path, form_reference(report.form), report.author, plan,
                             frozenset(selected), source),
            lambda prepared: self._store(prepared, selected, source),
            cancellable=False,
        )

    def _store(self, prepared: PreparedImport, selected: frozenset[str], source: Source) -> None:
        assert self.plan is not None
        try:
            applied = store_and_record(self.session.report, self.plan, prepared, source)
        except Exception as exc:  # shown, and the report is as it was (one transaction)
            self._failed(exc)
            return
        if applied is None:  # the report changed while the import was checked: check it again
            self._apply(selected)
            return
        if prepared.table_rows is not None:  # the rows' completeness, worked out in the child process
            self.session.keep_table_rows(prepared.table_rows)
        self._next_turn(lambda: self._applied(applied))

    def _applied(self, applied: AppliedImport) -> None:
        # The window follows the write in turns of its event loop (the answers and their completeness, then
        # the pages showing them, then the notice), each short, where all at once held it for a long table.
        # The busy preview stays up meanwhile, so that nothing can change the report between them.
        self.outcome = applied
        if applied.question_ids:
            # Pushed as done: redo() is skipped once, undo() puts back exactly what it replaced.
            self.session.undo_stack.push(ImportCommand(self.session, applied))
        # What the import changed is known as stored: only the previous cycle's answers are read again.
        written = {q: answer for q in applied.question_ids if (answer := applied.after.get(q)) is not None}
        changed = self.session.take_answers(applied.question_ids, written=written)
        self._next_turn(lambda: self._announce(applied, changed))

    def _next_turn(self, then: Callable[[], None]) -> None:
        step = self._guarded(lambda _result: then())
        QTimer.singleShot(0, self, lambda: step(None))

    def _announce(self, applied: AppliedImport, changed: list[str]) -> None:
        self.session.announce_answers(changed)
        self._next_turn(lambda: self._tell(applied))

    def _tell(self, applied: AppliedImport) -> None:
        self._close_dialogs()
        count = len(applied.question_ids)
        backup: Path | None = None
        if count == 0:
            message = QCoreApplication.translate("Import", "Nothing changed: the report already holds these answers.")
        else:
            message = (
                (
                    QCoreApplication.translate("Import", "1 answer taken from {name}.")
                    if count == 1
                    else QCoreApplication.translate("Import", "{count} answers taken from {name}.")
                ).format(count=count, name=applied.source_name)
                + " "
                + QCoreApplication.translate(
                    "Import", "Edit > Undo takes the whole import back; a copy of the report as it was is at {backup}."
                ).format(backup=applied.backup)
            )
            backup = applied.backup
        # Read in full, with the backup's path and a button to its folder: the status bar would cut it off.
        notify(self.window, message, path=backup)
        self.applied.emit(applied)
        self._end()

    # -- endings ---------------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._close_dialogs()
        show_error(self.window.widget(), self.title, exc)
        self._end()

    def _close_dialogs(self) -> None:
        for dialog in (self.source_dialog, self.preview_dialog):
            if dialog is not None:
                dialog.blockSignals(True)  # closing is not cancelling
                dialog.hide()  # not close(): a busy preview refuses to close
                dialog.deleteLater()
        self.source_dialog = self.preview_dialog = None

    def _end(self) -> None:
        if self.over:
            return
        self.over = True
        self._close_dialogs()
        _runs.discard(self)
        self.ended.emit()


_runs: set[ImportRun] = set()


def _can_change(window: ReportWindow, title: str) -> ReportSession | None:
    session = window.session
    if session is None:
        return None
    if session.read_only:
        show_message(
            window.widget(),
            title,
            QCoreApplication.translate(
                "Import",
                "This report cannot be changed now (it is open read-only, or validated and locked); nothing was "
                "imported.",
            ),
            icon=QMessageBox.Icon.Information,
        )
        return None
    return session


#: The modules the process reading a file to import needs.
_MODULES = ("bsreporter.exchange.jobs", "bsreporter.exchange.sources", "bsreporter.exchange.merge",
            "bsreporter.exchange.source_description")


def start_import(window: ReportWindow, path: Path) -> ImportRun | None:
    """Import answers from ``path`` (a workbook, a hand-made sheet or another report) into the open report."""
    session = _can_change(window, QCoreApplication.translate("Import", "Import answers"))
    if session is None:
        return None
    run = ImportRun(window, session, path, merge=False)
    run.start()
    return run


def start_merge(window: ReportWindow, path: Path) -> ImportRun | None:
    """Merge a colleague's copy of the report (or their filled workbook) into the open report."""
    session = _can_change(window, QCoreApplication.translate("Import", "Merge contribution"))
    if session is None:
        return None
    run = ImportRun(window, session, path, merge=True)
    run.start()
    return run


def _choose(window: ReportWindow, title: str, file_filter: str) -> Path | None:
    warm_up_child_process(*_MODULES)  # the process reading the file is ready by the time it is chosen
    folder = window.prefs.last_folder() or Path.home()
    chosen, _ = QFileDialog.getOpenFileName(window.widget(), title, str(folder), file_filter)
    if not chosen:
        return None
    window.prefs.set_last_folder(Path(chosen).parent)
    return Path(chosen)


def choose_import(window: ReportWindow) -> ImportRun | None:
    """File > Import Answers…: choose the file, then import from it."""
    if window.session is None:
        return None
    path = _choose(
        window,
        QCoreApplication.translate("Import", "Import answers"),
        QCoreApplication.translate(
            "Import", "Workbooks and reports (*.xlsx *.bsr);;Workbooks (*.xlsx);;Reports (*.bsr);;All files (*)"
        ),
    )
    return start_import(window, path) if path else None


def choose_merge(window: ReportWindow) -> ImportRun | None:
    """File > Merge Contribution…: choose a colleague's copy or workbook, then merge it."""
    if window.session is None:
        return None
    path = _choose(
        window,
        QCoreApplication.translate("Import", "Merge contribution"),
        QCoreApplication.translate("Import", "Copies of the report and workbooks (*.bsr *.xlsx);;All files (*)"),
    )
    return start_merge(window, path) if path else None
