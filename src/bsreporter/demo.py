"""The demo report: built from resources/demo/demo-answers.yaml and the current forms.

``python -m bsreporter.demo --write`` rebuilds the bundled resources/demo/demo-report.bsr.
``bsreporter demo`` (:mod:`bsreporter.cli`) opens a copy of it in the user's data folder, so the
bundled file is never modified and the user's edits to the demo survive between runs.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from bsreporter.atomic import atomic_write
from bsreporter.errors import ReportError
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import SpecialAnswer
from bsreporter.paths import user_data_dir
from bsreporter.report.store import Report, Source
from bsreporter.resources import resource_path

DEMO_FILE_NAME = "demo-report.bsr"


def demo_answers_path() -> Path:
    """The human-edited answers of the demo report."""
    return resource_path("resources", "demo", "demo-answers.yaml")


def bundled_demo_path() -> Path:
    """The demo report file shipped with the program (read-only for the program)."""
    return resource_path("resources", "demo", DEMO_FILE_NAME)


def build_demo_report(destination: Path) -> None:
    """Create the demo report at ``destination`` from the answers file, through the normal checks.

    It answers the installed form the file's ``form:`` names (the library's default form without one).
    """
    spec: dict[str, Any] = yaml.safe_load(demo_answers_path().read_text(encoding="utf-8"))
    form = installed_questionnaire(spec["form"]) if "form" in spec else None
    with Report.create(
        destination, party=spec["party"], language=spec["language"], form=form, author=spec["author"]
    ) as report:
        for question_id, value in spec.get("answers", {}).items():
            report.set_answer(question_id, value)
        for question_id, special in spec.get("special", {}).items():
            report.set_answer(question_id, SpecialAnswer(special))
        if spec.get("carried_over"):
            # As a carry-over from the previous report does: flagged for review, and kept as that cycle's answers.
            report.set_answers(
                spec["carried_over"],
                source=Source.CARRIED_OVER,
                source_detail=spec.get("carried_over_from", "previous report"),
                keep_as_previous=True,
            )
    # Ship one self-contained file: fold the write-ahead log back in (WAL returns when opened).
    conn = sqlite3.connect(destination)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def user_demo_copy() -> Path:
    """The user's own copy of the demo report, made from the bundled one when missing."""
    copy = user_data_dir() / DEMO_FILE_NAME
    if not copy.exists():
        bundled = bundled_demo_path()
        if not bundled.exists():
            raise ReportError.of("demo_missing", path=bundled)
        with atomic_write(copy, error=ReportError) as handle, bundled.open("rb") as source:
            shutil.copyfileobj(source, handle)
    return copy


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bsreporter.demo", description=__doc__)
    parser.add_argument("--write", action="store_true", help="rebuild the bundled demo report")
    args = parser.parse_args(argv)
    if not args.write:
        parser.print_help()
        return 0
    target = bundled_demo_path()
    with tempfile.TemporaryDirectory(dir=target.parent) as folder:
        fresh = Path(folder) / DEMO_FILE_NAME
        build_demo_report(fresh)
        fresh.replace(target)
    print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(_main())
