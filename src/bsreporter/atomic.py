"""The one atomic-write helper: every file the program writes (exports, copies) goes through here.

A file is written to a temporary file in the destination's own folder, flushed and
fsync'ed, then renamed over the destination with ``os.replace``. The rename is atomic
on one file system, so a reader (or a crash, or a full disk) sees either the old file
or the complete new one, never half of it. The temporary file lives in the same
folder because a rename across file systems is a copy, which is not atomic. A temporary
file left by a program killed mid-write is removed by the next write of the same file.

An export names the kind of file it writes (``PDF``, ``XLSX``); it then replaces only an
earlier file of that kind, never a report, another kind of document or one of its inputs.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from bsreporter.errors import BsreporterError, ExchangeError
from bsreporter.messages import Phrase

E = TypeVar("E", bound=BsreporterError)

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS}
_DENIED = {errno.EACCES, errno.EPERM}
#: Windows refuses to replace or open a file another program holds open (sharing violation).
_WINDOWS_LOCKED = {32, 33}
#: The first bytes of every SQLite database, so of every report whatever its name.
SQLITE_HEADER = b"SQLite format 3\x00"
#: The size of a SQLite database's header.
_SQLITE_HEADER_SIZE = 100
#: The ending of report files (bsreporter.report.store.REPORT_SUFFIX; this module sits below the report layer).
_REPORT_SUFFIX = ".bsr"


@dataclass(frozen=True, slots=True)
class FileKind:
    """A kind of document an export writes: its name's ending and the bytes every such file starts with."""

    suffix: str
    signature: bytes
    #: The message refusing to write this kind over an existing file of another kind.
    other_kind_message: str
    #: For a kind of SQLite database: the application id its header carries (bytes 68-71), by which an
    #: earlier file of the kind is told from every other database, a report included.
    application_id: int | None = None


PDF = FileKind(".pdf", b"%PDF-", "export_over_other_pdf")
#: An XLSX workbook is a zip archive.
XLSX = FileKind(".xlsx", b"PK\x03\x04", "export_over_other_xlsx")


def check_replaceable(destination: Path, kind: FileKind, *, inputs: Iterable[Path] = (),
                      error: type[BsreporterError] = ExchangeError) -> None:
    """Refuse to write a ``kind`` export over anything but an earlier file of the same kind.

    Refused: one of ``inputs`` (the files the export is made from, however named or linked);
    a report, by its name (.bsr) or its content (any SQLite database); an existing file whose
    name or first bytes are of another kind. An empty file may be replaced. A name that does
    not exist yet is accepted unless it ends in .bsr. A kind of database (``application_id``)
    replaces only a database whose header carries its application id, whatever its name.
    """
    destination = Path(destination)
    for source in inputs:
        if _same_file(destination, Path(source)):
            raise error.of("export_over_input", name=destination.name)
    _refuse_special_file(destination, error)
    try:
        with open(destination, "rb") as stream:
            head = stream.read(_SQLITE_HEADER_SIZE)
    except FileNotFoundError:
        if destination.suffix.lower() == _REPORT_SUFFIX:
            raise error.of("export_named_as_report", name=destination.name, suffix=kind.suffix) from None
        return
    except OSError:
        return  # a folder, or a file that cannot be read: check_writable says why
    if kind.application_id is not None:
        if head and not (head.startswith(SQLITE_HEADER) and _application_id(head) == kind.application_id):
            raise error.of(kind.other_kind_message, name=destination.name)
        return
    if head.startswith(SQLITE_HEADER) or destination.suffix.lower() == _REPORT_SUFFIX:
        raise error.of("export_over_report", name=destination.name)
    if destination.suffix.lower() != kind.suffix or (head and not head.startswith(kind.signature)):
        raise error.of(kind.other_kind_message, name=destination.name)


def _application_id(head: bytes) -> int | None:
    """The application id in a SQLite database's header (https://sqlite.org/fileformat.html), if it has one."""
    return int.from_bytes(head[68:72], "big") if len(head) >= 72 else None


def _refuse_special_file(destination: Path, error: type[BsreporterError]) -> None:
    """Refuse a named pipe, device or socket before anything opens it: opening one may never return."""
    try:
        mode = os.stat(destination).st_mode
    except OSError:
        return  # nothing there yet (or unreachable): the other checks say what to do
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise error.of("destination_not_a_file", name=destination.name)


def _same_file(destination: Path, source: Path) -> bool:
    """True when writing ``destination`` would replace ``source`` (the same path, a link, another spelling)."""
    try:
        return os.path.samefile(destination, source)
    except OSError:  # one of them does not exist
        return destination.resolve() == source.resolve()


