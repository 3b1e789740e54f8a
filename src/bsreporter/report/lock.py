"""One writer per report file: an OS lock on a small companion file that names its holder.

The lock is released by the operating system when the process ends, even when it is
killed, so a stale companion file never locks anyone out; its text only tells a
second instance who has the report open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import stat
import sys
from pathlib import Path

from bsreporter.errors import ReportError
from bsreporter.messages import Phrase

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO


def lock_path_for(report_path: Path) -> Path:
    """The companion lock file of a report (``name.bsr.lock`` beside it), on its real path.

    A report reached through a link or a second name gets the same lock, so two programs
    can never both write it.
    """
    real = Path(report_path).resolve()
    return real.with_name(real.name + ".lock")


def kind_of(mode: int) -> Phrase | None:
    """What a file that is not an ordinary file is, in words (None for an ordinary file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Phrase("file_kind_folder")
    if stat.S_ISLNK(mode):
        return Phrase("file_kind_link")
    if stat.S_ISFIFO(mode):
        return Phrase("file_kind_pipe")
    if stat.S_ISSOCK(mode):
        return Phrase("file_kind_socket")
    return Phrase("file_kind_device")


#: Never through a link (whatever it points to would be overwritten with the holder's note), and
#: never waiting on a named pipe that nobody writes.
_SAFE_OPEN = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _open_companion(path: Path, flags: int) -> IO[str]:
    """Open the lock file without following a link or waiting on a pipe; the caller closes it.

    Raises OSError (ELOOP for a link, ENXIO for a socket) or ``_OddFile`` naming what was
    found when it is not an ordinary file.
    """
    fd = os.open(path, flags | _SAFE_OPEN, 0o666)
    try:
        kind = kind_of(os.fstat(fd).st_mode)
        if kind is not None:
            raise _OddFile(kind)
        return open(fd, "r+" if flags & os.O_RDWR else "r", encoding="utf-8", closefd=True)
    except BaseException:
        os.close(fd)
        raise


class _OddFile(Exception):
    """The lock file is not an ordinary file; ``kind`` says what it is."""

    def __init__(self, kind: Phrase) -> None:
        super().__init__(kind.key)
        self.kind = kind


def _odd_lock(path: Path) -> Phrase:
    """What the lock file found instead of an ordinary file is (a link that could not be followed)."""
    try:
        return kind_of(os.lstat(path).st_mode) or Phrase("file_kind_link")
    except OSError:
        return Phrase("file_kind_link")


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
        handle = _open_companion(lock_path_for(report_path), os.O_RDONLY)
    except (OSError, _OddFile):
        return False  # every writer makes the companion file first, and always an ordinary one
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
        with _open_companion(path, os.O_RDONLY) as handle:
            info = json.loads(handle.read(64 * 1024))
        return Phrase("lock_holder", {"user": info["user"], "host": info["host"], "since": info["since"]})
    except (OSError, ValueError, KeyError, TypeError, _OddFile):
        pass
    try:
        status = path.lstat()
    except OSError:
        return Phrase("lock_holder_unknown")
    since = dt.datetime.fromtimestamp(status.st_mtime).astimezone().strftime("%Y-%m-%d %H:%M")
    return Phrase("lock_holder_partial", {"user": _owner(status.st_uid), "since": since})


def _owner(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):  # Windows, or an account this computer does not know
        import getpass

        return str(uid) if uid else getpass.getuser()


def _host_name() -> str:
    """This computer's name, as socket.gethostname() gives it (which is uname's on POSIX, without loading socket)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


class WriterLock:
    """Exclusive right to write one report file, held until ``release``."""

    def __init__(self, report_path: Path) -> None:
        self.path = lock_path_for(report_path)
        self._report_path = report_path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock, or raise ReportError naming who has the report open."""
        name = self._report_path.name
        try:
            handle = _open_companion(self.path, os.O_RDWR | os.O_CREAT)
        except _OddFile as exc:
            raise ReportError.of("odd_companion", name=name, odd=self.path.name, kind=exc.kind) from exc
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENXIO, errno.EISDIR, getattr(errno, "EMLINK", errno.ELOOP)):
                # A link (O_NOFOLLOW refuses it), a socket, or a folder in the lock file's place.
                raise ReportError.of("odd_companion", name=name, odd=self.path.name,
                                     kind=_odd_lock(self.path)) from exc
            if exc.errno == errno.ENAMETOOLONG:
                raise ReportError.of("report_name_too_long", name=name) from exc
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise ReportError.of("read_only_medium", name=self._report_path.name) from exc
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise ReportError.of("disk_full_open", name=self._report_path.name) from exc
            raise ReportError.of("lock_folder_not_writable", name=name, reason=exc.strerror or str(exc)) from exc
        if not _try_lock(handle) or not self._still_named(handle):
            handle.close()
            raise ReportError.of("lock_held", name=self._report_path.name, holder=holder_phrase(self._report_path))
        import getpass  # pwd and termios: only for a writer

        holder = {
            "user": getpass.getuser(),
            "host": _host_name(),
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
