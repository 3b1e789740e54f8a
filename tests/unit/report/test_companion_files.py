"""The files beside a report (its lock, SQLite's log, shared memory and journal) and the report's own name:
a second name of the file, a lock that is a link, named pipes and folders, and names too long for the disk
are refused with a message that says so, and never write through, hang, or lose an answer."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from bsreporter.errors import ReportError
from bsreporter.form.model import Questionnaire
from bsreporter.report import schema
from bsreporter.report.backup import Reason, backup_folder, list_backups, take_snapshot
from bsreporter.report.lock import holder_phrase, is_held
from bsreporter.report.store import ReadOnlyReason, Report

T = TypeVar("T")

#: Generous: these calls take milliseconds; a call still running by then is blocked on a named pipe.
_HUNG_AFTER_S = 60


def _without_hanging(call: Callable[[], T]) -> T:
    """Run ``call``; fail (instead of hanging the test run) when it blocks, as on a named pipe."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed back to the test
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(_HUNG_AFTER_S)
    assert not worker.is_alive(), "the call hung (it opened a named pipe)"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


@pytest.fixture
def closed(tmp_path: Path, small_form: Questionnaire) -> Path:
    """A closed report with one answer."""
    form = small_form
    path = tmp_path / "arcadia.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("contact_name", "Dr. Ana Silva")
    return path


# -- a report file with two names --------------------------------------------------------------------------


def test_report_with_a_second_name_is_never_opened_for_editing(closed: Path, small_form: Questionnaire) -> None:
    form = small_form
    second = closed.with_name("second name.bsr")
    with Report.open(closed, form=form) as holder:
        os.link(closed, second)
        with pytest.raises(ReportError) as caught:
            Report.open(second, form=form)  # its own lock and log: two writers of one file
        assert caught.value.key == "hard_linked"
        assert "another name (a hard link)" in str(caught.value) and "make a copy" in str(caught.value)
        holder.set_answer("contact_name", "kept")
    for name in (closed, second):
        with pytest.raises(ReportError) as caught:
            Report.open(name, form=form)
        assert caught.value.key == "hard_linked"
    with Report.open(second, read_only=True, form=form) as looking:
        assert looking.answer("contact_name").value == "kept"  # type: ignore[union-attr]
        assert looking.read_only_reason is ReadOnlyReason.HARD_LINKED
    second.unlink()
    with Report.open(closed, form=form) as report:  # one name again: editable
        assert not report.read_only


# -- a lock file that is not a plain file ------------------------------------------------------------------


def test_lock_file_that_is_a_link_is_refused_and_its_target_left_alone(closed: Path, tmp_path: Path,
                                                                        small_form: Questionnaire) -> None:
    form = small_form
    target = tmp_path / "t.txt"
    target.write_text("SECRET\n")
    lock = closed.with_name(closed.name + ".lock")
    lock.symlink_to(target)
    for read_only in (False, True):
        with pytest.raises(ReportError) as caught:
            Report.open(closed, read_only=read_only, form=form)
        assert caught.value.key == "odd_companion"
        assert "'arcadia.bsr.lock' is a link" in str(caught.value) and "Remove or rename" in str(caught.value)
    new = tmp_path / "new.bsr"
    new.with_name(new.name + ".lock").symlink_to(target)
    with pytest.raises(ReportError) as caught:
        Report.create(new, party="Arcadia", form=form)
    assert caught.value.key == "odd_companion"
    assert not new.exists()
    assert target.read_text() == "SECRET\n"


def test_lock_file_made_a_link_after_the_check_is_not_written_through(closed: Path, tmp_path: Path) -> None:
    from bsreporter.report.lock import WriterLock

    target = tmp_path / "t.txt"
    target.write_text("SECRET\n")
    closed.with_name(closed.name + ".lock").symlink_to(target)
    with pytest.raises(ReportError) as caught:
        WriterLock(closed).acquire()  # the lock itself never follows a link, whatever was checked before
    assert caught.value.key == "odd_companion"
    assert target.read_text() == "SECRET\n"


# -- companions that are named pipes, folders or links -----------------------------------------------------


def _make(kind: str, path: Path) -> None:
    if kind == "named pipe":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to(path.with_name("elsewhere"))


