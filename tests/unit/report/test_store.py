"""Report files: every change stored at once with its history; bad files refused untouched (on the small form)."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bsreporter.errors import AnswerError, ReportError
from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.report import schema
from bsreporter.report.store import Report, Source


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_report_records_form_party_language_and_times(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "r.bsr"
    with Report.create(path, party="Arcadia", language="fr", form=form):
        pass
    with Report.open(path, read_only=True) as report:
        info = report.info
        assert (info.form_id, info.form_version, info.form_hash) == (form.id, form.version, form.content_hash)
        assert (info.party, info.language, info.cycle) == ("Arcadia", "fr", "Cycle 2030")
        assert info.created_at.endswith("Z") and info.updated_at >= info.created_at
        assert report.answer("party").value == "Arcadia"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    conn.close()


def test_existing_file_is_never_overwritten_by_new(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "r.bsr"
    path.write_bytes(b"precious")
    with pytest.raises(ReportError, match="already exists"):
        Report.create(path, party="Arcadia", form=form)
    assert path.read_bytes() == b"precious"


def test_answer_is_committed_before_set_returns(small_report: Report) -> None:
    report = small_report
    report.set_answer("law_count", "2")
    other = sqlite3.connect(report.path)  # a separate connection sees it at once
    assert other.execute("SELECT value FROM answers WHERE question_id = 'law_count'").fetchone() == ("2",)
    other.close()


def test_every_change_is_kept_in_the_history(small_report: Report) -> None:
    report = small_report
    report.set_answer("law_count", 2)
    report.set_answer("law_count", 3, author="colleague")
    report.set_answer("law_count", 3)  # unchanged: no new entry
    report.set_answer("law_count", None)
    entries = report.history("law_count")
    assert [(e.old_value, e.new_value, e.author, e.source) for e in entries] == [
        (None, 2, "tester", Source.TYPED),
        (2, 3, "colleague", Source.TYPED),
        (3, None, "tester", Source.TYPED),
    ]
    assert entries[0].at <= entries[1].at <= entries[2].at


def test_wrong_value_is_refused_and_stored_answer_untouched(small_report: Report) -> None:
    report = small_report
    report.set_answer("law_count", 2)
    before = report.history()
    with pytest.raises(AnswerError, match="not a whole number"):
        report.set_answer("law_count", "two")
    with pytest.raises(AnswerError, match=r"^Question 1\.1\.2: "):
        report.set_answer("law_count", 0)  # breaks the constraint `. >= 1`
    assert report.answer("law_count").value == 2
    assert report.history() == before


def test_constraint_message_comes_from_the_form(small_report: Report, small_form: Questionnaire) -> None:
    form = small_form
    report = small_report
    report.set_answer("period_start", "2019-01-01")
    with pytest.raises(AnswerError) as caught:
        report.set_answer("period_end", "2018-01-01")
    assert form.question("period_end").constraint_message.get("en") in str(caught.value)


def test_special_answers_are_distinct_from_blank_and_zero(small_report: Report) -> None:
    report = small_report
    report.set_answer("staff_trained", 0)
    assert report.answer("staff_trained").value == 0
    report.set_answer("staff_trained", SpecialAnswer.NOT_AVAILABLE)
    answer = report.answer("staff_trained")
    assert (answer.value, answer.special, answer.is_blank) == (None, SpecialAnswer.NOT_AVAILABLE, False)
    report.set_answer("staff_trained", None)
    assert report.answer("staff_trained").is_blank


def test_special_answer_not_allowed_by_the_question_is_refused(small_report: Report) -> None:
    report = small_report
    with pytest.raises(AnswerError, match="does not accept 'not_applicable'"):
        report.set_answer("contact_name", SpecialAnswer.NOT_APPLICABLE)
    assert report.answer("contact_name") is None


def test_carried_over_answer_needs_review_until_confirmed(small_report: Report) -> None:
    report = small_report
    report.set_answer("law_count", 2, source=Source.CARRIED_OVER, source_detail="report-2015.xlsx")
    assert report.answer("law_count").needs_review
    report.confirm_answer("law_count")
    assert not report.answer("law_count").needs_review
    assert [e.source for e in report.history("law_count")] == [Source.CARRIED_OVER, Source.CONFIRMED]


def test_unknown_question_is_refused(small_report: Report) -> None:
    report = small_report
    with pytest.raises(AnswerError, match="no question 'favourite_colour'"):
        report.set_answer("favourite_colour", "green")


def test_values_come_back_typed_after_reopening(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "r.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("period_start", "2015-01-01")
        report.set_answer("needs_areas", ["training"])
        report.set_answer("law_list", [{"law_title": "Act", "law_year": 2012}])
    with Report.open(path, read_only=True) as report:
        assert report.answer("period_start").value == dt.date(2015, 1, 1)
        assert report.answer("needs_areas").value == ["training"]
        assert report.answer("law_list").value[0]["law_year"] == 2012


def test_read_only_report_refuses_changes(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "r.bsr"
    Report.create(path, party="Arcadia", form=form).close()
    with Report.open(path, read_only=True) as report, pytest.raises(ReportError, match="read-only"):
        report.set_answer("contact_name", "X")


def test_second_writer_in_another_process_is_refused_with_who_has_it(
    tmp_path: Path, small_form: Questionnaire, small_form_folder: Path
) -> None:
    form = small_form
    path = tmp_path / "r.bsr"
    Report.create(path, party="Arcadia", form=form).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from bsreporter.form.loader import load_questionnaire
            from bsreporter.report.store import Report
            form = load_questionnaire(Path({str(small_form_folder)!r}))
            report = Report.open({str(path)!r}, author="holder", form=form)
            print("open", flush=True)
            sys.stdin.read()
            report.close()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(ReportError, match=r"already open for editing by .* on computer"):
            Report.open(path)
        with Report.open(path, read_only=True) as report:  # reading is still possible
            assert report.answer("party").value == "Arcadia"
    finally:
        holder.communicate("", timeout=30)
    with Report.open(path) as report:  # the lock went with the process
        report.set_answer("contact_name", "Dr. Okafor")


def test_lock_left_by_a_killed_process_does_not_lock_anyone_out(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "r.bsr"
    Report.create(path, party="Arcadia", form=form).close()
    (tmp_path / "r.bsr.lock").write_text('{"user": "ghost", "host": "old", "pid": 1, "since": "yesterday"}')
    with Report.open(path) as report:
        report.set_answer("contact_name", "Dr. Okafor")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"PK\x03\x04 this is a spreadsheet", "not a bsreporter report"),
        ("名称,答案\n".encode(), "not a bsreporter report"),
    ],
)
def test_file_that_is_not_a_report_is_refused_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "other.bsr"
    path.write_bytes(content)
    with pytest.raises(ReportError, match=message):
        Report.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.bsr"]


def test_other_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.bsr"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    digest = _digest(path)
    with pytest.raises(ReportError, match="a database but not a bsreporter report"):
        Report.open(path)
    assert _digest(path) == digest


def test_truncated_report_is_refused_untouched(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "r.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        for i in range(30):
            report.set_answer("remarks_1_1", "x" * 2000 + str(i))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReportError, match="damaged"):
        Report.open(path)
    assert path.read_bytes() == data[: len(data) // 2]


def test_corrupted_page_is_refused_untouched(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "r.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        for i in range(30):
            report.set_answer("remarks_1_1", "y" * 2000 + str(i))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size, len(data), page_size):  # scribble over every b-tree page header
        data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    with pytest.raises(ReportError, match="damaged"):
        Report.open(path)
    assert path.read_bytes() == bytes(data)


def test_report_from_a_newer_program_is_refused_untouched(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "r.bsr"
    Report.create(path, party="Arcadia", form=form).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    digest = _digest(path)
    with pytest.raises(ReportError, match="newer version of bsreporter"):
        Report.open(path)
    assert _digest(path) == digest


def test_older_file_is_migrated_forward_one_version_at_a_time(tmp_path: Path, small_form: Questionnaire,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    form = small_form
    # Proves the machinery every migration uses: steps run in order, each in its own transaction.
    path = tmp_path / "r.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("contact_name", "Dr. Okafor")
    applied: list[int] = []

    def add_column(conn: sqlite3.Connection) -> None:
        applied.append(1)
        conn.execute("ALTER TABLE answers ADD COLUMN note TEXT")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(schema.MIGRATIONS, current, add_column)
    with Report.open(path) as report:
        assert report.answer("contact_name").value == "Dr. Okafor"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current + 1
    assert "note" in [row[1] for row in conn.execute("PRAGMA table_info(answers)")]
    conn.close()
    assert applied == [1]  # ran once


def test_failed_migration_leaves_the_file_at_its_old_version(tmp_path: Path, small_form: Questionnaire,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    form = small_form
    path = tmp_path / "r.bsr"
    Report.create(path, party="Arcadia", form=form).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE answers ADD COLUMN note TEXT")
        raise sqlite3.OperationalError("disk I/O error")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(schema.MIGRATIONS, current, broken)
    with pytest.raises(ReportError):
        Report.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    assert "note" not in [row[1] for row in conn.execute("PRAGMA table_info(answers)")]
    conn.close()


def test_batch_of_answers_is_stored_all_or_nothing(small_report: Report) -> None:
    report = small_report
    assert report.set_answers({"contact_name": "Dr. Okafor", "has_law": "yes", "law_count": 2},
                              source=Source.IMPORTED, source_detail="colleague.xlsx") == 3
    imported = [e for e in report.history() if e.source is Source.IMPORTED]
    assert [(e.question_id, e.source_detail) for e in imported] == [
        ("contact_name", "colleague.xlsx"), ("has_law", "colleague.xlsx"), ("law_count", "colleague.xlsx")]
    before = report.history()
    with pytest.raises(AnswerError, match="not a whole number"):
        report.set_answers({"contact_title": "Head", "law_count": "lots"}, source=Source.IMPORTED)
    assert report.answer("contact_title") is None
    assert report.history() == before


def test_batch_checks_constraints_against_the_batch_itself(small_report: Report) -> None:
    report = small_report
    report.set_answers({"period_start": "2015-01-01", "period_end": "2019-12-31"}, source=Source.IMPORTED)
    with pytest.raises(AnswerError, match="after its start"):
        report.set_answers({"period_start": "2016-01-01", "period_end": "2015-06-30"}, source=Source.IMPORTED)
