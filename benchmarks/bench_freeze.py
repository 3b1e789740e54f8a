"""The longest freeze of the window during export, import and completeness, with a 1,000-row table.

Budget: no freeze over 50 ms. A report answering every question of the self-assessment,
whose table of instruments (1.1, ``nbf_instruments``) holds 1,000 rows, is open in the
main window (offscreen) on the page of that table. A timer on the window's thread fires
every 5 ms; the longest gap between two firings, less the interval, is the longest time
the window could not react. It is taken while the window:

- exports the report as PDF, and as XLSX (from the call to its last callback, plus a
  short tail for any work posted after it);
- stores one answer, and one changed cell of the 1,000-row table (the completeness
  check and the page refresh that follow);
- imports a workbook of that report into an empty report: from the start to the preview
  shown (its rows fitted to their texts), then Apply All to the end of the run, then
  Edit > Undo of the whole import;
- opens a copy of that report in a third window, on the table's page, until every question of
  the page is built (the report closed beforehand, untimed).

Idle (the same timer, the window doing nothing) is measured in the same rounds as the
floor. So is the way each action went before it moved out of the window's process ("as
before"): the export written by a thread of the window, the import file read by one, the
import checked and written all at once on the window's thread. The first run of each
action in the session is reported on its own: it pays for imports and first paints. Rounds are interleaved, so a busy moment of the machine falls on every operation
alike. The figures are taken in fresh processes (``python -m benchmarks.bench_freeze
--inner``), one per round, so no other benchmark's state is counted and every round has a
first run of its own. ``--tree NAME=SRC`` (repeatable) also runs the rounds on another source
tree (e.g. an earlier revision extracted with ``git archive``), interleaved with this one.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: The freeze people must never feel.
BUDGET_MS = 50.0
#: How often the heartbeat timer fires.
TICK_MS = 5
#: Rows of the table of instruments.
TABLE_ROWS = 1_000
#: How long the loop keeps turning after an operation ended, to catch work posted after it.
TAIL_MS = 300
#: Interleaved rounds of every operation.
ROUNDS = 3
_REPO = Path(__file__).resolve().parents[1]
_TABLE = "nbf_instruments"
#: Operations whose first run in a session is reported on its own.
_FIRST = ("PDF export", "XLSX export", "import preview", "import apply")



def run(rounds: int = ROUNDS, trees: dict[str, Path] | None = None) -> list[dict[str, Any]]:
    """Rows for the benchmark table: the longest stall of each operation, its median over rounds and worst.

    ``trees``: other source trees (name -> its ``src``) measured in the same interleaved rounds.
    """
    sources: dict[str, Path | None] = {"": None, **(trees or {})}
    found: dict[str, dict[str, list[float]]] = {name: {} for name in sources}
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(rounds):
            for name, source in sources.items():
                folder = Path(tmp) / f"round-{number}-{name or 'now'}"
                folder.mkdir()
                env = {
                    **os.environ,
                    "QT_QPA_PLATFORM": "offscreen",
                    "BSREPORTER_HOME": str(Path(tmp) / f"home-{name or 'now'}"),
                    "PYTHONPATH": os.pathsep.join(filter(None, [str(source) if source else "", str(_REPO),
                                                               os.environ.get("PYTHONPATH", "")])),
                }
                done = subprocess.run(
                    [sys.executable, "-m", "benchmarks.bench_freeze", "--inner", str(folder), "1"],
                    env=env, capture_output=True, text=True, check=False, cwd=_REPO,
                )
                if done.returncode != 0:
                    raise RuntimeError(done.stderr.strip()[-2000:])
                for key, values in json.loads(done.stdout.strip().splitlines()[-1]).items():
                    found[name].setdefault(key, []).extend(values)
    rows = []
    for tree, stalls in found.items():
        idle = statistics.median(stalls["idle"])
        label = f" [{tree}]" if tree else ""
        for name, values in stalls.items():
            median = statistics.median(values)
            rows.append({
                "operation": f"longest freeze: {name}{label} ({TABLE_ROWS}-row table), {median / BUDGET_MS:.2f}x "
                             f"the {BUDGET_MS:.0f} ms budget (idle {idle:.1f} ms)",
                "median_ms": median, "p99_ms": max(values), "peak_mb": float("nan"), "runs": len(values),
                "ratio": median / BUDGET_MS, "worst_ratio": max(values) / BUDGET_MS, "idle_ms": idle,
            })
    return rows


# -- the measuring process --------------------------------------------------------------------


class _Heartbeat:
    """A timer on the window's thread; the longest gap between its firings while it runs."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._longest = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        self._longest = max(self._longest, now - self._last)
        self._last = now
        self.ticks += 1

    def measure(self, action: Callable[[], Callable[[], bool]]) -> float:
        """Start ``action`` with the timer running; turn the loop until the check it returns holds, then a tail.

        The longest stall, in ms, beyond the timer's interval.
        """
        from PySide6.QtCore import QCoreApplication, QEventLoop

        self._longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()
        over = action()
        deadline = time.perf_counter() + 120
        while not over():
            if time.perf_counter() > deadline:
                raise RuntimeError("the operation did not end within two minutes")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        tail = time.perf_counter() + TAIL_MS / 1000
        while time.perf_counter() < tail:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        self._tick()
        self._timer.stop()
        return max(0.0, self._longest * 1000 - TICK_MS)


