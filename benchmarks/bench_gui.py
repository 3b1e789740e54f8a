"""Desktop application timings: cold start, storing one answer from its editor, switching sections, memory.

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

_COLD_STARTS = 7
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


def _cold_start(home: Path, demo: Path) -> dict[str, Any]:
    """Launch ``run_gui(demo)`` as a new process until the first page is painted, several times."""
    from bsreporter.gui.app import PROBE_PREFIX, PROBE_VARIABLE

    code = (
        "import sys; from pathlib import Path; from bsreporter.gui.app import run_gui; "
        "sys.exit(run_gui(Path(sys.argv[1])))"
    )
    timings = []
    for _ in range(_COLD_STARTS):
        env = {**_environment(home), PROBE_VARIABLE: repr(time.time())}
        done = subprocess.run(
            [sys.executable, "-c", code, str(demo)], env=env, capture_output=True, text=True, timeout=120, check=True
        )
        line = next(line for line in done.stdout.splitlines() if line.startswith(PROBE_PREFIX))
        timings.append(float(line.split()[1]))
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
    return _row("GUI cold start to demo report's first page painted", timings, peak_mb)


def run() -> list[dict[str, Any]]:
    """Rows for the benchmark table."""
    from bsreporter.demo import bundled_demo_path

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        demo = Path(tmp) / "demo.bsr"
        shutil.copyfile(bundled_demo_path(), demo)
        rows = [_cold_start(home, demo)]
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
    else:
        for row in run():
            print(f"{row['operation']:<70} {row['median_ms']:>9.2f} {row['p99_ms']:>9.2f} {row['peak_mb']:>8.1f}")
