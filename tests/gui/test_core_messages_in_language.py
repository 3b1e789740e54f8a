"""The core's own messages are shown in the interface language, not only the dialogs' frames."""

from __future__ import annotations

import getpass
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.main_window import MainWindow
from bsreporter.report.store import Report


@pytest.fixture
def in_french(app: QApplication) -> Iterator[None]:
    """The interface in French for one test; English again afterwards."""
    apply_language("fr")
    yield
    apply_language("en")


def test_refused_open_of_a_report_edited_elsewhere_says_why_in_french(
    qtbot: QtBot,
    in_french: None,
    make_window: Callable[[], MainWindow],
    report_path: Path,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    with Report.open(report_path):  # another copy of the program edits it
        second = make_window()
        second.open_report(report_path)
        qtbot.waitUntil(lambda: bool(shown_messages(second)), timeout=10_000)
        text = shown_messages(second)[0].text()
        assert text.startswith(f"« {report_path.name} » est déjà ouvert pour modification par {getpass.getuser()} "
                               f"sur l'ordinateur {socket.gethostname()} (depuis le ")
        assert "already open" not in text
        assert second.session is None  # refused: nothing was opened for writing