def _in_this_process(target: Callable[..., Any], *args: Any, **kwargs: Any) -> Callable[[Any], Any]:
    """Work done on the background thread itself, as it was before it moved to a child process."""
    return lambda progress: target(*args, **kwargs, progress=progress, cancelled=progress.cancelled)


def _instruments(form: Any) -> list[dict[str, Any]]:
    columns = {c.name: c for c in form.question(_TABLE).columns}
    types = columns["instrument_type"].choices.values
    statuses = columns["instrument_status"].choices.values
    return [
        {"instrument_title": f"Biosafety regulation no. {i + 1} on contained use and release",
         "instrument_type": types[i % len(types)], "instrument_status": statuses[i % len(statuses)],
         "year_adopted": 1995 + i % 25, "instrument_url": f"https://bch.example/laws/{i + 1}"}
        for i in range(TABLE_ROWS)
    ]


def _build(folder: Path) -> tuple[Path, Path, Path]:
    """The report with the 1,000-row table, its workbook, and an empty report of the same Party.

    A copy of the first report, ``copy.bsr``, is made beside it, for a third window to open.
    """
    from bsreporter.exchange import export_xlsx
    from bsreporter.form.installed import installed_questionnaire
    from bsreporter.report.store import Report, Source
    from bsreporter.report.synthetic import synthetic_answers

    form = installed_questionnaire()
    full, empty, workbook = folder / "full.bsr", folder / "empty.bsr", folder / "full.xlsx"
    with Report.create(full, party="Republic of Arcadia", form=form, author="bench") as report:
        answers = synthetic_answers(form, 7, answered_share=1.0)
        answers.pop("party", None)
        answers["nbf_legislation_in_place"] = "yes"
        answers[_TABLE] = _instruments(form)
        report.set_answers(answers, source=Source.TYPED)
        export_xlsx(report, workbook)
    Report.create(empty, party="Republic of Arcadia", form=form, author="bench").close()
    shutil.copyfile(full, folder / "copy.bsr")
    return full, empty, workbook


