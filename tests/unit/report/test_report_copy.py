"""A copy of an open report (File > Save a Copy As…) that cannot be made is explained in the person's language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bsreporter.errors import ReportError
from bsreporter.report.backup import copy_report_file
from bsreporter.report.store import Report


def test_a_copy_over_the_report_itself_or_into_a_missing_folder_is_refused_in_french(
        report: Report, tmp_path: Path) -> None:
    with pytest.raises(ReportError) as caught:
        copy_report_file(report, report.path)
    assert caught.value.text("fr") == ("Une copie ne peut pas remplacer le rapport dont elle est tirée ; choisissez "
                                       "un autre nom de fichier.")
    with pytest.raises(ReportError) as caught:
        copy_report_file(report, tmp_path / "gone" / "copy.bsr")
    assert caught.value.text("ar") == f"المجلد «{tmp_path / 'gone'}» غير موجود."


def test_a_full_disk_while_copying_is_said_by_its_code_not_in_sqlites_english(
        report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Report, target: sqlite3.Connection) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL  # what SQLite sets on a full disk
        raise error

    monkeypatch.setattr(Report, "copy_into", full)
    destination = tmp_path / "copy.bsr"
    with pytest.raises(ReportError) as caught:
        copy_report_file(report, destination)
    assert caught.value.text("fr") == ("La copie « copy.bsr » n'a pas pu être écrite (le disque est plein). Vérifiez "
                                       "que le disque dispose d'espace libre et que le dossier est accessible en "
                                       "écriture.")
    assert "database or disk is full" not in caught.value.text("ar")
    assert not destination.exists() and list(tmp_path.glob(".copy.bsr.*")) == []
