"""One writer per report file: an OS lock on a small companion file that names its holder.

The lock is released by the operating system when the process ends, even when it is
killed, so a stale companion file never locks anyone out; its text only tells a
second instance who has the report open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from bsreporter.errors import ReportError
from bsreporter.messages import Phrase


def lock_path_for(report_path: Path) -> Path:
    """The companion lock file of a report (``name.bsr.lock`` beside it)."""
    return report_path.with_name(report_path.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def describe_holder(report_path: Path) -> str:
    """Who holds the report open, in words, from the companion file."""
    return holder_phrase(report_path).text("en")


def holder_phrase(report_path: Path) -> Phrase:
    """Who holds the report open, as a phrase that can be put in any UN language."""
    try:
        info = json.loads(lock_path_for(report_path).read_text(encoding="utf-8"))
        return Phrase("lock_holder", {"user": info["user"], "host": info["host"], "since": info["since"]})
    except (OSError, ValueError, KeyError, TypeError):
        return Phrase("lock_holder_unknown")


class WriterLock:
    """Exclusive right to write one report file, held until ``release``."""

    def __init__(self, report_path: Path) -> None:
        self.path = lock_path_for(report_path)
        self._report_path = report_path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock, or raise ReportError naming who has the report open."""
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while open
        except OSError as exc:
            raise ReportError.of("lock_folder_not_writable", name=self._report_path.name, reason=exc.strerror) from exc
        if not _try_lock(handle) or not self._still_named(handle):
            handle.close()
            raise ReportError.of("lock_held", name=self._report_path.name, holder=holder_phrase(self._report_path))
        holder = {
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
        }
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(holder))
            handle.flush()
        except OSError:
            pass  # the lock itself holds; only the courtesy note is missing
        self._handle = handle

    def _still_named(self, handle: IO[str]) -> bool:
        # A holder that was just closing may have unlinked the file we locked.
        try:
            return os.fstat(handle.fileno()).st_ino == os.stat(self.path).st_ino
        except OSError:
            return False

    def release(self) -> None:
        """Give the lock back and remove the companion file."""
        if self._handle is None:
            return
        with contextlib.suppress(OSError):  # a leftover note is harmless: the OS lock is what counts
            self.path.unlink(missing_ok=True)
        self._handle.close()
        self._handle = None
