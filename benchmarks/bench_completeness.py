"""Completeness after an answer, and typed text to the file, in a report holding a 1,000-row table.

Goals: the completeness update after one answer within 20 ms; typed text in the file within
300 ms of the last key. Each figure is printed beside its budget as a ratio, and beside the
full completeness pass measured in the same run.

The report answers the Strategic Plan questionnaire (synthetic answers) and its table of
national instruments (1.1.3) holds 1,000 rows, stored through the store API.

- ``core``: in one process, no window: the full pass (``check_completeness``) beside the
  update after one answer (``CompletenessTracker.update``) for a choice elsewhere, the
  choice the table depends on, and one cell of the table.
- ``window``: in an offscreen window (a fresh process per round, as ``--inner``): the
  completeness part of storing an answer (working it out, plus the window's panel, navigator
  and page following it), the whole answer (stored, then everything shown), and key to disk:
  from the last key typed (``QTest.keyClicks``) until a separate read-only SQLite connection
  reads the text in the file, for a line, a multi-line field, a number and a table cell.

``python -m benchmarks.bench_completeness --before REV`` also runs the window rounds on the
source of git revision REV (extracted with ``git archive``), interleaved with the current ones.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_REPO = Path(__file__).resolve().parents[1]
_FORM = "cpb-sp-2011-2020"
_TABLE = "nbf_instruments"
_ROWS = 1_000
_COMPLETENESS_BUDGET_MS = 20.0
_KEY_TO_DISK_BUDGET_MS = 300.0
_ROUNDS = 5
_ANSWERS = 40


def build_report(path: Path) -> Path:
    """A report with synthetic answers and a 1,000-row table of instruments."""
    from bsreporter.form.installed import installed_questionnaire
    from bsreporter.report.store import Report, Source
    from bsreporter.report.synthetic import synthetic_answers

    form = installed_questionnaire(_FORM)
    rng = random.Random(16)
    kinds = form.questions[_TABLE].columns[1].choices
    states = form.questions[_TABLE].columns[2].choices
    assert kinds is not None and states is not None
    rows = [{"instrument_title": f"Biosafety regulation {n}", "instrument_type": rng.choice(kinds.values),
             "instrument_status": rng.choice(states.values), "year_adopted": rng.randint(1990, 2020),
             "instrument_url": f"https://bch.example.org/{n}"} for n in range(_ROWS)]
    with Report.create(path, party="Republic of Arcadia", form=form, author="benchmark") as report:
        answers = synthetic_answers(form, 16, answered_share=0.8)
        answers.pop("party", None)
        answers.pop(_TABLE, None)
        answers["nbf_legislation_in_place"] = "yes"
        report.set_answers(answers, source=Source.IMPORTED, source_detail="benchmark")
        report.set_answer(_TABLE, rows)
    return path


def _summary(operation: str, timings: list[float], budget: float | None) -> dict[str, Any]:
    ordered = sorted(timings)
    median = statistics.median(ordered)
    row: dict[str, Any] = {"operation": operation, "median_ms": median,
           "p99_ms": ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))],
           "peak_mb": float("nan"), "runs": len(ordered)}
    if budget is not None:
        row["ratio"] = median / budget
        row["operation"] += f", {median / budget:.2f}x budget"
    return row


# -- in one process, no window ------------------------------------------------------------------


def _core(path: Path) -> list[dict[str, Any]]:
    import dataclasses

    from bsreporter.report.completeness import CompletenessTracker, check_completeness
    from bsreporter.report.store import Report

    with Report.open(path, read_only=True) as report:
        answers = report.answers()
        form = report.form
    tracker = CompletenessTracker(form)
    tracker.check(answers)
    full: list[float] = []
    seen: list[float] = []
    updates: dict[str, list[float]] = {"choice elsewhere": [], "choice the table depends on": [], "a table cell": []}
    rows = list(answers[_TABLE].value)  # type: ignore[arg-type]
    for number in range(_ANSWERS):
        start = time.perf_counter()
        check_completeness(form, answers)
        full.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        tracker.check(answers)  # what an import, its undo or a restore has worked out again
        seen.append((time.perf_counter() - start) * 1000)
        changes = {
            "choice elsewhere": ("cpb_focal_point_designated", ["yes", "no"][number % 2]),
            "choice the table depends on": ("nbf_legislation_in_place", ["in_progress", "no", "yes"][number % 3]),
            "a table cell": (_TABLE, [*rows[:number], {**rows[number], "year_adopted": 2000 + number % 20},
                                      *rows[number + 1:]]),
        }
        for name, (question_id, value) in changes.items():
            answers[question_id] = dataclasses.replace(answers[question_id], value=value)
            start = time.perf_counter()
            tracker.update(answers, [question_id])
            updates[name].append((time.perf_counter() - start) * 1000)
    result = [_summary(f"core: full completeness pass, {_ROWS}-row table", full, _COMPLETENESS_BUDGET_MS),
              _summary("core: full pass through the tracker, table rows seen before", seen, _COMPLETENESS_BUDGET_MS)]
    result += [_summary(f"core: completeness update after one answer ({name})", timings, _COMPLETENESS_BUDGET_MS)
               for name, timings in updates.items()]
    return result


# -- in a window (a fresh process per round) ----------------------------------------------------


def _pump(milliseconds: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _until_in_file(path: Path, question_id: str, found: Callable[[Any], bool], limit_s: float = 5.0) -> float:
    """Turn the event loop until a separate read-only connection reads what ``found`` accepts; the time it took."""
    start = time.perf_counter()
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        while time.perf_counter() - start < limit_s:
            _pump(2)
            row = reader.execute("SELECT value FROM answers WHERE question_id = ?", (question_id,)).fetchone()
            if row is not None and row[0] is not None and found(json.loads(row[0])):
                return (time.perf_counter() - start) * 1000
    finally:
        reader.close()
    raise RuntimeError(f"{question_id}: typed text never reached the file")


def _inner(path: Path, answers: int) -> dict[str, list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bsreporter.gui.app import create_application

    create_application([])
    from bsreporter.gui import session as session_module
    from bsreporter.gui.main_window import MainWindow
    from bsreporter.gui.report_view import ReportView

    timings: dict[str, list[float]] = {"completeness": [], "answer": [], "table completeness": [],
                                       "table answer": [], "key to disk": []}
    for kind in ("line", "multi-line", "number", "table cell"):
        timings[f"key to disk: {kind}"] = []
    spent = [0.0]

    def timed(function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[0] += (time.perf_counter() - start) * 1000
        return wrapper

    # The completeness part of an answer: working it out, and the window following it.
    ReportView._completeness_changed = timed(ReportView._completeness_changed)  # type: ignore[method-assign]
    MainWindow._show_completeness = timed(MainWindow._show_completeness)  # type: ignore[method-assign]
    if hasattr(session_module, "check_completeness"):  # before the tracker
        session_module.check_completeness = timed(session_module.check_completeness)  # type: ignore[attr-defined]
    else:
        tracker = session_module.CompletenessTracker
        tracker.update = timed(tracker.update)  # type: ignore[method-assign]

    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    window.open_report(path)
    opened = time.perf_counter()
    while window.session is None:
        if time.perf_counter() - opened > 60:
            raise RuntimeError(f"{path.name} did not open in the window")
        _pump(5)
    session = window.session

    # A choice on the table's page, given then cleared: its status, its page, objective and
    # indicators, and the list of questions to finish change each time.
    window.go_to_question("cpb_focal_point_designated")
    page = window.current_page()
    assert page is not None
    question = page.questions["cpb_focal_point_designated"]
    for number in range(answers):
        spent[0] = 0.0
        start = time.perf_counter()
        if number % 2:
            question.clear_button.click()
        else:
            question.editor.buttons["yes"].click()  # type: ignore[attr-defined]
        timings["answer"].append((time.perf_counter() - start) * 1000)
        timings["completeness"].append(spent[0])
        _pump(0)
    # One cell of the 1,000-row table changed, as a finished cell edit stores it.
    table = page.questions[_TABLE].editor
    for number in range(answers // 2):
        spent[0] = 0.0
        start = time.perf_counter()
        table.model.setData(table.model.index(number, 0), f"Biosafety regulation {number}b")  # type: ignore[attr-defined]
        timings["table answer"].append((time.perf_counter() - start) * 1000)
        timings["table completeness"].append(spent[0])
        _pump(0)

    def key_to_disk(question_id: str, kind: str, text: str, focus: Callable[[], Any]) -> None:
        window.go_to_question(question_id)
        _pump(0)
        target = focus()
        for number in range(answers // 4):
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            typed = f"{text}{number}"
            if hasattr(target, "selectAll"):
                target.selectAll()
            QTest.keyClicks(target, typed)
            expected: Any = typed if kind != "number" else int(typed)

            def arrived(value: Any, expected: Any = expected) -> bool:
                return bool(value[0]["instrument_title"] == expected) if kind == "table cell" else bool(value == expected)

            elapsed = _until_in_file(path, question_id, arrived)
            timings[f"key to disk: {kind}"].append(elapsed)
            timings["key to disk"].append(elapsed)

    def editor_of(question_id: str) -> Any:
        current = window.current_page()
        assert current is not None
        return current.questions[question_id].editor

    key_to_disk("nfp_name", "line", "Dr. Ana Okafor ", lambda: editor_of("nfp_name").focus_target())
    key_to_disk("details_1_1", "multi-line", "Adopted in ", lambda: editor_of("details_1_1").focus_target())
    key_to_disk("rarm_assessments_count", "number", "1", lambda: editor_of("rarm_assessments_count").focus_target())

    def open_cell() -> Any:
        table = editor_of(_TABLE)
        index = table.model.index(0, 0)
        table.view.setCurrentIndex(index)
        table.view.setFocus(Qt.FocusReason.OtherFocusReason)
        table.view.edit(index)
        _pump(0)
        cell: Any = QApplication.focusWidget()
        cell.selectAll()
        return cell

    key_to_disk(_TABLE, "table cell", "Biosafety Act ", open_cell)
    assert session is not None
    window.close()
    return timings


def _environment(home: Path, source: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BSREPORTER_HOME": str(home),
            "PYTHONPATH": os.pathsep.join([str(source), str(_REPO)])}


def _window_rounds(report: Path, home: Path, sources: dict[str, Path], rounds: int) -> dict[str, dict[str, list[float]]]:
    """Window figures of each source tree, in interleaved rounds (a fresh copy of the report each time)."""
    found: dict[str, dict[str, list[float]]] = {name: {} for name in sources}
    for number in range(rounds):
        for name, source in sources.items():
            copy = report.with_name(f"{name}-{number}.bsr")
            copy.write_bytes(report.read_bytes())
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_completeness", "--inner", str(copy), str(_ANSWERS)],
                env=_environment(home, source), capture_output=True, text=True, timeout=900, cwd=_REPO,
            )
            if done.returncode != 0:
                raise RuntimeError(f"{name}: {done.stderr.strip()[-2000:]}")
            for key, values in json.loads(done.stdout.strip().splitlines()[-1]).items():
                found[name].setdefault(key, []).extend(values)
    return found


def _window_rows(found: dict[str, dict[str, list[float]]]) -> list[dict[str, Any]]:
    rows = []
    for name, timings in found.items():
        label = "" if name == "now" else f" [{name}]"
        rows.append(_summary(f"window: completeness after an answer (a choice){label}", timings["completeness"],
                             _COMPLETENESS_BUDGET_MS))
        rows.append(_summary(f"window: completeness after an answer (a table cell){label}",
                             timings["table completeness"], _COMPLETENESS_BUDGET_MS))
        rows.append(_summary(f"window: answer stored + window updated (a choice){label}", timings["answer"], None))
        rows.append(_summary(f"window: answer stored + window updated (a table cell){label}",
                             timings["table answer"], None))
        for key in sorted(k for k in timings if k.startswith("key to disk")):
            rows.append(_summary(f"window: {key}{label}", timings[key], _KEY_TO_DISK_BUDGET_MS))
    return rows


def _extract(revision: str, folder: Path) -> Path:
    archive = subprocess.run(["git", "archive", revision, "src", "forms", "resources"], cwd=_REPO, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src"


def run(before: str | None = None, rounds: int = _ROUNDS) -> list[dict[str, Any]]:
    """Rows for the benchmark table (``before``: a git revision to measure beside the current source)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        home = folder / "home"
        home.mkdir()
        previous = os.environ.get("BSREPORTER_HOME")
        os.environ["BSREPORTER_HOME"] = str(home)
        try:
            report = build_report(folder / "table.bsr")
            rows = _core(report)
        finally:
            if previous is None:
                os.environ.pop("BSREPORTER_HOME", None)
            else:
                os.environ["BSREPORTER_HOME"] = previous
        sources = {"now": _REPO / "src"}
        if before:
            (folder / "before").mkdir()
            sources = {f"before {before}": _extract(before, folder / "before"), **sources}
        rows += _window_rows(_window_rounds(report, home, sources, rounds))
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--inner":
        print(json.dumps(_inner(Path(sys.argv[2]), int(sys.argv[3]))))
    else:
        revision = sys.argv[sys.argv.index("--before") + 1] if "--before" in sys.argv else None
        table = run(revision)
        width = max(len(r["operation"]) for r in table)
        print(f"{'operation':<{width}}  {'median ms':>10}  {'p99 ms':>10}  {'runs':>5}")
        for r in table:
            print(f"{r['operation']:<{width}}  {r['median_ms']:>10.2f}  {r['p99_ms']:>10.2f}  {r['runs']:>5}")
