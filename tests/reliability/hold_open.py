"""A child process that writes answers and then holds the report open until it is killed.

Usage: python hold_open.py create|open REPORT.bsr SEED COUNT
It applies edits 0..COUNT-1 of ``edit_stream.edit(SEED, i)`` (to a new report with ``create``),
prints "ready" once every edit is stored, and waits on its standard input, never closing the
report: the parent kills it there, as a crash or a power cut would.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from edit_stream import edit


def main() -> None:
    from bsreporter.report.store import Report

    mode, path, seed, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    report = (Report.create(path, party="Arcadia", author="child") if mode == "create"
              else Report.open(path, author="child"))
    for index in range(count):
        question, value = edit(seed, index)
        report.set_answer(question, value)
    print("ready", flush=True)
    sys.stdin.read()  # held open until the parent kills this process


if __name__ == "__main__":
    main()
