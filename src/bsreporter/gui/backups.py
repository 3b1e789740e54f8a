"""Backup copies while a report is open, and restoring one as a single undoable step.

A copy is made when a report is opened for editing and then every ten minutes while
it keeps changing (``Reason.OPENED`` / ``Reason.ROLLING``, the newest N kept, N from
the preferences). Each copy is taken in the background through a read-only
connection of its own: SQLite's online backup then sees only committed answers, and
the window's connection, which stores every keystroke, is never shared between
threads. Measured on the demo report: about 2 ms (benchmarks/bench_safety.py).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget

from bsreporter.errors import BsreporterError
from bsreporter.gui.dialogs import error_text, show_error
from bsreporter.gui.notice import notify
from bsreporter.gui.operations import Operation, Progress, run_in_background
from bsreporter.gui.timestamps import local_time_text
from bsreporter.logs import log_exception
from bsreporter.report.backup import Backup, Reason, restore_backup, snapshot_of_file
from bsreporter.report.store import Report

if TYPE_CHECKING:
    from bsreporter.gui.session import ReportSession
    from bsreporter.gui.window_api import ReportWindow

#: Ten minutes of editing between two automatic copies.
ROLLING_INTERVAL_MS = 10 * 60 * 1000
#: The opening copy waits for the first page's paint, or at most this long (a window not shown).
OPENING_COPY_WAIT_MS = 1000


def reason_text(reason: Reason) -> str:
    """Why a copy was made, in words."""
    return {
        Reason.OPENED: QCoreApplication.translate("Backups", "When the report was opened"),
        Reason.ROLLING: QCoreApplication.translate("Backups", "Automatic, while editing"),
        Reason.BEFORE_IMPORT: QCoreApplication.translate("Backups", "Before an import"),
        Reason.BEFORE_RESTORE: QCoreApplication.translate("Backups", "Before a restore"),
    }[reason]


class BackupKeeper(QObject):
    """Makes the opening copy and the rolling copies of the report open in a window."""

    #: a copy was made (the Backup)
    snapshotTaken = Signal(object)

    def __init__(self, window: ReportWindow) -> None:
        super().__init__(window.widget())
        self._window = window
        self.timer = QTimer(self)
        self.timer.setObjectName("rollingBackupTimer")
        self.timer.setInterval(ROLLING_INTERVAL_MS)  # tests shorten it
        self.timer.timeout.connect(self.take_rolling_snapshot)
        # (report file, its last-change time) when the last copy was started
        self._last: tuple[Path, str] | None = None
        self._running: Operation[Backup] | None = None
        window.reportOpened.connect(self._report_opened)

    @property
    def busy(self) -> bool:
        """True while a copy is being written."""
        return self._running is not None and not self._running.done

    def _editable(self) -> ReportSession | None:
        session = self._window.session
        return session if session is not None and not session.report.read_only else None

    def _report_opened(self) -> None:
        rebuilt, self._window.reopened_for_rebuild = self._window.reopened_for_rebuild, None
        session = self._editable()
        if session is None:
            self.timer.stop()  # someone else edits it: their program keeps the copies
            return
        self._last = None
        self.timer.start()
        if rebuilt != session.report.path:  # a window built again in another language opens nothing new
            # After the first page is painted: the copy's work would otherwise share the interpreter
            # with the paint, and nothing can be typed before the page shows anyway.
            AfterFirstPaint(self._window.current_page(), lambda: self._opening_copy(session), self)

    def _opening_copy(self, session: ReportSession) -> None:
        if self._window.session is session:  # not another report opened in the meantime: it has its own
            self.take_snapshot(Reason.OPENED)

    def take_rolling_snapshot(self) -> Operation[Backup] | None:
        """The timer's slot: a copy when something changed since the last one."""
        session = self._editable()
        if session is None:
            self.timer.stop()
            return None
        if self.busy:
            return None  # the previous copy is still being written; the next tick catches up
        if self._last == (session.report.path, session.report.meta_value("updated_at")):
            return None
        return self.take_snapshot(Reason.ROLLING)

    def take_snapshot(self, reason: Reason) -> Operation[Backup] | None:
        """Make a copy of the open report now, in the background."""
        session = self._editable()
        if session is None:
            return None
        report = session.report
        # Read before the copy: a change made while it is written is copied again next time.
        stamp = (report.path, report.meta_value("updated_at"))
        path, form, keep = report.path, report.form, self._window.prefs.backups_to_keep()

        def work(progress: Progress) -> Backup:
            return snapshot_of_file(path, form, reason, keep)

        def done(backup: Backup) -> None:
            self._last = stamp
            self.snapshotTaken.emit(backup)

        def failed(exc: BaseException) -> None:
            # The report itself is fine; say so quietly rather than interrupt the typing.
            message = (
                error_text(exc)
                if isinstance(exc, BsreporterError)
                else QCoreApplication.translate("Backups", "see the log file")
            )
            if not isinstance(exc, BsreporterError):
                log_exception(exc)
            # Read in full (the reason names the folder), without taking the keyboard from the typing.
            notify(
                self._window,
                QCoreApplication.translate("Backups", "No backup copy was made: {message}").format(message=message),
                warning=True,
            )

        self._running = run_in_background(
            self._window.widget(),
            QCoreApplication.translate("Backups", "Making a backup copy…"),
            work,
            done,
            on_failure=failed,
            cancellable=False,
        )
        return self._running


