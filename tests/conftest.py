"""Fixtures shared by every test folder: an isolated user folder, real report files, and the small form."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report import lock as lock_module
from bsreporter.report.store import Report
from fixture_forms import SMALL_FORM, install_form, write_form


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test's data, backups and logs out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BSREPORTER_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def form() -> Questionnaire:
    """The installed Strategic Plan questionnaire."""
    return installed_questionnaire()


@pytest.fixture
def report(tmp_path: Path, form: Questionnaire) -> Iterator[Report]:
    """A new, empty report file for the fictional Republic of Arcadia."""
    with Report.create(tmp_path / "arcadia.bsr", party="Republic of Arcadia", form=form, author="tester") as opened:
        yield opened


@pytest.fixture(scope="session")
def small_form_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the small form the engine's tests answer (see fixture_forms.SMALL_FORM)."""
    return write_form(tmp_path_factory.mktemp("small-form"), SMALL_FORM)


@pytest.fixture
def small_form(monkeypatch: pytest.MonkeyPatch, small_form_folder: Path) -> Questionnaire:
    """The small form, installed for this test so that a report of it opens like any other."""
    return install_form(monkeypatch, small_form_folder)


@pytest.fixture
def small_report(tmp_path: Path, small_form: Questionnaire) -> Iterator[Report]:
    """A new, empty report of the small form for the fictional Republic of Arcadia."""
    with Report.create(tmp_path / "arcadia.bsr", party="Republic of Arcadia", form=small_form,
                       author="tester") as opened:
        yield opened


@pytest.fixture
def read_only_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make everything under a folder behave as on a read-only disk (the tests may run as root, who writes anyway)."""
    return lambda folder: _read_only_medium(monkeypatch, folder)


def _read_only_medium(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    # What such a disk does: no write access, no file opened for writing, SQLite cannot write
    # and cannot make the shared-memory file a reader of a logged file needs.
    real_access, real_open, real_connect = os.access, open, sqlite3.connect

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve().is_relative_to(folder):
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    def open_(path: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if any(flag in mode for flag in "wa+") and Path(str(path)).resolve().is_relative_to(folder):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, mode, *args, **kwargs)  # type: ignore[call-overload]

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        name = str(database)
        if str(folder) in name and "immutable=1" not in name:
            if "mode=ro" not in name:
                raise sqlite_error("attempt to write a readonly database", sqlite3.SQLITE_READONLY, "SQLITE_READONLY")
            if not Path(name.split("?")[0].removeprefix("file:") + "-shm").exists():
                raise sqlite_error("unable to open database file", sqlite3.SQLITE_CANTOPEN, "SQLITE_CANTOPEN")
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(lock_module, "open", open_, raising=False)
    monkeypatch.setattr(sqlite3, "connect", connect)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Make SQLite find the disk under a report full, as it does when it cannot make the files a reader needs.

    ``full_disk(path)`` gives SQLite's own words for it; ``full_disk(path, "disk I/O error")`` what it
    says on some systems instead, with the disk then showing no free space.
    """
    real_connect = sqlite3.connect

    def fill(path: Path, message: str = "database or disk is full") -> None:
        class FullDisk(sqlite3.Connection):
            def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
                if not sql.lstrip().upper().startswith(_SETTINGS):  # settings live in memory; reading needs the disk
                    raise sqlite_error(message, *_CODE_OF_WORDS[message])
                return super().execute(sql, *args)  # type: ignore[arg-type]

        def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
            if str(path) in str(database) or str(path.resolve().as_uri()) in str(database):
                kwargs["factory"] = FullDisk
            return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(sqlite3, "connect", connect)
        real_usage = shutil.disk_usage
        monkeypatch.setattr(shutil, "disk_usage", lambda where: real_usage(where)._replace(free=0))

    return fill


_SETTINGS = tuple(f"PRAGMA {name}" for name in ("BUSY_TIMEOUT", "FOREIGN_KEYS", "TRUSTED_SCHEMA", "SYNCHRONOUS"))
#: The result code SQLite gives with each of its messages for a full disk.
_CODE_OF_WORDS = {"database or disk is full": (sqlite3.SQLITE_FULL, "SQLITE_FULL"),
                  "disk I/O error": (778, "SQLITE_IOERR_WRITE")}


def sqlite_error(message: str, code: int, name: str) -> sqlite3.OperationalError:
    """What the sqlite3 module raises for a failed call: SQLite's words, its result code and the code's name."""
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error