def _inner(folder: Path, rounds: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from bsreporter.gui import exports, importer
    from bsreporter.gui.app import create_application
    from bsreporter.gui.main_window import MainWindow
    from bsreporter.gui.operations import in_child_process

    full, empty, workbook = _build(folder)
    create_application()
    heart = _Heartbeat()

    def wait(check: Callable[[], bool]) -> None:
        deadline = time.perf_counter() + 120
        while not check():
            if time.perf_counter() > deadline:
                raise RuntimeError("the window did not get there within two minutes")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    def shown(path: Path) -> MainWindow:
        window = MainWindow()
        window.resize(1280, 860)
        window.show()
        window.open_report(path)
        wait(lambda: window.session is not None and window.current_page() is not None)
        window.go_to_question(_TABLE)
        wait(lambda: True)
        return window

    big, target, viewer = shown(full), shown(empty), shown(folder / "copy.bsr")
    session = big.session
    assert session is not None and target.session is not None
    rows = _instruments(session.form)

    def idle() -> Callable[[], bool]:
        end = time.perf_counter() + 0.5
        return lambda: time.perf_counter() > end

    def export(kind: str, *, in_a_thread: bool = False) -> Callable[[], Callable[[], bool]]:
        def start() -> Callable[[], bool]:
            exports.in_child_process = _in_this_process if in_a_thread else in_child_process  # type: ignore[assignment]
            try:
                operation = exports.export_report(big, kind, folder / f"out.{kind}")
            finally:
                exports.in_child_process = in_child_process  # type: ignore[assignment]
            assert operation is not None and not isinstance(operation, exports.ExportDialog)
            return lambda: operation.done

        return start

    flips = iter(range(1_000_000))

    def answer() -> Callable[[], bool]:
        session.change_answer("nfp_name", f"Dr. Adaeze Okafor {next(flips)}")
        return lambda: True

    def table_cell() -> Callable[[], bool]:
        changed = [dict(row) for row in rows]
        changed[TABLE_ROWS // 2]["instrument_title"] = f"Biosafety Act, amended {next(flips)}"
        session.change_answer(_TABLE, changed)
        return lambda: True

    runs: list[importer.ImportRun] = []

    def preview(*, in_a_thread: bool = False) -> Callable[[], Callable[[], bool]]:
        def start() -> Callable[[], bool]:
            # The file is read and the import planned when the steps come, not at the start: the
            # way they are run is switched for the whole step.
            importer.in_child_process = _in_this_process if in_a_thread else in_child_process  # type: ignore[assignment]
            run = importer.start_import(target, workbook)
            assert run is not None
            runs.append(run)

            def ready() -> bool:
                if run.over:
                    raise RuntimeError(f"the import ended before its preview: {run.error}")
                if run.source_dialog is not None and run.source_dialog.isVisible():
                    run.source_dialog.accept()
                dialog = run.preview_dialog
                if dialog is None or not dialog.isVisible() or not getattr(dialog, "rows_fitted", lambda: True)():
                    return False
                importer.in_child_process = in_child_process  # type: ignore[assignment]
                return True

            return ready

        return start

    def apply() -> Callable[[], bool]:
        run = runs[-1]
        assert run.preview_dialog is not None
        run.preview_dialog.apply_all_button.click()
        return lambda: run.over

    def apply_on_the_windows_thread() -> Callable[[], bool]:
        # As the import was applied before it was checked in a process of its own: all of it at once here.
        from bsreporter.gui.import_undo import apply_and_record
        from bsreporter.report.store import Source

        run = runs[-1]
        assert run.preview_dialog is not None and run.plan is not None and target.session is not None
        run.preview_dialog.set_busy(True)
        run._applied(apply_and_record(target.session.report, run.plan, run.preview_dialog.model.all_rows(),
                                      Source.IMPORTED))
        return lambda: run.over

    def undo() -> Callable[[], bool]:
        assert target.session is not None and runs[-1].outcome is not None
        target.session.undo_stack.undo()
        return lambda: True

    def reopen() -> Callable[[], bool]:
        viewer.open_report(folder / "copy.bsr")  # on the page it was left on: the table's

        def shown() -> bool:
            page = viewer.current_page()
            # Until every question of the page is built (a page built all at once has no ``built``).
            return viewer.session is not None and page is not None and getattr(page, "built", True)

        return shown

    # Done before an operation is timed.
    setups: dict[str, Callable[[], None]] = {"report opened": viewer.close_report}

    operations: dict[str, Callable[[], Callable[[], bool]]] = {
        "idle": idle,
        "PDF export": export("pdf"), "PDF export in a thread (as before)": export("pdf", in_a_thread=True),
        "XLSX export": export("xlsx"), "XLSX export in a thread (as before)": export("xlsx", in_a_thread=True),
        "one answer stored": answer, "one cell of the table stored": table_cell,
        "import preview": preview(), "import apply": apply, "import undo": undo,
        "import preview, file read in a thread (as before)": preview(in_a_thread=True),
        "import apply, all on the window's thread (as before)": apply_on_the_windows_thread,
        "import undo of the import applied as before": undo,
        "report opened": reopen,
    }
    stalls: dict[str, list[float]] = {name: [] for name in operations}
    # The first time pays for imports, caches and first paints, as the person's first export does.
    for name, action in operations.items():
        if name in setups:
            setups[name]()
            wait(lambda: True)
        first = heart.measure(action)
        if name in _FIRST:
            stalls[f"{name}, first of the session"] = [first]
    for _ in range(rounds):
        for name, action in operations.items():
            if name in setups:
                setups[name]()
                wait(lambda: True)
            stalls[name].append(heart.measure(action))
            print(f"{name}: {stalls[name][-1]:.1f} ms", file=sys.stderr)
    for window in (big, target, viewer):
        window.close()
    return stalls


def _print(rows: list[dict[str, Any]]) -> None:
    width = max(len(r["operation"]) for r in rows)
    print(f"{'operation':<{width}}  {'median ms':>10}  {'worst ms':>10}  {'ratio':>6}")
    for r in rows:
        print(f"{r['operation']:<{width}}  {r['median_ms']:>10.1f}  {r['p99_ms']:>10.1f}  {r['ratio']:>5.2f}x")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--inner":
        result = _inner(Path(sys.argv[2]), int(sys.argv[3]))
        print(json.dumps(result))
    else:
        import argparse

        parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
        parser.add_argument("rounds", type=int, nargs="?", default=ROUNDS)
        parser.add_argument("--tree", action="append", default=[], metavar="NAME=SRC",
                            help="also measure from this source tree (repeatable)")
        args = parser.parse_args()
        _print(run(args.rounds, {name: Path(src) for name, _, src in (t.partition("=") for t in args.tree)}))
