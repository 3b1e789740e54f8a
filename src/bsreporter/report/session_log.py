"""Writing sessions and leftover write-ahead logs: a log left by a crash is applied only to its own file.

A write-ahead log left by a crash holds answers that are applied when the file is next
opened. SQLite cannot tell whether the file beside the log is still the one the log was
written for: if the report was replaced meanwhile (a colleague's copy put over it), SQLite
would apply the old session's pages to the new file. So each writing session marks the
file with a random token, written again in every commit, so every committed part of the
log carries the meta page with it. Until the log has been copied into the file once (a
reader may hold that back), every commit also carries the token the file itself still
holds (its "base"). A log belongs to the file when its committed frames carry the token
the file itself holds. Another report, or a copy bsreporter made (each copy gets a token
of its own), holds another token, and its log is set aside, never applied.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bsreporter.errors import ReportError
from bsreporter.report.schema import begin_writing, distrust, wal_path

SESSION_KEY = "session"
SESSION_BASE_KEY = "session_base"
_SESSION_MARK = "bsr-session:"
#: the base of a session begun on a file from before session tokens
_NO_TOKEN = _SESSION_MARK + "none"
_TOKEN_PATTERN = re.compile(rb"bsr-session:(?:[0-9a-f]{32}|none)")
_WAL_MAGIC = (0x377F0682, 0x377F0683)


@dataclass(slots=True)
class Session:
    """The marks one writing session puts in every commit."""

    token: str
    #: the token the file itself holds until the log has been copied into it; None once it has
    base: str | None


def new_session_token() -> str:
    """A token naming one writing session of one file."""
    return _SESSION_MARK + secrets.token_hex(16)


def stamp(conn: sqlite3.Connection, session: Session) -> None:
    """Inside the caller's transaction: write the session's marks, so this commit's log frames carry them."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (SESSION_KEY, session.token))
    if session.base is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (SESSION_BASE_KEY,))
    else:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (SESSION_BASE_KEY, session.base))


def mark_as_copy(conn: sqlite3.Connection) -> None:
    """Give a copy of a report a token of its own: from now on it is another file, with logs of its own."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (SESSION_KEY, new_session_token()))
    conn.execute("DELETE FROM meta WHERE key = ?", (SESSION_BASE_KEY,))
    conn.commit()


def start_session(conn: sqlite3.Connection) -> Session | None:
    """Before the first change of a writing session: log mode and a new token in the file.

    None when the file cannot be put in log mode yet (a reader holds it); it is then written
    with a rollback journal, which leaves no log behind, and the switch is tried again.
    """
    if not begin_writing(conn):
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (SESSION_KEY,)).fetchone()
    session = Session(new_session_token(), str(row[0]) if row else _NO_TOKEN)
    conn.execute("BEGIN IMMEDIATE")
    try:
        stamp(conn, session)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    settle(conn, session)
    return session


def settle(conn: sqlite3.Connection, session: Session) -> None:
    """After a commit of a session whose token is not yet in the file: copy the log in, without waiting.

    Once all of it is in, the file holds the session's own token and the base is dropped.
    """
    if session.base is None:
        return
    try:
        busy, in_log, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.Error:
        return  # the next commit tries again
    if not busy and in_log >= 0 and copied == in_log:
        session.base = None


def _committed_frames(log: bytes) -> list[bytes]:
    """The page images of a log that SQLite would apply: frames of the current salt, up to the last commit."""
    if len(log) < 32 or int.from_bytes(log[0:4], "big") not in _WAL_MAGIC:
        return []
    page_size = int.from_bytes(log[8:12], "big")
    if page_size < 512:
        return []
    salts = log[16:24]
    frames: list[bytes] = []
    committed: list[bytes] = []
    offset = 32
    while offset + 24 + page_size <= len(log):
        header = log[offset : offset + 24]
        if header[8:16] != salts:
            break
        frames.append(log[offset + 24 : offset + 24 + page_size])
        if int.from_bytes(header[4:8], "big"):  # a commit frame: the database size after it
            committed = list(frames)
        offset += 24 + page_size
    return committed


def _file_session(path: Path) -> str | None:
    """The session token held by the file itself, its log ignored."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        distrust(conn)
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (SESSION_KEY,)).fetchone()
        return str(row[0]) if row else None
    finally:
        conn.close()


#: SQLite (on POSIX) holds a shared lock on this byte of the shared-memory file (``-shm``) for as
#: long as any connection has the database open in log mode: its "dead man switch".
_SHM_DEAD_MAN_SWITCH = 128


def _log_in_use(real: Path) -> bool:
    """True while some program has the report open through SQLite, so that its log is live.

    bsreporter's own writers are known by the writer lock; this also sees other programs (a
    database tool, a script) that would go on writing to a log that was moved away.
    """
    if os.name != "posix":
        return False  # Windows refuses to move a log another program holds open: the move fails and says so
    import fcntl

    try:
        fd = os.open(real.with_name(real.name + "-shm"), os.O_RDWR | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return False  # every program that has the file open in log mode keeps the -shm
    except OSError:
        return True  # cannot tell: leave the log alone, SQLite decides
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DEAD_MAN_SWITCH)
        except OSError:
            return True
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DEAD_MAN_SWITCH)
        return False
    finally:
        os.close(fd)


def set_aside_foreign_log(path: Path) -> Path | None:
    """Move away a leftover log that was not written for this file; return where it went (None: kept).

    Only call it while no bsreporter writes the report (the caller holds, or checked, the
    writer lock): a live writer's log always belongs; a log another program has open is left alone.
    """
    real = path.resolve()
    log = wal_path(real)
    if _log_in_use(real):
        return None  # another program (a database tool) has the report open: its log is live, not left over
    try:
        frames = _committed_frames(log.read_bytes())
    except OSError:
        return None  # no log, or none that can be read: SQLite decides
    if not frames:
        return None  # nothing SQLite would apply
    try:
        token = _file_session(real)
    except sqlite3.Error:
        return None  # not a readable report: the opening checks say what it is
    carried = {mark.decode() for frame in frames for mark in _TOKEN_PATTERN.findall(frame)}
    # A file from before session tokens has no token: its log is its own when it carries
    # no token either (written by an older program) or names it as its base.
    belongs = (token or _NO_TOKEN) in carried or (not token and not carried)
    if belongs:
        return None
    moment = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = log.with_name(f"{log.name}.orphan-{moment}")
    counter = 2
    while target.exists():
        target = log.with_name(f"{log.name}.orphan-{moment}-{counter}")
        counter += 1
    try:
        os.replace(log, target)
        # The shared-memory file only indexes the log just moved; SQLite rebuilds it.
        real.with_name(real.name + "-shm").unlink(missing_ok=True)
    except OSError as exc:
        raise ReportError.of("foreign_log_cannot_move", name=path.name, reason=exc.strerror) from exc
    return target
