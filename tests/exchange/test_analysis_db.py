"""`aggregate --db`: every Party's answers, the questions and the indicator figures in one SQLite database."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from analysis_form import analysis_form, answered_report, install_analysis_form, write_analysis_form

from bsreporter.cli import main
from bsreporter.errors import ExchangeError
from bsreporter.exchange.aggregate import Aggregation, aggregate_reports
from bsreporter.exchange.analysis_db import APPLICATION_ID, write_analysis_database
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report
from bsreporter.report.synthetic import make_synthetic_reports


@pytest.fixture
def mini(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Questionnaire:
    """The small questionnaire with indicator formulas, installed for this test: the command reads reports by it."""
    return install_analysis_form(monkeypatch, tmp_path / "mini-form")


@pytest.fixture
def analysed(tmp_path: Path) -> Aggregation:
    """Three small reports of the questionnaire written for these tests, analysed."""
    folder = write_analysis_form(tmp_path / "form")
    form = analysis_form(folder)
    paths = [
        answered_report(tmp_path / "arcadia.bsr", form, "Arcadia", has_law="yes", law_year=2005,
                        scope=["lab", "food"], staff=4,
                        remarks="The national biosafety comité meets twice a year."),
        answered_report(tmp_path / "borduria.bsr", form, "Borduria", has_law="no", scope=["food"], staff=0,
                        remarks="No law yet; a draft is before parliament."),
        answered_report(tmp_path / "carpania.bsr", form, "Carpania", has_law="yes"),
    ]
    return aggregate_reports(paths, form_folder=folder)


@pytest.fixture
def database(analysed: Aggregation, tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    path = tmp_path / "analysis.db"
    write_analysis_database(analysed, path)
    db = sqlite_utils.Database(path)
    yield db
    db.close()


def test_one_row_per_party_report_with_its_file_format_and_fingerprint(
        database: sqlite_utils.Database, analysed: Aggregation) -> None:
    rows = list(database.table("reports").rows)
    assert [(r["id"], r["party"], r["file_name"], r["format"], r["form_id"]) for r in rows] == [
        (1, "Arcadia", "arcadia.bsr", "report", "analysis-mini"), (2, "Borduria", "borduria.bsr", "report",
                                                                    "analysis-mini"),
        (3, "Carpania", "carpania.bsr", "report", "analysis-mini")]
    assert [r["fingerprint"] for r in rows] == [r.fingerprint for r in analysed.reports]
    assert database.table("reports").pks == ["id"]


def test_questions_and_choices_in_every_language_the_form_has(database: sqlite_utils.Database) -> None:
    has_law = database.table("questions").get("has_law")
    assert (has_law["number"], has_law["type"], has_law["text_en"], has_law["text_fr"], has_law["text_zh"]) == (
        "1.1.1", "select_one", "Is there a law?", "Y a-t-il une loi ?", None)
    assert [q["id"] for q in database.table("questions").rows_where(order_by="position")] == [
        "party", "has_law", "law_year", "scope", "staff", "remarks"]
    assert [(c["value"], c["text_fr"]) for c in database.table("choices").rows_where("question_id = ?", ["scope"],
                                                                                  order_by="position")] == [
        ("food", "Alimentation"), ("lab", "Laboratoire"), ("field", "Essais au champ")]
    assert ("scope", "1.1.b") in {(r["question_id"], r["indicator_id"]) for r in database.table("question_indicators").rows}


def test_answers_as_text_numbers_json_and_chosen_options(database: sqlite_utils.Database) -> None:
    answer = {(r["report_id"], r["question_id"]): r for r in database.table("answers").rows}
    assert answer[(1, "has_law")]["value"] == "yes" and answer[(1, "law_year")]["number"] == 2005
    assert answer[(1, "scope")]["value"] == '["food", "lab"]'  # in the order of the choice list
    assert answer[(2, "staff")]["number"] == 0 and answer[(2, "staff")]["value"] == "0"
    assert (3, "staff") not in answer and answer[(3, "has_law")]["needs_review"] == 0
    chosen = database.execute(
        "SELECT r.party, c.value FROM answer_choices a JOIN reports r ON r.id = a.report_id "
        "JOIN choices c ON c.id = a.choice_id WHERE a.question_id = 'scope' ORDER BY r.party, c.position").fetchall()
    assert chosen == [("Arcadia", "food"), ("Arcadia", "lab"), ("Borduria", "food")]


def test_indicator_figures_match_the_analysis_with_the_parties_behind_them(
        database: sqlite_utils.Database, analysed: Aggregation) -> None:
    figures = {r["indicator_id"]: r for r in database.table("indicator_figures").rows}
    for figure in analysed.figures:
        row = figures[figure.formula.indicator_id]
        assert (row["kind"], row["value"], row["parties_counted"], row["parties_answered"],
                row["parties_not_answered"]) == (figure.formula.kind.value, figure.value, len(figure.counted),
                                                 len(figure.answered), len(figure.not_answered))
    assert (figures["1.1.a"]["value"], figures["1.1.b"]["value"], figures["1.1.c"]["value"]) == (2.0, 50.0, 4.0)
    behind = database.execute(
        "SELECT r.party, p.outcome, p.amount FROM indicator_parties p JOIN reports r ON r.id = p.report_id "
        "WHERE p.indicator_id = '1.1.c' ORDER BY r.party").fetchall()
    assert behind == [("Arcadia", "counted", 4.0), ("Borduria", "answered", 0.0), ("Carpania", "not_answered", None)]
    assert database.table("indicators").get("1.1.a")["text_en"] == "Number of Parties with a law"


def test_full_text_search_finds_a_free_text_answer(database: sqlite_utils.Database) -> None:
    assert database.table("answers").detect_fts() == "answers_fts"
    found = database.execute(
        "SELECT r.party, a.question_id FROM answers_fts JOIN answers a ON a.rowid = answers_fts.rowid "
        "JOIN reports r ON r.id = a.report_id WHERE answers_fts MATCH ?", ["parliament"]).fetchall()
    assert found == [("Borduria", "remarks")]
    # accents aside, as a person types a word
    assert [row["report_id"] for row in database.table("answers").search("comite")] == [1]
    # choices are not free text: "food" is an option's value, not words someone wrote
    assert list(database.table("answers").search("food")) == []


def test_foreign_keys_are_declared_and_enforced(database: sqlite_utils.Database) -> None:
    assert {(fk.column, fk.other_table) for fk in database.table("answers").foreign_keys} == {
        ("report_id", "reports"), ("question_id", "questions")}
    assert {fk.other_table for fk in database.table("indicator_parties").foreign_keys} == {"indicators", "reports"}
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    database.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        database.table("answers").insert({"report_id": 99, "question_id": "has_law", "value": "yes"})
    with pytest.raises(sqlite3.IntegrityError):
        database.table("answers").insert({"report_id": 1, "question_id": "no_such_question", "value": "yes"})


def test_the_database_says_it_was_written_by_the_analysis(database: sqlite_utils.Database) -> None:
    assert database.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    about = {r["key"]: r["value"] for r in database.table("about").rows}
    assert about["written_by"] == "bsreporter aggregate" and about["form_id"] == "analysis-mini"
    assert about["reports_counted"] == "3"


def test_a_copy_of_a_party_is_in_the_database_once_and_named_as_set_aside(
        tmp_path: Path, mini: Questionnaire, capsys: pytest.CaptureFixture[str]) -> None:
    paths = make_synthetic_reports(tmp_path, 3, mini, seed=5)
    copy = tmp_path / "copy of the first.bsr"
    copy.write_bytes(paths[0].read_bytes())
    database = tmp_path / "analysis.db"
    assert main(["aggregate", *map(str, paths), str(copy), "--db", str(database)]) == 0
    out, err = capsys.readouterr()
    assert f"written to {database}" in out and str(copy) in err and str(paths[0]) in err
    db = sqlite_utils.Database(database)
    assert db.table("reports").count == 3
    (aside,) = db.table("files_not_counted").rows
    assert (aside["file"], aside["reason"], aside["counted_as"]) == (str(copy), "same_party", 1)
    db.close()


def test_an_earlier_analysis_database_is_replaced(analysed: Aggregation, tmp_path: Path) -> None:
    path = tmp_path / "analysis.sqlite"
    write_analysis_database(analysed, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM answers")
    conn.close()
    write_analysis_database(analysed, path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 6 + 5 + 2
    conn.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def _foreign_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE budget (year INTEGER, amount REAL)")
    conn.execute("INSERT INTO budget VALUES (2024, 1.5)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["report", "other database", "text file", "input"])
def test_a_file_that_is_not_an_analysis_database_is_never_overwritten(
        tmp_path: Path, mini: Questionnaire, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    reports = make_synthetic_reports(tmp_path, 2, mini, seed=9)
    target = {"report": tmp_path / "analysis.db", "other database": tmp_path / "analysis.db",
              "text file": tmp_path / "notes.db", "input": reports[1]}[kind]
    if kind == "report":
        with Report.create(target, party="Arcadia", form=mini) as report:
            report.set_answer("has_law", "yes")
    elif kind == "other database":
        _foreign_database(target)
    elif kind == "text file":
        target.write_text("queries I keep\n", encoding="utf-8")
    before = target.read_bytes()
    assert main(["aggregate", *map(str, reports), "--db", str(target)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    expected = "is one of the files this command reads" if kind == "input" else \
        "is not an analysis database written by bsreporter aggregate"
    assert expected in err
    assert target.read_bytes() == before


def test_a_database_that_cannot_be_written_leaves_the_earlier_one_as_it_was(
        analysed: Aggregation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "analysis.db"
    write_analysis_database(analysed, path)
    before = path.read_bytes()

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExchangeError) as raised:
        write_analysis_database(analysed, path)
    assert raised.value.key == "disk_full_writing"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".db", ".tmp")) == ["analysis.db"]


def test_aggregate_asks_for_a_destination(tmp_path: Path, mini: Questionnaire,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    (report,) = make_synthetic_reports(tmp_path, 1, mini, seed=1)
    assert main(["aggregate", str(report)]) == 2
    assert "-o SUMMARY.xlsx, --db ANALYSIS.db, or both" in capsys.readouterr().err


def test_the_workbook_and_the_database_are_never_the_same_file(tmp_path: Path, mini: Questionnaire,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    (report,) = make_synthetic_reports(tmp_path, 1, mini, seed=1)
    both = tmp_path / "analysis.xlsx"
    assert main(["aggregate", str(report), "-o", str(both), "--db", str(tmp_path / "." / "analysis.xlsx")]) == 2
    assert "-o and --db both name 'analysis.xlsx'" in capsys.readouterr().err
    assert not both.exists()
