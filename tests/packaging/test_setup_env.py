"""scripts/setup-env.sh, run by scripts/run.sh before every start: quick once the environment is made."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the set-up script is written for Linux and macOS")


def _logging_command(folder: Path, name: str, log: Path, then: str) -> None:
    command = folder / name
    command.write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\n{then}\n', encoding="utf-8")
    command.chmod(0o755)


def test_a_start_with_the_environment_made_runs_no_python_to_check_it_could_make_one(tmp_path: Path) -> None:
    # Checking that Python can make an environment (and is new enough to) costs a few hundred
    # milliseconds of every start of scripts/run.sh; it only matters before .venv is made.
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copyfile(ROOT / "scripts" / "setup-env.sh", project / "scripts" / "setup-env.sh")
    shutil.copyfile(ROOT / "pyproject.toml", project / "pyproject.toml")
    (project / ".venv" / "bin").mkdir(parents=True)
    (project / ".venv" / "bin" / "python").symlink_to(sys.executable)
    digest = hashlib.sha256((project / "pyproject.toml").read_bytes()).hexdigest()
    (project / ".venv" / ".bsreporter-installed").write_text(digest + "\n", encoding="utf-8")
    tools, log = tmp_path / "bin", tmp_path / "calls.log"
    tools.mkdir()
    _logging_command(tools, "python3", log, f'exec "{sys.executable}" "$@"')
    for stand_in in ("apt-get", "sudo"):  # never the real ones from a test
        _logging_command(tools, stand_in, log, "exit 0")
    environment = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}"}
    environment.pop("PYTHON", None)

    done = subprocess.run(["sh", str(project / "scripts" / "setup-env.sh"), ""], env=environment,
                          capture_output=True, text=True, timeout=60, check=False)

    assert done.returncode == 0, done.stderr
    calls = log.read_text(encoding="utf-8") if log.exists() else ""
    assert "python3" not in calls
    assert "Installing bsreporter" not in done.stderr  # installed already: nothing done again