def check_writable(destination: Path, *, error: type[BsreporterError] = ExchangeError,
                   kind: FileKind | None = None, inputs: Iterable[Path] = ()) -> None:
    """Fail early, before any work, when ``destination`` clearly cannot be written.

    Checks that the folder exists, that the destination is not a folder, and that an
    existing destination is not read-only or held open (locked) by another program.
    With ``kind``, also that it may be replaced by an export of that kind (:func:`check_replaceable`).
    """
    destination = Path(destination)
    if kind is not None:
        check_replaceable(destination, kind, inputs=inputs, error=error)
    folder = destination.parent
    if not folder.is_dir():
        raise error.of("folder_missing_choose", folder=folder)
    try:
        is_folder = destination.is_dir()
    except OSError as exc:  # a name longer than the disk allows
        raise _error(error, destination, exc, "open") from exc
    if is_folder:
        raise error.of("destination_is_folder", path=destination)
    _refuse_special_file(destination, error)
    if destination.exists():
        if not os.access(destination, os.W_OK):
            raise error.of("destination_read_only", name=destination.name)
        try:
            # Opening for update (without changing anything) is refused while a program such
            # as a spreadsheet holds the file locked on Windows.
            with open(destination, "r+b"):
                pass
        except OSError as exc:
            raise _error(error, destination, exc, "open") from exc


@contextlib.contextmanager
def atomic_write(destination: Path, *, error: type[BsreporterError] = ExchangeError,
                 kind: FileKind | None = None, inputs: Iterable[Path] = ()) -> Iterator[BinaryIO]:
    """Write ``destination`` atomically: yield a binary file; on success it replaces the destination.

    If the body raises, or writing, syncing or renaming fails, the temporary file is
    removed and the destination is left as it was. OS failures become ``error`` with a
    message naming the file and what to do (full disk, read-only disk, locked file).
    An export gives its ``kind`` and ``inputs``: see :func:`check_replaceable`.
    """
    destination = Path(destination)
    inputs = tuple(inputs)
    check_writable(destination, error=error, kind=kind, inputs=inputs)
    try:
        handle, temporary_name = tempfile.mkstemp(dir=destination.parent,
                                                  prefix=f".{_temporary_stem(destination)}.{os.getpid()}-",
                                                  suffix=".tmp")
    except OSError as exc:
        raise _error(error, destination, exc, "create") from exc
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            try:
                yield stream
                stream.flush()
                os.fsync(stream.fileno())
            except OSError as exc:
                raise _error(error, destination, exc, "write") from exc
        if kind is not None:  # again: another program may have put a file there while this one was written
            check_replaceable(destination, kind, inputs=inputs, error=error)
        try:
            _keep_permissions(destination, temporary)
            os.replace(temporary, destination)
        except OSError as exc:
            raise _error(error, destination, exc, "replace") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(destination.parent)
    _remove_abandoned_temporaries(destination)


def write_bytes_atomically(destination: Path, data: bytes, *, error: type[BsreporterError] = ExchangeError,
                           kind: FileKind | None = None, inputs: Iterable[Path] = ()) -> None:
    """Write ``data`` to ``destination`` through :func:`atomic_write`."""
    with atomic_write(destination, error=error, kind=kind, inputs=inputs) as stream:
        stream.write(data)


def _remove_abandoned_temporaries(destination: Path) -> None:
    """Remove the temporary files of earlier writes of ``destination`` whose program was killed.

    A program killed mid-write (power cut, task manager) cannot remove its temporary file; it is
    hidden on Linux and macOS but shows beside the export in Windows Explorer. The writing
    program's id is in the name, so a file that another program is still writing is left alone.
    """
    own = re.compile(re.escape(f".{_temporary_stem(destination)}.") + r"(\d+)-[A-Za-z0-9_]+\.tmp")
    with contextlib.suppress(OSError):
        for candidate in destination.parent.iterdir():
            match = own.fullmatch(candidate.name)
            if match is None or int(match.group(1)) == os.getpid() or _running(int(match.group(1))):
                continue
            # On Windows a file still open in another program refuses to be removed: it is kept.
            with contextlib.suppress(OSError):
                candidate.unlink()


def _running(pid: int) -> bool:
    """True when a program with this id runs on this computer (always False on Windows: see the caller)."""
    if os.name != "posix":
        return False  # os.kill would end the program there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's program
        return True
    return True


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


#: Bytes of a name the temporary file can carry whole: its own dots, program id and random part
#: add up to 25 more, and a disk allows 255.
_WHOLE_NAME_BYTES = 220


def _temporary_stem(destination: Path) -> str:
    """The destination's name as its temporary file carries it: whole, or cut to whole letters plus a hash."""
    name = destination.name
    if len(os.fsencode(name)) <= _WHOLE_NAME_BYTES:
        return name
    return f"{name[:40]}~{hashlib.sha256(os.fsencode(name)).hexdigest()[:10]}"


def _error(error: type[E], destination: Path, exc: OSError, step: str) -> E:
    """Why writing failed, from the operating system's error, as something the person can act on."""
    name = destination.name
    if exc.errno == errno.ENAMETOOLONG:  # before anything else looks the name up again
        return error.of("file_name_too_long", name=name)
    kept = Phrase("kept_nothing_written") if not destination.exists() else Phrase("kept_existing", {"name": name})
    if exc.errno in _FULL:
        return error.of("disk_full_writing", name=name, kept=kept)
    if exc.errno in _READ_ONLY:
        return error.of("disk_read_only", name=name, kept=kept)
    if getattr(exc, "winerror", None) in _WINDOWS_LOCKED or (step in ("open", "replace") and exc.errno in _DENIED):
        return error.of("file_in_use", name=name)
    if exc.errno in _DENIED:
        return error.of("folder_no_permission", folder=destination.parent, kept=kept)
    return error.of("file_write_failed", name=name, reason=exc.strerror or str(exc), kept=kept)
