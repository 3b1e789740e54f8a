"""Snapshots are consistent copies in the data folder; rolling ones are pruned, others kept."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

from bsreporter.paths import user_data_dir
from bsreporter.report.backup import Reason, backup_folder, list_backups, take_snapshot
from bsreporter.report.store import Report


def test_snapshot_is_an_openable_copy_with_the_answers(small_report: Report) -> None:
    report = small_report
    report.set_answer("contact_name", "Dr. Okafor")
    backup = take_snapshot(report, Reason.BEFORE_IMPORT)
    assert backup.path.parent == backup_folder(report.path)
    assert user_data_dir() in backup.path.parents
    report.set_answer("contact_name", "Someone else")
    with Report.open(backup.path, read_only=True) as copy:
        assert copy.answer("contact_name").value == "Dr. Okafor"
    assert not list(backup.path.parent.glob("*.part"))


def test_rolling_snapshots_are_pruned_but_pre_import_ones_kept(small_report: Report) -> None:
    report = small_report
    take_snapshot(report, Reason.BEFORE_IMPORT)
    for _ in range(5):
        take_snapshot(report, Reason.ROLLING, keep=3)
    backups = list_backups(report.path)
    assert [b.reason for b in backups].count(Reason.ROLLING) == 3
    assert [b.reason for b in backups].count(Reason.BEFORE_IMPORT) == 1
    assert backups == sorted(backups, key=lambda b: b.taken_at, reverse=True)


def test_unfinished_copies_of_a_killed_program_are_removed_by_a_later_snapshot(small_report: Report) -> None:
    report = small_report
    folder = backup_folder(report.path)
    folder.mkdir(parents=True)
    # What a program killed while copying leaves: the unfinished copy and SQLite's logs of it.
    killed = [folder / f"20261101-101010-000000-before-import.bsr.part{end}" for end in ("", "-journal", "-wal", "-shm")]
    copying = folder / f"{dt.datetime.now():%Y%m%d-%H%M%S-%f}-opened.bsr.part"  # another program, at work now
    an_hour_ago = time.time() - 3600
    for path in [*killed, copying]:
        path.write_bytes(b"unfinished")
    for path in killed:
        os.utime(path, (an_hour_ago, an_hour_ago))
    take_snapshot(report, Reason.ROLLING)
    assert not any(path.exists() for path in killed)
    assert copying.exists()
    assert len(list_backups(report.path)) == 1


def test_reports_with_the_same_name_in_different_folders_keep_separate_backups(tmp_path: Path) -> None:
    assert backup_folder(tmp_path / "a" / "r.bsr") != backup_folder(tmp_path / "b" / "r.bsr")


def test_restore_brings_back_the_answers_and_is_itself_undoable(small_report: Report) -> None:
    report = small_report
    from bsreporter.report.backup import backup_completeness, restore_backup
    from bsreporter.report.store import Source

    report.set_answer("contact_name", "Dr. Okafor")
    good = take_snapshot(report, Reason.ROLLING)
    report.set_answer("contact_name", "Oops")
    report.set_answer("contact_title", "Typed after the backup")
    before_restore = restore_backup(report, good)
    assert report.answer("contact_name").value == "Dr. Okafor"
    assert report.answer("contact_title").is_blank
    assert {e.source for e in report.history()[-2:]} == {Source.RESTORED}
    assert before_restore.reason is Reason.BEFORE_RESTORE
    restore_backup(report, before_restore)  # undo the restore
    assert report.answer("contact_name").value == "Oops"
    assert report.answer("contact_title").value == "Typed after the backup"
    assert backup_completeness(good) is not None and 0 < backup_completeness(good) < 100


def test_damaged_report_is_recovered_into_a_new_file_from_its_latest_good_backup(small_report: Report) -> None:
    report = small_report
    import pytest

    from bsreporter.errors import ReportError
    from bsreporter.report.backup import latest_good_backup, recover_copy

    report.set_answer("contact_name", "Dr. Okafor")
    take_snapshot(report, Reason.OPENED)
    path = report.path
    report.close()
    damaged = b"SQLite format 3\x00" + b"\x00" * 200
    path.write_bytes(damaged)
    with pytest.raises(ReportError, match="damaged"):
        Report.open(path)
    backup = latest_good_backup(path)
    assert backup is not None
    recovered = recover_copy(path, backup)
    assert recovered.parent == path.parent and "recovered from" in recovered.name
    assert path.read_bytes() == damaged  # never modified
    with Report.open(recovered) as copy:
        assert copy.answer("contact_name").value == "Dr. Okafor"
