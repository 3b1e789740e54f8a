"""One writer per report file: an OS lock on a small companion file that names its holder.

The lock is released by the operating system when the process ends, even when it is
killed, so a stale companion file never locks anyone out; its text only tells a
second instance who has the report open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
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
    """The companion lock file of a report (``name.bsr.lock`` beside it), on its real path.

    A report reached through a link or a second name gets the same lock, so two programs
    can never both write it.
    """
    real = Path(report_path).resolve()
    return real.with_name(real.name + ".lock")


#: Where the lock sits in the companion file: past the holder's note, so the note stays readable
#: on systems whose locks forbid reading the locked bytes (Windows).
_LOCK_OFFSET = 1 << 30


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            handle.seek(_LOCK_OFFSET)
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


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def is_held(report_path: Path) -> bool:
    """True while a program holds the report open for writing (checked without taking the lock)."""
    try:
        handle = open(lock_path_for(report_path), encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError:
        return False  # every writer makes the companion file first
    with handle:
        if not _try_lock(handle):
            return True
        with contextlib.suppress(OSError):
            _unlock(handle)
        return False


def describe_holder(report_path: Path) -> str:
    """Who holds the report open, in words, from the companion file."""
    return holder_phrase(report_path).text("en")


def holder_phrase(report_path: Path) -> Phrase:
    """Who holds the report open, as a phrase that can be put in any UN language.

    From the holder's note when it can be read; otherwise (a note not yet written, cut
    short by a full disk, or unreadable) from the companion file itself: its owner and
    the time it was taken.
    """
    path = lock_path_for(report_path)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        return Phrase("lock_holder", {"user": info["user"], "host": info["host"], "since": info["since"]})
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        status = path.stat()
    except OSError:
        return Phrase("lock_holder_unknown")
    since = dt.datetime.fromtimestamp(status.st_mtime).astimezone().strftime("%Y-%m-%d %H:%M")
    return Phrase("lock_holder_partial", {"user": _owner(status.st_uid), "since": since})


def _owner(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):  # Windows, or an account this computer does not know
        return str(uid) if uid else getpass.getuser()


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
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise ReportError.of("read_only_medium", name=self._report_path.name) from exc
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise ReportError.of("disk_full_open", name=self._report_path.name) from exc
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
        with contextlib.suppress(OSError):  # a note that could not be written (full disk) fails again here
            self._handle.close()
        self._handle = None
