"""What the everyday commands load: nothing they do not use, so that a script calling them many times is quick."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import bsreporter
from bsreporter.demo import bundled_demo_path

_REPO = Path(__file__).resolve().parents[2]
#: Modules the window, the PDF, the workbook or an unused database layer need, and check/get/set never do.
_NOT_FOR_EVERYDAY_COMMANDS = ("PySide6", "reportlab", "openpyxl", "sqlite_utils", "importlib.metadata",
                              "bsreporter.exchange", "bsreporter.gui")
_LOADED = (
    "import sys; from bsreporter.cli import main; code = main(sys.argv[1:]); "
    "print('MODULES', *sorted(sys.modules), file=sys.stderr); sys.exit(code)"
)


def _modules_loaded_by(home: Path, *argv: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", _LOADED, *argv], capture_output=True, text=True, check=False,
                            env={**os.environ, "BSREPORTER_HOME": str(home)})
    assert result.returncode in (0, 1), result.stderr
    line = next(line for line in result.stderr.splitlines() if line.startswith("MODULES "))
    return set(line.split()[1:])


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == name or m.startswith(name + ".") for name in _NOT_FOR_EVERYDAY_COMMANDS))


def test_check_get_and_set_load_no_window_export_or_metadata_modules(tmp_path: Path, isolated_home: Path) -> None:
    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    for argv in (("check", str(demo)), ("get", str(demo), "Q014"),
                 ("set", str(demo), "Q014", "implementation.fullInPlace")):
        assert _heavy(_modules_loaded_by(isolated_home, *argv)) == [], argv


def test_the_yaml_parser_is_not_loaded_once_the_forms_are_cached(tmp_path: Path, isolated_home: Path) -> None:
    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    assert "yaml" in _modules_loaded_by(isolated_home, "get", str(demo), "Q014")  # first command: parses
    assert "yaml" not in _modules_loaded_by(isolated_home, "get", str(demo), "Q014")


def test_the_version_is_the_one_the_package_is_built_with() -> None:
    project = tomllib.loads((_REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert bsreporter.__version__ == project["project"]["version"]
