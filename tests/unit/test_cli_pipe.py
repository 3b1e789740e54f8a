"""Output cut short by its reader (``bsreporter ... | head``) ends the command quietly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bsreporter.cli import EXIT_BROKEN_PIPE


@pytest.mark.parametrize("lines", [1, 10])
def test_closed_pipe_ends_quietly(lines: int) -> None:
    """Like ``bsreporter forms show cpb-sp-2011-2020 --json | head -N``: no message, no traceback."""
    env = {**os.environ, "PYTHONUNBUFFERED": "0"}
    process = subprocess.Popen(
        [sys.executable, "-m", "bsreporter.cli", "forms", "show", "cpb-sp-2011-2020", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    for _ in range(lines):
        assert process.stdout.readline()
    process.stdout.close()  # the reader goes away long before the questionnaire is written
    err = process.stderr.read()
    code = process.wait(timeout=60)
    assert err == b""
    assert code in (0, EXIT_BROKEN_PIPE)
