"""Whole-process cost of the everyday commands, as a person or a script meets them.

Each row is the median wall-clock time of a new process (``bsreporter check``, ``get``, ``set`` on a copy
of the demo report), given beside the ratio against a bare ``python -c pass`` measured in the same rounds,
so that the figure says what bsreporter adds to starting Python, whatever the machine. The commands run in
their own home folder (``BSREPORTER_HOME``), so its cache is the one a person's machine would hold after a
first command, and Python keeps the modules it compiled (in the temporary folder), as an installed program's
are. ``python -m benchmarks.bench_process`` prints the ratios; ``python -m benchmarks`` the rows;
``--tree NAME=SRC`` (repeatable) adds the same commands run from another source tree (e.g. a checkout of an
earlier commit's ``src``) to the same rounds, for before/after figures.
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
#: The same command run from another source tree: its ``src`` first on the path.
_CLI_FROM = "import sys; sys.path.insert(0, sys.argv.pop(1)); from bsreporter.cli import main; sys.exit(main())"


def _commands(folder: Path, trees: dict[str, Path]) -> dict[str, list[str]]:
    from bsreporter.demo import bundled_demo_path

    python = [sys.executable]
    commands = {"python -c pass (floor)": [*python, "-c", "pass"]}
    for tree, source in {"": None, **trees}.items():
        demo = folder / f"demo{tree}.bsr"
        copy = folder / f"copy{tree}.bsr"
        shutil.copyfile(bundled_demo_path(), demo)
        shutil.copyfile(bundled_demo_path(), copy)
        cli = [*python, "-c", _CLI] if source is None else [*python, "-c", _CLI_FROM, str(source)]
        name = f" {tree}" if tree else ""
        commands[f"bsreporter check DEMO{name}"] = [*cli, "check", str(demo)]
        commands[f"bsreporter get DEMO Q014{name}"] = [*cli, "get", str(demo), "Q014"]
        commands[f"bsreporter set COPY Q014 (one answer, committed){name}"] = [*cli, "set", str(copy), "Q014",
                                                                               "implementation.fullInPlace"]
    return commands


def process_figures(rounds: int = _ROUNDS, trees: dict[str, Path] | None = None) -> list[dict[str, Any]]:
    """Median whole-process time of each command and its ratio to the floor, all measured in the same rounds."""
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        # Compiled modules kept, as an installed program (pip compiles them; the bundle holds them) has them,
        # even where this shell says not to write them; they go to the temporary folder, not the tree.
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
               "BSREPORTER_HOME": str(home / "home"), "PYTHONPYCACHEPREFIX": str(home / "pycache")}
        commands = _commands(home, trees or {})
        return compare_processes(commands, "python -c pass (floor)", env, rounds=rounds, accepted=(0, 1))


def run() -> list[dict[str, Any]]:
    """Rows for ``python -m benchmarks``."""
    return process_figures()


def main(argv: list[str] | None = None) -> int:
    """Print each command's median and its ratio to ``python -c pass``, all from one run."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=_ROUNDS)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=SRC",
                        help="also time the commands from this source tree (repeatable)")
    args = parser.parse_args(argv)
    trees = {name: Path(source) for name, _, source in (tree.partition("=") for tree in args.tree)}
    print_ratios(process_figures(args.rounds, trees))
    return 0


if __name__ == "__main__":
    sys.exit(main())
