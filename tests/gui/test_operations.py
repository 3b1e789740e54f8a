"""The background-operation helper: work off the UI thread, result or error back on it, progress and Cancel."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from bsreporter.errors import ExchangeError
from bsreporter.gui.operations import Progress, run_in_background


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_result_comes_back_on_the_ui_thread(qtbot: QtBot, parent: QWidget) -> None:
    threads: dict[str, object] = {}
    results: list[int] = []

    def work(progress: Progress) -> int:
        threads["work"] = QThread.currentThread()
        return 42

    def done(value: int) -> None:
        threads["done"] = QThread.currentThread()
        results.append(value)

    operation = run_in_background(parent, "Counting…", work, done)
    with qtbot.waitSignal(operation.finished, timeout=5_000):
        pass
    assert results == [42]
    assert threads["done"] is QApplication.instance().thread()
    assert threads["work"] is not threads["done"]
    assert operation.succeeded


def test_error_goes_to_on_failure_or_to_a_dialog(qtbot: QtBot, parent: QWidget) -> None:
    failures: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise ExchangeError("The spreadsheet is open in another program; close it and try again.")

    operation = run_in_background(parent, "Importing…", work, lambda _: None, on_failure=failures.append)
    with qtbot.waitSignal(operation.finished, timeout=5_000):
        pass
    assert [str(e) for e in failures] == ["The spreadsheet is open in another program; close it and try again."]

    operation = run_in_background(parent, "Importing…", work, lambda _: None)
    with qtbot.waitSignal(operation.finished, timeout=5_000):
        pass
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "close it and try again" in boxes[0].text()


def test_slow_work_shows_progress_and_stops_on_cancel(qtbot: QtBot, parent: QWidget) -> None:
    started = threading.Event()
    reached: list[int] = []
    cancelled: list[bool] = []

    def work(progress: Progress) -> str:
        started.set()
        step = 0
        while not progress.cancelled():
            step += 1
            progress(step % 100, 100)
            reached.append(step)
            threading.Event().wait(0.002)  # a unit of real work in the worker
        return "stopped"

    operation = run_in_background(
        parent, "Exporting…", work, lambda _: None, on_cancelled=lambda: cancelled.append(True)
    )
    qtbot.waitUntil(lambda: operation.dialog.isVisible(), timeout=5_000)
    assert operation.dialog.labelText() == "Exporting…"
    qtbot.waitUntil(lambda: operation.dialog.maximum() == 100)
    cancel_button = operation.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    with qtbot.waitSignal(operation.finished, timeout=5_000):
        cancel_button.click()
    assert cancelled == [True]
    assert operation.succeeded is False
    assert reached  # the work ran until it saw the cancel


def test_work_outliving_its_window_is_cancelled_and_ends_quietly(qtbot: QtBot) -> None:
    window = QWidget()
    window.show()
    release = threading.Event()
    results: list[str] = []

    def work(progress: Progress) -> str:
        release.wait(5)
        return "cancelled" if progress.cancelled() else "done"

    operation = run_in_background(window, "Exporting…", work, results.append, on_cancelled=lambda: results.append("x"))
    shiboken6.delete(window)  # the window closes (and takes the progress dialog) while the work runs
    operation.cancel()  # what quitting does for every running action
    with qtbot.waitSignal(operation.finished, timeout=5_000):
        release.set()
    assert results == ["x"] and operation.succeeded is False
