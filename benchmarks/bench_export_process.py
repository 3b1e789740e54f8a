"""Whole-process cost of a PDF export, as a person or a script meets it.

Each row is the median wall-clock time of a new process: ``bsreporter export DEMO --pdf OUT`` in English,
Chinese and Arabic, beside the ratio against a plain reportlab "hello world" (a ``python -c`` that writes a
one-page PDF) measured in the same interleaved rounds, so that the figure says what the export adds to the
least a PDF made in Python costs, whatever the machine. ``python -m benchmarks.bench_export_process`` prints
the ratios; ``python -m benchmarks`` the rows.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.measure import compare_processes, print_ratios

_ROUNDS = 9
_CLI = "import sys; from bsreporter.cli import main; sys.exit(main())"
_FLOOR = "reportlab hello-world PDF (floor)"
_HELLO = ("import sys; from reportlab.pdfgen.canvas import Canvas; c = Canvas(sys.argv[1]); "
          "c.drawString(72, 770, 'Hello world'); c.showPage(); c.save()")


def _commands(folder: Path) -> dict[str, list[str]]:
    from bsreporter.demo import bundled_demo_path

    demo = folder / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    python = [sys.executable]
    commands = {_FLOOR: [*python, "-c", _HELLO, str(folder / "hello.pdf")]}
    for language in ("en", "zh", "ar"):
        commands[f"bsreporter export DEMO --pdf OUT ({language})"] = [
            *python, "-c", _CLI, "export", str(demo), "--pdf", str(folder / f"demo-{language}.pdf"),
            "--language", language]
    return commands


def process_figures(rounds: int = _ROUNDS) -> list[dict[str, Any]]:
    """Median whole-process time of each export and its ratio to the floor, all measured in the same rounds."""
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {**os.environ, "BSREPORTER_HOME": str(home / "home")}
        commands = _commands(home)
        return compare_processes(commands, _FLOOR, env, rounds=rounds, accepted=(0,))


def run() -> list[dict[str, Any]]:
    """Rows for ``python -m benchmarks``."""
    return process_figures()


def main() -> int:
    """Print each export's median and its ratio to the reportlab hello-world floor, all from one run."""
    print_ratios(process_figures())
    return 0


if __name__ == "__main__":
    sys.exit(main())
