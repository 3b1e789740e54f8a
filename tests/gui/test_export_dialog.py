"""File > Export PDF… asks paper, language, blank form, annex and submission details, and remembers them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from bsreporter import exchange
from bsreporter.gui import exports
from bsreporter.gui.export_dialog import ExportDialog
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Source


@pytest.fixture
def exported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[dict[str, Any]]:
    """What reaches export_pdf from the window (the file chooser answers with a file in tmp_path)."""
    calls: list[dict[str, Any]] = []

    def export_pdf(report: Any, destination: Path, *, language: str | None = None, paper: str = "a4",
                   progress: Any = None, cancelled: Any = None, changes_annex: bool = False,
                   blank: bool = False) -> None:
        calls.append({"language": language, "paper": paper, "changes_annex": changes_annex, "blank": blank})
        Path(destination).write_bytes(b"%PDF-")

    def in_this_process(target: Any, *args: Any, **kwargs: Any) -> Any:
        # The export job runs here, on the background thread, instead of in a child process: the
        # stand-in export_pdf above exists only in this process.
        return lambda progress: target(*args, **kwargs, progress=progress, cancelled=progress.cancelled)

    monkeypatch.setattr(exchange, "export_pdf", export_pdf)
    monkeypatch.setattr(exports, "in_child_process", in_this_process)
    monkeypatch.setattr(exports, "_ask_destination", lambda *args: tmp_path / f"out-{len(calls)}.pdf")
    return calls


def _dialog(window: MainWindow) -> ExportDialog:
    window.menu_actions.export_pdf.trigger()
    shown = [d for d in window.findChildren(ExportDialog, "exportDialog") if d.isVisible()]
    assert len(shown) == 1  # a closed one may wait for deletion
    return shown[0]


def _accept(qtbot: QtBot, dialog: ExportDialog, calls: list[dict[str, Any]]) -> dict[str, Any]:
    count = len(calls)
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(calls) > count, timeout=20_000)
    return calls[-1]


def test_the_pdf_is_in_the_report_language_whatever_language_the_questions_show(
        qtbot: QtBot, window: MainWindow, session: ReportSession, exported: list[dict[str, Any]]) -> None:
    window.set_language("zh")  # View > Question Language
    assert window.language == "zh" and session.report.info.language == "en"
    dialog = _dialog(window)
    assert dialog.language.currentData() == "en"
    assert _accept(qtbot, dialog, exported)["language"] == "en"


def test_the_dialog_remembers_paper_language_and_blank(qtbot: QtBot, window: MainWindow, session: ReportSession,
                                                       exported: list[dict[str, Any]]) -> None:
    dialog = _dialog(window)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.blank.setChecked(True)
    assert _accept(qtbot, dialog, exported) == {"language": "fr", "paper": "letter", "changes_annex": False,
                                                "blank": True}
    again = _dialog(window)
    assert (again.paper.currentData(), again.language.currentData(), again.blank.isChecked()) == (
        "letter", "fr", True)
    assert _accept(qtbot, again, exported)["blank"] is True


def test_the_annex_is_offered_with_previous_answers_and_reaches_the_export(
        qtbot: QtBot, window: MainWindow, session: ReportSession, exported: list[dict[str, Any]]) -> None:
    first = _dialog(window)
    assert not first.annex.isEnabled()  # no previous report: nothing to compare
    first.reject()
    session.report.set_answers({"cna_designated": "no"}, source=Source.IMPORTED, source_detail="report-2015.xlsx",
                               keep_as_previous=True)
    session.reload_answers()
    dialog = _dialog(window)
    assert dialog.annex.isEnabled()
    dialog.annex.setChecked(True)
    assert _accept(qtbot, dialog, exported)["changes_annex"] is True
    assert _dialog(window).annex.isChecked()  # remembered


def test_submission_details_are_kept_in_the_report(qtbot: QtBot, window: MainWindow, session: ReportSession,
                                                  exported: list[dict[str, Any]]) -> None:
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.details["submitting_authority"], "Ministry of Environment")
    qtbot.keyClicks(dialog.details["submission_place"], "Arcadia City")
    qtbot.keyClicks(dialog.details["submission_date"], "2026-03-31")
    _accept(qtbot, dialog, exported)
    info = session.report.info
    assert (info.submitting_authority, info.submission_place, info.submission_date) == (
        "Ministry of Environment", "Arcadia City", "2026-03-31")
    again = _dialog(window)
    assert again.details["submission_place"].text() == "Arcadia City"


def test_a_date_that_is_not_one_keeps_the_dialog_open_and_the_report_unchanged(
        qtbot: QtBot, window: MainWindow, session: ReportSession, exported: list[dict[str, Any]]) -> None:
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.details["submission_date"], "31/03/2026")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert session.report.info.submission_date == "" and exported == []


def test_a_detail_the_form_asks_is_shown_from_its_answer(window: MainWindow, session: ReportSession,
                                                        exported: list[dict[str, Any]]) -> None:
    session.change_answer("submission_date", "2026-04-15")
    dialog = _dialog(window)
    field = dialog.details["submission_date"]
    assert field.text() == "2026-04-15" and field.isReadOnly()
    assert "submission_date" not in dialog.choices().details


def test_every_choice_is_reached_from_the_keyboard(qtbot: QtBot, window: MainWindow, session: ReportSession,
                                                   exported: list[dict[str, Any]]) -> None:
    dialog = _dialog(window)
    reached = set()
    for _ in range(12):
        reached.add(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    wanted = {dialog.language, dialog.paper, dialog.blank, *dialog.details.values()}
    assert wanted <= reached
    assert dialog.sizeHint().width() <= 1000 and dialog.sizeHint().height() <= 560  # fits a 1024x600 screen


def test_an_export_given_its_file_is_in_the_report_language_too(
        qtbot: QtBot, window: MainWindow, session: ReportSession, exported: list[dict[str, Any]],
        tmp_path: Path) -> None:
    window.set_language("zh")
    exports.export_report(window, "pdf", tmp_path / "given.pdf")
    qtbot.waitUntil(lambda: bool(exported), timeout=20_000)
    assert exported[-1]["language"] == "en"
