"""A report file is opened through SQLite only, refused when it carries content that is not ours, opened
read-only from a read-only disk, locked on its real path, and never changed by opening or refusing."""

from __future__ import annotations

import errno
import getpass
import hashlib
import os
import shutil
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from bsreporter import cli
from bsreporter.errors import ReportError
from bsreporter.form.model import Questionnaire
from bsreporter.report import schema, session_log
from bsreporter.report.backup import Reason, backup_folder, take_snapshot
from bsreporter.report.store import Report


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed(tmp_path: Path, small_form: Questionnaire) -> Path:
    """A closed report with one answer."""
    form = small_form
    path = tmp_path / "arcadia.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("contact_name", "Dr. Ana Silva")
    return path


# -- content that is not ours -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "what"),
    [
        ("CREATE TRIGGER rewrite AFTER UPDATE ON answers BEGIN "
         "UPDATE answers SET value = '\"forged\"'; DELETE FROM history WHERE id > 1; END", "trigger rewrite"),
        ("CREATE VIEW answers_view AS SELECT * FROM answers", "view answers_view"),
        ("CREATE TABLE padding (blob BLOB)", "table padding"),
        ("CREATE INDEX answers_by_author ON answers (author)", "index answers_by_author"),
    ],
    ids=["trigger", "view", "extra table", "extra index"],
)
def test_report_with_content_that_is_not_ours_is_refused_untouched(closed: Path, statement: str, what: str) -> None:
    conn = sqlite3.connect(closed)
    conn.execute(statement)
    conn.commit()
    conn.close()
    digest = _digest(closed)
    for read_only in (False, True):
        with pytest.raises(ReportError) as caught:
            Report.open(closed, read_only=read_only)
        assert caught.value.key == "report_foreign_content"
        assert what in str(caught.value)
    assert _digest(closed) == digest


def test_a_changed_column_is_refused(closed: Path) -> None:
    conn = sqlite3.connect(closed)
    conn.execute("ALTER TABLE answers ADD COLUMN extra TEXT DEFAULT 'padding'")
    conn.commit()
    conn.close()
    with pytest.raises(ReportError) as caught:
        Report.open(closed)
    assert caught.value.key == "report_foreign_content"


def test_every_connection_distrusts_the_file_schema(closed: Path) -> None:
    for read_only in (False, True):
        conn = schema.connect(closed, read_only=read_only)
        assert conn.execute("PRAGMA trusted_schema").fetchone() == (0,)
        conn.close()


# -- read-only disk, full disk --------------------------------------------------------------


def test_report_on_a_read_only_disk_is_opened_read_only_not_called_damaged(
    closed: Path, read_only_disk: Callable[[Path], None]
) -> None:
    digest = _digest(closed)
    read_only_disk(closed.parent)
    with pytest.raises(ReportError) as caught:
        Report.open(closed)
    assert caught.value.key == "read_only_medium"
    assert "read-only" in str(caught.value) and "copy it to a folder of yours" in str(caught.value)
    with Report.open(closed, read_only=True) as report:
        assert report.answer("contact_name").value == "Dr. Ana Silva"  # type: ignore[union-attr]
    assert _digest(closed) == digest


@pytest.mark.parametrize("words", ["database or disk is full", "disk I/O error"])
def test_report_on_a_full_disk_is_not_called_damaged(closed: Path, full_disk: Callable[..., None], words: str) -> None:
    full_disk(closed, words)
    for read_only in (False, True):
        with pytest.raises(ReportError) as caught:
            Report.open(closed, read_only=read_only)
        assert caught.value.key == "disk_full_open"