@pytest.mark.parametrize("suffix", [".lock", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("kind", ["named pipe", "folder", "link"])
def test_odd_companion_is_refused_by_name_without_hanging(closed: Path, small_form: Questionnaire, suffix: str,
                                                          kind: str) -> None:
    form = small_form
    if kind == "named pipe" and not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes")
    odd = closed.with_name(closed.name + suffix)
    _make(kind, odd)
    before = closed.read_bytes()
    for read_only in (False, True):
        with pytest.raises(ReportError) as caught:
            _without_hanging(lambda ro=read_only: Report.open(closed, read_only=ro, form=form))
        text = str(caught.value)
        assert caught.value.key == "odd_companion", text
        assert f"'{odd.name}' is a {kind}" in text
        assert "read-only" not in text and "damaged" not in text
    with pytest.raises(ReportError) as caught:
        _without_hanging(lambda: schema.inspect(closed))  # what `bsreporter get` and `check` read through
    assert caught.value.key == "odd_companion"
    assert closed.read_bytes() == before


def test_lock_that_is_a_named_pipe_is_read_without_hanging(closed: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes")
    os.mkfifo(closed.with_name(closed.name + ".lock"))
    assert _without_hanging(lambda: is_held(closed)) is False
    assert _without_hanging(lambda: holder_phrase(closed)).key in ("lock_holder_partial", "lock_holder_unknown")


def test_a_device_given_as_a_report_is_not_called_a_folder() -> None:
    device = Path(os.devnull)
    if not device.exists() or device.is_file():
        pytest.skip("this system has no device file to give")
    with pytest.raises(ReportError) as caught:
        schema.inspect(device)
    assert caught.value.key == "not_a_regular_file"
    assert "is a device, not a file" in str(caught.value) and "folder" not in str(caught.value)


# -- names too long for the disk ---------------------------------------------------------------------------


def _name_of(byte_count: int) -> str:
    """A report name of exactly ``byte_count`` bytes in UTF-8, in Arabic (two bytes a letter)."""
    stem_bytes = byte_count - len(".bsr")
    return "ت" * (stem_bytes // 2) + "x" * (stem_bytes % 2) + ".bsr"


@pytest.mark.parametrize("name", [_name_of(247), _name_of(246).removesuffix(".bsr") + "تت"],
                         ids=["longest report name", "longest name saved without .bsr"])
def test_long_arabic_name_gets_its_backups(tmp_path: Path, small_form: Questionnaire, name: str) -> None:
    form = small_form
    path = tmp_path / name
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("contact_name", "Dr. Ana Silva")
        taken = take_snapshot(report, Reason.BEFORE_IMPORT)  # was refused: "File name too long … free disk space"
    assert list_backups(path)[0].path == taken.path
    folder = backup_folder(path).name
    assert len(folder) <= 64 and folder.startswith("ت" * 10)  # a readable start, whole letters, short on Windows
    assert backup_folder(path) != backup_folder(tmp_path / _name_of(244))  # unique per file all the same


def test_short_names_keep_their_backup_folder(tmp_path: Path) -> None:
    path = tmp_path / "arcadia 2024.bsr"
    assert backup_folder(path).name.startswith("arcadia 2024-")  # copies made before are still found


@pytest.mark.parametrize("byte_count", [248, 252, 255])
def test_name_too_long_for_the_files_beside_it_is_refused_by_name(tmp_path: Path, small_form: Questionnaire,
                                                                   byte_count: int) -> None:
    form = small_form
    path = tmp_path / _name_of(byte_count)
    with pytest.raises(ReportError) as caught:
        Report.create(path, party="Arcadia", form=form)
    assert caught.value.key == "report_name_too_long"
    assert "too long" in str(caught.value) and "not writable" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # nothing left behind


def test_existing_report_with_a_name_too_long_to_edit_opens_read_only_by_name(closed: Path,
                                                                               small_form: Questionnaire) -> None:
    form = small_form
    long = closed.with_name(_name_of(252))
    closed.rename(long)
    with pytest.raises(ReportError) as caught:
        Report.open(long, form=form)
    assert caught.value.key == "report_name_too_long"
    with Report.open(long, read_only=True, form=form) as report:
        assert report.answer("contact_name").value == "Dr. Ana Silva"  # type: ignore[union-attr]
