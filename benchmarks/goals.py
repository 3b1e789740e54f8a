"""The speed goals as a person feels them, each as a ratio measured in one run: `python -m benchmarks.goals`.

Every figure comes from the benchmark that measures it, with its floor or budget measured in the same
rounds: whole commands against `python -c pass`; the PDF export against a reportlab "hello world" and a
cold LibreOffice converting the same report from a Word document; the window's first painted page against a
minimal PySide6 window; the longest freeze of the window, completeness after an answer and typed text
reaching the file against their budgets (50, 20 and 300 ms) with a report holding a 1,000-row table.
``--quick`` takes fewer rounds (noisier). Nothing here is a test: a goal missed is printed, not failed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from typing import Any

#: (goal, the rows it is judged on, the ratio each must stay within, whether lower is better)
Goal = tuple[str, Callable[[dict[str, Any]], bool], float, bool]


def _named(*parts: str, unless: tuple[str, ...] = ()) -> Callable[[dict[str, Any]], bool]:
    """Rows whose name holds every part and none of ``unless`` (nor a source tree measured beside, "[...]")."""
    return lambda row: (all(part in row["operation"] for part in parts)
                        and not any(word in row["operation"] for word in (*unless, "[")))


GOALS: list[Goal] = [
    ("check, get, set: whole process <= 5x `python -c pass`",
     _named("process: bsreporter ", unless=("export", "page")), 5.0, True),
    ("export --pdf: whole process <= 3x a reportlab hello-world", _named("process: bsreporter export"), 3.0, True),
    ("export --pdf: >= 3x faster than a cold LibreOffice (.docx -> PDF)", _named("LibreOffice / export"), 3.0,
     False),
    ("window start to first painted page <= 3x a minimal PySide6 window", _named("process: ", "first page"), 3.0,
     True),
    ("longest freeze of the window <= 50 ms (1,000-row table; worst round)",
     _named("longest freeze:", unless=("freeze: idle", "as before")), 1.0, True),
    ("completeness after an answer <= 20 ms (1,000-row table)", _named("window: completeness after an answer"),
     1.0, True),
    ("typed text in the file <= 300 ms after the last key", _named("window: key to disk"), 1.0, True),
]


def _rows(quick: bool) -> list[dict[str, Any]]:
    from benchmarks import bench_completeness, bench_export_process, bench_freeze, bench_gui, bench_process

    rounds = 3 if quick else None
    rows: list[dict[str, Any]] = []
    rows += bench_process.process_figures(*([rounds] if rounds else []))
    rows += bench_export_process.process_figures(*([rounds] if rounds else []))
    rows += bench_gui.first_paint_figures(*([rounds] if rounds else []))
    rows += bench_freeze.run(*([rounds] if rounds else []))
    rows += bench_completeness.run(rounds=rounds) if rounds else bench_completeness.run()
    return rows


def judge(rows: Iterable[dict[str, Any]]) -> list[tuple[str, str, float, bool]]:
    """For each goal and each row it is judged on: (goal, row, ratio, met)."""
    verdicts = []
    rows = list(rows)
    for goal, matches, limit, lower_is_better in GOALS:
        for row in filter(matches, rows):
            # "No freeze over 50 ms" is judged on the worst round, not the median.
            ratio = row.get("worst_ratio", row["ratio"])
            met = ratio <= limit if lower_is_better else ratio >= limit
            verdicts.append((goal, row["operation"], ratio, met))
    return verdicts


def main(argv: list[str] | None = None) -> int:
    """Measure every goal and print one line per figure: its ratio and whether the goal holds."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="three rounds each (noisier)")
    args = parser.parse_args(argv)
    shown = ""
    for goal, operation, ratio, met in judge(_rows(args.quick)):
        if goal != shown:
            print(f"\n{goal}")
            shown = goal
        print(f"  {'met    ' if met else 'MISSED '} {ratio:6.2f}x  {operation}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
