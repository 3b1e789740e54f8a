"""Kill the command line while it imports or exports: an import is all there or not at all, an export is the old
file or the complete new one, and nothing stored is lost or changed."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from bsreporter.exchange import export_xlsx
from bsreporter.form.model import Questionnaire, QuestionType
from bsreporter.report.backup import backup_folder
from bsreporter.report.store import Report, Source

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")]

SEED = 20261130
IMPORT_KILLS = 24
EXPORT_KILLS = 24
#: typed in the window before each import and never in the workbooks: the import must leave them
TYPED = ("nfp_name", "nfp_title")
CLI = "import sys; from bsreporter.cli import main; sys.exit(main())"


def _values(form: Questionnaire, version: str) -> dict[str, Any]:
    """Every unconditional answer a workbook of ``version`` ("A" or "B") carries; the two differ in each."""
    second = version == "B"
    values: dict[str, Any] = {}
    for question in form.questions.values():
        if question.relevant is not None or question.constraint is not None or question.id in (*TYPED, "party"):
            continue
        match question.type:
            case QuestionType.TEXT:
                values[question.id] = f"{version} {question.id} " + "lorem ipsum " * 30
            case QuestionType.INTEGER:
                values[question.id] = 11 if second else 7
            case QuestionType.DECIMAL:
                values[question.id] = 40.0 if second else 12.5
            case QuestionType.SELECT_ONE if question.choices is not None:
                values[question.id] = question.choices.choices[int(second)].value
    return values


def _start(*arguments: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CLI, *map(str, arguments)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _kill_after(process: subprocess.Popen[str], delay: float) -> bool:
    """SIGKILL the child ``delay`` seconds from now; return True if it was still running."""
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.stdout is not None
    process.stdout.read()
    process.stdout.close()
    assert process.returncode in (0, -signal.SIGKILL), process.returncode
    return process.returncode == -signal.SIGKILL


def _read_until(process: subprocess.Popen[str], prefix: str) -> None:
    """Read the child's output up to the line starting with ``prefix`` (or its end)."""
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(prefix):
            return


def _until_replaced(path: Path, process: subprocess.Popen[str]) -> None:
    """Wait until the child renamed a new file over ``path`` (or ended)."""
    inode = path.stat().st_ino
    while path.stat().st_ino == inode and process.poll() is None:
        time.sleep(0.001)  # polls the file system, as a watcher would; the kill moment stays random


def _integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_killed_import_is_all_there_or_not_at_all(tmp_path: Path, form: Questionnaire) -> None:
    versions = {version: _values(form, version) for version in "AB"}
    for version, values in versions.items():
        with Report.create(tmp_path / f"colleague-{version}.bsr", party="Arcadia", form=form) as colleague:
            colleague.set_answers(values, source=Source.TYPED)
            export_xlsx(colleague, tmp_path / f"{version}.xlsx")
    path = tmp_path / "report.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answers(versions["A"], source=Source.TYPED)
    only = ",".join(sorted(versions["A"]))  # every row of the workbook differs from the report
    backups = backup_folder(path)
    rng = random.Random(SEED)
    current, phases, killed = "A", Counter[str](), 0
    for kill in range(IMPORT_KILLS):
        incoming = "B" if current == "A" else "A"
        typed = {question: f"typed before import {kill}: {question}" for question in TYPED}
        with Report.open(path, author="focal point") as report:
            report.set_answers(typed, source=Source.TYPED)
            history = len(report.history())
        snapshots = set(backups.iterdir()) if backups.exists() else set()
        process = _start("import", path, tmp_path / f"{incoming}.xlsx", "--only", only)
        if kill % 3 == 0:
            delay = rng.uniform(0.0, 0.6)  # anywhere: starting, reading the workbook, previewing, applying
        else:
            _read_until(process, "Preview of")  # printed just before the import is applied
            delay = rng.uniform(0.0, 0.02)
        killed += _kill_after(process, delay)

        assert _integrity_ok(path), f"kill {kill}"
        with Report.open(path, read_only=True) as report:
            stored = {qid: a.value for qid, a in report.answers().items()}
            assert len(report.history()) >= history, f"kill {kill}: history lost"
        assert {q: stored.get(q) for q in TYPED} == typed, f"kill {kill}: an earlier answer was lost"
        got = {q: stored.get(q) for q in versions[current]}
        landed = got == versions[incoming]
        assert landed or got == versions[current], f"kill {kill}: half an import " + str(
            sum(got[q] == versions[incoming][q] for q in got)) + f" of {len(got)} answers"
        started = bool(set(backups.iterdir()) - snapshots) if backups.exists() else False
        phases["after" if landed else "during" if started else "before"] += 1
        current = incoming if landed else current
    # Kills while the backup copy was being made leave it unfinished; once old enough, the next copy removes it.
    unfinished = [p for p in backups.iterdir() if not p.name.endswith(".bsr")]
    assert all(".bsr.part" in p.name for p in unfinished), unfinished
    an_hour_ago = time.time() - 3600
    for part in unfinished:
        os.utime(part, (an_hour_ago, an_hour_ago))
    process = _start("import", path, tmp_path / f"{'B' if current == 'A' else 'A'}.xlsx", "--only", only)
    assert process.wait(timeout=60) == 0
    assert process.stdout is not None
    process.stdout.close()
    assert all(p.name.endswith(".bsr") for p in backups.iterdir())
    print(f"import kill soak: {killed} kills, {IMPORT_KILLS * len(versions['A'])} answers imported or not, "
          f"0 half imports, 0 lost; landed before apply {phases['before']}, during {phases['during']}, "
          f"after {phases['after']}; {sum(p.suffix == '.part' for p in unfinished)} unfinished backup copies "
          f"(removed by a later one)")
    assert phases["before"] + phases["during"] >= IMPORT_KILLS // 3, phases
    assert phases["during"] >= 1, phases


