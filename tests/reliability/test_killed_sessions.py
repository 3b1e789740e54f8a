"""A program killed while a report is open: the answers it stored are there on the next opening, other
programs can read the report meanwhile, and a leftover log never lands in a file it does not belong to."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bsreporter import cli
from bsreporter.form.model import Questionnaire
from bsreporter.form.values import coerce_value
from bsreporter.report.backup import Reason, take_snapshot
from bsreporter.report.store import Report, Source

sys.path.insert(0, str(Path(__file__).parent))
from edit_stream import edit

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")

SEED = 20261130
CHILD = Path(__file__).parent / "hold_open.py"


class Holder:
    """A child process holding a report open after storing its edits; ``kill`` ends it like a crash."""

    def __init__(self, mode: str, path: Path, count: int, seed: int = SEED) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), mode, str(path), str(seed), str(count)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready"

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        assert self.process.returncode == -signal.SIGKILL
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def holders() -> Iterator[list[Holder]]:
    started: list[Holder] = []
    yield started
    for holder in started:
        if holder.process.poll() is None:
            holder.kill()


def _expected(form: Questionnaire, count: int, seed: int = SEED) -> dict[str, object]:
    wanted: dict[str, object] = {}
    for index in range(count):
        question, value = edit(seed, index)
        wanted[question] = coerce_value(form.question(question), value)
    return wanted


def _changes(form: Questionnaire, count: int, seed: int = SEED) -> int:
    """How many of the edits change an answer (an edit to the value already stored leaves no history)."""
    current: dict[str, object] = {}
    changed = 0
    for index in range(count):
        question, value = edit(seed, index)
        coerced = coerce_value(form.question(question), value)
        changed += current.get(question) != coerced
        current[question] = coerced
    return changed


def _typed(report: Report) -> int:
    """How many of the child's edits the file holds."""
    return sum(entry.source is Source.TYPED and entry.author == "child"
               and entry.question_id not in {"party", "report_language"} for entry in report.history())


def test_new_report_killed_before_closing_opens_with_every_answer(
    tmp_path: Path, form: Questionnaire, holders: list[Holder]
) -> None:
    path = tmp_path / "new.bsr"
    holders.append(holder := Holder("create", path, 17))
    holder.kill()
    assert path.with_name("new.bsr-wal").stat().st_size > 0  # the answers are in the log, not yet in the file
    with Report.open(path, read_only=True) as report:
        assert {q: a.value for q, a in report.answers().items() if q in _expected(form, 17)} == _expected(form, 17)
        assert _typed(report) == _changes(form, 17)
        backup = take_snapshot(report, Reason.OPENED)
    with Report.open(backup.path, read_only=True) as copy:
        assert _typed(copy) == _changes(form, 17)
    with Report.open(path) as report:
        assert _typed(report) == _changes(form, 17)
        report.set_answer("nfp_name", "after the crash")
    assert not path.with_name("new.bsr-wal").exists() or path.with_name("new.bsr-wal").stat().st_size == 0


def test_command_line_reads_a_report_another_program_holds_open(
    tmp_path: Path, form: Questionnaire, holders: list[Holder], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "held.bsr"
    holders.append(holder := Holder("create", path, 17))
    question, value = edit(SEED, 16)
    assert cli.main(["get", str(path), question]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == coerce_value(form.question(question), value)
    assert cli.main(["check", str(path), "--json"]) in (cli.EXIT_COMPLETE, cli.EXIT_INCOMPLETE)
    assert "error" not in capsys.readouterr().err
    holder.kill()


def test_leftover_log_of_a_replaced_file_is_set_aside_not_applied(
    tmp_path: Path, form: Questionnaire, holders: list[Holder]
) -> None:
    path = tmp_path / "a.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("nfp_name", "the colleague's answer")
    colleague = tmp_path / "b.bsr"
    shutil.copyfile(path, colleague)
    holders.append(holder := Holder("open", path, 17, seed=SEED + 1))
    holder.kill()
    log = path.with_name("a.bsr-wal")
    assert log.stat().st_size > 0
    shutil.copyfile(colleague, path)  # a colleague's copy put over the report; the old log stays beside it
    with Report.open(path) as report:
        assert report.answer("nfp_name").value == "the colleague's answer"  # type: ignore[union-attr]
        assert _typed(report) == 0
        assert report.set_aside_log is not None and report.set_aside_log.exists()
        assert report.set_aside_log.name.startswith("a.bsr-wal.orphan-")
        report.set_answer("nfp_title", "edited after")
    with Report.open(path, read_only=True) as report:
        assert report.answer("nfp_name").value == "the colleague's answer"  # type: ignore[union-attr]
        assert _typed(report) == 0


def test_leftover_log_of_the_same_file_is_applied(tmp_path: Path, form: Questionnaire,
                                                   holders: list[Holder]) -> None:
    path = tmp_path / "a.bsr"
    Report.create(path, party="Arcadia", form=form).close()
    holders.append(holder := Holder("open", path, 17))
    holder.kill()
    with Report.open(path) as report:
        assert report.set_aside_log is None
        assert _typed(report) == _changes(form, 17)
    assert not list(tmp_path.glob("*.orphan-*"))
