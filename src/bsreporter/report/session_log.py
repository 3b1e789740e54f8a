"""Writing sessions and leftover write-ahead logs: a log left by a crash is applied only to its own file.

A write-ahead log left by a crash holds answers that are applied when the file is next
opened. SQLite cannot tell whether the file beside the log is still the one the log was
written for: if the report was replaced meanwhile (a colleague's copy put over it), SQLite
would apply the old session's pages to the new file. So each writing session marks the
file with a random token, written again in every commit, so every committed part of the
log carries the meta page with it. Until the log has been copied into the file once (a
reader may hold that back), every commit also carries the session's "base": the digests
of the file's exact bytes when the session began (a token would not do: every file from
before tokens has none, and a copy changed by a database tool keeps its token). Meanwhile
the file is either those bytes, or a checkpoint copied part of the log in, which puts the
session's token in it (every version of the meta page, page 2, carries it; pages are
copied in order, so a checkpoint cut short may have written only the log's first page).
A log belongs to the file when its committed frames carry the token the file holds, or a
base naming the file's bytes (its first page may be one of the log's); a log with no marks
at all, beside a file with no token, was written by a program from before session marks.
Another report, or a copy bsreporter made (each copy gets a token of its own), is set
aside, never applied. A copy made by other means during a session holds that session's
token but may not fit its log: when the file with the log fails its checks and the file
alone passes them, the log is set aside too.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from bsreporter.digest import sha256_hex
from bsreporter.errors import ReportError
from bsreporter.patterns import lazy_pattern
from bsreporter.report.schema import begin_writing, distrust, wal_path

SESSION_KEY = "session"
SESSION_BASE_KEY = "session_base"
_SESSION_MARK = "bsr-session:"
#: a session's base: the digests of the file's first page and of the rest, as they were when it began
_FILE_MARK = "bsr-file:"
_TOKEN_PATTERN = lazy_pattern(rb"bsr-session:[0-9a-f]{32}")
_BASE_PATTERN = lazy_pattern(rb"bsr-file:[0-9a-f]{128}")
_WAL_MAGIC = (0x377F0682, 0x377F0683)


class Session:
    """The marks one writing session puts in every commit."""

    __slots__ = ("base", "token")

    def __init__(self, token: str, base: str | None) -> None:
        self.token = token
        #: the file's bytes as the session found them (``file_base``) until the log has been copied into it;
        #: None once it has
        self.base = base


def new_session_token() -> str:
    """A token naming one writing session of one file."""
    # What secrets.token_hex(16) gives (16 bytes of os.urandom), without loading secrets, random and hmac.
    return _SESSION_MARK + os.urandom(16).hex()


def _page_size(head: bytes) -> int:
    size = int.from_bytes(head[16:18], "big")
    return 65536 if size == 1 else max(size, 512)


def _digests(content: bytes) -> tuple[str, str]:
    """The digests of a database file's first page and of everything after it."""
    size = _page_size(content[:100])
    return sha256_hex(content[:size]), sha256_hex(content[size:])


def file_base(conn: sqlite3.Connection) -> str:
    """The mark naming the exact bytes of the main file of ``conn`` as they are on disk now."""
    path = next(str(row[2]) for row in conn.execute("PRAGMA database_list") if row[1] == "main")
    first, rest = _digests(Path(path).read_bytes())
    return _FILE_MARK + first + rest


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
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Read under the write lock, after the switch to log mode rewrote the header: these are
        # the bytes every frame of this session is written on top of.
        session = Session(new_session_token(), file_base(conn))
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


def _belongs(path: Path, frames: list[bytes]) -> bool:
    """Whether committed log frames were written on top of the file as it is now.

    While a session's log is not yet copied into the file, the file is either byte for byte
    as the session found it (its base), or a checkpoint copied part of the log in; that copies
    the frames in page order, and every version of the meta page (page 2) in the log holds a
    session token, so the file then holds a token the log carries, or (a checkpoint cut short
    after the first page) its first page is one of the log's and the rest is the base's.
    """
    bases = {mark.decode() for frame in frames for mark in _BASE_PATTERN.findall(frame)}
    content = path.read_bytes()
    first, rest = _digests(content)
    if _FILE_MARK + first + rest in bases:
        return True
    # Judged from the bytes alone: the first page of a checkpoint cut short may not fit the rest.
    if content[: _page_size(content[:100])] in frames and any(base.endswith(rest) for base in bases):
        return True
    token = _file_session(path)
    tokens = {mark.decode() for frame in frames for mark in _TOKEN_PATTERN.findall(frame)}
    if token is not None and token in tokens:
        return True
    # A log written by a program from before session marks carries none; a file it wrote has no token.
    return token is None and not tokens and not bases


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
        belongs = _belongs(real, frames)
    except (OSError, sqlite3.Error):
        return None  # not a readable report: the opening checks say what it is
    if belongs:
        return None
    return _move_aside(path, real)


def _move_aside(path: Path, real: Path) -> Path:
    """Rename the report's log to ``name.bsr-wal.orphan-<time>`` beside it, never applied; return the new path."""
    log = wal_path(real)
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


def _sound_alone(real: Path) -> bool:
    """Whether the file, its log ignored, passes SQLite's integrity check."""
    try:
        conn = sqlite3.connect(f"{real.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        distrust(conn)
        return [row[0] for row in conn.execute("PRAGMA integrity_check(1)")] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def set_aside_unfitting_log(path: Path) -> Path | None:
    """After a report with its leftover log failed its checks: move the log away when the file alone is sound.

    A copy of the file made by other means during a session (a file manager copying it while
    it was open) carries that session's token, so the log is taken as its own, though it was
    written on top of a later state of the file and does not fit the copy. Return where the
    log went, None when it was kept (no such log, or the file is damaged without it too).
    Call it only while no bsreporter writes the report, as ``set_aside_foreign_log``.
    """
    real = path.resolve()
    log = wal_path(real)
    if _log_in_use(real):
        return None
    try:
        if not _committed_frames(log.read_bytes()):
            return None
    except OSError:
        return None
    if not _sound_alone(real):
        return None
    return _move_aside(path, real)
