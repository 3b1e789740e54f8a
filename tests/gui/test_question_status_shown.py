"""A question shows its status and why its answer is not valid, after its own answers and others' (small form)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Question
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import Value
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession

ROW = {"law_title": "Biosafety Act", "law_kind": "law"}


def test_an_invalid_table_says_which_row_after_each_change_and_is_not_checked_again_for_others(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = small_session
    session.change_answer("has_law", "yes")
    window.go_to_question("law_list")
    page = window.current_page()
    assert page is not None
    widget = page.questions["law_list"]
    session.change_answer("law_list", [ROW, {"law_title": "Decree"}])
    assert "row 2" in widget.message.text() and widget.message.isVisible()

    checked: list[str] = []
    original = RuleEvaluation.broken_cells

    def counting(self: RuleEvaluation, question: Question, value: Value) -> list[tuple[int, str, str]]:
        checked.append(question.id)
        return original(self, question, value)

    monkeypatch.setattr(RuleEvaluation, "broken_cells", counting)
    session.change_answer("remarks_1_1", "Adopted in 2012")  # on the same page
    session.change_answer("remarks_1_1", None)
    assert "law_list" not in checked  # its rows are not checked again for answers elsewhere
    monkeypatch.undo()
    assert "row 2" in widget.message.text()

    session.change_answer("law_list", [{"law_title": "Decree"}, ROW, ROW])
    assert "row 1" in widget.message.text()
    session.change_answer("law_list", [ROW])
    assert not widget.message.isVisible()
