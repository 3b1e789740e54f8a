"""Desktop application timings: start to first paint, storing one answer from its editor, switching sections, memory.

Start-up is timed as whole processes from launch to the first paint, beside a minimal PySide6 window
measured in the same interleaved rounds (``python -m benchmarks.bench_gui --first-paint`` prints the ratios);
the goal is 3x that floor.

Targets (issue 3, development machine): cold start to the demo report's first page
painted under 1.5 s; one answer from widget edit to committed row p99 under 15 ms;
switching sections under 100 ms; peak memory under 300 MB.

Each figure is taken in a fresh offscreen process, so the memory figure is the whole
program's peak resident size (not only Python objects) and no other benchmark's
memory is counted. ``python -m benchmarks.bench_gui --inner`` is that process.
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.measure import compare_processes, print_ratios

_COLD_STARTS = 9
_ANSWERS = 200
_SWITCHES = 200
_REPO = Path(__file__).resolve().parents[1]


def _row(operation: str, timings_ms: list[float], peak_mb: float) -> dict[str, Any]:
    ordered = sorted(timings_ms)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {
        "operation": operation,
        "median_ms": statistics.median(ordered),
        "p99_ms": p99,
        "peak_mb": peak_mb,
        "runs": len(ordered),
    }


def _environment(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BSREPORTER_HOME": str(home),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(_REPO), os.environ.get("PYTHONPATH", "")])),
    }


# The floor: the least a PySide6 program costs until a window is painted (a QApplication, a QMainWindow
# holding a label), timed from launch to its first paint with the same probe as the program's.
_MINIMAL_WINDOW = """\
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
launched = float(os.environ[{variable!r}])
app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("Hello")
window.setCentralWidget(label)
class Probe(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, report)
        return False
def report():
    print({prefix!r}, round((time.time() - launched) * 1000, 1), flush=True)
    app.quit()
probe = Probe()
label.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""
_FLOOR = "minimal PySide6 window (floor)"
_RUN_GUI = "import sys; from pathlib import Path; from bsreporter.gui.app import run_gui; sys.exit(run_gui(Path(sys.argv[1])))"
_CLI = "import sys; from bsreporter.cli import main; sys.argv[0] = 'bsreporter'; sys.exit(main())"
#: ``run_gui(DEMO)`` from another source tree: its ``src`` first on the path.
_RUN_GUI_FROM = "import sys; sys.path.insert(0, sys.argv.pop(1)); " + _RUN_GUI.removeprefix("import sys; ")


def first_paint_commands(demo: Path, trees: dict[str, Path] | None = None) -> dict[str, list[str]]:
    """The floor, and the program started as the benchmarks and as a person start it, each to its first paint.

    ``trees``: other source trees (name -> its ``src``) whose ``run_gui(DEMO)`` is started beside.
    """
    from bsreporter.gui.app import PROBE_PREFIX, PROBE_VARIABLE

    python = [sys.executable]
    script = Path(sys.executable).with_name("bsreporter")
    # The installed command where there is one (what a person starts), else the same entry point through -c.
    command = [str(script)] if script.is_file() else [*python, "-c", _CLI]
    return {
        _FLOOR: [*python, "-c", _MINIMAL_WINDOW.format(variable=PROBE_VARIABLE, prefix=PROBE_PREFIX)],
        "run_gui(DEMO): the demo report's first page": [*python, "-c", _RUN_GUI, str(demo)],
        "bsreporter DEMO: the demo report's first page": [*command, str(demo)],
        "bsreporter: the start page": command,
        **{f"run_gui(DEMO) [{name}]: the demo report's first page": [*python, "-c", _RUN_GUI_FROM, str(source), str(demo)]
           for name, source in (trees or {}).items()},
    }


