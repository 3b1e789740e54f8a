"""File > Import Answers…: the source step, the preview, applying, one undo step, carried-over answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from import_steps import preview_dialog, source_dialog
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.exchange import export_xlsx
from bsreporter.exchange.importing import RowKind
from bsreporter.form.model import Questionnaire
from bsreporter.gui import importer
from bsreporter.gui.import_preview import APPLY, CURRENT, INCOMING, KIND, NOTE, ImportPreviewDialog
from bsreporter.gui.importer import ImportRun
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report, Source

WAIT_MS = 10_000


def _state(report: Report) -> dict[str, tuple[Any, Any, bool]]:
    """Every non-blank answer as it reads (value, special answer, review flag)."""
    return {q: (a.value, a.special, a.needs_review) for q, a in report.answers().items() if not a.is_blank}


def _apply(qtbot: QtBot, run: ImportRun, button: Any) -> None:
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _row(dialog: ImportPreviewDialog, question_id: str) -> int:
    return dialog.model.row_of(question_id)


def _text(dialog: ImportPreviewDialog, row: int, column: int) -> str:
    return dialog.model.data(dialog.model.index(row, column))


def _colleague_workbook(session: ReportSession, tmp_path: Path) -> Path:
    """The report exported, then edited in a spreadsheet program: one change, one new answer, one bad cell."""
    path = tmp_path / "for-colleague.xlsx"
    export_xlsx(session.report, path)
    book = load_workbook(path)
    sheet = book.worksheets[1]
    cells = {row[8].value: row[4] for row in sheet.iter_rows(min_row=2) if row[8].value}
    cells["contact_title"].value = "Director of Biosafety"  # changed
    cells["phone"].value = "+41 22 917 8800"  # new
    cells["law_count"].value = "three"  # text in a number cell: cannot be imported
    book.save(path)
    return path


def test_a_colleague_workbook_previews_each_row_applies_the_chosen_ones_as_one_undo_step(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    small_session.change_answer("contact_name", "Dr. Okafor")
    small_session.change_answer("contact_title", "Head")
    small_session.change_answer("has_law", "yes")
    small_session.change_answer("law_count", 2)
    path = _colleague_workbook(small_session, tmp_path)
    before = _state(small_session.report)
    undo_steps = small_session.undo_stack.count()

    run = importer.start_import(window, path)
    source = source_dialog(qtbot, run)
    assert not source.previous_cycle_chosen()  # a workbook of this questionnaire: same cycle by default
    assert source.chosen_layout() is None
    qtbot.mouseClick(source.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    dialog = preview_dialog(qtbot, run)
    model = dialog.model
    title, phone, count = _row(dialog, "contact_title"), _row(dialog, "phone"), _row(dialog, "law_count")
    assert model.rows[title].kind is RowKind.CHANGED and model.rows[phone].kind is RowKind.NEW
    assert (_text(dialog, title, CURRENT), _text(dialog, title, INCOMING)) == ("Head", "Director of Biosafety")
    assert _text(dialog, title, KIND) == "Changed"
    assert model.rows[count].kind is RowKind.REJECTED and _text(dialog, count, KIND) == "Cannot be imported"
    assert "number" in _text(dialog, count, NOTE).lower()
    # New and changed rows start ticked; a row that cannot be imported cannot be ticked at all.
    assert model.selected() == {"contact_title", "phone"}
    assert not model.flags(model.index(count, APPLY)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(model.index(count, APPLY), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    # Rows that change nothing are hidden until asked for.
    shown = dialog.visible_rows()
    assert shown == sum(row.kind is not RowKind.SAME for row in model.rows)
    dialog.show_same.setChecked(True)
    assert dialog.visible_rows() == len(model.rows) > shown

    model.setData(model.index(title, APPLY), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.selected() == {"phone"}
    assert run is not None
    _apply(qtbot, run, dialog.apply_selected_button)

    assert small_session.report.answer("phone").value == "+41 22 917 8800"  # type: ignore[union-attr]
    assert small_session.report.answer("contact_title").value == "Head"  # type: ignore[union-attr]  # unticked: kept
    assert not small_session.report.answer("phone").needs_review  # type: ignore[union-attr]
    entry = small_session.report.history("phone")[-1]
    assert (entry.source, entry.source_detail) == (Source.IMPORTED, "for-colleague.xlsx")
    assert small_session.answers["phone"].value == "+41 22 917 8800"
    page = window.report_view.page("general")
    assert page.questions["phone"].editor.value() == "+41 22 917 8800"
    assert small_session.undo_stack.count() == undo_steps + 1
    assert window.menu_actions.undo.text() == "&Undo Import for-colleague.xlsx"

    window.menu_actions.undo.trigger()
    assert _state(small_session.report) == before
    assert page.questions["phone"].editor.value() == ""
    window.menu_actions.redo.trigger()
    assert small_session.report.answer("phone").value == "+41 22 917 8800"  # type: ignore[union-attr]
    assert small_session.report.history("phone")[-1].source is Source.IMPORTED


def test_apply_all_takes_every_new_and_changed_row(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    small_session.change_answer("contact_title", "Head")
    path = _colleague_workbook(small_session, tmp_path)
    run = importer.start_import(window, path)
    source = source_dialog(qtbot, run)
    source.accept()
    dialog = preview_dialog(qtbot, run)
    dialog.model.set_chosen(_row(dialog, "contact_title"), False)  # Apply All does not ask which rows are ticked
    dialog.set_busy(True)  # while the answers are being stored, the preview cannot be cancelled
    dialog.reject()
    assert dialog.isVisible() and not dialog.apply_all_button.isEnabled()
    dialog.set_busy(False)
    assert run is not None
    _apply(qtbot, run, dialog.apply_all_button)
    assert run.preview_dialog is None and run.outcome is not None
    assert small_session.report.answer("contact_title").value == "Director of Biosafety"  # type: ignore[union-attr]
    assert small_session.report.answer("phone").value == "+41 22 917 8800"  # type: ignore[union-attr]


def _hand_made(tmp_path: Path) -> Path:
    book = Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Nothing here"])
    sheet = book.create_sheet("Ministry answers")
    sheet.append(["Answers collected from the Ministry of Agriculture"])
    sheet.append([])
    sheet.append(["No.", "Question", "Answer", "Comment"])
    sheet.append(["G.2", "Name of the contact", "Dr. Li Wei", "confirmed"])
    sheet.append(["1.1.1", "Is there a law?", "Yes", ""])
    sheet.append(["1.1.2.", "How many?", 3, ""])
    sheet.append(["9.9.9", "Not a question of the form", "x", ""])
    path = tmp_path / "ministry.xlsx"
    book.save(path)
    return path


def test_a_hand_made_sheet_is_mapped_with_a_live_preview_and_carried_over_for_review(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    run = importer.start_import(window, _hand_made(tmp_path))
    source = source_dialog(qtbot, run)
    assert source.mapping is not None and source.sheet_combo.count() == 2
    source.sheet_combo.setCurrentIndex(1)
    # The guess: headings in row 3, numbers in A, answers under "Answer".
    assert source.header_spin.value() == 3
    assert (source.question_combo.currentData(), source.answer_combo.currentData()) == ("A", "C")
    assert source.answer_combo.currentText() == "C – Answer"
    preview = source.preview_model
    assert preview.rowCount() == 4
    assert [preview.item(0, c).text() for c in range(3)] == ["4", "G.2", "Dr. Li Wei"]
    assert preview.item(0, 3).text().startswith("G.2 ")
    assert preview.item(3, 3).text() == "not a question of this questionnaire"
    assert source.match_label.text() == "3 of 4 rows name a question of this questionnaire."
    # The preview follows every choice at once.
    source.answer_combo.setCurrentIndex(source.answer_combo.findData("D"))
    assert preview.item(0, 2).text() == "confirmed"
    source.answer_combo.setCurrentIndex(source.answer_combo.findData("A"))
    assert not source.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    source.answer_combo.setCurrentIndex(source.answer_combo.findData("C"))
    assert source.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    assert not source.previous_cycle.isChecked()
    source.previous_cycle.setChecked(True)
    source.accept()
    dialog = preview_dialog(qtbot, run)
    assert dialog.carried_note.isVisibleTo(dialog)
    kinds = {row.question_id: row.kind for row in dialog.model.rows}
    assert kinds == {
        "contact_name": RowKind.NEW,
        "has_law": RowKind.NEW,
        "law_count": RowKind.NEW,
        None: RowKind.REJECTED,
    }
    assert run is not None
    _apply(qtbot, run, dialog.apply_selected_button)

    # Carried over: marked for review, counted as not done, confirmed with one click (undoable).
    assert small_session.report.answer("law_count").value == 3  # type: ignore[union-attr]
    window.go_to_question("contact_name")
    widget = window.report_view.page("general").questions["contact_name"]
    assert widget.review.isVisible() and widget.confirm_button.isVisible()
    blockers = {status.question_id for status in small_session.completeness.blockers}
    assert {"contact_name", "has_law"} <= blockers
    qtbot.mouseClick(widget.confirm_button, Qt.MouseButton.LeftButton)
    assert not small_session.report.answer("contact_name").needs_review  # type: ignore[union-attr]
    assert widget.review.isHidden()
    assert "contact_name" not in {status.question_id for status in small_session.completeness.blockers}
    window.menu_actions.undo.trigger()
    assert small_session.report.answer("contact_name").needs_review  # type: ignore[union-attr]
    assert widget.review.isVisible()

    # "Show previous answer" beside the question, with the file it came from.
    small_session.change_answer("contact_name", "Dr. Ana Silva")
    previous = widget.previous
    assert previous.button.isVisible() and previous.panel.isHidden()
    qtbot.mouseClick(previous.button, Qt.MouseButton.LeftButton)
    assert previous.panel.isVisible()
    assert previous.value_label.text() == "Dr. Li Wei"
    assert previous.source_label.text() == "Previous report (ministry.xlsx):"
    assert previous.button.text() == "Hide previous answer"
    assert not window.report_view.page("general").questions["contact_title"].previous.button.isVisible()


def test_undo_of_a_previous_cycle_import_restores_answers_and_previous_answers_exactly(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path, small_form: Questionnaire
) -> None:
    with Report.create(tmp_path / "report-2015.bsr", party="Republic of Arcadia", form=small_form) as old:
        old.set_answers({"contact_name": "Dr. Okafor", "contact_title": "Head", "has_law": "no"}, source=Source.TYPED)
    small_session.change_answer("contact_title", "Director")
    before, previous_before = _state(small_session.report), small_session.report.previous_answers()

    run = importer.start_import(window, tmp_path / "report-2015.bsr")
    source = source_dialog(qtbot, run)
    assert source.previous_cycle.isChecked()  # another report file: the previous cycle by default
    source.accept()
    dialog = preview_dialog(qtbot, run)
    assert run is not None
    title = _row(dialog, "contact_title")  # answered this cycle: kept unless ticked
    assert dialog.model.rows[title].kind is RowKind.KEPT and not dialog.model.is_chosen(title)
    dialog.model.set_chosen(title, True)
    _apply(qtbot, run, dialog.apply_all_button)
    assert small_session.report.answer("contact_title").value == "Head"  # type: ignore[union-attr]
    assert small_session.report.answer("contact_title").needs_review  # type: ignore[union-attr]
    assert set(small_session.previous_answers) >= {"contact_name", "contact_title", "has_law"}
    assert run.outcome is not None and run.outcome.backup.exists()

    window.menu_actions.undo.trigger()
    assert _state(small_session.report) == before
    assert small_session.report.previous_answers() == previous_before == small_session.previous_answers
    assert window.report_view.page("general").questions["contact_title"].editor.value() == "Director"


def test_a_file_that_cannot_be_imported_is_explained_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    small_session: ReportSession,
    tmp_path: Path,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    small_session.change_answer("contact_name", "Dr. Okafor")
    history = small_session.report.history()
    bad = tmp_path / "answers.xlsx"
    bad.write_bytes(b"PK\x03\x04 this zip was cut short")
    run = importer.start_import(window, bad)
    assert run is not None
    qtbot.waitUntil(lambda: run.over, timeout=WAIT_MS)
    assert run.source_dialog is None and run.preview_dialog is None
    assert "damaged or incomplete" in shown_messages(window)[0].text()
    assert small_session.report.history() == history
    assert small_session.undo_stack.count() == 1


def test_import_is_refused_on_a_report_open_read_only(
    window: MainWindow, small_report_path: Path, qtbot: QtBot, shown_messages: Callable[[QWidget], list[QMessageBox]]
) -> None:
    with qtbot.waitSignal(window.reportOpened, timeout=WAIT_MS):
        window.open_report(small_report_path, read_only=True)
    assert importer.start_import(window, small_report_path) is None
    assert "cannot be changed now" in shown_messages(window)[0].text()


def test_a_prior_cycle_workbook_can_only_be_carried_over(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_in: Callable[[MainWindow, Path], ReportSession]
) -> None:
    from bsreporter.form.installed import installed_questionnaire

    with Report.create(
        tmp_path / "nr2.bsr", party="Republic of Arcadia", form=installed_questionnaire("cpb-nr2-2011")
    ) as old:
        old.set_answers({"Q015": "implementation.partialFramwork"}, source=Source.TYPED)
        export_xlsx(old, tmp_path / "second-report.xlsx")
    fourth = tmp_path / "fourth.bsr"
    Report.create(fourth, party="Republic of Arcadia", form=installed_questionnaire("cpb-nr4-2019")).close()
    session = open_in(window, fourth)
    run = importer.start_import(window, tmp_path / "second-report.xlsx")
    source = source_dialog(qtbot, run)
    assert source.previous_cycle.isChecked() and not source.previous_cycle.isEnabled()
    assert "cpb-nr2-2011" in source.findChild(QWidget, "sourceKind").text()
    source.accept()
    dialog = preview_dialog(qtbot, run)
    assert dialog.plan.carried_over
    assert run is not None
    _apply(qtbot, run, dialog.apply_all_button)
    answer = session.report.answer("Q014")  # the second report's 15, its answer renamed by the Secretariat
    assert answer is not None and answer.value == "implementation.partiallyInPlace" and answer.needs_review


def test_a_previous_cycle_import_keeps_this_cycles_answers_unless_ticked(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path, small_form: Questionnaire
) -> None:
    with Report.create(tmp_path / "report-2015.bsr", party="Republic of Arcadia", form=small_form) as old:
        old.set_answers({"contact_name": "Dr. Okafor", "contact_title": "Head"}, source=Source.TYPED)
    small_session.change_answer("contact_title", "Director")
    run = importer.start_import(window, tmp_path / "report-2015.bsr")
    source_dialog(qtbot, run).accept()
    dialog = preview_dialog(qtbot, run)
    assert run is not None
    title = _row(dialog, "contact_title")
    assert _text(dialog, title, KIND) == "Kept"
    assert _text(dialog, title, NOTE).startswith("kept: already answered this cycle")
    assert "1 kept" in dialog.summary.text()
    _apply(qtbot, run, dialog.apply_all_button)
    assert small_session.report.answer("contact_title").value == "Director"  # type: ignore[union-attr]
    assert small_session.report.answer("contact_name").value == "Dr. Okafor"  # type: ignore[union-attr]


def test_an_emptied_workbook_cell_is_shown_cleared_and_unticked(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    small_session.change_answer("contact_title", "Head")
    path = tmp_path / "for-colleague.xlsx"
    export_xlsx(small_session.report, path)
    book = load_workbook(path)
    cells = {row[8].value: row[4] for row in book.worksheets[1].iter_rows(min_row=2) if row[8].value}
    cells["contact_title"].value = None
    book.save(path)
    run = importer.start_import(window, path)
    source_dialog(qtbot, run).accept()
    dialog = preview_dialog(qtbot, run)
    assert run is not None
    title = _row(dialog, "contact_title")
    assert _text(dialog, title, KIND) == "Cleared" and not dialog.model.is_chosen(title)
    assert "contact_title" not in dialog.model.all_rows()
    dialog.model.set_chosen(title, True)
    _apply(qtbot, run, dialog.apply_selected_button)
    assert small_session.report.answer("contact_title").is_blank  # type: ignore[union-attr]
