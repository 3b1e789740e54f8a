"""The Secretariat's formats as forms: what each form holds against the format, and what loading it costs.

Per format: the reference's entries, questions, mandatory questions and enable-rule targets beside the
form's questions, required questions and questions with a rule (plus its detail boxes), and how many of
the Plan's 72 indicators the form informs or says are measured elsewhere. Counts come from the form as
loaded and from the Secretariat's definitions beside the project (tests/reference/bch.py reads them).

Load times are whole processes, as a person or a script meets them: a new Python that loads the form
(``python -c``), and ``bsreporter forms show ID --json``. Each is the median of several runs, given as a
ratio against a floor measured in the same rounds, so that the figure says what the form adds to
starting Python and importing bsreporter, whatever the machine: ``python -c`` importing the loader
without loading, and ``bsreporter --version``. Peak memory is the ``python -c`` process's own resident
peak (Linux); the command line's is not told (NaN), as a child's rusage counts its parent's pages.
``python -m benchmarks.bench_formats`` prints both tables.
"""

from __future__ import annotations

import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_REPO = Path(__file__).resolve().parents[1]
_FORMATS = {4: "cpb-nr4-2019", 3: "cpb-nr3-2015", 2: "cpb-nr2-2011"}
_ROUNDS = 9
# A child's rusage counts the parent's pages it was forked from, so a `python -c` process reports its own
# peak (VmHWM, Linux) on stderr at its end; the floor does the same, so both pay the same for it.
_OWN_PEAK = (
    "; import pathlib, sys; status = pathlib.Path('/proc/self/status'); "
    "print(*(l for l in status.read_text().splitlines() if l.startswith('VmHWM')) if status.exists() else (),"
    " file=sys.stderr)"
)
_PYTHON_FLOOR = "import bsreporter.form.loader, bsreporter.resources" + _OWN_PEAK
_PYTHON_LOAD = (
    "import sys; from bsreporter.form.loader import load_questionnaire; "
    "from bsreporter.resources import forms_dir; load_questionnaire(forms_dir() / sys.argv[1])" + _OWN_PEAK
)
_PEAK_LINE = re.compile(r"VmHWM:\s+(\d+)\s+kB")


def _reference() -> Any:
    """The reader of the Secretariat's definitions, or None when they are not beside the project."""
    sys.path.insert(0, str(_REPO / "tests"))
    try:
        from reference import bch
    finally:
        sys.path.pop(0)
    return bch if bch.reference_available() else None


def format_figures() -> list[dict[str, Any]]:
    """One row per format: the reference's counts beside the installed form's."""
    from bsreporter.form.loader import load_questionnaire
    from bsreporter.resources import forms_dir

    bch = _reference()
    rows = []
    for number, form_id in _FORMATS.items():
        form = load_questionnaire(forms_dir() / form_id)
        questions = [q for q in form.iter_questions() if q.detail_of is None]
        row: dict[str, Any] = {
            "form": form_id,
            "questions": len(questions),
            "required": sum(q.required for q in questions),
            "with_rule": sum(q.relevant is not None for q in questions),
            "detail_boxes": len(form.questions) - len(questions),
            "informed": sum(bool(form.informing.get(i)) for i in form.indicators),
            "elsewhere": len(form.measured_elsewhere),
            "indicators": len(form.indicators),
        }
        if bch is not None:
            entries = bch.load_format(number).entries()
            titles = bch.question_titles(number, "en")
            row.update(
                ref_entries=len(entries),
                ref_questions=sum(e.type in ("option", "term", "lstring", "text") for e in entries),
                ref_mandatory=sum(e.mandatory for e in entries),
                ref_rule_targets=len({v.question for e in entries for v in e.validations}),
                ref_validations=sum(len(e.validations) for e in entries),
                # The older formats state their rules only in words ("If you answered Yes to question 18").
                ref_worded=sum(bool(re.search(r"if you answered", titles.get(e.key, ""), re.I)) for e in entries),
            )
        rows.append(row)
    return rows