class AfterFirstPaint(QObject):
    """Calls ``then`` once, after the first paint of ``page`` (or of what it scrolls), or after a wait at most."""

    def __init__(self, page: QWidget | None, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._then: Callable[[], None] | None = then
        self._watched: list[QWidget] = []
        if page is not None:
            self._watched = [page]
            if isinstance(page, QAbstractScrollArea):
                self._watched.append(page.viewport())
            content = page.widget() if isinstance(page, QScrollArea) else None
            if content is not None:
                self._watched.append(content)
        for widget in self._watched:
            widget.installEventFilter(self)
        QTimer.singleShot(OPENING_COPY_WAIT_MS if self._watched else 0, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._run)  # once this paint is over
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        for widget in self._watched:
            with suppress(RuntimeError):  # the page may be gone (the report closed at once)
                widget.removeEventFilter(self)
        self.deleteLater()
        then()


class RestoreCommand(QUndoCommand):
    """Restoring a backup, as one step of the undo history: undo puts back the answers of just before."""

    def __init__(self, session: ReportSession, restored: Backup, before: Backup) -> None:
        super().__init__(
            QCoreApplication.translate("Backups", "Restore Backup of {time}").format(
                time=local_time_text(restored.taken_at)
            )
        )
        self._session = session
        self._restored = restored
        self._before = before
        self._skip_redo = True  # restore_from_backup has done it before the push

    def redo(self) -> None:
        """Bring the backup's answers back again."""
        if self._skip_redo:
            self._skip_redo = False
            return
        self._put_back(self._restored, f"redo: backup of {self._restored.taken_at:%Y-%m-%d %H:%M}")

    def undo(self) -> None:
        """Bring back the answers as they were just before the restore."""
        self._put_back(self._before, "undo: restore")

    def _put_back(self, backup: Backup, detail: str) -> None:
        # Both states are already kept as backups, so no further copy is needed here.
        session = self._session
        try:
            with Report.open(backup.path, read_only=True, form=session.form) as snapshot:
                session.report.replace_answers_with(snapshot, source_detail=detail)
        except BsreporterError as exc:
            session.problemOccurred.emit(error_text(exc))  # Qt cannot take an exception from undo()
            return
        session.reload_answers()


def restore_from_backup(window: ReportWindow, backup: Backup) -> Backup | None:
    """Give the open report the answers of ``backup``; return the copy made of the state just before.

    The step goes on the undo stack, so Edit > Undo takes it back; the earlier steps stay
    there and remain valid, since undoing the restore returns to exactly the state they
    were made in.
    """
    session = window.session
    if session is None or session.read_only:
        return None
    session.flush_pending()
    try:
        before = restore_backup(session.report, backup)
    except BsreporterError as exc:
        show_error(window.widget(), QCoreApplication.translate("Backups", "Restore from backup"), exc)
        return None
    session.undo_stack.push(RestoreCommand(session, backup, before))
    changed = session.reload_answers()
    notify(
        window,
        QCoreApplication.translate(
            "Backups", "Restored the backup of {time}: {count} answers changed. Edit > Undo takes the restore back."
        ).format(time=local_time_text(backup.taken_at), count=len(changed))
        + " "
        + QCoreApplication.translate("Backups", "A copy of the report as it was just before is at {path}.").format(
            path=before.path
        ),
        path=before.path,
    )
    return before
