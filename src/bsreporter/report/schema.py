"""The report file's SQLite schema: creation, connection settings, checks and migrations.

Durability: journal_mode=WAL with synchronous=FULL. In WAL mode FULL syncs the log
at every commit, so an answer acknowledged to the user survives a crash *and* a
power cut; NORMAL would only survive an application crash. The cost, one fsync
per answer change, is invisible at typing speed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from bsreporter.errors import ReportError
from bsreporter.messages import Phrase
from bsreporter.report.lock import kind_of, lock_path_for

#: Increase by one for each change of the tables below, and add a function to MIGRATIONS.
SCHEMA_VERSION = 2
#: Marks a SQLite file as a bsreporter report ("BSR1" in the file header).
APPLICATION_ID = 0x42535231

_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE answers (
    question_id  TEXT PRIMARY KEY,
    value        TEXT,                -- JSON, NULL when blank or special
    special      TEXT CHECK (special IN ('not_applicable', 'not_available')),
    needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    updated_at   TEXT NOT NULL,
    author       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE history (
    id            INTEGER PRIMARY KEY,
    question_id   TEXT NOT NULL,
    at            TEXT NOT NULL,
    author        TEXT NOT NULL,
    old_value     TEXT,
    old_special   TEXT,
    new_value     TEXT,
    new_special   TEXT,
    source        TEXT NOT NULL
        CHECK (source IN ('typed', 'imported', 'merged', 'carried_over', 'confirmed', 'restored')),
    source_detail TEXT
);
CREATE INDEX history_by_question ON history (question_id, id);
"""

# Version 2: the answers of the previous reporting cycle, kept beside the current ones so a
# focal point can see them next to each question and compare the two cycles; and the
# report-level events (validated, reopened for editing: who, when, why).
_SCHEMA_V2_ADDITIONS = (
    """
CREATE TABLE previous_answers (
    question_id TEXT PRIMARY KEY,
    value       TEXT,                -- JSON, NULL when special
    special     TEXT CHECK (special IN ('not_applicable', 'not_available')),
    source      TEXT NOT NULL,       -- the file the answer came from
    imported_at TEXT NOT NULL
)
""",
    """
CREATE TABLE events (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    author TEXT NOT NULL,
    kind   TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
)
""",
)


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V2_ADDITIONS:
        conn.execute(statement)


#: MIGRATIONS[n] upgrades a file from schema version n to n + 1, inside one transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_1_to_2}


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """Open a connection with the program's settings (autocommit; explicit transactions).

    A report file came by e-mail, so its schema is not trusted: functions with side
    effects cannot run from it, and defensive mode (where this Python has it) stops
    SQL from corrupting the file on purpose. The writer does not switch the file to
    write-ahead logging here: that waits for the first change (``begin_writing``),
    so that opening, and refusing, leave the file byte for byte as it was.
    """
    if read_only:
        conn = _connect_reader(path)
    else:
        # Bound to the thread that opens it (the window's): used from any other, SQLite refuses
        # loudly rather than mix a background read into the window's transaction.
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA synchronous = FULL")
    distrust(conn)
    conn.execute("PRAGMA busy_timeout = 2000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def distrust(conn: sqlite3.Connection) -> None:
    """Never let the file's own schema run functions with side effects; defensive mode where available."""
    conn.execute("PRAGMA trusted_schema = OFF")
    if hasattr(conn, "setconfig") and hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):  # Python 3.12 and later
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)


