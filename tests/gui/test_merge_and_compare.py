"""File > Merge Contribution… with a conflict decided per question, and View > Compare with Previous Cycle."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.exchange.importing import RowKind
from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.gui import compare_view, importer
from bsreporter.gui.import_preview import APPLY, CURRENT, INCOMING, NOTE
from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession
from bsreporter.report.store import Report, Source

WAIT_MS = 10_000


def _colleague_copy(session: ReportSession, tmp_path: Path) -> Path:
    """A copy given to a colleague; each side then changes the contact's title, only they answer 1.2.1."""
    session.change_answer("contact_name", "Dr. Okafor")
    session.change_answer("contact_title", "Ministry")
    copy = tmp_path / "li-wei.bsr"
    target = sqlite3.connect(copy)
    session.report.copy_into(target)
    target.close()
    with Report.open(copy, author="Li Wei") as theirs:
        theirs.set_answer("needs_assessed", "yes")
        theirs.set_answer("contact_title", "Ministry of Environment")
    session.change_answer("contact_title", "Ministry of Agriculture")
    return copy


def test_merge_shows_both_sides_of_a_conflict_and_takes_theirs_when_chosen(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    copy = _colleague_copy(small_session, tmp_path)
    steps = small_session.undo_stack.count()
    run = importer.start_merge(window, copy)
    assert run is not None
    qtbot.waitUntil(lambda: run.preview_dialog is not None or run.over, timeout=WAIT_MS)
    dialog = run.preview_dialog
    assert dialog is not None, run.error
    model = dialog.model
    conflict = model.row_of("contact_title")
    assert model.rows[conflict].kind is RowKind.CONFLICT
    assert model.headerData(CURRENT, Qt.Orientation.Horizontal) == "Your answer"
    me = small_session.report.author
    assert model.data(model.index(conflict, CURRENT)) == f"Ministry of Agriculture — {me}"
    assert model.data(model.index(conflict, INCOMING)) == "Ministry of Environment — Li Wei"
    assert f"yours by {me}, theirs by Li Wei" in model.data(model.index(conflict, NOTE))
    # A conflict starts on "keep mine"; ticking it takes theirs.
    assert model.data(model.index(conflict, APPLY)) == "Keep mine"
    assert model.selected() == {"needs_assessed"}
    assert model.setData(model.index(conflict, APPLY), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.data(model.index(conflict, APPLY)) == "Take theirs"
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.apply_all_button, Qt.MouseButton.LeftButton)

    organisation = small_session.report.answer("contact_title")
    assert organisation is not None and organisation.value == "Ministry of Environment"
    entry = small_session.report.history("contact_title")[-1]
    assert (entry.source, entry.author, entry.source_detail) == (Source.MERGED, "Li Wei", "li-wei.bsr")
    assert small_session.report.answer("needs_assessed").value == "yes"  # type: ignore[union-attr]
    assert small_session.undo_stack.count() == steps + 1
    assert window.menu_actions.undo.text() == "&Undo Merge li-wei.bsr"

    window.menu_actions.undo.trigger()  # the whole merge, in one step
    assert small_session.report.answer("contact_title").value == "Ministry of Agriculture"  # type: ignore[union-attr]
    assert small_session.report.answer("needs_assessed").value is None  # type: ignore[union-attr]
    window.menu_actions.redo.trigger()
    assert small_session.report.answer("contact_title").author == "Li Wei"  # type: ignore[union-attr]


def test_merging_the_same_contribution_again_changes_nothing(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    copy = _colleague_copy(small_session, tmp_path)
    first = _merge_preview(qtbot, window, copy)
    steps = small_session.undo_stack.count()
    with qtbot.waitSignal(first.ended, timeout=WAIT_MS):
        assert first.preview_dialog is not None
        qtbot.mouseClick(first.preview_dialog.apply_all_button, Qt.MouseButton.LeftButton)
    assert small_session.undo_stack.count() == steps + 1
    history = small_session.report.history()

    again = _merge_preview(qtbot, window, copy)
    dialog = again.preview_dialog
    assert dialog is not None
    # Nothing is left to take: the buttons are off; closing changes nothing.
    assert not dialog.model.all_rows() and not dialog.apply_all_button.isEnabled()
    dialog.reject()
    assert again.over
    assert small_session.report.history() == history and small_session.undo_stack.count() == steps + 1


def test_merging_the_report_with_itself_says_why_in_an_arabic_window(
    qtbot: QtBot, app: QApplication, window: MainWindow, small_session: ReportSession,
    shown_messages: Callable[[QWidget], list[QMessageBox]],
) -> None:
    history = small_session.report.history()
    apply_language("ar")
    try:
        run = importer.start_merge(window, small_session.report.path)
        assert run is not None
        qtbot.waitUntil(lambda: bool(shown_messages(window)), timeout=WAIT_MS)
        assert shown_messages(window)[0].text() == "هذا هو التقرير نفسه؛ اختر نسخة زميلك."
    finally:
        apply_language("en")
    assert run.preview_dialog is None and small_session.report.history() == history


def _merge_preview(qtbot: QtBot, window: MainWindow, copy: Path) -> importer.ImportRun:
    run = importer.start_merge(window, copy)
    assert run is not None
    qtbot.waitUntil(lambda: run.preview_dialog is not None or run.over, timeout=WAIT_MS)
    assert run.preview_dialog is not None, run.error
    return run


def test_compare_view_lists_every_changed_answer_and_goes_to_it(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, small_form: Questionnaire, tmp_path: Path
) -> None:
    with Report.create(tmp_path / "report-2015.bsr", party="Republic of Arcadia", form=small_form) as old:
        old.set_answers(
            {"contact_name": "Dr. Okafor", "needs_assessed": "yes", "staff_trained": SpecialAnswer.NOT_AVAILABLE},
            source=Source.TYPED,
        )
    run = importer.start_import(window, tmp_path / "report-2015.bsr")
    assert run is not None
    qtbot.waitUntil(lambda: run.source_dialog is not None, timeout=WAIT_MS)
    assert run.source_dialog is not None
    run.source_dialog.accept()
    qtbot.waitUntil(lambda: run.preview_dialog is not None, timeout=WAIT_MS)
    assert run.preview_dialog is not None
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        run.preview_dialog.apply_all_button.click()

    window.menu_actions.compare_previous.trigger()
    dialog = window.findChild(compare_view.CompareDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == "Every answer is the same as in the previous cycle."

    small_session.change_answer("needs_assessed", "no")  # the list follows the answers
    small_session.change_answer("staff_trained", 12)
    model = dialog.model
    assert model.rowCount() == 2
    rows = [[model.data(model.index(r, c)) for c in range(5)] for r in range(2)]
    number = small_form.question("needs_assessed").number
    assert rows[0][0] == number and rows[0][2:] == ["Yes", "No", "report-2015.bsr"]
    assert rows[1][2:4] == ["Information not available", "12"]
    assert dialog.summary.text().startswith("2 answers differ")

    window.go_to_section("general")
    dialog.table.doubleClicked.emit(model.index(1, 1))
    assert window.current_section == window.session.form.section_of["staff_trained"].id  # type: ignore[union-attr]
    assert compare_view.show_comparison(window) is dialog  # one comparison per report

    window.close_report()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def test_a_colleague_filled_workbook_is_merged_under_their_name(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from bsreporter.exchange import export_xlsx

    small_session.change_answer("contact_name", "Dr. Okafor")
    path = tmp_path / "filled.xlsx"
    export_xlsx(small_session.report, path)
    book = load_workbook(path)
    cells = {row[8].value: row[4] for row in book.worksheets[1].iter_rows(min_row=2) if row[8].value}
    cells["phone"].value = "+41 22 917 8800"
    book.save(path)
    run = _merge_preview(qtbot, window, path)
    assert run.preview_dialog is not None
    assert run.preview_dialog.model.selected() == {"phone"}
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(run.preview_dialog.apply_selected_button, Qt.MouseButton.LeftButton)
    entry = small_session.report.history("phone")[-1]
    assert (entry.source, entry.source_detail, entry.new_value) == (Source.MERGED, "filled.xlsx", "+41 22 917 8800")


def test_merging_another_partys_copy_asks_naming_both_parties_and_never_takes_the_party(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    copy = _colleague_copy(small_session, tmp_path)
    with Report.open(copy) as theirs:
        theirs.set_meta({"party": "Borduria"})
        theirs.set_answer("party", "Borduria")
    run = importer.start_merge(window, copy)
    assert run is not None
    with qtbot.waitSignal(run.otherPartyAsked, timeout=WAIT_MS) as asked:
        pass
    box = asked.args[0]
    assert "Borduria" in box.text() and "Arcadia" in box.text()
    assert run.preview_dialog is None  # nothing is compared before the person says so
    with qtbot.waitSignal(run.previewShown, timeout=WAIT_MS) as shown:
        next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole).click()
    dialog = shown.args[0]
    party = dialog.model.row_of("party")
    assert dialog.model.rows[party].kind is RowKind.REJECTED and "party" not in dialog.model.all_rows()
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.apply_all_button, Qt.MouseButton.LeftButton)
    assert small_session.report.answer("party").value == "Republic of Arcadia"  # type: ignore[union-attr]
    assert small_session.report.answer("needs_assessed").value == "yes"  # type: ignore[union-attr]


def _asked_about_borduria(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> tuple[importer.ImportRun, QMessageBox, dict[str, object]]:
    """Start merging a colleague's copy that names another Party; the run, its question, our answers before."""
    copy = _colleague_copy(small_session, tmp_path)
    with Report.open(copy) as theirs:
        theirs.set_meta({"party": "Borduria"})
    before: dict[str, object] = {q: a.value for q, a in small_session.report.answers().items()}
    run = importer.start_merge(window, copy)
    assert run is not None
    with qtbot.waitSignal(run.otherPartyAsked, timeout=WAIT_MS) as asked:
        pass
    return run, asked.args[0], before


def test_declining_another_partys_copy_changes_nothing(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    run, box, before = _asked_about_borduria(qtbot, window, small_session, tmp_path)
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.RejectRole).click()
    assert run.preview_dialog is None
    assert {q: a.value for q, a in small_session.report.answers().items()} == before


def test_enter_on_the_other_party_question_keeps_the_report_as_it_is(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, tmp_path: Path
) -> None:
    run, box, before = _asked_about_borduria(qtbot, window, small_session, tmp_path)
    assert box.buttonRole(box.defaultButton()) is QMessageBox.ButtonRole.RejectRole
    with qtbot.waitSignal(run.ended, timeout=WAIT_MS):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert run.preview_dialog is None
    assert {q: a.value for q, a in small_session.report.answers().items()} == before
