"""Work in a child process: the window's interpreter is never held by it; progress, Cancel and errors still work."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import child_work_targets as targets
import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.errors import ExchangeError
from bsreporter.exchange import jobs
from bsreporter.exchange.child import portable
from bsreporter.exchange.context import ExportCancelled
from bsreporter.form.model import Questionnaire
from bsreporter.gui.interface_language import apply_language
from bsreporter.gui.operations import in_child_process, run_in_background
from bsreporter.messages import render

WAIT_MS = 30_000
T = TypeVar("T")


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def in_french(app: QApplication) -> Iterator[None]:
    """The interface in French for one test; English again afterwards."""
    apply_language("fr")
    yield
    apply_language("en")


def _boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


def test_the_work_runs_in_a_process_of_its_own_and_its_result_comes_back(qtbot: QtBot, parent: QWidget) -> None:
    results: list[int] = []
    operation = run_in_background(parent, "Exporting…", in_child_process(targets.process_id), results.append)
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass
    assert operation.succeeded
    assert results and results[0] != os.getpid()


def test_progress_reaches_the_dialog_and_cancel_stops_the_child(qtbot: QtBot, parent: QWidget) -> None:
    cancelled: list[bool] = []
    operation = run_in_background(
        parent, "Exporting…", in_child_process(targets.count_until_cancelled), lambda _: None,
        on_cancelled=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: operation.dialog.maximum() == 100, timeout=WAIT_MS)  # the child's progress arrived
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        operation.cancel()
    assert cancelled == [True] and operation.succeeded is False
    assert _boxes(parent) == []  # a cancelled export is no error


def test_an_error_of_the_child_is_said_in_the_persons_language(
    qtbot: QtBot, parent: QWidget, in_french: None
) -> None:
    operation = run_in_background(parent, "Exporting…", in_child_process(targets.refuse, "/nowhere"), lambda _: None)
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass
    expected = render("folder_missing_choose", {"folder": "/nowhere"}, "fr")
    assert [box.text() for box in _boxes(parent)] == [expected]
    assert expected != render("folder_missing_choose", {"folder": "/nowhere"}, "en")


def test_a_child_that_ends_without_a_word_is_said_in_the_persons_language(
    qtbot: QtBot, parent: QWidget, in_french: None
) -> None:
    failures: list[BaseException] = []
    operation = run_in_background(
        parent, "Exporting…", in_child_process(targets.end_abruptly), lambda _: None, on_failure=failures.append
    )
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass
    assert len(failures) == 1 and isinstance(failures[0], ExchangeError)
    assert failures[0].text("fr") == render("background_process_ended", {}, "fr")


def test_errors_that_cannot_cross_as_they_are_keep_their_message_key(tmp_path: Path) -> None:
    # The cancel of an export cannot be rebuilt from its pickle as it is.
    with pytest.raises(TypeError):
        pickle.loads(pickle.dumps(ExportCancelled()))
    assert isinstance(pickle.loads(pickle.dumps(portable(ExportCancelled()))), ExchangeError)

    class Unpicklable(ExchangeError):
        """A local class: pickling it fails."""

    error = Unpicklable.of("folder_missing_choose", folder=tmp_path)
    crossed = pickle.loads(pickle.dumps(portable(error)))
    assert type(crossed) is ExchangeError and crossed.key == "folder_missing_choose"
    assert crossed.text("fr") == error.text("fr")


def test_the_next_work_is_done_by_the_child_kept_waiting(qtbot: QtBot, parent: QWidget) -> None:
    results: list[int] = []
    for _ in range(2):
        operation = run_in_background(parent, "Exporting…", in_child_process(targets.process_id), results.append)
        with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
            pass
    assert len(results) == 2 and results[0] == results[1] != os.getpid()  # its imports and fonts are kept too


def _in_the_child(qtbot: QtBot, parent: QWidget, target: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    results: list[T] = []
    failures: list[BaseException] = []
    operation = run_in_background(parent, "Exporting…", in_child_process(target, *args, **kwargs), results.append,
                                  on_failure=failures.append)
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass
    assert failures == [] and operation.succeeded
    return results[0]


def test_the_child_imports_no_qt_even_after_an_export_and_an_import_were_prepared(
    qtbot: QtBot, parent: QWidget, small_report_path: Path, small_form: Questionnaire, tmp_path: Path
) -> None:
    # Qt for Python's first module alone costs a child a sixth of a second, paid by the session's first export.
    reference = jobs.form_reference(small_form)
    _in_the_child(qtbot, parent, jobs.write_xlsx, small_report_path, reference, tmp_path / "out.xlsx", language="en")
    _in_the_child(qtbot, parent, jobs.plan_file, small_report_path, reference, tmp_path / "out.xlsx", merge=False,
                  previous_cycle=False, layout=None, other_party=False, mapping=None)
    loaded = _in_the_child(qtbot, parent, targets.loaded_modules)
    assert "bsreporter.exchange.jobs" in loaded  # the same child did that work
    assert [name for name in loaded if name.startswith(("PySide6", "shiboken6", "bsreporter.gui"))] == []


def test_the_child_sees_a_form_installed_after_the_window_started(
    qtbot: QtBot, parent: QWidget, small_report_path: Path, small_form: Questionnaire, tmp_path: Path
) -> None:
    assert small_form.id in _in_the_child(qtbot, parent, targets.installed_form_ids)
    reference = jobs.form_reference(small_form)
    assert reference == small_form.id  # the form travels as its id, and is built in the child from its folder
    _in_the_child(qtbot, parent, jobs.write_xlsx, small_report_path, reference, tmp_path / "out.xlsx", language="fr")
    assert load_workbook(tmp_path / "out.xlsx", read_only=True).sheetnames
