"""The completeness panel follows each answer row by row and always shows what a fresh panel would (small form)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from bsreporter.form.model import SpecialAnswer
from bsreporter.gui.completeness_panel import CompletenessModel
from bsreporter.gui.main_window import MainWindow
from bsreporter.gui.session import ReportSession


def _rows(model: CompletenessModel, parent: QModelIndex | None = None) -> list[Any]:
    """Every row's texts and children, depth first, as the view reads them."""
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        texts = tuple(model.data(model.index(row, column, parent)) for column in range(2))
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        found.append((texts, tip, _rows(model, index)))
    return found


def _shown(model: CompletenessModel) -> dict[int, Any]:
    """What each row shows, by its node."""
    found = {}

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found[index.internalId()] = (
                model.nodes[index.internalId()].key,
                *(model.data(model.index(row, column, parent)) for column in range(2)),
                model.data(index, Qt.ItemDataRole.ToolTipRole),
                model.data(index, Qt.ItemDataRole.DecorationRole).cacheKey()
                if model.data(index, Qt.ItemDataRole.DecorationRole) is not None else None,
            )
            walk(index)

    walk(QModelIndex())
    return found


def test_panel_after_each_answer_shows_what_a_fresh_panel_shows(
    qtbot: QtBot, window: MainWindow, small_session: ReportSession
) -> None:
    session = small_session
    model = window.report_view.completeness_model
    assert model is not None
    # Qt's own checker: every row inserted or removed is announced consistently.
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    expanded = window.report_view.completeness_panel.tree.isExpanded(model.index(0, 0))
    changes: list[tuple[str, Any]] = [
        ("contact_name", "Dr. Ana Okafor"),  # one question less to finish
        ("has_law", "yes"),  # follow-ups to finish appear
        ("law_count", 2),
        ("has_law", "no"),  # the follow-ups go again
        ("staff_trained", SpecialAnswer.NOT_AVAILABLE),
        ("contact_name", None),  # back among the questions to finish
        ("has_law", "in_progress"),
        ("law_list", [{"law_title": "Act"}]),  # a row missing its cells: not valid
        ("has_law", "no"),
    ]
    announced: set[int] = set()
    model.dataChanged.connect(lambda first, last: announced.add(first.internalId()))
    for question_id, value in changes:
        before = _shown(model)
        announced.clear()
        session.change_answer(question_id, value)
        after = _shown(model)
        # Every row still there whose text or icon changed was announced, so the view paints it again.
        assert {n for n in after if n in before and after[n] != before[n]} <= announced, question_id
        fresh = CompletenessModel(session.form, session.completeness, window.language)
        assert _rows(model, None) == _rows(fresh, None), question_id
    assert window.report_view.completeness_panel.tree.isExpanded(model.index(0, 0)) == expanded  # nothing folded away
    summary = window.report_view.completeness_panel.summary.text()
    result = session.completeness.report
    assert f"{result.done} of {result.required}" in summary
    assert window.report_view.completeness_panel.bar.value() == round(result.percent)
