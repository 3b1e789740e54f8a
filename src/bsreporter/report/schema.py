"""The report file's SQLite schema: creation, connection settings, checks and migrations.

Durability: journal_mode=WAL with synchronous=FULL. In WAL mode FULL syncs the log
at every commit, so an answer acknowledged to the user survives a crash *and* a
power cut; NORMAL would only survive an application crash. The cost, one fsync
per answer change, is invisible at typing speed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from bsreporter.errors import ReportError

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
_SCHEMA_V2_ADDITIONS = ("""
CREATE TABLE previous_answers (
    question_id TEXT PRIMARY KEY,
    value       TEXT,                -- JSON, NULL when special
    special     TEXT CHECK (special IN ('not_applicable', 'not_available')),
    source      TEXT NOT NULL,       -- the file the answer came from
    imported_at TEXT NOT NULL
)
""", """
CREATE TABLE events (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    author TEXT NOT NULL,
    kind   TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
)
""")


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V2_ADDITIONS:
        conn.execute(statement)


#: MIGRATIONS[n] upgrades a file from schema version n to n + 1, inside one transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_1_to_2}


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """Open a connection with the program's settings (autocommit; explicit transactions)."""
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)
    else:
        # Bound to the thread that opens it (the window's): used from any other, SQLite refuses
        # loudly rather than mix a background read into the window's transaction.
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 2000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


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

    Reads only: a file that fails a check is left exactly as it was.
    """
    name = path.name
    if not path.exists():
        raise ReportError.of("no_file", path=path)
    if not path.is_file():
        raise ReportError.of("is_folder_not_report", path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise ReportError.of("cannot_read", name=name, reason=exc.strerror) from exc
    if not header:
        raise ReportError.of("report_empty", name=name)
    if not header.startswith(_SQLITE_MAGIC):
        raise ReportError.of("not_a_report", name=name)
    if len(header) < 100:
        raise ReportError.of("damaged_cut_short", name=name)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise ReportError.of("damaged_header", name=name)
    page_count = int.from_bytes(header[28:32], "big")
    header_count_valid = header[24:28] == header[92:96]
    if header_count_valid and page_count and size < page_size * page_count:
        raise ReportError.of("damaged_size", name=name, size=f"{size:,}", expected=f"{page_size * page_count:,}")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ReportError.of("database_not_report", name=name)
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise ReportError.of("cannot_open_reason", name=name, reason=str(exc)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise ReportError.of("newer_version", name=name, version=version, supported=SCHEMA_VERSION)
        if version < 1:
            raise ReportError.of("not_complete_report", name=name)
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise ReportError.of("damaged_problem", name=name, problem=problems[0])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"meta", "answers", "history"} <= tables or (version >= 2 and not {"previous_answers", "events"} <= tables):
            raise ReportError.of("damaged_tables", name=name)
    except sqlite3.DatabaseError as exc:
        raise ReportError.of("damaged_problem", name=name, problem=str(exc)) from exc
    finally:
        conn.close()
    return int(version)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring a file up to SCHEMA_VERSION, one version per transaction."""
    for version in range(from_version, SCHEMA_VERSION):
        step = MIGRATIONS.get(version)
        if step is None:
            raise ReportError(f"No way to update a report from file format {version}; this is a bug, please report it.")
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
