"""Kill a writing process at random moments: the file always opens intact with every acknowledged edit."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bsreporter.form.model import Questionnaire
from bsreporter.form.values import coerce_value
from bsreporter.report.store import Report

sys.path.insert(0, str(Path(__file__).parent))
from edit_stream import edit

SEED = 20261124
KILLS = 50
EDITS_PER_RUN = 120  # the child is killed somewhere inside each run


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_sigkill_never_loses_an_acknowledged_edit(tmp_path: Path, form: Questionnaire) -> None:
    path = tmp_path / "soak.bsr"
    Report.create(path, party="Arcadia", form=form).close()
    rng = random.Random(SEED)
    child = Path(__file__).parent / "edit_stream.py"
    expected: dict[str, object] = {}
    next_index = 0
    total_acked = 0
    killed = 0
    for kill in range(KILLS):
        kill_after = rng.randint(1, EDITS_PER_RUN - 1)
        process = subprocess.Popen(
            [sys.executable, str(child), str(path), str(SEED), str(next_index), str(EDITS_PER_RUN)],
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        acked = -1
        for _ in range(kill_after):
            line = process.stdout.readline().strip()
            assert line.startswith("ack "), line
            acked = int(line.split()[1])
        process.send_signal(signal.SIGKILL)  # mid-stream: the next edit may be half-way through its commit
        process.wait(timeout=30)
        killed += process.returncode == -signal.SIGKILL
        # The child may have run ahead of our reading: every ack it printed before dying counts.
        for line in process.stdout.read().splitlines():
            if line.startswith("ack "):
                acked = int(line.split()[1])
        process.stdout.close()
        for index in range(next_index, acked + 1):
            question, value = edit(SEED, index)
            expected[question] = value
        in_flight = edit(SEED, acked + 1)
        total_acked += acked + 1 - next_index
        next_index = acked + 2  # never reuse the index that may or may not have landed

        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"after kill {kill}"
        conn.close()
        with Report.open(path, read_only=True) as report:
            stored = {qid: a.value for qid, a in report.answers().items()}
        for question, value in expected.items():
            want = coerce_value(form.question(question), value)
            if question == in_flight[0] and stored[question] != want:
                # the unacknowledged edit may have committed just before the kill
                assert stored[question] == coerce_value(form.question(question), in_flight[1]), f"kill {kill}"
                expected[question] = in_flight[1]
            else:
                assert stored[question] == want, f"kill {kill}: {question}"
    # The figures, shown with ``pytest -s``: kills, acknowledged edits, and lost (always 0 when it passes).
    print(f"crash soak: {killed} kills mid-stream, {total_acked} acknowledged edits, 0 lost")
    assert total_acked >= 2000
    assert killed >= KILLS * 0.8, f"only {killed} of {KILLS} runs were killed mid-stream"
