"""The one atomic-write helper: every file the program writes (exports, copies) goes through here.

A file is written to a temporary file in the destination's own folder, flushed and
fsync'ed, then renamed over the destination with ``os.replace``. The rename is atomic
on one file system, so a reader (or a crash, or a full disk) sees either the old file
or the complete new one, never half of it. The temporary file lives in the same
folder because a rename across file systems is a copy, which is not atomic.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from bsreporter.errors import BsreporterError, ExchangeError

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS}
_DENIED = {errno.EACCES, errno.EPERM}
#: Windows refuses to replace or open a file another program holds open (sharing violation).
_WINDOWS_LOCKED = {32, 33}


def check_writable(destination: Path, *, error: type[BsreporterError] = ExchangeError) -> None:
    """Fail early, before any work, when ``destination`` clearly cannot be written.

    Checks that the folder exists, that the destination is not a folder, and that an
    existing destination is not read-only or held open (locked) by another program.
    """
    destination = Path(destination)
    folder = destination.parent
    if not folder.is_dir():
        raise error(f"The folder '{folder}' does not exist; choose an existing folder.")
    if destination.is_dir():
        raise error(f"'{destination}' is a folder; give a file name.")
    if destination.exists():
        if not os.access(destination, os.W_OK):
            raise error(f"'{destination.name}' is read-only; choose another file name or make it writable.")
        try:
            # Opening for update (without changing anything) is refused while a program such
            # as a spreadsheet holds the file locked on Windows.
            with open(destination, "r+b"):
                pass
        except OSError as exc:
            raise error(_message(destination, exc, "open")) from exc


@contextlib.contextmanager
def atomic_write(destination: Path, *, error: type[BsreporterError] = ExchangeError) -> Iterator[BinaryIO]:
    """Write ``destination`` atomically: yield a binary file; on success it replaces the destination.

    If the body raises, or writing, syncing or renaming fails, the temporary file is
    removed and the destination is left as it was. OS failures become ``error`` with a
    message naming the file and what to do (full disk, read-only disk, locked file).
    """
    destination = Path(destination)
    check_writable(destination, error=error)
    try:
        handle, temporary_name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.",
                                                  suffix=".tmp")
    except OSError as exc:
        raise error(_message(destination, exc, "create")) from exc
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            try:
                yield stream
                stream.flush()
                os.fsync(stream.fileno())
            except OSError as exc:
                raise error(_message(destination, exc, "write")) from exc
        try:
            _keep_permissions(destination, temporary)
            os.replace(temporary, destination)
        except OSError as exc:
            raise error(_message(destination, exc, "replace")) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(destination.parent)


def write_bytes_atomically(destination: Path, data: bytes, *,
                           error: type[BsreporterError] = ExchangeError) -> None:
    """Write ``data`` to ``destination`` through :func:`atomic_write`."""
    with atomic_write(destination, error=error) as stream:
        stream.write(data)


def _keep_permissions(destination: Path, temporary: Path) -> None:
    # mkstemp creates the file readable by its owner only; an export is an ordinary
    # document, so give it the permissions a new file normally gets (or the old file's).
    if destination.exists():
        mode = destination.stat().st_mode & 0o777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(temporary, mode)


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _message(destination: Path, exc: OSError, step: str) -> str:
    name = destination.name
    kept = "nothing was written" if not destination.exists() else f"the existing '{name}' was left as it was"
    if exc.errno in _FULL:
        return f"The disk is full while writing '{name}'; {kept}. Free some space or choose another disk."
    if exc.errno in _READ_ONLY:
        return f"The disk holding '{name}' is read-only; {kept}. Choose another folder."
    if getattr(exc, "winerror", None) in _WINDOWS_LOCKED or (step in ("open", "replace") and exc.errno in _DENIED):
        return (f"'{name}' is open in another program (for example a spreadsheet or PDF viewer) or locked; "
                f"close it and try again, or choose another file name.")
    if exc.errno in _DENIED:
        return f"The folder '{destination.parent}' cannot be written (no permission); {kept}. Choose another folder."
    return f"'{name}' could not be written ({exc.strerror or exc}); {kept}."
