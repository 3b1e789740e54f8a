"""A question shows its status and why its answer is not valid, after its own answers and others'."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bsreporter.form.model import Question
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import Value
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession

ROW = {"instrument_title": "Biosafety Act", "instrument_type": "law", "instrument_status": "in_force"}


def test_an_invalid_table_says_which_row_after_each_change_and_is_not_checked_again_for_others(
    qtbot: QtBot, window: MainWindow, session: ReportSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.change_answer("nbf_legislation_in_place", "yes")
    window.go_to_question("nbf_instruments")
    page = window.current_page()
    assert page is not None
    widget = page.questions["nbf_instruments"]
    session.change_answer("nbf_instruments", [ROW, {"instrument_title": "Decree"}])
    assert "row 2" in widget.message.text() and widget.message.isVisible()

    checked: list[str] = []
    original = RuleEvaluation.broken_cells

    def counting(self: RuleEvaluation, question: Question, value: Value) -> list[tuple[int, str, str]]:
        checked.append(question.id)
        return original(self, question, value)

    monkeypatch.setattr(RuleEvaluation, "broken_cells", counting)
    session.change_answer("cpb_focal_point_designated", "yes")  # on the same page
    session.change_answer("cpb_focal_point_designated", None)
    assert "nbf_instruments" not in checked  # its rows are not checked again for answers elsewhere
    monkeypatch.undo()
    assert "row 2" in widget.message.text()

    session.change_answer("nbf_instruments", [{"instrument_title": "Decree"}, ROW, ROW])
    assert "row 1" in widget.message.text()
    session.change_answer("nbf_instruments", [ROW])
    assert not widget.message.isVisible()
