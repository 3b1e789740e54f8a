"""The one helper for long actions: work in a background thread, progress and Cancel on screen.

Anything that can take more than about 100 ms (opening a large report, export, import)
goes through ``run_in_background``: the work runs on a QThreadPool thread, a progress
dialog with Cancel appears if it takes a moment, and the result or the error comes back
on the UI thread, so the window never freezes.

The work only reads (Anki's QueryOp): it opens its own read-only connection with
``Report.reader()`` inside the work function and never touches the window's report,
whose one writing connection belongs to the UI thread (SQLite refuses it elsewhere).
Changes are made on the UI thread, in one short transaction, and the window then
refreshes (Anki's CollectionOp).

Work that holds the interpreter for long (an export: layout, compression, garbage
collection) would still freeze the window from a thread, since both share one interpreter
lock: ``in_child_process`` makes it work that the thread only waits for, done in a child
process with an interpreter of its own (:mod:`bsreporter.gui.child_process`).
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

#: How long an action may run before its progress dialog appears.
PROGRESS_DELAY_MS = 400


class Progress:
    """Handed to the work function: report progress, and ask whether the person cancelled."""

    def __init__(self, signals: _Signals, cancel: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel

    def __call__(self, done: int, total: int) -> None:
        """Report that ``done`` of ``total`` steps are finished (thread-safe)."""
        try:
            self._signals.progressed.emit(int(done), int(total))
        except RuntimeError:  # the program is quitting and the receiver is gone
            self._cancel.set()

    def cancelled(self) -> bool:
        """True once the person pressed Cancel; the work should stop soon after."""
        return self._cancel.is_set()


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._progress = progress

    def run(self) -> None:
        try:
            try:
                result = self._work(self._progress)
            except BaseException as exc:
                self._signals.failed.emit(exc)
            else:
                self._signals.succeeded.emit(result)
        except RuntimeError:
            pass  # the program quit while the work ran: nobody is left to tell


class Operation(QObject, Generic[T]):
    """One running background action; ``finished`` fires on the UI thread when it is over."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        *,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None,
        on_cancelled: Callable[[], None] | None,
        cancellable: bool,
    ) -> None:
        super().__init__(None)
        self._parent = parent
        self._label = label
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancelled = on_cancelled
        self._cancel = threading.Event()
        self._signals = _Signals()
        self.progress = Progress(self._signals, self._cancel)
        self.done = False
        self.succeeded: bool | None = None
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(label.rstrip("…. "))
        self.dialog.setObjectName("operationProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        # Queued: the runnable emits from its own thread; these slots run on the UI thread.
        self._signals.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        # The dialog shows itself only if the work is still running after the delay.
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)
        self._show_timer.start(PROGRESS_DELAY_MS)

    def start(self, work: Callable[[Progress], T]) -> None:
        """Hand ``work`` to the thread pool."""
        _running.add(self)  # keep the Python objects alive until the result arrives
        QThreadPool.globalInstance().start(_Runnable(work, self._signals, self.progress))

    def cancel(self) -> None:
        """Ask the work to stop (it checks ``Progress.cancelled``)."""
        if not self.done:
            self._cancel.set()
            if shiboken6.isValid(self.dialog):  # gone with its window when the program quits
                self.dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def cancel_requested(self) -> bool:
        """True once Cancel was pressed."""
        return self._cancel.is_set()

    @Slot()
    def _show_dialog(self) -> None:
        if not self.done and shiboken6.isValid(self.dialog):
            self.dialog.show()

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if total > 0 and not self.done and shiboken6.isValid(self.dialog):
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        self.done = True
        self._show_timer.stop()
        if shiboken6.isValid(self.dialog):  # its window may have been closed while the work ran
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        _running.discard(self)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._close()
        self.succeeded = not self.cancel_requested
        try:
            if self.cancel_requested:
                if self._on_cancelled:
                    self._on_cancelled()
            else:
                self._on_success(result)  # type: ignore[arg-type]
        finally:
            self.finished.emit()

    @Slot(object)
    def _failed(self, exc: object) -> None:
        from bsreporter.gui.dialogs import show_error

        self._close()
        self.succeeded = False
        assert isinstance(exc, BaseException)
        try:
            if self.cancel_requested:
                if self._on_cancelled:
                    self._on_cancelled()
            elif self._on_failure is not None:
                self._on_failure(exc)
            else:
                show_error(self._parent, self._label.rstrip("…. "), exc)
        finally:
            self.finished.emit()


_running: set[Operation[Any]] = set()


def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], T],
    on_success: Callable[[T], None],
    *,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
) -> Operation[T]:
    """Run ``work(progress)`` off the UI thread; call back on the UI thread with its result.

    ``on_failure`` gets any exception the work raised (default: an error dialog);
    when the person cancelled, ``on_cancelled`` is called instead of either.
    """
    operation: Operation[T] = Operation(
        parent, label, on_success=on_success, on_failure=on_failure, on_cancelled=on_cancelled, cancellable=cancellable
    )
    operation.start(work)
    return operation


def in_child_process(target: Callable[..., T], *args: Any, **kwargs: Any) -> Callable[[Progress], T]:
    """Work for ``run_in_background`` that runs ``target(*args, **kwargs, progress=..., cancelled=...)`` in a child.

    ``target`` is a module-level function of a module that imports no Qt; it reads what it
    needs by itself (a report through ``Report.open(..., read_only=True)``). Its progress
    reaches the dialog, Cancel reaches it, and its error comes back with its message key.
    """
    from bsreporter.gui.child_process import run_in_child

    def work(progress: Progress) -> T:
        return run_in_child(target, args, kwargs, progress=progress, cancelled=progress.cancelled)

    return work


def warm_up_child_process(*modules: str) -> None:
    """Start the child process of ``in_child_process`` work ahead of it, with ``modules`` imported.

    Called when the work is about to be asked for (its dialog opens): the child is ready
    by the time the person has chosen. Started from a thread of its own, not the window's.
    """
    from bsreporter.gui.child_process import warm_up

    threading.Thread(target=warm_up, args=modules, name="bsreporter-warm-up", daemon=True).start()


#: What the window's first export or import imports on the window's thread: the machinery that starts and
#: talks to the child of ``in_child_process`` work, what starting a spawned process loads, and the exports.
_CHILD_MACHINERY = (
    "bsreporter.gui.child_process",
    "bsreporter.exchange.jobs",
    "bsreporter.gui.exports",
    "multiprocessing.popen_spawn_win32" if sys.platform == "win32" else "multiprocessing.popen_spawn_posix",
    "multiprocessing.resource_tracker",
)
#: How long after a report's first paint its window starts loading that machinery: work queued behind the
#: paint (scrolling to the question, the opening copy) goes first.
LOAD_AHEAD_DELAY_MS = 250


def load_child_machinery_ahead() -> None:
    """Import, while the window is idle, what the first export or import of the session would import.

    One module per turn of the event loop: each takes the window's thread a few milliseconds, where
    all of them at the first export froze it for a few tens.
    """
    pending = [name for name in _CHILD_MACHINERY if name not in sys.modules]

    def next_one() -> None:
        if pending:
            importlib.import_module(pending.pop(0))
            QTimer.singleShot(0, next_one)

    if pending:
        QTimer.singleShot(LOAD_AHEAD_DELAY_MS, next_one)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Ask running work to stop and wait until it has (used when the program quits)."""
    for operation in list(_running):
        operation.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
