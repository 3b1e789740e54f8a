"""Undo and redo of an import: the window takes the answers put back instead of reading every answer again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from import_steps import accepted_source_preview
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bsreporter.exchange import export_xlsx
from bsreporter.form.model import Questionnaire
from bsreporter.gui import importer
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report, Source

WAIT_MS = 60_000


def _rows(count: int) -> list[dict[str, Any]]:
    return [{"law_title": f"Regulation {n}", "law_kind": "law", "law_year": 1990 + n} for n in range(count)]


def _import(qtbot: QtBot, window: MainWindow, workbook: Path) -> None:
    run = importer.start_import(window, workbook)
    assert run is not None
    accepted_source_preview(qtbot, run, WAIT_MS)
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(run.preview_dialog.apply_all_button, Qt.MouseButton.LeftButton)
    assert run.error is None


def test_undo_and_redo_of_an_import_do_not_read_the_answers_again(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_form: Questionnaire, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small_session.change_answer("contact_name", "Dr. Ana Okafor")  # replaced by the import, put back by its undo
    with Report.create(tmp_path / "colleague.bsr", party="Republic of Arcadia", form=small_form) as theirs:
        theirs.set_answers({"contact_name": "Dr. Adaeze Okafor", "contact_title": "Director", "has_law": "yes",
                            "law_list": _rows(3)}, source=Source.TYPED)
        export_xlsx(theirs, tmp_path / "colleague.xlsx")
    _import(qtbot, window, tmp_path / "colleague.xlsx")

    reads: list[int] = []
    answers = Report.answers

    def counted(report: Report) -> Any:
        reads.append(1)
        return answers(report)

    monkeypatch.setattr(Report, "answers", counted)
    small_session.undo_stack.undo()
    assert reads == []
    monkeypatch.setattr(Report, "answers", answers)
    assert small_session.answers == small_session.report.answers()  # the window holds what the file holds, to the time
    assert small_session.answers["contact_name"].value == "Dr. Ana Okafor"
    assert small_session.answers.get("law_list") is None or small_session.answers["law_list"].value is None

    monkeypatch.setattr(Report, "answers", counted)
    small_session.undo_stack.redo()
    assert reads == []
    monkeypatch.setattr(Report, "answers", answers)
    assert small_session.answers == small_session.report.answers()
    assert len(small_session.answers["law_list"].value) == 3
    assert small_session.answers["contact_title"].value == "Director"


def test_applying_an_import_of_a_long_table_does_not_check_its_rows_on_the_windows_thread(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_form: Questionnaire, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bsreporter.report import completeness

    with Report.create(tmp_path / "colleague.bsr", party="Republic of Arcadia", form=small_form) as theirs:
        theirs.set_answers({"has_law": "yes", "law_list": _rows(40)}, source=Source.TYPED)
        export_xlsx(theirs, tmp_path / "colleague.xlsx")
    tables: list[int] = []
    coerce = completeness.coerce_value

    def counted(question: Any, raw: Any, **kwargs: Any) -> Any:
        if question.id == "law_list":
            tables.append(len(raw))
        return coerce(question, raw, **kwargs)

    monkeypatch.setattr(completeness, "coerce_value", counted)
    _import(qtbot, window, tmp_path / "colleague.xlsx")  # read, planned and checked in a child process
    assert tables == []
    assert len(small_session.answers["law_list"].value) == 40
    monkeypatch.undo()
    assert small_session.completeness == completeness.check_completeness(small_form, small_session.report.answers())
