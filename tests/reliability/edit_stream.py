"""A child process for the crash soak: applies a seeded stream of edits, acknowledging each on stdout.

Usage: python edit_stream.py REPORT.bsr SEED START COUNT
Edit number i of seed s is always the same (question, value), so the parent can recompute
what every acknowledged edit wrote.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

QUESTIONS = ("nfp_name", "nfp_title", "stakeholders_consulted", "cna_designated", "rarm_assessments_count",
             "hti_shipments_documented_pct", "cb_needs_areas")


def edit(seed: int, index: int) -> tuple[str, object]:
    """The edit number ``index`` of stream ``seed``."""
    rng = random.Random(seed * 1_000_003 + index)
    question = rng.choice(QUESTIONS)
    match question:
        case "cna_designated":
            return question, rng.choice(["yes", "no", "in_progress"])
        case "rarm_assessments_count":
            return question, index
        case "hti_shipments_documented_pct":
            return question, round(rng.uniform(0, 100), 2)
        case "cb_needs_areas":
            return question, sorted(rng.sample(["detection", "risk_assessment", "public_awareness"], rng.randint(1, 3)))
        case _:
            return question, f"edit {index} " + "x" * rng.randint(0, 3000)


def main() -> None:
    from bsreporter.report.store import Report

    path, seed, start, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    report = Report.open(path, author="soak")
    print("ready", flush=True)
    for index in range(start, start + count):
        question, value = edit(seed, index)
        report.set_answer(question, value)
        print(f"ack {index}", flush=True)
    report.close()


if __name__ == "__main__":
    main()
