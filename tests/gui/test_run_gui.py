"""The program starts, opens a report named on the command line, and paints its first page."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bsreporter.form.installed import installed_questionnaire
from bsreporter.gui.app import PROBE_PREFIX, PROBE_VARIABLE
from bsreporter.report.store import Report


def test_run_gui_opens_the_report_and_paints_its_first_page(report_path: Path, isolated_home: Path) -> None:
    _paints_first_page(report_path, isolated_home)


def test_run_gui_paints_the_first_page_of_a_fourth_national_report(tmp_path: Path, isolated_home: Path) -> None:
    path = tmp_path / "fourth.bsr"
    Report.create(path, party="Arcadia", form=installed_questionnaire("cpb-nr4-2019")).close()
    _paints_first_page(path, isolated_home)


def _paints_first_page(report_path: Path, isolated_home: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BSREPORTER_HOME": str(isolated_home),
        PROBE_VARIABLE: repr(time.time()),
    }
    code = (
        "import sys; from pathlib import Path; from bsreporter.gui.app import run_gui; "
        "sys.exit(run_gui(Path(sys.argv[1])))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(report_path)], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith(PROBE_PREFIX))
    assert float(line.split()[1]) > 0
    assert not Path(str(report_path) + ".lock").exists()  # the report was closed on the way out


def test_without_a_screen_the_program_explains_instead_of_aborting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["BSREPORTER_HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "bsreporter.cli"], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no desktop session" in result.stderr
