"""The atomic-write helper: the destination is either the old file or the complete new one."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from bsreporter import atomic
from bsreporter.atomic import atomic_write, check_writable, write_bytes_atomically
from bsreporter.errors import ExchangeError, ReportError


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_new_file_is_written_whole_and_no_temporary_file_remains(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    write_bytes_atomically(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert _leftovers(tmp_path) == []


def test_existing_file_is_replaced_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_gets_ordinary_document_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    umask = os.umask(0o022)
    try:
        write_bytes_atomically(target, b"x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not mkstemp's owner-only 0o600


def test_failure_while_writing_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_write(target) as stream:
        stream.write(b"half of the new")
        raise RuntimeError("the export failed half-way")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_full_disk_gives_a_clear_error_and_leaves_nothing_half_written(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(ExchangeError, match=r"disk is full.*'report\.pdf'.*left as it was"):
        write_bytes_atomically(target, b"new content")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_read_only_disk_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(**kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(ExchangeError, match=r"read-only.*nothing was written.*another folder"):
        write_bytes_atomically(tmp_path / "report.xlsx", b"x")
    assert not (tmp_path / "report.xlsx").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="folder permissions are not enforced for root or outside POSIX")
def test_folder_without_write_permission_gives_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExchangeError, match="cannot be written"):
            write_bytes_atomically(folder / "report.pdf", b"x")
    finally:
        folder.chmod(0o755)


def test_destination_locked_by_another_program_gives_a_clear_error(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # What Windows reports when a spreadsheet holds the old file open.
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")

    def locked(source: object, destination: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(ExchangeError, match=r"open in another program.*close it"):
        write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_read_only_destination_is_refused_before_any_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(atomic.os, "access", lambda path, mode: False)
    with pytest.raises(ExchangeError, match="read-only"):
        check_writable(target)


def test_missing_folder_and_folder_as_destination_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="does not exist"):
        write_bytes_atomically(tmp_path / "no-such-folder" / "out.pdf", b"x")
    with pytest.raises(ExchangeError, match="is a folder"):
        write_bytes_atomically(tmp_path, b"x")


def test_error_type_can_be_chosen_by_the_layer_that_writes(tmp_path: Path) -> None:
    with pytest.raises(ReportError):
        write_bytes_atomically(tmp_path / "missing" / "copy.bsr", b"x", error=ReportError)


_HALF_WRITER = """
import sys
from pathlib import Path
from bsreporter.atomic import atomic_write
with atomic_write(Path(sys.argv[1])) as stream:
    stream.write(b"half of the new")
    stream.flush()
    print("writing", flush=True)
    sys.stdin.readline()  # held here, mid-write, until told to finish or killed
    stream.write(b" and the rest")