def _connect_reader(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # SQLite opens the file, and its log, lazily
        except BaseException:
            conn.close()
            raise
        return conn
    except sqlite3.OperationalError as exc:
        # A report in write-ahead-log mode on a read-only or full disk cannot get the shared-memory
        # file a reader needs. With no log beside it nothing but the file holds answers, and nobody
        # can be writing it, so it is read as an immutable file.
        if failure(path, exc) not in (Failure.CANNOT_OPEN, Failure.READ_ONLY, Failure.DISK_FULL) or _has_log(path):
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def wal_path(path: Path) -> Path:
    """The write-ahead log SQLite keeps beside a report (``name.bsr-wal``)."""
    return path.with_name(path.name + "-wal")


def _has_log(path: Path) -> bool:
    try:
        return wal_path(path.resolve()).stat().st_size > 0
    except OSError:
        return False


def begin_writing(conn: sqlite3.Connection) -> bool:
    """Put the file in write-ahead-log mode before its first change; False while a reader prevents it.

    In rollback-journal mode (the bundled demo) every commit is still durable, so a change
    made before the switch succeeds is not at risk; the switch is tried again next time.
    """
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError:
        return False
    return str(mode).lower() == "wal"


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy the log into the file and empty it, when no reader is in the way (best effort).

    A report closed cleanly then holds everything in its own file, so it can be copied
    or e-mailed alone; and a non-empty log found beside a report always means a crash.
    """
    with contextlib.suppress(sqlite3.Error):  # a reader still needs the log; the next checkpoint catches up
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def create(conn: sqlite3.Connection, meta: dict[str, str]) -> None:
    """Lay out a new, empty report in an empty database."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # executescript() would commit on its own; run the statements inside our transaction.
        for statement in _SCHEMA_V1.split(";"):
            if statement.strip():
                conn.execute(statement)
        for statement in _SCHEMA_V2_ADDITIONS:
            conn.execute(statement)
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(meta.items()))
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """The report's key/value facts (form id, Party, language, times...)."""
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def inspect(path: Path) -> int:
    """Check that ``path`` is a sound report this program can open; return its schema version.

    Everything past the first bytes is read through SQLite, never from the raw file: the
    header of a report that was never closed cleanly is still in its write-ahead log.
    Reads only: a file that fails a check is left exactly as it was.
    """
    name = path.name
    check_file(path)
    try:
        with path.open("rb") as handle:
            start = handle.read(100)
    except OSError as exc:
        raise ReportError.of("cannot_read", name=name, reason=exc.strerror) from exc
    if not start:
        raise ReportError.of("report_empty", name=name)
    if not start.startswith(_SQLITE_MAGIC):
        raise ReportError.of("not_a_report", name=name)
    if len(start) < 100:
        raise ReportError.of("damaged_cut_short", name=name)
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise opening_error(path, exc) from exc
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise ReportError.of("database_not_report", name=name)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise ReportError.of("newer_version", name=name, version=version, supported=SCHEMA_VERSION)
        if version < 1:
            raise ReportError.of("not_complete_report", name=name)
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise ReportError.of("damaged_problem", name=name, problem=_first_problem(problems))
        _check_content(conn, version, name)
    except sqlite3.Error as exc:
        raise opening_error(path, exc) from exc
    finally:
        conn.close()
    return version


def _first_problem(problems: list[str]) -> str:
    """The first line of an integrity check that names a problem, not which database it is about."""
    lines = [line.strip() for problem in problems for line in str(problem).splitlines()]
    return next((line for line in lines if line and not line.startswith("*** in database")), str(problems[0]))


#: The files SQLite keeps beside a report while it works on it.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def check_file(path: Path) -> None:
    """Refuse, before anything opens it, a path that is not an ordinary file or has odd files beside it.

    SQLite opens the log, shared-memory and journal files beside a report, and the writer
    its lock file: a named pipe there would hang the program, a link would be written
    through, a folder would read as a disk that cannot be written. Only ``lstat`` looks
    at them, so nothing is opened, followed or changed.
    """
    if not path.exists():
        raise ReportError.of("no_file", path=path)
    if path.is_dir():
        raise ReportError.of("is_folder_not_report", path=path)
    kind = kind_of(path.stat().st_mode)
    if kind is not None:  # a device, a named pipe, a socket: reading one may never end
        raise ReportError.of("not_a_regular_file", path=path, kind=kind)
    check_companions(path)


def check_companions(path: Path) -> None:
    """Refuse a report whose log, shared-memory, journal or lock file is not an ordinary file (see check_file)."""
    real = path.resolve()  # SQLite names its files after the real path, as the lock is
    for companion in (*(real.with_name(real.name + suffix) for suffix in SQLITE_COMPANIONS), lock_path_for(path)):
        try:
            odd = kind_of(os.lstat(companion).st_mode)
        except OSError:
            continue  # none there, or a name too long to have one
        if odd is not None:
            raise ReportError.of("odd_companion", name=path.name, odd=companion.name, kind=odd)


def name_too_long(path: Path) -> bool:
    """True when a file beside the report (its journal, the longest) could not be named on its disk.

    Such a report can be read but never written: SQLite would fail at its first change with
    no better word than "unable to open database file".
    """
    real = path.resolve()
    longest = real.name + max(SQLITE_COMPANIONS, key=len)
    try:
        limit = os.pathconf(real.parent, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):  # Windows: 255 UTF-16 units on NTFS and exFAT
        limit = 255
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        return len(longest.encode("utf-16-le")) // 2 > limit
    return len(os.fsencode(longest)) > limit


