"""A log another program has open (a database tool, a script) is live: it is never set aside."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bsreporter.form.model import Questionnaire
from bsreporter.report import schema
from bsreporter.report.store import Report

# Another program edits the report through plain SQLite, keeps its changes in the log (no
# automatic copy into the file), and stays open until told to go.
_TOOL = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE answers SET value = '14' WHERE question_id = 'rarm_assessments_count'")
    print("ready", flush=True)
    sys.stdin.readline()
    conn.execute("UPDATE answers SET value = '15' WHERE question_id = 'nfp_title'")
    conn.close()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="the shared-memory lock probed is the POSIX one")
def test_a_log_another_program_has_open_is_not_set_aside(tmp_path: Path, form: Questionnaire) -> None:
    path = tmp_path / "arcadia.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("rarm_assessments_count", 3)
        report.set_answer("nfp_title", "Director")
    tool = subprocess.Popen([sys.executable, "-c", _TOOL, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert tool.stdout is not None and tool.stdout.readline().strip() == "ready"
        assert schema.wal_path(path).stat().st_size > 0  # the tool's change is only in the log
        with Report.open(path, read_only=True) as reading:
            assert reading.set_aside_log is None
        with Report.open(path) as writing:
            assert writing.set_aside_log is None
            writing.set_answer("nfp_name", "Dr. Ana Silva")  # acknowledged while the tool is open
    finally:
        assert tool.stdin is not None
        tool.stdin.write("go\n")
        tool.stdin.close()
        tool.wait(timeout=30)
    assert list(tmp_path.glob("*.orphan-*")) == []
    with Report.open(path, read_only=True) as after:
        answers = after.answers()
        assert answers["nfp_name"].value == "Dr. Ana Silva"  # our answer survived the tool's close
        assert answers["rarm_assessments_count"].value == 14
