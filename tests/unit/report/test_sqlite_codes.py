"""SQLite failures are told apart by SQLite's result codes, never by the English words of its messages.

SQLite's messages are English and may change between versions; its result codes
(https://sqlite.org/rescode.html) do not. Each error here carries the code SQLite gives
and, on purpose, words that would mislead anything reading the text.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bsreporter.errors import ReportError
from bsreporter.report import schema
from bsreporter.report.backup import Reason, backup_folder, take_snapshot
from bsreporter.report.store import Report

#: Extended result codes: the primary code is the low byte.
SQLITE_BUSY_SNAPSHOT = 517
SQLITE_READONLY_DBMOVED = 1032
SQLITE_IOERR_WRITE = 778
SQLITE_CANTOPEN_ISDIR = 526
SQLITE_CORRUPT_INDEX = 779


def sqlite_error(code: int, name: str, words: str = "words that say nothing") -> sqlite3.OperationalError:
    """What the sqlite3 module raises for a failed call: SQLite's words, its result code and the code's name."""
    error = sqlite3.OperationalError(words)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


_WRITES = [
    (sqlite3.SQLITE_FULL, "SQLITE_FULL", "disk_full_report"),
    (sqlite3.SQLITE_READONLY, "SQLITE_READONLY", "report_not_writable"),
    (SQLITE_READONLY_DBMOVED, "SQLITE_READONLY_DBMOVED", "report_not_writable"),
    (sqlite3.SQLITE_PERM, "SQLITE_PERM", "report_not_writable"),
    (sqlite3.SQLITE_CANTOPEN, "SQLITE_CANTOPEN", "report_not_writable"),
    (sqlite3.SQLITE_BUSY, "SQLITE_BUSY", "report_busy"),
    (SQLITE_BUSY_SNAPSHOT, "SQLITE_BUSY_SNAPSHOT", "report_busy"),
    (sqlite3.SQLITE_LOCKED, "SQLITE_LOCKED", "report_busy"),
    (sqlite3.SQLITE_CORRUPT, "SQLITE_CORRUPT", "report_damaged_writing"),
    (SQLITE_CORRUPT_INDEX, "SQLITE_CORRUPT_INDEX", "report_damaged_writing"),
    (sqlite3.SQLITE_NOTADB, "SQLITE_NOTADB", "report_damaged_writing"),
    (SQLITE_IOERR_WRITE, "SQLITE_IOERR_WRITE", "report_write_failed"),  # with room left on the disk
]


@pytest.mark.parametrize(("code", "name", "key"), _WRITES, ids=[name for _, name, _ in _WRITES])
def test_a_failed_write_is_named_by_its_result_code(report: Report, code: int, name: str, key: str) -> None:
    with pytest.raises(ReportError) as raised, report.transaction():
        raise sqlite_error(code, name)
    assert raised.value.key == key
    for language in ("zh", "ar"):
        assert "words that say nothing" not in raised.value.text(language) or key == "report_write_failed"


@pytest.mark.parametrize(
    ("code", "name", "words"),
    [(sqlite3.SQLITE_ERROR, "SQLITE_ERROR", "database or disk is full"),
     (sqlite3.SQLITE_ERROR, "SQLITE_ERROR", "database is locked"),
     (sqlite3.SQLITE_CONSTRAINT, "SQLITE_CONSTRAINT", "attempt to write a readonly database")],
)
def test_english_words_without_their_code_say_nothing_about_the_disk(report: Report, code: int, name: str,
                                                                     words: str) -> None:
    with pytest.raises(ReportError) as raised, report.transaction():
        raise sqlite_error(code, name, words)
    assert raised.value.key == "report_write_failed"


def test_an_error_raised_by_python_itself_carries_no_code_and_is_not_guessed_from_its_words(tmp_path: Path) -> None:
    error = sqlite3.ProgrammingError("database or disk is full")  # no sqlite_errorcode: not from SQLite
    assert schema.failure(tmp_path / "r.bsr", error) is schema.Failure.OTHER


_OPENING = [
    (sqlite3.SQLITE_FULL, "SQLITE_FULL", "disk_full_open"),
    (sqlite3.SQLITE_READONLY, "SQLITE_READONLY", "read_only_medium"),
    (sqlite3.SQLITE_CANTOPEN, "SQLITE_CANTOPEN", "read_only_medium"),
    (SQLITE_CANTOPEN_ISDIR, "SQLITE_CANTOPEN_ISDIR", "read_only_medium"),
    (sqlite3.SQLITE_BUSY, "SQLITE_BUSY", "cannot_open_reason"),
    (sqlite3.SQLITE_NOTADB, "SQLITE_NOTADB", "damaged_header"),
    (sqlite3.SQLITE_CORRUPT, "SQLITE_CORRUPT", "damaged_problem"),
    (sqlite3.SQLITE_ERROR, "SQLITE_ERROR", "damaged_problem"),
]


@pytest.mark.parametrize(("code", "name", "key"), _OPENING, ids=[name for _, name, _ in _OPENING])
def test_a_failure_to_open_is_named_by_its_result_code(tmp_path: Path, code: int, name: str, key: str) -> None:
    assert schema.opening_error(tmp_path / "r.bsr", sqlite_error(code, name, "database is locked")).key == key


def test_a_busy_report_says_why_in_the_persons_language(tmp_path: Path) -> None:
    error = schema.opening_error(tmp_path / "r.bsr", sqlite_error(sqlite3.SQLITE_BUSY, "SQLITE_BUSY", "database is locked"))
    assert "locked" not in error.text("fr") and "locked" not in error.text("zh")


@pytest.mark.parametrize(
    ("code", "name", "words", "key"),
    [(sqlite3.SQLITE_CANTOPEN, "SQLITE_CANTOPEN", "words that say nothing", "backup_folder_not_writable"),
     (sqlite3.SQLITE_READONLY, "SQLITE_READONLY", "words that say nothing", "backup_folder_not_writable"),
     (sqlite3.SQLITE_FULL, "SQLITE_FULL", "words that say nothing", "backup_failed"),
     (sqlite3.SQLITE_ERROR, "SQLITE_ERROR", "unable to open database file", "backup_failed")],
    ids=["cantopen", "readonly", "full", "words only"],
)
def test_a_backup_that_cannot_be_made_is_named_by_the_result_code(
    report: Report, monkeypatch: pytest.MonkeyPatch, code: int, name: str, words: str, key: str
) -> None:
    folder = backup_folder(report.path)
    real_connect = sqlite3.connect

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(database).startswith(str(folder)):
            raise sqlite_error(code, name, words)
        return real_connect(database, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(ReportError) as caught:
        take_snapshot(report, Reason.OPENED)
    assert caught.value.key == key
    if code == sqlite3.SQLITE_FULL:
        assert "words that say nothing" not in caught.value.text("es")
