"""Opening safely: a damaged file is explained, its latest good backup offered, and the file never touched;
a file someone else edits names who has it and may be looked at read-only."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Questionnaire
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.backup import Reason, backup_folder, take_snapshot
from bsreporter.report.store import Report

Opener = Callable[[MainWindow, Path], ReportSession]
Shown = Callable[[QWidget], list[QMessageBox]]


def _cut_short(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scramble_a_page(path: Path) -> None:
    # Garbage over the middle of the answers' pages: the header still reads, the integrity check does not pass.
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data) - page, page):
        data[offset + 8 : offset + page - 8] = bytes((i * 37 + 11) % 256 for i in range(page - 16))
    path.write_bytes(bytes(data))


@pytest.fixture
def backed_up(tmp_path: Path, small_form: Questionnaire) -> Path:
    """A report with one answer and a backup of it (as after opening it once), closed."""
    path = tmp_path / "arcadia.bsr"
    with Report.create(path, party="Republic of Arcadia", form=small_form, author="tester") as report:
        report.set_answer("contact_name", "Dr. Ana Silva")
        take_snapshot(report, Reason.OPENED)
    return path


@pytest.mark.parametrize("damage", [_cut_short, _scramble_a_page], ids=["cut short", "scrambled page"])
def test_damaged_report_offers_its_latest_good_backup_and_is_left_untouched(
    qtbot: QtBot, window: MainWindow, backed_up: Path, shown: Shown, damage: Callable[[Path], None]
) -> None:
    damage(backed_up)
    before = backed_up.read_bytes()
    window.open_report(backed_up)
    qtbot.waitUntil(lambda: bool(shown(window)), timeout=10_000)
    box = shown(window)[0]
    assert "'arcadia.bsr' is damaged" in box.text()
    assert "The damaged file is left exactly as it is." in box.text()
    assert window.session is None

    offer = next(b for b in box.buttons() if b.text() == "Open the Latest Good Backup")
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        offer.click()
    assert window.session is not None and not window.session.read_only
    opened = window.session.report.path
    assert opened.parent == backed_up.parent
    assert opened.name.startswith("arcadia (recovered from ")
    assert window.session.answers["contact_name"].value == "Dr. Ana Silva"
    assert backed_up.read_bytes() == before  # never modified,
    wal = backed_up.with_name("arcadia.bsr-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # and nothing waits to be written into it
    assert not backed_up.with_name("arcadia.bsr.lock").exists()  # never opened for writing


def test_damaged_report_without_a_backup_is_explained(
    qtbot: QtBot, window: MainWindow, small_report_path: Path, shown: Shown
) -> None:
    report_path = small_report_path
    _cut_short(report_path)
    before = report_path.read_bytes()
    window.open_report(report_path)
    qtbot.waitUntil(lambda: bool(shown(window)), timeout=10_000)
    text = shown(window)[0].text()
    assert "is damaged" in text and "No backup copy of this report was found" in text
    assert report_path.read_bytes() == before


def test_a_report_being_edited_elsewhere_names_who_and_offers_read_only(
    qtbot: QtBot, make_window: Callable[[], MainWindow], small_report_path: Path, shown: Shown
) -> None:
    report_path = small_report_path
    with Report.open(report_path):  # another copy of the program edits it
        second = make_window()
        second.open_report(report_path)
        qtbot.waitUntil(lambda: bool(shown(second)), timeout=10_000)
        box = shown(second)[0]
        assert f"by {getpass.getuser()} on computer {socket.gethostname()} (since " in box.text()
        assert [b.text() for b in box.buttons()] == ["Open Read-Only", "Cancel"]
        with qtbot.waitSignal(second.reportOpened, timeout=10_000):
            box.buttons()[0].click()
        assert second.session is not None and second.session.report.read_only
        assert second.report_view.read_only_banner.isVisible()
        assert "being edited elsewhere" in second.report_view.read_only_banner.text()
        assert not second.safekeeping.banner.isVisible()  # not validated: only "edited elsewhere" is said
        second.close_report()


def test_report_on_a_read_only_disk_opens_read_only_and_is_not_called_damaged(
    qtbot: QtBot, window: MainWindow, backed_up: Path, shown: Shown, read_only_disk: Callable[[Path], None]
) -> None:
    before = backed_up.read_bytes()
    read_only_disk(backed_up.parent)
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        window.open_report(backed_up)
    assert window.session is not None and window.session.report.read_only
    assert window.session.answers["contact_name"].value == "Dr. Ana Silva"
    texts = [box.text() for box in shown(window)]
    assert len(texts) == 1 and "opened read-only" in texts[0] and "damaged" not in texts[0]
    # The banner gives the same reason, not "being edited elsewhere".
    assert window.report_view.read_only_banner.isVisibleTo(window)
    assert "disk or folder cannot be written" in window.report_view.read_only_banner.text()
    assert "edited elsewhere" not in window.report_view.read_only_banner.text()
    assert all("Open the Latest Good Backup" not in b.text() for box in shown(window) for b in box.buttons())
    assert backed_up.read_bytes() == before


def test_report_on_a_full_disk_is_not_called_damaged(
    qtbot: QtBot, window: MainWindow, backed_up: Path, shown: Shown, full_disk: Callable[[Path], None]
) -> None:
    full_disk(backed_up)
    window.open_report(backed_up)
    qtbot.waitUntil(lambda: bool(shown(window)), timeout=10_000)
    box = shown(window)[0]
    assert "disk is full" in box.text() and "damaged" not in box.text()
    assert [b.text() for b in box.buttons()] == ["OK"]


def test_changes_left_for_another_file_are_set_aside_and_said(
    qtbot: QtBot, window: MainWindow, backed_up: Path, shown: Shown, tmp_path: Path
) -> None:
    colleague = tmp_path / "colleague.bsr"
    shutil.copyfile(backed_up, colleague)
    log = backed_up.with_name("arcadia.bsr-wal")
    with Report.open(backed_up) as report:
        report.set_answer("contact_name", "answer of the lost session")
        left_behind = log.read_bytes()  # what a crash at this moment leaves beside the file
    shutil.copyfile(colleague, backed_up)
    log.write_bytes(left_behind)
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        window.open_report(backed_up)
    assert window.session is not None and window.session.answers["contact_name"].value == "Dr. Ana Silva"
    qtbot.waitUntil(lambda: bool(shown(window)), timeout=10_000)
    text = shown(window)[0].text()
    assert "were not applied" in text and "arcadia.bsr-wal.orphan-" in text


def test_backup_folder_that_cannot_be_written_still_opens_with_a_warning(
    qtbot: QtBot, window: MainWindow, backed_up: Path, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = backup_folder(backed_up)
    real_connect = sqlite3.connect

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(database).startswith(str(folder)):
            raise _cannot_open()
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        window.open_report(backed_up)
    assert window.session is not None and not window.session.read_only
    qtbot.waitUntil(lambda: "No backup copy" in window.report_view.notice.full_text(), timeout=10_000)
    assert f"the backup folder {folder} cannot be written" in window.report_view.notice.full_text()
    assert not shown(window)


@pytest.fixture
def shown(shown_messages: Shown) -> Shown:
    """The message boxes shown over a widget."""
    return shown_messages


def test_report_with_a_second_name_opens_read_only_and_says_why(
    qtbot: QtBot, window: MainWindow, backed_up: Path, shown: Shown
) -> None:
    second = backed_up.with_name("arcadia (second name).bsr")
    os.link(backed_up, second)  # a writer through each name would have its own lock and log
    before = backed_up.read_bytes()
    with qtbot.waitSignal(window.reportOpened, timeout=10_000):
        window.open_report(second)
    assert window.session is not None and window.session.report.read_only
    assert window.session.answers["contact_name"].value == "Dr. Ana Silva"
    texts = [box.text() for box in shown(window)]
    assert len(texts) == 1 and "another name (a hard link)" in texts[0] and "opened read-only" in texts[0]
    assert "damaged" not in texts[0]
    assert window.report_view.read_only_banner.isVisibleTo(window)
    assert "another name (a hard link)" in window.report_view.read_only_banner.text()
    assert "edited elsewhere" not in window.report_view.read_only_banner.text()
    assert backed_up.read_bytes() == before


def _cannot_open() -> sqlite3.OperationalError:
    # What SQLite raises when it cannot open or create a file: its words and its result code.
    error = sqlite3.OperationalError("unable to open database file")
    error.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN  # type: ignore[attr-defined]
    error.sqlite_errorname = "SQLITE_CANTOPEN"  # type: ignore[attr-defined]
    return error
