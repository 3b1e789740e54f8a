"""File > Save a Copy As, Export PDF and Export XLSX: each runs through the background-operation helper.

The work reads the report through a read-only connection of its own (``Report.reader``),
opened and closed in the background thread, so it sees only committed answers.
"""

from __future__ import annotations

import inspect
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bsreporter.atomic import PDF, XLSX, check_replaceable
from bsreporter.errors import BsreporterError, ReportError
from bsreporter.gui.dialogs import ask, show_error, show_message
from bsreporter.gui.operations import Operation, Progress, run_in_background

if TYPE_CHECKING:
    from bsreporter.gui.main_window import MainWindow
    from bsreporter.report.store import Report


def copy_report_file(report: Report, destination: Path, progress: Progress | None = None) -> None:
    """Write a consistent single-file copy of an open report, atomically (the report stays open).

    The core's online backup (``Report.copy_into``) writes a temporary file in the
    destination folder, which is renamed into place only when complete.
    """
    destination = Path(destination)
    if destination.resolve() == Path(report.path).resolve():
        raise ReportError("A copy cannot replace the report it is copied from; choose another file name.")
    if not destination.parent.is_dir():
        raise ReportError(f"The folder '{destination.parent}' does not exist.")
    temporary = destination.with_name(f".{destination.name}.{os.getpid()}.tmp")
    try:
        writer = sqlite3.connect(temporary)
        try:
            report.copy_into(writer)
            writer.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            writer.close()
        if progress is not None and progress.cancelled():
            temporary.unlink(missing_ok=True)
            return
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, destination)
    except (sqlite3.Error, OSError) as exc:
        temporary.unlink(missing_ok=True)
        raise ReportError(
            f"The copy '{destination.name}' could not be written ({exc}). "
            "Check the disk has space and the folder is writable."
        ) from exc


def default_paper() -> str:
    """Letter where the locale measures in US units, A4 everywhere else."""
    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def _ask_destination(window: MainWindow, title: str, suffix: str, file_filter: str) -> Path | None:
    assert window.session is not None
    report_path = window.session.report.path
    folder = window.prefs.last_folder() or report_path.parent
    chosen, _ = QFileDialog.getSaveFileName(window, title, str(folder / f"{report_path.stem}{suffix}"), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    window.prefs.set_last_folder(path.parent)
    return path


def save_copy(window: MainWindow, destination: Path | None = None) -> Operation[None] | None:
    """File > Save a Copy As…: write a copy of the open report."""
    if window.session is None:
        return None
    destination = destination or _ask_destination(
        window,
        QCoreApplication.translate("Exports", "Save a Copy As"),
        ".bsr",
        QCoreApplication.translate("Exports", "Reports (*.bsr)"),
    )
    if destination is None:
        return None
    window.session.flush_pending()
    report = window.session.report
    target = destination

    def work(progress: Progress) -> None:
        with report.reader() as reader:  # its own connection: the window's never leaves its thread
            copy_report_file(reader, target, progress)

    return run_in_background(
        window,
        QCoreApplication.translate("Exports", "Saving a copy…"),
        work,
        lambda _result: window.statusBar().showMessage(
            QCoreApplication.translate("Exports", "Copy saved as {path}").format(path=target), 10_000
        ),
        on_cancelled=lambda: window.statusBar().showMessage(
            QCoreApplication.translate("Exports", "Copy cancelled."), 5_000
        ),
    )


def _export_after_question(window: MainWindow, kind: str, destination: Path, choice: int) -> None:
    if choice >= 0:  # closing the question cancels the export
        export_report(window, kind, destination, changes_annex=choice == 0)


def export_report(window: MainWindow, kind: str, destination: Path | None = None, *,
                  changes_annex: bool | None = None) -> Operation[Any] | None:
    """File > Export PDF… / Export XLSX…: write the report through the exchange module."""
    if window.session is None:
        return None
    label = "PDF" if kind == "pdf" else "XLSX"
    try:
        from bsreporter import exchange

        function: Callable[..., Any] | None = getattr(exchange, f"export_{kind}", None)
    except ImportError:
        function = None
    if function is None:
        show_message(
            window,
            QCoreApplication.translate("Exports", "Export {kind}").format(kind=label),
            QCoreApplication.translate("Exports", "{kind} export is not available in this installation.").format(
                kind=label
            ),
            icon=QMessageBox.Icon.Information,
        )
        return None
    suffix = f".{kind}"
    file_filter = (
        QCoreApplication.translate("Exports", "PDF documents (*.pdf)")
        if kind == "pdf"
        else QCoreApplication.translate("Exports", "Spreadsheets (*.xlsx)")
    )
    destination = destination or _ask_destination(
        window, QCoreApplication.translate("Exports", "Export {kind}").format(kind=label), suffix, file_filter
    )
    if destination is None:
        return None
    try:
        # Qt's dialog asked before replacing the file, but never whether it is a report or another kind of
        # document (a name given without the ending gets one, and that file was not asked about at all).
        check_replaceable(destination, PDF if kind == "pdf" else XLSX)
    except BsreporterError as exc:
        show_error(window, QCoreApplication.translate("Exports", "Export {kind}").format(kind=label), exc)
        return None
    window.session.flush_pending()
    report = window.session.report
    offered: dict[str, Any] = {"language": window.language, "paper": default_paper()}
    if kind == "pdf" and changes_annex is None and window.session.previous_answers:
        chosen = destination
        ask(
            window,
            QCoreApplication.translate("Exports", "Export PDF"),
            QCoreApplication.translate(
                "Exports", "Add an annex listing the answers that changed since the previous report?"
            ),
            [
                (QCoreApplication.translate("Exports", "Add the Annex"), QMessageBox.ButtonRole.YesRole),
                (QCoreApplication.translate("Exports", "Without the Annex"), QMessageBox.ButtonRole.NoRole),
            ],
            lambda choice: _export_after_question(window, kind, chosen, choice),
        )
        return None
    if changes_annex:
        offered["changes_annex"] = True
    accepted = inspect.signature(function).parameters
    target = destination

    def work(progress: Progress) -> Any:
        options = {name: value for name, value in offered.items() if name in accepted}
        # Read through a connection of this thread: only committed answers, and the window never waits.
        with report.reader() as reader:
            return function(reader, target, progress=progress, cancelled=progress.cancelled, **options)

    return run_in_background(
        window,
        QCoreApplication.translate("Exports", "Exporting {kind}…").format(kind=label),
        work,
        lambda _result: window.statusBar().showMessage(
            QCoreApplication.translate("Exports", "Exported to {path}").format(path=target), 10_000
        ),
        on_cancelled=lambda: window.statusBar().showMessage(
            QCoreApplication.translate("Exports", "Export cancelled."), 5_000
        ),
    )