class Failure(str, Enum):
    """What kind of failure a SQLite error is, as far as the person is concerned."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"
    BUSY = "busy"
    NOT_A_DATABASE = "not_a_database"
    DAMAGED = "damaged"
    OTHER = "other"


# SQLite's primary result codes (https://sqlite.org/rescode.html): an extended code's low byte.
# Only the codes are read: SQLite's messages are English words that may change between versions.
_BY_CODE = {sqlite3.SQLITE_FULL: Failure.DISK_FULL, sqlite3.SQLITE_READONLY: Failure.READ_ONLY,
            sqlite3.SQLITE_PERM: Failure.READ_ONLY, sqlite3.SQLITE_CANTOPEN: Failure.CANNOT_OPEN,
            sqlite3.SQLITE_BUSY: Failure.BUSY, sqlite3.SQLITE_LOCKED: Failure.BUSY,
            sqlite3.SQLITE_NOTADB: Failure.NOT_A_DATABASE, sqlite3.SQLITE_CORRUPT: Failure.DAMAGED}


def failure(path: Path, exc: sqlite3.Error) -> Failure:
    """Classify a SQLite error by its result code (``sqlite_errorcode``), never by its words.

    SQLite often reports a full disk only as an I/O error, so an I/O error on a disk with
    no room left is a full disk. An error without a code was raised by Python's sqlite3
    module itself (a closed connection, a misuse), not by the disk: it is OTHER.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return Failure.OTHER
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_IOERR:
        return Failure.DISK_FULL if disk_full(path) else Failure.OTHER
    return _BY_CODE.get(primary, Failure.OTHER)


def opening_error(path: Path, exc: sqlite3.Error) -> ReportError:
    """Why SQLite could not read a report, as the person can act on it; only real damage is "damaged"."""
    name = path.name
    kind = failure(path, exc)
    if kind is Failure.DISK_FULL:
        return ReportError.of("disk_full_open", name=name)
    if kind in (Failure.READ_ONLY, Failure.CANNOT_OPEN):
        return ReportError.of("read_only_medium", name=name)
    if kind is Failure.BUSY:
        return ReportError.of("cannot_open_reason", name=name, reason=Phrase("reason_busy"))
    if kind is Failure.NOT_A_DATABASE:
        return ReportError.of("damaged_header", name=name)
    return ReportError.of("damaged_problem", name=name, problem=str(exc))


#: Below this much free space, a failure to read or write a report is its disk being full.
ROOM_FOR_A_REPORT = 1024 * 1024


def disk_full(path: Path) -> bool:
    """True when the disk under ``path`` has no room left (SQLite often says only "disk I/O error" then)."""
    import shutil  # only when something failed

    try:
        return shutil.disk_usage(path.resolve().parent).free < ROOM_FOR_A_REPORT
    except OSError:
        return False


def _layout(version: int) -> tuple[set[tuple[str, str, str]], dict[str, list[tuple[object, ...]]]]:
    """The schema objects and table columns a report of ``version`` holds, built by the code that makes them."""
    reference = sqlite3.connect(":memory:")
    try:
        for statement in _SCHEMA_V1.split(";"):
            if statement.strip():
                reference.execute(statement)
        if version >= 2:
            for statement in _SCHEMA_V2_ADDITIONS:
                reference.execute(statement)
        return _objects(reference), _columns(reference)
    finally:
        reference.close()


# SQLite's own statistics tables, made by ANALYZE (a database tool, or an IT colleague tidying the
# file): plain numbers for the query planner that can run nothing, so a sound report keeps opening.
_SQLITE_STATISTICS = "name NOT IN ('sqlite_stat1', 'sqlite_stat2', 'sqlite_stat3', 'sqlite_stat4')"


def _objects(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    rows = conn.execute(f"SELECT type, name, tbl_name FROM sqlite_master WHERE {_SQLITE_STATISTICS}")
    return {(kind, name, table) for kind, name, table in rows}


def _columns(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    tables = [row[0] for row in conn.execute(
        f"SELECT name FROM sqlite_master WHERE type = 'table' AND {_SQLITE_STATISTICS} ORDER BY name")]
    return {table: conn.execute("SELECT * FROM pragma_table_xinfo(?)", (table,)).fetchall() for table in tables}


def _check_content(conn: sqlite3.Connection, version: int, name: str) -> None:
    """Refuse a file holding any trigger, view, table, index or column this program did not make.

    Such content would run, or weigh, on every change (a trigger can rewrite answers and
    cut the history); a report file comes by e-mail, so it is not trusted to be only data.
    """
    objects, columns = _layout(version)
    found = _objects(conn)
    if not {("table", t, t) for t in ("meta", "answers", "history")} <= found or not (
        version < 2 or {("table", t, t) for t in ("previous_answers", "events")} <= found
    ):
        raise ReportError.of("damaged_tables", name=name)
    foreign = sorted(found - objects)
    if foreign:
        raise ReportError.of(
            "report_foreign_content", name=name, what=", ".join(f"{kind} {item}" for kind, item, _ in foreign[:3])
        )
    changed = sorted(table for table, described in _columns(conn).items() if described != columns.get(table))
    if changed:
        raise ReportError.of("report_foreign_content", name=name, what=", ".join(f"table {t}" for t in changed))


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring a file up to SCHEMA_VERSION, one version per transaction."""
    for version in range(from_version, SCHEMA_VERSION):
        step = MIGRATIONS.get(version)
        if step is None:
            raise ReportError.of("no_migration", version=version)
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
