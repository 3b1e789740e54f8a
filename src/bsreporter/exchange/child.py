"""The life of the window's child process (see :mod:`bsreporter.gui.child_process`): wait for work, do it, answer.

The child is started with :func:`serve` as its target, so that starting it imports this module
and what it imports, and nothing of the window: no Qt, whose first module alone costs the
first export of a session a sixth of a second. It is given the folders of the forms the window
knows, so that a form the window sees (a newly installed one, one given on the command line)
is one the child sees too, under the same id.

The window sends work as a module-level function and its arguments; the child sends back its
progress, then its result or its error: the program's own errors keep their message key, so
the window says them in the person's language. Cancel is a message the other way, polled by
the work as it goes.
"""

from __future__ import annotations

import contextlib
import importlib
import pickle
import time
import traceback
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bsreporter.errors import AnswerError, BsreporterError, ExchangeError, FormError, ReportError

#: The least time between two progress messages of the child, in seconds: no flood of the window's queue.
_PROGRESS_EVERY_S = 0.05


def serve(connection: Connection, forms: Mapping[str, Path]) -> None:
    """The child's whole life: wait for work, do it, say how it goes and how it ended; again until told to quit.

    ``forms``: the window's installed forms (form id -> folder), the child's own from now on.
    """
    from bsreporter.form.installed import use_forms

    use_forms(forms)
    try:
        while True:
            message = connection.recv()
            match message:
                case ("work", target, args, kwargs):
                    _work(connection, target, args, kwargs)
                case ("import", modules):
                    for name in modules:
                        with contextlib.suppress(ImportError):
                            importlib.import_module(name)
                case ("quit",):
                    return
                case _:
                    pass  # a Cancel that came after its work had ended
    except (EOFError, OSError):
        pass  # the window's process is gone
    finally:
        connection.close()


def _work(connection: Connection, target: Callable[..., Any], args: tuple[Any, ...],
          kwargs: dict[str, Any]) -> None:
    """Do one piece of work; its result or its error goes back through ``connection``."""
    stop = False

    def cancelled() -> bool:
        nonlocal stop
        try:
            while not stop and connection.poll():
                stop = connection.recv()[0] == "cancel"
        except (EOFError, OSError):
            stop = True  # the window's process is gone: nobody waits for the result
        return stop

    last_share, last_sent = -1, 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last_share, last_sent
        share = int(done * 100 / total) if total > 0 else 0
        now = time.monotonic()
        if share != last_share and (now - last_sent >= _PROGRESS_EVERY_S or done >= total):
            last_share, last_sent = share, now
            connection.send(("progress", int(done), int(total)))

    try:
        result = target(*args, **kwargs, progress=progress, cancelled=cancelled)
    except Exception as exc:
        connection.send(("failed", portable(exc), "".join(traceback.format_exception(exc))))
    else:
        try:
            connection.send(("done", result))
        except Exception as exc:  # a result that cannot be pickled
            connection.send(("failed", portable(exc), "".join(traceback.format_exception(exc))))


def portable(exc: BaseException) -> BaseException:
    """``exc`` as it can cross to the window: itself when it survives pickling, else the nearest plain error.

    The program's own errors keep their key and parameters, so that the window says them in its language.
    """
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # any failure to pickle means: send a plain copy
        pass
    if isinstance(exc, BsreporterError):
        kind = next(c for c in type(exc).__mro__ if c in (AnswerError, ExchangeError, FormError, ReportError,
                                                             BsreporterError))
        copy = kind(str(exc), key=exc.key, params=exc.params)
        try:
            pickle.dumps(copy)
            return copy
        except Exception:  # parameters that cannot travel: the English text still does
            return kind(str(exc))
    return RuntimeError(f"{type(exc).__name__}: {exc}")
