"""What the everyday commands load: nothing they do not use, so that a script calling them many times is quick."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import bsreporter
from bsreporter import cli
from bsreporter.cli import build_parser
from bsreporter.demo import bundled_demo_path

_REPO = Path(__file__).resolve().parents[2]
#: Modules the window, the PDF, the workbook or an unused database layer need, and check/get/set never do.
_NOT_FOR_EVERYDAY_COMMANDS = ("PySide6", "reportlab", "openpyxl", "sqlite_utils", "importlib.metadata",
                              "bsreporter.exchange", "bsreporter.gui")
#: What a command run again does without: the questionnaire is kept built (no YAML parser, no loader and its
#: checks, no pickle module to read it back), the model is not made with dataclasses (which load inspect, ast
#: and tokenize), type hints do not load typing, argparse is not left to load shutil (with bz2 and lzma) for
#: the terminal's width, a small file is hashed without OpenSSL, and the messages are put together only when
#: one is said.
_NOT_ONCE_THE_FORM_IS_KEPT = ("yaml", "bsreporter.form.loader", "pickle", "dataclasses", "inspect", "typing",
                              "shutil", "hashlib", "bsreporter.messages.files", "bsreporter.messages.report")
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


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == name or m.startswith(name + ".") for name in names))


def test_check_get_and_set_load_neither_parser_nor_builder_once_the_form_is_kept(tmp_path: Path,
                                                                                isolated_home: Path) -> None:
    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    first = _modules_loaded_by(isolated_home, "check", str(demo))
    assert {"yaml", "bsreporter.form.loader"} <= first  # the first command builds the form, and keeps it
    for argv in (("check", str(demo)), ("get", str(demo), "Q014"),
                 ("set", str(demo), "Q014", "implementation.fullInPlace")):
        assert _loaded(_modules_loaded_by(isolated_home, *argv), _NOT_ONCE_THE_FORM_IS_KEPT) == [], argv


def test_a_command_builds_only_its_own_parser_and_says_the_same(capsys: pytest.CaptureFixture[str]) -> None:
    full = build_parser()
    commands = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == cli._COMMANDS  # a new command is known by name
    for name, whole in commands.choices.items():
        own = build_parser(name)
        alone = next(a for a in own._actions if isinstance(a, argparse._SubParsersAction))
        assert list(alone.choices) == [name]
        assert alone.choices[name].format_help() == whole.format_help(), name
    for argv in (["check"], ["set", "x.bsr"], ["get", "x.bsr", "q", "extra"], ["export", "x.bsr", "--paper", "b5"]):
        with pytest.raises(SystemExit):
            build_parser().parse_args(argv)
        everything = capsys.readouterr()
        with pytest.raises(SystemExit):
            build_parser(argv[0]).parse_args(argv)
        assert capsys.readouterr() == everything, argv


def test_the_version_is_the_one_the_package_is_built_with() -> None:
    project = tomllib.loads((_REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert bsreporter.__version__ == project["project"]["version"]
