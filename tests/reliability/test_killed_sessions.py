"""A program killed while a report is open: the answers it stored are there on the next opening, other
programs can read the report meanwhile, and a leftover log never lands in a file it does not belong to."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bsreporter import cli
from bsreporter.errors import ReportError
from bsreporter.form.model import Questionnaire
from bsreporter.form.values import coerce_value, value_to_json
from bsreporter.report import session_log
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


FIXTURES = Path(__file__).parent / "fixtures"

#: A child that opens a report while a plain SQLite reader holds it at the session's first change (so the
#: log cannot be copied into the file), makes a second change (once the reader is gone, unless told to
#: "hold" it to the end), and is then killed.
_HELD_AT_FIRST_CHANGE = """
import os, signal, sqlite3, sys
from pathlib import Path
from bsreporter.report.store import Report
path = Path(sys.argv[1])
report = Report.open(path, author="child")
reader = sqlite3.connect(path)
reader.execute("BEGIN")
reader.execute("SELECT count(*) FROM answers").fetchone()
report.set_answer("nfp_name", "the crashed session's answer")
if sys.argv[2:] != ["hold"]:
    reader.rollback()
    reader.close()
report.set_answer("nfp_title", "the crashed session's title")
report.set_answer("nfp_address", "a long address " * 400)  # the file grows: its first page changes
os.kill(os.getpid(), signal.SIGKILL)
"""

#: A child that makes many edits, copies the file by plain means (no log) at the 50th, and is then killed.
_COPIED_DURING_SESSION = """
import os, shutil, signal, sys
from pathlib import Path
from bsreporter.report.store import Report
path, copy = Path(sys.argv[1]), Path(sys.argv[2])
report = Report.open(path, author="child")
for index in range(1, 401):
    report.set_answer("rarm_assessments_count", index)
    report.set_answer("nfp_title", f"title {index}")
    if index == 50:
        shutil.copy(path, copy)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _run_killed(script: str, *args: Path | str) -> None:
    child = subprocess.run([sys.executable, "-c", script, *map(str, args)], capture_output=True, text=True,
                           timeout=300)
    assert child.returncode == -signal.SIGKILL, child.stderr


