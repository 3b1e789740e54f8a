"""Snapshots are consistent copies in the data folder; rolling ones are pruned, others kept."""

from __future__ import annotations

from pathlib import Path

from bsreporter.paths import user_data_dir
from bsreporter.report.backup import Reason, backup_folder, list_backups, take_snapshot
from bsreporter.report.store import Report


def test_snapshot_is_an_openable_copy_with_the_answers(report: Report) -> None:
    report.set_answer("nfp_name", "Dr. Okafor")
    backup = take_snapshot(report, Reason.BEFORE_IMPORT)
    assert backup.path.parent == backup_folder(report.path)
    assert user_data_dir() in backup.path.parents
    report.set_answer("nfp_name", "Someone else")
    with Report.open(backup.path, read_only=True) as copy:
        assert copy.answer("nfp_name").value == "Dr. Okafor"
    assert not list(backup.path.parent.glob("*.part"))


def test_rolling_snapshots_are_pruned_but_pre_import_ones_kept(report: Report) -> None:
    take_snapshot(report, Reason.BEFORE_IMPORT)
    for _ in range(5):
        take_snapshot(report, Reason.ROLLING, keep=3)
    backups = list_backups(report.path)
    assert [b.reason for b in backups].count(Reason.ROLLING) == 3
    assert [b.reason for b in backups].count(Reason.BEFORE_IMPORT) == 1
    assert backups == sorted(backups, key=lambda b: b.taken_at, reverse=True)


def test_reports_with_the_same_name_in_different_folders_keep_separate_backups(tmp_path: Path) -> None:
    assert backup_folder(tmp_path / "a" / "r.bsr") != backup_folder(tmp_path / "b" / "r.bsr")
