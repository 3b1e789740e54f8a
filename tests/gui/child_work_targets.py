"""Work functions for the child-process tests: module-level and free of Qt, as a child process needs them."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from bsreporter.errors import ExchangeError
from bsreporter.exchange.context import ExportCancelled


def process_id(*, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
    """The id of the process the work runs in."""
    return os.getpid()


def count_until_cancelled(*, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> str:
    """Report progress until asked to stop, then stop as an export does."""
    step = 0
    while not cancelled():
        step += 1
        progress(step % 100, 100)
        os.sched_yield()
    raise ExportCancelled()


def refuse(name: str, *, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
    """Fail with one of the program's own messages."""
    raise ExchangeError.of("folder_missing_choose", folder=name)


def end_abruptly(*, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
    """End the process without a word, as a crash or the task manager does."""
    os._exit(3)


def loaded_modules(*, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> list[str]:
    """The names of every module the process has imported."""
    return sorted(sys.modules)


def installed_form_ids(*, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> list[str]:
    """The ids of the forms installed as the process sees them."""
    from bsreporter.form.installed import available_forms

    return sorted(available_forms())