def _edited_by_a_database_tool(path: Path, name: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE answers SET value = ? WHERE question_id = 'nfp_name'", (json.dumps(name),))
        conn.commit()


def _crashed_then_replaced(path: Path, colleague: Path) -> None:
    shutil.copyfile(path, colleague)
    _edited_by_a_database_tool(colleague, "Colleague Name")
    _run_killed(_HELD_AT_FIRST_CHANGE, path)
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    shutil.copyfile(colleague, path)  # the colleague's copy put over the report; the old log stays beside it


def test_log_of_a_session_begun_on_a_tokenless_file_is_not_applied_to_another_tokenless_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "A.bsr"
    shutil.copyfile(FIXTURES / "report-schema-v2.bsr", path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
    _crashed_then_replaced(path, tmp_path / "colleague.bsr")
    assert cli.main(["get", str(path), "nfp_name"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "Colleague Name"
    assert len(list(tmp_path.glob("A.bsr-wal.orphan-*"))) == 1
    with Report.open(path) as report:
        assert report.answer("nfp_name").value == "Colleague Name"  # type: ignore[union-attr]


def test_log_is_not_applied_to_a_copy_a_database_tool_changed_though_it_keeps_the_token(
    tmp_path: Path, form: Questionnaire
) -> None:
    path = tmp_path / "A.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("nfp_name", "Original Name")
    _crashed_then_replaced(path, tmp_path / "colleague.bsr")
    with Report.open(path) as report:
        assert report.answer("nfp_name").value == "Colleague Name"  # type: ignore[union-attr]
        assert report.answer("nfp_title") is None
        assert report.set_aside_log is not None and report.set_aside_log.name.startswith("A.bsr-wal.orphan-")


def test_log_of_a_session_held_at_its_first_change_is_applied_to_its_own_file(tmp_path: Path) -> None:
    path = tmp_path / "A.bsr"
    shutil.copyfile(FIXTURES / "report-schema-v2.bsr", path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
    _run_killed(_HELD_AT_FIRST_CHANGE, path)
    with Report.open(path) as report:
        assert report.set_aside_log is None
        assert report.answer("nfp_name").value == "the crashed session's answer"  # type: ignore[union-attr]
        assert report.answer("nfp_title").value == "the crashed session's title"  # type: ignore[union-attr]


def test_plain_copy_made_during_a_killed_session_opens_without_the_log_it_does_not_fit(
    tmp_path: Path, form: Questionnaire
) -> None:
    path, copy = tmp_path / "r.bsr", tmp_path / "copy50.bsr"
    Report.create(path, party="Arcadia", form=form).close()
    _run_killed(_COPIED_DURING_SESSION, path, copy)
    assert path.with_name("r.bsr-wal").stat().st_size > 0
    with contextlib.closing(sqlite3.connect(f"{copy.as_uri()}?immutable=1", uri=True)) as conn:
        held = dict(conn.execute("SELECT question_id, value FROM answers").fetchall())  # what the copy alone holds
    shutil.copyfile(copy, path)
    with Report.open(path) as report:
        assert report.set_aside_log is not None and report.set_aside_log.name.startswith("r.bsr-wal.orphan-")
        assert {question: value_to_json(answer.value) for question, answer in report.answers().items()} == held
        report.set_answer("nfp_title", "edited after")
    with Report.open(path, read_only=True) as report:
        assert report.answer("nfp_title").value == "edited after"  # type: ignore[union-attr]


def test_damaged_report_names_its_first_problem_not_the_database(tmp_path: Path, form: Questionnaire) -> None:
    path = tmp_path / "r.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        for index in range(200):  # a history longer than one page
            report.set_answer("nfp_title", f"title {index}")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'history'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    content = bytearray(path.read_bytes())
    content[(root - 1) * page_size] = 0xFF  # not a valid kind of page
    path.write_bytes(bytes(content))
    with pytest.raises(ReportError) as raised:
        Report.open(path, read_only=True)
    assert raised.value.key == "damaged_problem"
    assert "*** in database" not in str(raised.value) and f"Page {root}" in str(raised.value)


def _latest_first_page(log: bytes) -> bytes | None:
    """The last image of page 1 in a log (its frames: a 24-byte header naming the page, then the page)."""
    page_size = int.from_bytes(log[8:12], "big")
    latest = None
    for offset in range(32, len(log) - page_size - 23, 24 + page_size):
        if int.from_bytes(log[offset:offset + 4], "big") == 1:
            latest = log[offset + 24:offset + 24 + page_size]
    return latest


def test_log_is_applied_after_a_checkpoint_cut_short_once_it_wrote_the_first_page(tmp_path: Path,
                                                                                   form: Questionnaire) -> None:
    path = tmp_path / "A.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("nfp_name", "Original Name")
    _run_killed(_HELD_AT_FIRST_CHANGE, path, "hold")
    first = _latest_first_page(path.with_name("A.bsr-wal").read_bytes())
    assert first is not None  # the session grew the file, so its log holds the first page
    content = path.read_bytes()
    # A checkpoint writes pages in order: killed after the first, the file holds the log's first page
    # and its own others, the session's token not yet among them.
    path.write_bytes(first + content[len(first):])
    log = path.with_name("A.bsr-wal").read_bytes()
    assert session_log._belongs(path, session_log._committed_frames(log))  # from the bytes, not by chance
    with Report.open(path) as report:
        assert report.set_aside_log is None
        assert report.answer("nfp_name").value == "the crashed session's answer"  # type: ignore[union-attr]
        assert report.answer("nfp_title").value == "the crashed session's title"  # type: ignore[union-attr]