"""


def _half_writer(target: Path) -> subprocess.Popen[str]:
    """Another program writing ``target`` through the helper, stopped half-way."""
    process = subprocess.Popen([sys.executable, "-c", _HALF_WRITER, str(target)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "writing"
    return process


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_temporary_file_of_a_killed_writer_is_removed_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    writer = _half_writer(target)
    writer.send_signal(signal.SIGKILL)
    writer.communicate(timeout=30)
    assert len(_leftovers(tmp_path)) == 1  # a killed program cannot clean up after itself
    assert target.read_bytes() == b"old"
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_temporary_file_of_a_writer_still_at_work_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    writer = _half_writer(target)
    try:
        write_bytes_atomically(target, b"ours")
        assert len(_leftovers(tmp_path)) == 1
    finally:
        writer.communicate("finish\n", timeout=30)
    assert writer.returncode == 0
    assert target.read_bytes() == b"half of the new and the rest"
    assert _leftovers(tmp_path) == []


def _sqlite_file(path: Path) -> bytes:
    import sqlite3

    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE answers (question_id TEXT)")
    connection.commit()
    connection.close()
    return path.read_bytes()


def test_an_export_replaces_an_earlier_file_of_its_kind_or_an_empty_one(tmp_path: Path) -> None:
    earlier = tmp_path / "report.pdf"
    earlier.write_bytes(b"%PDF-1.4 earlier export")
    write_bytes_atomically(earlier, b"%PDF-1.7 new export", kind=atomic.PDF)
    assert earlier.read_bytes() == b"%PDF-1.7 new export"
    empty = tmp_path / "summary.xlsx"
    empty.touch()
    write_bytes_atomically(empty, b"PK\x03\x04 workbook", kind=atomic.XLSX)
    assert empty.read_bytes() == b"PK\x03\x04 workbook"
    write_bytes_atomically(tmp_path / "no-ending", b"%PDF-1.7", kind=atomic.PDF)  # a new name destroys nothing


@pytest.mark.parametrize(("name", "message"), [
    ("colleague.bsr", "is a bsreporter report"),
    ("renamed.pdf", "is a bsreporter report"),
    ("data.sqlite", "is a bsreporter report"),
])
def test_an_export_never_replaces_a_report_or_any_sqlite_database(name: str, message: str, tmp_path: Path) -> None:
    target = tmp_path / name
    before = _sqlite_file(target)
    with pytest.raises(ExchangeError, match=message):
        write_bytes_atomically(target, b"%PDF-1.7", kind=atomic.PDF)
    assert target.read_bytes() == before and _leftovers(tmp_path) == []


def test_an_export_is_never_named_as_a_report(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match=r"ends in \.bsr.*ending in \.pdf"):
        write_bytes_atomically(tmp_path / "new.BSR", b"%PDF-1.7", kind=atomic.PDF)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "content", "kind", "message"), [
    ("budget.xlsx", b"PK\x03\x04 workbook", atomic.PDF, "is not a PDF"),
    ("letter.docx", b"PK\x03\x04 document", atomic.PDF, "is not a PDF"),
    ("printout.pdf", b"%PDF-1.4", atomic.XLSX, "is not an XLSX"),
    ("notes.pdf", b"plain notes named .pdf", atomic.PDF, "is not a PDF"),
    ("notes.xlsx", b"plain notes named .xlsx", atomic.XLSX, "is not an XLSX"),
])
def test_an_export_never_replaces_a_file_of_another_kind(name: str, content: bytes, kind: atomic.FileKind,
                                                         message: str, tmp_path: Path) -> None:
    target = tmp_path / name
    target.write_bytes(content)
    with pytest.raises(ExchangeError, match=message):
        check_writable(target, kind=kind)
    with pytest.raises(ExchangeError, match=message):
        write_bytes_atomically(target, kind.signature + b" new", kind=kind)
    assert target.read_bytes() == content and _leftovers(tmp_path) == []


def test_an_export_never_replaces_one_of_its_inputs_however_it_is_named(tmp_path: Path) -> None:
    source = tmp_path / "contribution.xlsx"
    source.write_bytes(b"PK\x03\x04 a colleague's workbook")
    link = tmp_path / "link.xlsx"
    os.link(source, link)
    for target in (source, link, tmp_path / "sub" / ".." / "contribution.xlsx"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        with pytest.raises(ExchangeError, match="is one of the files this command reads"):
            write_bytes_atomically(target, b"PK\x03\x04 summary", kind=atomic.XLSX, inputs=[source])
    assert source.read_bytes() == b"PK\x03\x04 a colleague's workbook"


def test_a_report_put_in_place_while_an_export_is_written_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(ExchangeError, match="is a bsreporter report"), atomic_write(target, kind=atomic.PDF) as stream:
        stream.write(b"%PDF-1.7")
        before = _sqlite_file(target)  # another program saved a report under this name meanwhile
    assert target.read_bytes() == before and _leftovers(tmp_path) == []


def test_plain_writes_without_a_kind_replace_any_file(tmp_path: Path) -> None:
    target = tmp_path / "copy.bsr"
    _sqlite_file(target)
    write_bytes_atomically(target, b"SQLite format 3\x00 newer copy")
    assert target.read_bytes().endswith(b"newer copy")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("kind", [atomic.PDF, None], ids=["an export", "a plain write"])
def test_writing_over_a_named_pipe_is_refused_at_once(tmp_path: Path, kind: atomic.FileKind | None) -> None:
    # Opening a named pipe to look inside waits for a writer that never comes.
    pipe = tmp_path / "report.pdf"
    os.mkfifo(pipe)
    outcome: list[BaseException | None] = []

    def check() -> None:
        try:
            check_writable(pipe, kind=kind)
            outcome.append(None)
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)

    worker = threading.Thread(target=check, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # it waits on the pipe: give it a writer so the test ends, and fail
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("checking the destination waited on the named pipe")
    assert isinstance(outcome[0], ExchangeError) and "not an ordinary file" in str(outcome[0])
