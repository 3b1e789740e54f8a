"""Long work in a child process, for work that would otherwise hold the window's interpreter.

A background thread shares the window's one Python interpreter lock. An export of a long
report spends its second or two in layout, compression and garbage collection over many
thousands of objects; for much of it the thread does not let go of the lock, and the
window's thread, which needs the lock to run any of its Python code, freezes meanwhile.
A child process has an interpreter of its own, so the window keeps turning whatever the
work does.

The child is started with ``spawn`` (the same on every system, and nothing of the window
is copied into it), running :func:`bsreporter.exchange.child.serve`, which imports no Qt. It
is given the folders of the forms the window knows, then a module-level function and its
arguments; it reads what it needs by itself (a report through a read-only connection of its
own), and sends back through a pipe its progress, then its result or its error: the
program's own errors keep their message key, so the window says them in the person's
language. Cancel is a message the other way, polled by the work as it goes.

One child is kept once its work is done, waiting for the next: its modules are imported
and its fonts parsed, so the next export starts as quickly as it would in the window's
own process. A child that is busy is never shared: a second piece of work at the same
time gets a child of its own, and a child is kept only for work under the same settings and
forms. ``warm_up`` starts the kept child ahead of the work, while the person still chooses
the file.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from bsreporter.errors import ExchangeError
from bsreporter.exchange.child import serve

T = TypeVar("T")

#: How often the waiting thread looks at the pipe and at the Cancel button, in seconds.
_POLL_S = 0.05
#: How long a child that has answered may take to exit before it is stopped, in seconds.
_EXIT_GRACE_S = 5.0


class RemoteTraceback(Exception):
    """The child's traceback, chained to the error it sent, so that the log shows where it happened."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return self.text


class _Child:
    """One child process and the window's end of its pipe."""

    def __init__(self, forms: dict[str, Path]) -> None:
        #: the environment it started with: a child is kept for work under the same settings only
        self.environment = dict(os.environ)
        #: the installed forms it was given: a child is kept for work on the same forms only
        self.forms = forms
        context = multiprocessing.get_context("spawn")
        self.connection, theirs = context.Pipe(duplex=True)
        self.process = context.Process(target=serve, args=(theirs, forms), name="bsreporter-work", daemon=True)
        self.process.start()
        theirs.close()  # the child holds its end; a child gone then reads here as the end of the pipe

    def send(self, message: tuple[Any, ...]) -> bool:
        """Send ``message``; False when the child has ended and cannot hear it."""
        try:
            self.connection.send(message)
            return True
        except OSError:
            return False

    def fits(self, forms: dict[str, Path]) -> bool:
        """Whether the child is alive and started under the window's settings and ``forms`` as they are now."""
        return self.process.is_alive() and self.environment == os.environ and self.forms == forms

    def stop(self) -> None:
        """End the child (it is waiting for work, or its work no longer matters)."""
        self.send(("quit",))
        self.connection.close()
        self.process.join(_EXIT_GRACE_S)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


_kept: list[_Child] = []
_kept_lock = threading.Lock()


def _window_forms() -> dict[str, Path]:
    """The installed forms the window sees now (form id -> folder)."""
    from bsreporter.form import installed  # looked up as it is now: a form may be installed meanwhile

    return installed.available_forms()


def _take() -> _Child:
    """The kept child if it waits for work under the same settings and forms, else a new one."""
    forms = _window_forms()
    with _kept_lock:
        kept = _kept.pop() if _kept else None
    if kept is not None:
        if kept.fits(forms):
            return kept
        kept.stop()
    return _Child(forms)


def _give_back(child: _Child) -> None:
    """Keep ``child`` for the next piece of work, unless one is kept already."""
    with _kept_lock:
        if not _kept and child.process.is_alive():
            _kept.append(child)
            return
    child.stop()


def warm_up(*modules: str) -> None:
    """Have a child waiting, with ``modules`` imported, before the work is asked for.

    Starting a process takes the calling thread a few tens of milliseconds: the window
    calls this from a thread of its own.
    """
    forms = _window_forms()
    with _kept_lock:
        kept = _kept[-1] if _kept else None
    if kept is not None and kept.fits(forms):
        kept.send(("import", modules))
        return
    child = _Child(forms)
    child.send(("import", modules))
    _give_back(child)


def run_in_child(target: Callable[..., T], args: tuple[Any, ...], kwargs: Mapping[str, Any], *,
                 progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> T:
    """Run ``target(*args, **kwargs, progress=..., cancelled=...)`` in a child process; wait here for its result.

    Called on a background thread. ``target`` must be a module-level function of a module that
    does not import Qt. Its progress is passed on to ``progress``; once ``cancelled()`` is true,
    the child is asked to stop. The child's error is raised here; a child that ended without
    answering (killed, crashed) raises ExchangeError("background_process_ended").
    """
    child = _take()
    answered = False
    try:
        if not child.send(("work", target, args, dict(kwargs))):
            raise ExchangeError.of("background_process_ended")
        asked_to_stop = False
        while True:
            if not asked_to_stop and cancelled():
                asked_to_stop = True
                child.send(("cancel",))  # a child that has ended cannot hear it; its last message may still come
            if not child.connection.poll(_POLL_S):
                if not child.process.is_alive() and not child.connection.poll(0):
                    raise ExchangeError.of("background_process_ended")
                continue
            try:
                message = child.connection.recv()
            except (EOFError, OSError) as exc:
                raise ExchangeError.of("background_process_ended") from exc
            match message:
                case ("progress", done, total):
                    progress(done, total)
                case ("done", result):
                    answered = True
                    return result  # type: ignore[no-any-return]
                case ("failed", error, remote):
                    answered = True
                    error.__cause__ = RemoteTraceback(remote)
                    raise error
    finally:
        if answered:
            _give_back(child)
        else:  # ended, or left behind by an error of this side: its state is unknown
            child.stop()