def test_new_report_on_a_full_disk_leaves_nothing_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_create = schema.create

    def create(conn: sqlite3.Connection, meta: dict[str, str]) -> None:
        real_create(conn, meta)
        raise sqlite3.OperationalError("disk I/O error")  # what SQLite says when the log cannot grow

    monkeypatch.setattr(schema, "create", create)
    monkeypatch.setattr(shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9, 0))  # type: ignore[attr-defined]
    assert cli.main(["new", str(tmp_path / "r.bsr"), "--party", "Arcadia"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "disk" in err and "full" in err and "unexpected" not in err
    assert list(tmp_path.iterdir()) == []


def test_new_report_whose_disk_fills_while_answering_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_form: Questionnaire
) -> None:
    form = small_form
    def full(self: Report, *args: object, **kwargs: object) -> None:
        raise ReportError.of("disk_full_report", name=self.path.name)

    monkeypatch.setattr(Report, "set_answer", full)
    with pytest.raises(ReportError) as caught:
        Report.create(tmp_path / "r.bsr", party="Arcadia", form=form)
    assert "full" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


# -- locks and backups on the real path -------------------------------------------------------


def test_report_opened_through_a_link_shares_the_lock_of_its_real_path(closed: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere" / "link.bsr"
    link.parent.mkdir()
    link.symlink_to(closed)
    with Report.open(closed) as report:
        with pytest.raises(ReportError) as caught:
            Report.open(link)
        assert caught.value.key == "lock_held"
        assert getpass.getuser() in str(caught.value) and socket.gethostname() in str(caught.value)
        assert backup_folder(link) == backup_folder(closed)
        report.set_answer("contact_title", "still the only writer")


# -- the holder is always named ----------------------------------------------------------------


def test_holder_is_named_even_when_its_note_cannot_be_read(closed: Path) -> None:
    with Report.open(closed):
        lock_file = closed.with_name(closed.name + ".lock")
        lock_file.write_text("")  # a note not yet written, or cut short
        with pytest.raises(ReportError) as caught:
            Report.open(closed)
    text = str(caught.value)
    assert getpass.getuser() in text and "(since " in text and "another bsreporter window" not in text


# -- opening and refusing change nothing ---------------------------------------------------------


def test_opening_and_closing_a_rollback_journal_report_leaves_its_bytes(closed: Path) -> None:
    conn = sqlite3.connect(closed)
    conn.execute("PRAGMA journal_mode = DELETE")  # as the bundled demo report is
    conn.close()
    digest = _digest(closed)
    with Report.open(closed) as report:
        take_snapshot(report, Reason.OPENED)
        assert report.answer("contact_name").value == "Dr. Ana Silva"  # type: ignore[union-attr]
    assert _digest(closed) == digest
    assert sorted(p.name for p in closed.parent.iterdir()) == [closed.name]


def test_backup_into_a_folder_that_cannot_be_written_says_so(closed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Report.open(closed, read_only=True) as report:
        folder = backup_folder(closed)
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.write_text("")  # stands where the folder should be: nothing can be written into it
        real_connect = sqlite3.connect

        def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
            if str(database).startswith(str(folder)):
                raise _cannot_open()
            return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(sqlite3, "connect", connect)
        folder.unlink()
        with pytest.raises(ReportError) as caught:
            take_snapshot(report, Reason.OPENED)
    assert caught.value.key == "backup_folder_not_writable"
    assert str(folder) in str(caught.value)


def test_refused_import_into_the_demo_report_leaves_its_bytes(tmp_path: Path) -> None:
    from bsreporter.demo import bundled_demo_path
    from bsreporter.errors import ExchangeError
    from bsreporter.exchange.sources import plan_import_file

    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    digest = _digest(demo)
    not_a_workbook = tmp_path / "answers.xlsx"
    not_a_workbook.write_text("question,answer\n1.1.1,yes\n")
    with Report.open(demo) as report:
        take_snapshot(report, Reason.OPENED)
        with pytest.raises(ExchangeError):
            plan_import_file(report, not_a_workbook)
    assert _digest(demo) == digest


def test_holder_note_that_a_full_disk_kept_from_being_written_does_not_stop_closing(
    closed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = Report.open(closed)
    handle = report._lock._handle  # type: ignore[union-attr]
    assert handle is not None
    real_close = handle.close

    def close() -> None:
        real_close()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # the note still buffered cannot be flushed

    monkeypatch.setattr(handle, "close", close)
    report.close()
    with Report.open(closed) as again:
        assert again.answer("contact_name").value == "Dr. Ana Silva"  # type: ignore[union-attr]


def test_command_line_says_when_changes_for_another_file_were_set_aside(
    closed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    colleague = tmp_path / "colleague.bsr"
    shutil.copyfile(closed, colleague)
    log = closed.with_name(closed.name + "-wal")
    with Report.open(closed) as report:
        report.set_answer("contact_name", "answer of the lost session")
        left_behind = log.read_bytes()  # what a crash at this moment leaves beside the file
    shutil.copyfile(colleague, closed)
    log.write_bytes(left_behind)
    assert cli.main(["get", str(closed), "contact_name"]) == 0
    captured = capsys.readouterr()
    assert '"Dr. Ana Silva"' in captured.out
    assert captured.err.startswith("bsreporter: warning: Beside 'arcadia.bsr' lay unsaved changes")
    assert "arcadia.bsr-wal.orphan-" in captured.err


def test_backup_of_the_session_put_over_the_report_does_not_take_the_session_log(closed: Path) -> None:
    log = closed.with_name(closed.name + "-wal")
    with Report.open(closed) as report:
        report.set_answer("contact_title", "in the backup")
        backup = take_snapshot(report, Reason.ROLLING)
        report.set_answer("contact_title", "after the backup")
        left_behind = log.read_bytes()  # what a crash at this moment leaves beside the file
    shutil.copyfile(backup.path, closed)  # the person restores the backup by hand
    log.write_bytes(left_behind)
    with Report.open(closed) as report:
        assert report.answer("contact_title").value == "in the backup"  # type: ignore[union-attr]
        assert report.set_aside_log is not None


def test_log_of_a_session_whose_mark_a_reader_kept_out_of_the_file_is_still_its_own(
    closed: Path, tmp_path: Path
) -> None:
    reader = sqlite3.connect(closed)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM answers").fetchone()  # a read in progress: nothing is copied into the file
    with Report.open(closed) as report:
        report.set_answer("contact_title", "typed while a copy was being read")
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        shutil.copyfile(closed, crashed / closed.name)  # the file and its log as a crash at this moment leaves them
        shutil.copyfile(closed.with_name(closed.name + "-wal"), crashed / (closed.name + "-wal"))
        reader.rollback()
    reader.close()
    with Report.open(crashed / closed.name) as report:
        assert report.set_aside_log is None
        assert report.answer("contact_title").value == "typed while a copy was being read"  # type: ignore[union-attr]


def test_copies_of_a_report_are_each_a_file_of_their_own(closed: Path) -> None:
    with Report.open(closed) as report:
        report.set_answer("contact_title", "x")
        first, second = take_snapshot(report, Reason.ROLLING), take_snapshot(report, Reason.ROLLING)
    marks = set()
    for path in (closed, first.path, second.path):
        conn = sqlite3.connect(path)
        marks.add(conn.execute("SELECT value FROM meta WHERE key = ?", (session_log.SESSION_KEY,)).fetchone())
        conn.close()
    assert len(marks) == 3 and None not in marks


def test_new_report_in_a_read_only_folder_says_it_cannot_be_created(
    tmp_path: Path, small_form: Questionnaire, read_only_disk: Callable[[Path], None]
) -> None:
    form = small_form
    read_only_disk(tmp_path)
    with pytest.raises(ReportError) as caught:
        Report.create(tmp_path / "r.bsr", party="Arcadia", form=form)
    assert caught.value.key == "cannot_create_report"
    assert "cannot be written" in str(caught.value)
    assert "file system" not in caught.value.text("fr")  # the reason in the person's language, not the system's
    assert list(tmp_path.iterdir()) == []


def _io_error(code: int) -> sqlite3.OperationalError:
    # What SQLite raises when a write to the disk fails: a message and its extended result code.
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


SQLITE_IOERR_WRITE = 778


def test_a_write_that_fails_with_an_io_error_on_a_full_disk_says_the_disk_is_full(
    small_report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = small_report
    real_usage = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda where: real_usage(where)._replace(free=0))
    with pytest.raises(ReportError) as raised, report.transaction():
        raise _io_error(SQLITE_IOERR_WRITE)
    assert raised.value.key == "disk_full_report"


def test_a_write_that_fails_with_an_io_error_with_room_left_is_not_called_a_full_disk(small_report: Report) -> None:
    report = small_report
    with pytest.raises(ReportError) as raised, report.transaction():
        raise _io_error(SQLITE_IOERR_WRITE)
    assert raised.value.key == "report_write_failed"


@pytest.mark.parametrize(("code", "kind"), [(13, schema.Failure.DISK_FULL), (8, schema.Failure.READ_ONLY),
                                            (5, schema.Failure.BUSY), (26, schema.Failure.NOT_A_DATABASE),
                                            (1032, schema.Failure.READ_ONLY)])
def test_sqlite_errors_are_known_by_their_codes_not_their_words(tmp_path: Path, code: int,
                                                                 kind: schema.Failure) -> None:
    error = sqlite3.OperationalError("words that say nothing")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    assert schema.failure(tmp_path / "r.bsr", error) is kind


def test_a_report_on_a_full_disk_can_still_be_read(closed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A closed report keeps its log mode; reading it needs a shared-memory index that a full
    # disk has no room for. Nothing but the file holds answers then, so it is read as it is.
    assert not schema.wal_path(closed).exists()
    real_connect, real_usage = sqlite3.connect, shutil.disk_usage

    class NoRoomForTheIndex(sqlite3.Connection):
        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
            if not sql.lstrip().upper().startswith("PRAGMA TRUSTED_SCHEMA"):
                raise _io_error(SQLITE_IOERR_WRITE)
            return super().execute(sql, *args)  # type: ignore[arg-type]

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(closed.name) in str(database) and "immutable=1" not in str(database):
            kwargs["factory"] = NoRoomForTheIndex
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(shutil, "disk_usage", lambda where: real_usage(where)._replace(free=0))
    with Report.open(closed, read_only=True) as report:
        assert report.answers()["contact_name"].value


@pytest.mark.parametrize(
    "tidy",
    ["ANALYZE", "PRAGMA page_size = 1024; VACUUM", "PRAGMA auto_vacuum = FULL; VACUUM"],
    ids=["analyzed", "vacuumed with another page size", "vacuumed with auto-vacuum"],
)
def test_a_report_tidied_by_a_database_tool_still_opens_with_its_answers(closed: Path, tidy: str) -> None:
    # What an IT colleague may do with a database tool: statistics (ANALYZE adds sqlite_stat1)
    # or a rebuilt file. Nothing of it can run, so the report is sound and must not be refused.
    conn = sqlite3.connect(closed)
    conn.executescript(tidy)
    conn.close()
    with Report.open(closed) as report:
        assert report.answers()["contact_name"].value == "Dr. Ana Silva"
        report.set_answer("contact_title", "Director")


def _cannot_open() -> sqlite3.OperationalError:
    # What SQLite raises when it cannot open or create a file: its words and its result code.
    error = sqlite3.OperationalError("unable to open database file")
    error.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN  # type: ignore[attr-defined]
    error.sqlite_errorname = "SQLITE_CANTOPEN"  # type: ignore[attr-defined]
    return error
