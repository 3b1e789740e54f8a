"""Whole-process cost of the everyday commands, as a person or a script meets them.

Each row is the median wall-clock time of a new process (``bsreporter check``, ``get``, ``set`` on a copy
of the demo report), given beside the ratio against a bare ``python -c pass`` measured in the same rounds,
so that the figure says what bsreporter adds to starting Python, whatever the machine. The commands run in
their own home folder (``BSREPORTER_HOME``), so its cache is the one a person's machine would hold after a
first command, and Python keeps the modules it compiled (in the temporary folder), as an installed program's
are. ``python -m benchmarks.bench_process`` prints the ratios; ``python -m benchmarks`` the rows.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.measure import compare_processes, print_ratios

_ROUNDS = 15
_CLI = "import sys; from bsreporter.cli import main; sys.exit(main())"


def _commands(folder: Path) -> dict[str, list[str]]:
    from bsreporter.demo import bundled_demo_path

    demo = folder / "demo.bsr"
    copy = folder / "copy.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    shutil.copyfile(bundled_demo_path(), copy)
    python = [sys.executable]
    return {
        "python -c pass (floor)": [*python, "-c", "pass"],
        "bsreporter check DEMO": [*python, "-c", _CLI, "check", str(demo)],
        "bsreporter get DEMO Q014": [*python, "-c", _CLI, "get", str(demo), "Q014"],
        "bsreporter set COPY Q014 (one answer, committed)": [*python, "-c", _CLI, "set", str(copy), "Q014",
                                                             "implementation.fullInPlace"],
    }


def process_figures(rounds: int = _ROUNDS) -> list[dict[str, Any]]:
    """Median whole-process time of each command and its ratio to the floor, all measured in the same rounds."""
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        # Compiled modules kept, as an installed program (pip compiles them; the bundle holds them) has them,
        # even where this shell says not to write them; they go to the temporary folder, not the tree.
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
               "BSREPORTER_HOME": str(home / "home"), "PYTHONPYCACHEPREFIX": str(home / "pycache")}
        commands = _commands(home)
        return compare_processes(commands, "python -c pass (floor)", env, rounds=rounds, accepted=(0, 1))


def run() -> list[dict[str, Any]]:
    """Rows for ``python -m benchmarks``."""
    return process_figures()


def main() -> int:
    """Print each command's median and its ratio to ``python -c pass``, all from one run."""
    print_ratios(process_figures())
    return 0


if __name__ == "__main__":
    sys.exit(main())
