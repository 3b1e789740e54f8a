"""The steps of File > Import and merge as a test takes them: wait for the first dialog, accept it, wait for
the preview (each step fails with the run's error when the run ended instead)."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from bsreporter.gui.import_preview import ImportPreviewDialog
from bsreporter.gui.importer import ImportRun


def source_dialog(qtbot: QtBot, run: ImportRun | None, timeout: int = 10_000) -> Any:
    """The run's first dialog (what the file is), once it is shown."""
    assert run is not None
    qtbot.waitUntil(lambda: run.source_dialog is not None or run.over, timeout=timeout)
    assert run.source_dialog is not None, run.error
    return run.source_dialog


def preview_dialog(qtbot: QtBot, run: ImportRun | None, timeout: int = 10_000) -> ImportPreviewDialog:
    """The run's preview of what it would change, once it is shown."""
    assert run is not None
    qtbot.waitUntil(lambda: run.preview_dialog is not None or run.over, timeout=timeout)
    assert run.preview_dialog is not None, run.error
    return run.preview_dialog


def accepted_source_preview(qtbot: QtBot, run: ImportRun | None, timeout: int = 10_000) -> ImportPreviewDialog:
    """The preview, after the first dialog was accepted as it stands."""
    source_dialog(qtbot, run, timeout).accept()
    return preview_dialog(qtbot, run, timeout)
