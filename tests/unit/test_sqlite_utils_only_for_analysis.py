"""sqlite-utils serves the analysis database (`aggregate --db`) and is loaded by nothing else."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bsreporter.demo import bundled_demo_path
from bsreporter.report.synthetic import make_synthetic_reports

_SRC = Path(__file__).resolve().parents[2] / "src" / "bsreporter"
_LOADS_SQLITE_UTILS = (
    "import sys; from bsreporter.cli import main; code = main(sys.argv[1:]); "
    "print('SQLITE_UTILS', any(m == 'sqlite_utils' or m.startswith('sqlite_utils.') for m in sys.modules), "
    "file=sys.stderr); sys.exit(code)"
)


def _loads_sqlite_utils(home: Path, *argv: str) -> bool:
    result = subprocess.run([sys.executable, "-c", _LOADS_SQLITE_UTILS, *argv], capture_output=True, text=True,
                            check=False, env={**os.environ, "BSREPORTER_HOME": str(home)})
    assert result.returncode in (0, 1), result.stderr
    line = next(line for line in result.stderr.splitlines() if line.startswith("SQLITE_UTILS "))
    return line.split()[1] == "True"


def test_only_the_analysis_database_module_imports_sqlite_utils() -> None:
    importers = []
    for path in sorted(_SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if any(name == "sqlite_utils" or name.startswith("sqlite_utils.") for name in names):
                importers.append(path.relative_to(_SRC).as_posix())
    assert importers == ["exchange/analysis_db.py"]


def test_check_get_set_and_export_do_not_load_sqlite_utils(tmp_path: Path, isolated_home: Path) -> None:
    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    for argv in (("check", str(demo)), ("get", str(demo), "Q014"),
                 ("set", str(demo), "Q014", "implementation.fullInPlace"),
                 ("export", str(demo), "--xlsx", str(tmp_path / "demo.xlsx"), "--pdf", str(tmp_path / "demo.pdf"))):
        assert not _loads_sqlite_utils(isolated_home, *argv), argv


@pytest.mark.parametrize(("output", "loads"), [("-o", False), ("--db", True)])
def test_aggregate_loads_sqlite_utils_only_for_the_database(tmp_path: Path, isolated_home: Path, output: str,
                                                            loads: bool) -> None:
    from bsreporter.form.installed import installed_questionnaire

    reports = make_synthetic_reports(tmp_path, 2, installed_questionnaire(), seed=2)
    destination = tmp_path / ("summary.xlsx" if output == "-o" else "analysis.db")
    assert _loads_sqlite_utils(isolated_home, "aggregate", *map(str, reports), output, str(destination)) is loads
