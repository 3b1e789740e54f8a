"""File menu: Save a Copy As, Export PDF/XLSX through the background helper, About."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.gui import exports
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report


def test_save_a_copy_holds_every_answer_and_leaves_the_report_open(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    small_session.change_answer("contact_name", "Dr. Ana Silva")
    small_session.change_answer("needs_assessed", "yes")
    copy = tmp_path / "copies" / "arcadia-copy.bsr"
    copy.parent.mkdir()
    operation = exports.save_copy(window, copy)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert operation.succeeded
    assert f"Copy saved as {copy}" in window.report_view.notice.full_text() and window.report_view.notice.path == copy
    assert not Path(str(copy) + "-wal").exists()  # one self-contained file
    with Report.open(copy, read_only=True) as duplicate:
        assert duplicate.answer("contact_name").value == "Dr. Ana Silva"  # type: ignore[union-attr]
        assert duplicate.answer("needs_assessed").value == "yes"  # type: ignore[union-attr]
    small_session.change_answer("contact_title", "Head of Division")  # the original is still open for writing
    assert small_session.report.answer("contact_title") is not None


def test_a_copy_cannot_replace_the_open_report(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, shown_messages: Callable[[QWidget], list[QMessageBox]]
) -> None:
    operation = exports.save_copy(window, small_session.report.path)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert not operation.succeeded
    assert "cannot replace the report it is copied from" in shown_messages(window)[0].text()


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_export_runs_in_the_background_and_writes_the_file(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path, kind: str
) -> None:
    small_session.change_answer("contact_name", "Dr. Ana Silva")
    destination = tmp_path / f"arcadia.{kind}"
    operation = exports.export_report(window, kind, destination)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=60_000):
        pass
    assert operation.succeeded, [b.text() for b in window.findChildren(QMessageBox)]
    assert destination.exists() and destination.stat().st_size > 0
    assert str(destination) in window.report_view.notice.full_text() and window.report_view.notice.path == destination


@pytest.mark.parametrize(("kind", "name", "message"), [
    ("pdf", "colleague.bsr", "is a bsreporter report"),
    ("xlsx", "renamed.xlsx", "is a bsreporter report"),
    ("pdf", "figures.xlsx", "is not a PDF"),
    ("xlsx", "printed.pdf", "is not an XLSX"),
])
def test_export_never_replaces_a_report_or_a_file_of_another_kind(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path, kind: str, name: str, message: str,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    destination = tmp_path / name
    with Report.create(tmp_path / "colleague-source.bsr", party="Borduria", form=small_session.report.form):
        pass
    content = ((tmp_path / "colleague-source.bsr").read_bytes() if message.startswith("is a bsreporter")
               else b"%PDF-1.4 printed" if name.endswith(".pdf") else b"PK\x03\x04 workbook")
    destination.write_bytes(content)
    assert exports.export_report(window, kind, destination) is None  # refused before any work starts
    qtbot.waitUntil(lambda: bool(shown_messages(window)), timeout=5_000)
    assert message in shown_messages(window)[0].text()
    assert destination.read_bytes() == content


def test_about_names_version_questionnaire_and_data_folder(window: MainWindow, small_session: ReportSession) -> None:
    box = window.show_about()
    text = box.text()
    assert text.startswith("bsreporter ")
    assert "Questionnaire: small-engine version" in text
    assert "Data folder:" in text


def test_report_actions_are_unavailable_on_the_start_page(window: MainWindow) -> None:
    assert not window.menu_actions.export_pdf.isEnabled()
    assert not window.menu_actions.save_copy.isEnabled()
    assert window.menu_actions.new.isEnabled() and window.menu_actions.open.isEnabled()


def test_pdf_export_with_the_changes_annex_prints_it(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    from bsreporter.report.store import Source

    small_session.report.set_answers({"needs_assessed": "no"}, source=Source.IMPORTED, source_detail="report-2015.xlsx",
                               keep_as_previous=True)
    small_session.reload_answers()
    small_session.change_answer("needs_assessed", "yes")
    destination = tmp_path / "with-annex.pdf"
    exports.export_report(window, "pdf", destination, changes_annex=True)  # as the export dialog asks it
    qtbot.waitUntil(lambda: destination.exists(), timeout=60_000)
    assert b"Annex: changes since the previous report" in destination.read_bytes()  # the annex's bookmark


def test_pdf_export_prints_the_paper_language_and_blank_form_chosen(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    small_session.change_answer("contact_name", "Dr. Ana Silva")
    destination = tmp_path / "blank-letter-fr.pdf"
    operation = exports.export_report(window, "pdf", destination, language="fr", paper="letter", blank=True)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=60_000):
        pass
    assert operation.succeeded
    with pikepdf.open(destination) as pdf:
        assert [float(n) for n in pdf.pages[0].mediabox] == [0, 0, 612, 792]  # Letter, not the A4 default
        assert str(pdf.Root.Lang) == "fr"
    text = subprocess.run(["pdftotext", "-layout", str(destination), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Ana Silva" not in text  # the blank form prints no answers