def first_paint_figures(rounds: int = _COLD_STARTS, trees: dict[str, Path] | None = None) -> list[dict[str, Any]]:
    """Launch to first paint of each command and its ratio to the minimal window, all in the same rounds."""
    from bsreporter.demo import bundled_demo_path
    from bsreporter.gui.app import PROBE_PREFIX, PROBE_VARIABLE

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "home").mkdir()
        demo = folder / "demo.bsr"
        shutil.copyfile(bundled_demo_path(), demo)
        # Compiled modules kept, as an installed program has them; in the temporary folder, not the tree.
        env = {**{k: v for k, v in _environment(folder / "home").items() if k != "PYTHONDONTWRITEBYTECODE"},
               "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
        return compare_processes(first_paint_commands(demo, trees), _FLOOR, env, rounds=rounds,
                                 probe=(PROBE_VARIABLE, PROBE_PREFIX))


def run() -> list[dict[str, Any]]:
    """Rows for the benchmark table."""
    from bsreporter.demo import bundled_demo_path

    rows = first_paint_figures()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        demo = Path(tmp) / "demo.bsr"
        shutil.copyfile(bundled_demo_path(), demo)
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_gui", "--inner", str(demo)],
            env=_environment(home),
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
            cwd=_REPO,
        )
        rows += json.loads(done.stdout.strip().splitlines()[-1])
    return rows


# -- the measuring process ------------------------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _inner(demo: Path) -> list[dict[str, Any]]:
    from PySide6.QtCore import QEventLoop, QTimer

    from bsreporter.gui.app import create_application

    create_application([])
    from bsreporter.gui.main_window import MainWindow

    def settle() -> None:
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()

    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    start = time.perf_counter()
    window.open_report(demo)
    while window.session is None:
        loop = QEventLoop()
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    window.repaint()
    rows = [
        _row(
            "GUI open demo report in a window (background open + first page)",
            [(time.perf_counter() - start) * 1000],
            _peak_mb(),
        )
    ]
    session = window.session
    assert session is not None

    # Switching sections: first visits build the page; later visits show the kept page.
    sections = [s.id for s in session.form.sections]
    first_visits = []
    for section_id in sections[1:]:
        begin = time.perf_counter()
        window.go_to_section(section_id)
        window.repaint()  # paint now, as the person would see it
        first_visits.append((time.perf_counter() - begin) * 1000)
    rows.append(_row("GUI switch section, first visit (build + paint)", first_visits, _peak_mb()))
    switches = []
    for section_id in itertools.islice(itertools.cycle(sections), _SWITCHES):
        begin = time.perf_counter()
        window.go_to_section(section_id)
        window.repaint()
        switches.append((time.perf_counter() - begin) * 1000)
    rows.append(_row("GUI switch section, page seen before (show + paint)", switches, _peak_mb()))

    # One answer from its editor to the committed row, window refreshed (relevance, navigator, panel).
    window.go_to_question("Q021")
    page = window.current_page()
    assert page is not None
    radios = page.questions["Q021"].editor
    choices = ["true", "false", "true.some"]  # "Yes, to some extent" brings its details box
    clicks = []
    for value in itertools.islice(itertools.cycle(choices), _ANSWERS):
        begin = time.perf_counter()
        radios.buttons[value].click()  # type: ignore[attr-defined]
        clicks.append((time.perf_counter() - begin) * 1000)
        settle()
    rows.append(_row("GUI store one answer: choice clicked -> committed + window updated", clicks, _peak_mb()))

    window.go_to_question("Q093__true_some")
    page = window.current_page()
    assert page is not None
    text = page.questions["Q093__true_some"].editor
    typed = []
    for number in range(_ANSWERS):
        text.edit.setPlainText(f"The import permit names a contact point, round {number}")  # type: ignore[attr-defined]
        begin = time.perf_counter()
        text.flush()  # what the pause in typing or leaving the field triggers
        typed.append((time.perf_counter() - begin) * 1000)
        settle()
    rows.append(_row("GUI store one answer: text after pause -> committed + window updated", typed, _peak_mb()))
    stored = session.report.answer("Q093__true_some")
    assert stored is not None and stored.value.endswith(str(_ANSWERS - 1))

    window.close()
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--inner":
        print(json.dumps(_inner(Path(sys.argv[2]))))
    elif sys.argv[1:2] == ["--first-paint"]:
        # --first-paint [ROUNDS] [--tree NAME=SRC ...]: other source trees' run_gui(DEMO) in the same rounds
        extra = sys.argv[2:]
        named: dict[str, Path] = {}
        for index, arg in enumerate(extra):
            if arg == "--tree" and index + 1 < len(extra):
                name, _, source = extra[index + 1].partition("=")
                named[name] = Path(source)
        counts = [int(a) for a in extra if a.isdigit()]
        print_ratios(first_paint_figures(counts[0] if counts else _COLD_STARTS, named))
    else:
        for row in run():
            print(f"{row['operation']:<70} {row['median_ms']:>9.2f} {row['p99_ms']:>9.2f} {row['peak_mb']:>8.1f}")