def _one_process(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run ``command`` to its end: (wall time in ms, its own peak resident size in MB, NaN when not told)."""
    start = time.perf_counter()
    done = subprocess.run(
        command, env=env, cwd=_REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120, check=False
    )
    elapsed = (time.perf_counter() - start) * 1000
    error = done.stderr.decode(errors="replace")
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {error.strip()[-300:]}")
    peak = _PEAK_LINE.search(error)
    return elapsed, int(peak.group(1)) / 1024 if peak else float("nan")


def load_timings(rounds: int = _ROUNDS) -> list[dict[str, Any]]:
    """Whole-process timings, every command once per round (so drift in the machine hits all alike)."""
    cli = str(Path(sys.executable).with_name("bsreporter"))
    commands: dict[str, tuple[str, list[str]]] = {
        "floor: python -c 'import bsreporter.form.loader' (no form loaded)": (
            "python",
            [sys.executable, "-c", _PYTHON_FLOOR],
        ),
        "floor: bsreporter --version": ("cli", [cli, "--version"]),
    }
    for form_id in _FORMATS.values():
        commands[f"load {form_id}, whole process (python -c)"] = (
            "python",
            [sys.executable, "-c", _PYTHON_LOAD, form_id],
        )
        commands[f"bsreporter forms show {form_id} --json > /dev/null"] = (
            "cli",
            [cli, "forms", "show", form_id, "--json"],
        )
    timings: dict[str, list[float]] = {label: [] for label in commands}
    peaks: dict[str, float] = dict.fromkeys(commands, 0.0)
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "BSREPORTER_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        for _, command in commands.values():  # one untimed run each: disk caches warm for all
            _one_process(command, env)
        for _ in range(rounds):
            for label, (_, command) in commands.items():
                elapsed, peak = _one_process(command, env)
                timings[label].append(elapsed)
                peaks[label] = peak if math.isnan(peak) else max(peaks[label], peak)
    floors = {
        kind: statistics.median(timings[label]) for label, (kind, _) in commands.items() if label.startswith("floor")
    }
    rows = []
    for label, (kind, _) in commands.items():
        ordered = sorted(timings[label])
        median = statistics.median(ordered)
        rows.append(
            {
                "operation": label,
                "median_ms": median,
                "p99_ms": ordered[-1],
                "peak_mb": peaks[label],
                "runs": len(ordered),
                "ratio": median / floors[kind],
                "over_floor_ms": median - floors[kind],
            }
        )
    return rows


def run() -> list[dict[str, Any]]:
    """Rows for the benchmark table: the whole-process load timings, each with its ratio to its floor."""
    return [
        row
        if row["operation"].startswith("floor")
        else {**row, "operation": f"{row['operation']} [x{row['ratio']:.2f} of floor]"}
        for row in load_timings()
    ]


def main() -> None:
    """Print what each form holds against its format, then the load timings."""
    figures = format_figures()
    print(
        "format          reference: entries questions mandatory rule-targets (validations) worded | "
        "form: questions required with-rule +detail | indicators: informed elsewhere of"
    )
    for r in figures:
        reference = (
            f"{r['ref_entries']:>7} {r['ref_questions']:>9} {r['ref_mandatory']:>9} "
            f"{r['ref_rule_targets']:>12} ({r['ref_validations']:>2}) {r['ref_worded']:>13}"
            if "ref_entries" in r
            else f"{'(reference absent)':>58}"
        )
        print(
            f"{r['form']:<15} {reference} | {r['questions']:>15} {r['required']:>8} {r['with_rule']:>9} "
            f"{'+' + str(r['detail_boxes']):>7} | {r['informed']:>21} {r['elsewhere']:>8} {r['indicators']:>3}"
        )
    print()
    print(f"{'whole process':<62} {'median ms':>9} {'max ms':>8} {'x floor':>8} {'+ms':>7} {'peak MB':>8}")
    for row in load_timings():
        print(
            f"{row['operation']:<62} {row['median_ms']:>9.1f} {row['p99_ms']:>8.1f} {row['ratio']:>8.2f} "
            f"{row['over_floor_ms']:>7.1f} {row['peak_mb']:>8.1f}"
        )


if __name__ == "__main__":
    main()
