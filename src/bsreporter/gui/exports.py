"""File > Save a Copy As, Export PDF and Export XLSX: each runs through the background-operation helper.

Export PDF first asks its choices (paper, language, blank form, annex, submission details: see
:mod:`bsreporter.gui.export_dialog`), then the file name.

The work reads the report through a read-only connection of its own (``Report.reader``),
opened and closed in the background thread, so it sees only committed answers.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog

from bsreporter.atomic import PDF, XLSX, check_replaceable
from bsreporter.errors import BsreporterError
from bsreporter.exchange.jobs import form_reference, write_pdf, write_xlsx
from bsreporter.gui.dialogs import show_error
from bsreporter.gui.export_dialog import ExportDialog, PdfChoices
from bsreporter.gui.notice import notify
from bsreporter.gui.operations import (
    Operation,
    Progress,
    in_child_process,
    run_in_background,
    warm_up_child_process,
)
from bsreporter.report.backup import copy_report_file

#: The modules the process writing each export imports.
_MODULES = {"pdf": ("bsreporter.exchange.jobs", "bsreporter.exchange.pdf"),
            "xlsx": ("bsreporter.exchange.jobs", "bsreporter.exchange.xlsx")}

if TYPE_CHECKING:
    from bsreporter.gui.window_api import ReportWindow


def default_paper() -> str:
    """Letter where the locale measures in US units, A4 everywhere else."""
    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def _ask_destination(window: ReportWindow, title: str, suffix: str, file_filter: str) -> Path | None:
    assert window.session is not None
    report_path = window.session.report.path
    folder = window.prefs.last_folder() or report_path.parent
    chosen, _ = QFileDialog.getSaveFileName(
        window.widget(), title, str(folder / f"{report_path.stem}{suffix}"), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    window.prefs.set_last_folder(path.parent)
    return path


def save_copy(window: ReportWindow, destination: Path | None = None) -> Operation[None] | None:
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
            copy_report_file(reader, target, progress.cancelled)

    return run_in_background(
        window.widget(),
        QCoreApplication.translate("Exports", "Saving a copy…"),
        work,
        lambda _result: notify(
            window, QCoreApplication.translate("Exports", "Copy saved as {path}").format(path=target), path=target
        ),
        on_cancelled=lambda: window.show_status(
            QCoreApplication.translate("Exports", "Copy cancelled."), 5_000
        ),
    )


def choose_pdf_export(window: ReportWindow) -> ExportDialog | None:
    """File > Export PDF…: ask paper, language, blank form, annex and submission details, then the file."""
    if window.session is None:
        return None
    session = window.session
    warm_up_child_process(*_MODULES["pdf"])  # ready by the time the choices are made
    dialog = ExportDialog(session.report, window.prefs, default_paper(), has_previous=bool(session.previous_answers),
                          parent=window.widget())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.accepted.connect(lambda: _export_chosen(window, dialog.choices()))
    dialog.open()
    return dialog


def _export_chosen(window: ReportWindow, choices: PdfChoices) -> None:
    if window.session is None:
        return
    if choices.details:
        try:  # through the window's own connection: details are a change of the report, like an answer
            window.session.report.set_details(choices.details)
        except BsreporterError as exc:
            show_error(window.widget(), QCoreApplication.translate("Exports", "Export {kind}").format(kind="PDF"), exc)
            return
    export_report(window, "pdf", language=choices.language, paper=choices.paper, blank=choices.blank,
                  changes_annex=choices.changes_annex)


def export_report(window: ReportWindow, kind: Literal["pdf", "xlsx"], destination: Path | None = None, *,
                  changes_annex: bool | None = None, language: str | None = None, paper: str | None = None,
                  blank: bool = False) -> Operation[Any] | ExportDialog | None:
    """File > Export PDF… / Export XLSX…: write the report through the exchange module.

    The PDF from the menu (no destination, no language) first asks its choices (:func:`choose_pdf_export`).
    The language is the report's own unless another is given: never the language the questions are shown in.
    """
    if window.session is None:
        return None
    if kind == "pdf" and destination is None and language is None:
        return choose_pdf_export(window)
    label = "PDF" if kind == "pdf" else "XLSX"
    if destination is None:
        warm_up_child_process(*_MODULES[kind])  # ready by the time the file is chosen
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
        show_error(window.widget(), QCoreApplication.translate("Exports", "Export {kind}").format(kind=label), exc)
        return None
    window.session.flush_pending()  # typed text is in the file before the export reads it
    report = window.session.report
    target = destination
    # Each exporter is called with its own parameters, by name, so that mypy checks every choice reaches it.
    job = (partial(write_pdf, report.path, form_reference(report.form), target,
                   language=language or report.info.language,
                   paper=paper or window.prefs.export_paper() or default_paper(),
                   changes_annex=bool(changes_annex), blank=blank)
           if kind == "pdf"
           else partial(write_xlsx, report.path, form_reference(report.form), target,
                        language=language or report.info.language))
    # In a child process that reads the file through its own read-only connection: a thread would
    # share the window's interpreter lock, and the window would freeze while the export holds it.
    work = in_child_process(job)

    return run_in_background(
        window.widget(),
        QCoreApplication.translate("Exports", "Exporting {kind}…").format(kind=label),
        work,
        lambda _result: notify(
            window, QCoreApplication.translate("Exports", "Exported to {path}").format(path=target), path=target
        ),
        on_cancelled=lambda: window.show_status(
            QCoreApplication.translate("Exports", "Export cancelled."), 5_000
        ),
    )