def _complete_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def _complete_xlsx(path: Path, name: str) -> bool:
    book = load_workbook(path, read_only=True)
    try:
        return any(name in str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                   for cell in row if cell is not None)
    finally:
        book.close()


def test_killed_export_leaves_the_old_file_or_the_complete_new_one(tmp_path: Path, form: Questionnaire) -> None:
    path = tmp_path / "report.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answers(_values(form, "A"), source=Source.TYPED)
    folder = tmp_path / "out"
    folder.mkdir()
    pdf, xlsx = folder / "report.pdf", folder / "report.xlsx"
    rng = random.Random(SEED)
    phases, killed, leftovers = Counter[str](), 0, 0
    old: dict[Path, bytes] = {}
    seen: set[Path] = set()
    for kill in range(EXPORT_KILLS + 1):
        name = f"Export {kill}"  # each run exports a report that says something new
        with Report.open(path) as report:
            report.set_answer("nfp_name", name)
        report_bytes = hashlib.sha256(path.read_bytes()).digest()
        started = time.monotonic()
        process = _start("export", path, "--pdf", pdf, "--xlsx", xlsx)
        if kill == 0:
            assert process.wait(timeout=60) == 0  # the first export runs to the end: the old files
            assert process.stdout is not None
            process.stdout.close()
            whole = time.monotonic() - started
        elif kill % 2:
            killed += _kill_after(process, rng.uniform(0.0, whole))  # anywhere
        else:
            # Once the new PDF is in place the workbook is made and written (some 0.1 s on this machine).
            _until_replaced(pdf, process)
            killed += _kill_after(process, rng.uniform(0.0, 0.1))

        assert hashlib.sha256(path.read_bytes()).digest() == report_bytes, f"kill {kill}: the report changed"
        assert _integrity_ok(path), f"kill {kill}"
        replaced = []
        for out in (pdf, xlsx):
            data = out.read_bytes()
            if data != old.get(out):
                complete = _complete_pdf(data) if out == pdf else _complete_xlsx(out, name)
                assert complete, f"kill {kill}: {out.name} is neither the old file nor a complete new one"
                old[out] = data
                replaced.append(out)
        # A kill while writing leaves the temporary file the export was being written to (hidden,
        # named after the export, ending in .tmp), which the next export of that file removes.
        stray = {p for p in folder.iterdir() if p not in (pdf, xlsx)}
        assert all(p.name.startswith((".report.pdf.", ".report.xlsx.")) and p.suffix == ".tmp" for p in stray), stray
        left = stray - seen
        leftovers += len(left)
        seen = stray
        if kill:
            phases["before" if not replaced and not left else "during" if left else
                   "pdf only" if replaced == [pdf] else "after"] += 1
    process = _start("export", path, "--pdf", pdf, "--xlsx", xlsx)
    assert process.wait(timeout=60) == 0
    assert process.stdout is not None
    process.stdout.close()
    assert sorted(folder.iterdir()) == [pdf, xlsx]  # what the killed exports left is gone
    print(f"export kill soak: {killed} kills, 0 half files, 0 report changes, {leftovers} temporary files left "
          f"(removed by the next export); kills before writing {phases['before']}, while writing {phases['during']}, "
          f"after the PDF {phases['pdf only']}, after both {phases['after']}")
    assert killed >= EXPORT_KILLS * 0.6
    assert phases["before"] + phases["during"] + phases["pdf only"] >= EXPORT_KILLS // 2, phases
