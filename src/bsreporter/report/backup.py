"""Snapshots of a report file, taken with SQLite's online backup API while it stays open.

Snapshots live in the user's data folder (never beside the report, which may sit on a
USB stick or a shared drive), one folder per report file. Rolling snapshots keep the
newest ``keep``; snapshots taken before an import or a restore are kept until the user
removes them, since they are the way back from that one action.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from bsreporter.errors import ReportError
from bsreporter.messages import Phrase
from bsreporter.paths import user_data_dir
from bsreporter.report import schema
from bsreporter.report.store import Report

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bsreporter.form.model import Questionnaire

DEFAULT_KEEP = 10
#: an unfinished copy this old (seconds) was left by a program killed while copying
UNFINISHED_AFTER_S = 600
_PARTIAL_ENDINGS = (".part", ".part-journal", ".part-wal", ".part-shm")


class Reason(str, Enum):
    """Why a snapshot was taken (part of its file name)."""

    OPENED = "opened"
    ROLLING = "rolling"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"


_ROLLING = {Reason.OPENED, Reason.ROLLING}


@dataclass(frozen=True, slots=True)
class Backup:
    """One snapshot file."""

    path: Path
    taken_at: dt.datetime
    reason: Reason


#: Letters of the report's name kept in its backup folder's name: enough to recognise it, short
#: enough for any name's folder and copies to fit the disk's name limit (255 bytes: 40 letters of
#: any script are at most 160) and Windows' 260-letter paths.
_NAME_IN_FOLDER = 40


def backup_folder(report_path: Path) -> Path:
    """The folder holding the snapshots of one report file (named after it, unique per location)."""
    resolved = Path(report_path).resolve()  # a link to a report shares the real file's copies
    tag = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:10]
    backups = user_data_dir() / "backups"
    stem = resolved.stem
    if len(stem) <= _NAME_IN_FOLDER:
        return backups / f"{stem}-{tag}"
    earlier = backups / f"{stem}-{tag}"  # a long name's folder from before names were shortened
    with contextlib.suppress(OSError, ValueError):
        if earlier.is_dir():
            return earlier
    # Cut between whole letters; Windows drops a trailing space or dot from a folder's name.
    return backups / f"{stem[:_NAME_IN_FOLDER].rstrip(' .')}-{tag}"


def take_snapshot(report: Report, reason: Reason, *, keep: int = DEFAULT_KEEP) -> Backup:
    """Copy the open report, consistently, into its backup folder; prune old rolling snapshots."""
    folder = backup_folder(report.path)
    taken_at = dt.datetime.now().astimezone()
    name = f"{taken_at.strftime('%Y%m%d-%H%M%S-%f')}-{reason.value}.bsr"
    target = folder / name
    partial = folder / (name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        destination = sqlite3.connect(partial)
        try:
            report.copy_into(destination)
        finally:
            destination.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise _backup_error(report.path, folder, exc) from exc
    with contextlib.suppress(OSError):  # the copy is made; old ones are pruned next time
        _prune(folder, keep)
        _remove_unfinished(folder)
    return Backup(target, taken_at, reason)


def snapshot_of_file(path: Path, form: Questionnaire, reason: Reason, keep: int) -> Backup:
    """Copy a report file through a read-only connection of its own (safe off the window's thread)."""
    with Report.open(path, read_only=True, form=form) as reader:
        return take_snapshot(reader, reason, keep=keep)


def _backup_error(report_path: Path, folder: Path, exc: OSError | sqlite3.Error) -> ReportError:
    """Why no copy was made: a full disk, a backup folder that cannot be written, or what the system said.

    SQLite's failures are told apart by their result codes, the system's by their error numbers.
    """
    if isinstance(exc, sqlite3.Error):
        kind = schema.failure(folder, exc)
        if kind is schema.Failure.DISK_FULL:
            return ReportError.of("backup_failed", name=report_path.name, reason=Phrase("reason_disk_full"))
        if kind in (schema.Failure.READ_ONLY, schema.Failure.CANNOT_OPEN):
            return ReportError.of("backup_folder_not_writable", name=report_path.name, folder=folder)
        return ReportError.of("backup_failed", name=report_path.name, reason=str(exc))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ReportError.of("backup_failed", name=report_path.name, reason=Phrase("reason_disk_full"))
    if exc.errno in (errno.ENAMETOOLONG, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EEXIST):
        # ENAMETOOLONG: the data folder's own path is too long: no disk space would help
        return ReportError.of("backup_folder_not_writable", name=report_path.name, folder=folder)
    return ReportError.of("backup_failed", name=report_path.name, reason=str(exc))


def list_backups(report_path: Path) -> list[Backup]:
    """Snapshots of a report, newest first."""
    return _scan(backup_folder(report_path))


def _prune(folder: Path, keep: int) -> None:
    rolling = [b for b in _scan(folder) if b.reason in _ROLLING]
    for old in rolling[keep:]:
        old.path.unlink(missing_ok=True)


def _remove_unfinished(folder: Path) -> None:
    """Remove the unfinished copies (and their SQLite logs) of programs killed while copying.

    Only old ones: a copy takes seconds, so a younger one may be another program's at work.
    """
    stale = time.time() - UNFINISHED_AFTER_S
    for path in folder.glob("*.bsr.part*"):
        if path.name.endswith(_PARTIAL_ENDINGS) and path.stat().st_mtime < stale:
            path.unlink(missing_ok=True)


def _scan(folder: Path) -> list[Backup]:
    found = []
    for path in folder.glob("*.bsr") if folder.is_dir() else ():
        parts = path.stem.split("-", 3)  # date-time-microseconds-reason
        if len(parts) != 4:
            continue
        try:
            taken = dt.datetime.strptime("".join(parts[:3]), "%Y%m%d%H%M%S%f").astimezone()
            reason = Reason(parts[3])
        except ValueError:
            continue  # not one of ours
        found.append(Backup(path, taken, reason))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def restore_backup(report: Report, backup: Backup) -> Backup:
    """Bring the report back to a snapshot's answers; return the snapshot of the state just before.

    Restoring is itself undoable: the current state is snapshotted first, and the
    history records every restored answer.
    """
    with Report.open(backup.path, read_only=True, form=report.form) as snapshot:
        before = take_snapshot(report, Reason.BEFORE_RESTORE)
        report.replace_answers_with(snapshot, source_detail=f"backup of {backup.taken_at:%Y-%m-%d %H:%M}")
    return before


def backup_completeness(backup: Backup) -> float | None:
    """Percentage of required answers done in a snapshot (None when it cannot be read)."""
    from bsreporter.report.completeness import check_completeness

    try:
        with Report.open(backup.path, read_only=True) as snapshot:
            return check_completeness(snapshot.form, snapshot.answers()).report.percent
    except ReportError:
        return None


def latest_good_backup(report_path: Path) -> Backup | None:
    """The newest snapshot of a report that passes the open-time checks, if any."""
    from bsreporter.report import schema

    for backup in list_backups(report_path):
        try:
            schema.inspect(backup.path)
        except ReportError:
            continue
        return backup
    return None


def recover_copy(report_path: Path, backup: Backup) -> Path:
    """Copy a snapshot beside a damaged report as a new file to work on; the damaged file is left alone."""
    stamp = backup.taken_at.strftime("%Y-%m-%d %H%M")
    target = report_path.with_name(f"{report_path.stem} (recovered from {stamp}){report_path.suffix}")
    counter = 2
    while target.exists():
        target = report_path.with_name(f"{report_path.stem} (recovered from {stamp}, {counter}){report_path.suffix}")
        counter += 1
    partial = target.with_name(target.name + ".part")
    try:
        with Report.open(backup.path, read_only=True) as snapshot:
            destination = sqlite3.connect(partial)
            try:
                snapshot.copy_into(destination)
            finally:
                destination.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise ReportError.of("backup_copy_failed", name=report_path.name, reason=str(exc)) from exc
    return target


def copy_report_file(report: Report, destination: Path, cancelled: Callable[[], bool] | None = None) -> None:
    """Write a consistent single-file copy of an open report, atomically (the report stays open).

    The core's online backup (``Report.copy_into``) writes a temporary file in the
    destination folder, which is renamed into place only when complete; ``cancelled``, asked once the copy is
    written, drops it instead.
    """
    destination = Path(destination)
    if destination.resolve() == Path(report.path).resolve():
        raise ReportError.of("copy_over_itself")
    if not destination.parent.is_dir():
        raise ReportError.of("folder_does_not_exist", folder=destination.parent)
    temporary = destination.with_name(f".{destination.name}.{os.getpid()}.tmp")
    try:
        writer = sqlite3.connect(temporary)
        try:
            report.copy_into(writer)
            writer.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            writer.close()
        if cancelled is not None and cancelled():
            temporary.unlink(missing_ok=True)
            return
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, destination)
    except (sqlite3.Error, OSError) as exc:
        temporary.unlink(missing_ok=True)
        raise ReportError.of("copy_write_failed", name=destination.name, reason=_copy_failure(destination, exc)) from exc


def _copy_failure(destination: Path, exc: sqlite3.Error | OSError) -> Phrase | str:
    """Why a copy could not be written, in the person's words when its code says (SQLite's own words are English)."""
    if isinstance(exc, sqlite3.Error):
        kind = schema.failure(destination, exc)
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        kind = schema.Failure.DISK_FULL
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        kind = schema.Failure.READ_ONLY
    else:
        kind = schema.Failure.OTHER
    if kind is schema.Failure.DISK_FULL:
        return Phrase("reason_disk_full")
    if kind in (schema.Failure.READ_ONLY, schema.Failure.CANNOT_OPEN):
        return Phrase("reason_not_writable")
    if kind is schema.Failure.BUSY:
        return Phrase("reason_busy")
    return str(exc)  # an unforeseen failure: its own words are all there is to say
