"""The Secretariat's analysis as one SQLite database: every Party's answers, the questions and the indicator figures.

``bsreporter aggregate ... --db analysis.db`` writes it for analysts, who open it with
``sqlite3``, Datasette or any tool that reads SQLite (docs/analysis-database.md). Tables,
their primary and foreign keys, and the full-text index over free-text answers are made
with sqlite-utils, which only this command imports.

The database is built in memory and written whole through the atomic-write helper: a
reader (or a crash, or a full disk) finds the earlier database or the complete new one,
never half of one. It replaces only a database that this command wrote, known by the
application id in its header; any other file at that name is left as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import sqlite_utils

from bsreporter import __version__
from bsreporter.atomic import FileKind, write_bytes_atomically
from bsreporter.errors import ExchangeError
from bsreporter.exchange.aggregate import Aggregation, PartyReport
from bsreporter.form.model import ChoiceList, Question, Questionnaire, QuestionType, Text
from bsreporter.form.values import InvalidValue, value_to_plain

#: The application id in the header of every analysis database ("BSRA"); a report's is "BSR1".
APPLICATION_ID = 0x42535241
#: The layout of the tables below; raised when a table or column changes meaning.
SCHEMA_VERSION = 1
#: The six UN languages: the questions, choices and indicators keep a text column for each.
LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")
ANALYSIS_DATABASE = FileKind(".db", b"SQLite format 3\x00", "analysis_db_over_other_file", application_id=APPLICATION_ID)
#: Question types whose answers are words a person wrote: they are searched by the full-text index.
_FREE_TEXT = (QuestionType.TEXT, QuestionType.TABLE)


def check_database_destination(destination: Path, inputs: tuple[Path, ...]) -> None:
    """Refuse, before any report is read, a destination that is not an earlier analysis database."""
    from bsreporter.atomic import check_writable

    check_writable(destination, kind=ANALYSIS_DATABASE, inputs=inputs)


def write_analysis_database(aggregation: Aggregation, destination: Path) -> None:
    """Write the analysis to ``destination`` as one SQLite database, whole or not at all.

    It replaces only an earlier analysis database (or an empty file); a report, another
    database, any other file or one of the files analysed is refused and left untouched.
    """
    check_database_destination(destination, aggregation.files)
    try:
        content = _database_bytes(aggregation)
    except sqlite3.Error as exc:
        raise ExchangeError.of("analysis_db_write_failed", name=Path(destination).name, reason=str(exc)) from exc
    write_bytes_atomically(destination, content, kind=ANALYSIS_DATABASE, inputs=aggregation.files)


def _database_bytes(aggregation: Aggregation) -> bytes:
    """The whole database, built in memory."""
    db = sqlite_utils.Database(memory=True)
    try:
        with db.conn:
            _fill(db, aggregation)
        db.table("answers").enable_fts(["text"], tokenize="unicode61 remove_diacritics 2")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return db.conn.serialize()
    finally:
        db.close()


def _fill(db: sqlite_utils.Database, aggregation: Aggregation) -> None:
    form = aggregation.form
    db.table("about").insert_all(_about(aggregation), pk="key")
    db.table("reports").insert_all(_reports(aggregation.reports), pk="id", not_null=["party", "file", "format"])
    report_id = {report.path: index for index, report in enumerate(aggregation.reports, start=1)}
    db.table("files_not_counted").create({"id": int, "file": str, "reason": str, "detail": str, "counted_as": int},
                                   pk="id", foreign_keys=[("counted_as", "reports", "id")])
    db.table("files_not_counted").insert_all(_files_not_counted(aggregation, report_id))
    db.table("questions").create(
        {"id": str, "position": int, "number": str, "official_number": str, "type": str, "section_id": str,
         "section": str, "required": int, "follows": str, **{f"text_{lang}": str for lang in LANGUAGES}},
        pk="id", foreign_keys=[("follows", "questions", "id")], not_null=["position", "type"])
    db.table("questions").insert_all(_questions(form))
    db.table("choices").create({"id": int, "question_id": str, "value": str, "position": int,
                          **{f"text_{lang}": str for lang in LANGUAGES}},
                         pk="id", foreign_keys=[("question_id", "questions", "id")], not_null=["question_id", "value"])
    choice_id: dict[tuple[str, str], int] = {}
    db.table("choices").insert_all(_choices(form, choice_id))
    db.table("choices").create_index(["question_id", "value"], unique=True)
    db.table("indicators").create({"id": str, "objective": str, "focal_area": int, "kind": str,
                             **{f"text_{lang}": str for lang in LANGUAGES}}, pk="id")
    db.table("indicators").insert_all(_indicators(aggregation))
    db.table("question_indicators").create({"question_id": str, "indicator_id": str}, pk=("question_id", "indicator_id"),
                                     foreign_keys=[("question_id", "questions", "id"),
                                                   ("indicator_id", "indicators", "id")])
    db.table("question_indicators").insert_all({"question_id": q.id, "indicator_id": i}
                                         for q in form.iter_questions() for i in q.indicator_ids
                                         if i in form.indicators)
    db.table("answers").create(
        {"report_id": int, "question_id": str, "value": str, "number": float, "text": str, "special": str,
         "needs_review": int, "invalid": int, "changed_at": str},
        pk=("report_id", "question_id"),
        foreign_keys=[("report_id", "reports", "id"), ("question_id", "questions", "id")])
    db.table("answers").create_index(["question_id"])
    db.table("answer_choices").create(
        {"report_id": int, "question_id": str, "choice_id": int}, pk=("report_id", "question_id", "choice_id"),
        foreign_keys=[("report_id", "reports", "id"), ("question_id", "questions", "id"),
                      ("choice_id", "choices", "id")])
    answers: list[dict[str, Any]] = []
    chosen: list[dict[str, Any]] = []
    for index, report in enumerate(aggregation.reports, start=1):
        _answers(form, index, report, choice_id, answers, chosen)
    db.table("answers").insert_all(answers, batch_size=500)
    db.table("answer_choices").insert_all(chosen, batch_size=500)
    db.table("indicator_figures").create(
        {"indicator_id": str, "kind": str, "value": float, "parties_counted": int, "parties_answered": int,
         "parties_not_answered": int}, pk="indicator_id", foreign_keys=[("indicator_id", "indicators", "id")])
    db.table("indicator_parties").create(
        {"indicator_id": str, "report_id": int, "outcome": str, "amount": float}, pk=("indicator_id", "report_id"),
        foreign_keys=[("indicator_id", "indicators", "id"), ("report_id", "reports", "id")])
    for figure in aggregation.figures:
        db.table("indicator_figures").insert({
            "indicator_id": figure.formula.indicator_id, "kind": figure.formula.kind.value, "value": figure.value,
            "parties_counted": len(figure.counted), "parties_answered": len(figure.answered),
            "parties_not_answered": len(figure.not_answered)})
        db.table("indicator_parties").insert_all(
            {"indicator_id": figure.formula.indicator_id, "report_id": index, "outcome": outcome, "amount": amount}
            for index, (outcome, amount) in enumerate(zip(figure.outcomes, figure.amounts, strict=True), start=1))


def _texts(text: Text, prefix: str = "text") -> dict[str, str | None]:
    """One column per UN language; empty where the questionnaire has no text in that language."""
    return {f"{prefix}_{lang}": text.by_language.get(lang) for lang in LANGUAGES}


def _about(aggregation: Aggregation) -> list[dict[str, str]]:
    form = aggregation.form
    facts = {
        "written_by": "bsreporter aggregate", "program_version": __version__, "schema_version": str(SCHEMA_VERSION),
        "written_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "form_id": form.id, "form_version": form.version, "form_title": form.title.get("en"),
        "files_given": str(len(aggregation.files)), "reports_counted": str(len(aggregation.reports)),
    }
    return [{"key": key, "value": value} for key, value in facts.items()]


def _reports(reports: tuple[PartyReport, ...]) -> Iterator[dict[str, Any]]:
    for index, report in enumerate(reports, start=1):
        yield {"id": index, "party": report.party, "file": str(report.path), "file_name": report.path.name,
               "format": report.format, "form_id": report.form_id, "language": report.language,
               "cycle": report.cycle, "changed_at": report.changed_at, "fingerprint": report.fingerprint,
               "answers": sum(1 for a in report.answers.values() if not a.is_blank)}


def _files_not_counted(aggregation: Aggregation, report_id: Mapping[Path, int]) -> Iterator[dict[str, Any]]:
    for file, reason in aggregation.unreadable:
        yield {"file": file, "reason": "unreadable", "detail": str(reason).splitlines()[0], "counted_as": None}
    for same in aggregation.same_party:
        for path in same.set_aside:
            yield {"file": str(path), "reason": "same_party", "detail": str(same.warning()),
                   "counted_as": report_id[same.kept]}


def _questions(form: Questionnaire) -> Iterator[dict[str, Any]]:
    for position, question in enumerate(form.iter_questions(), start=1):
        section = form.section_of.get(question.id)
        yield {"id": question.id, "position": position, "number": question.number,
               "official_number": question.official_number or None, "type": question.type.value,
               "section_id": question.section_id, "section": section.title.get("en") if section else None,
               "required": int(question.required),
               "follows": question.follows if question.follows in form.questions else None,
               **_texts(question.label)}


def _choice_list(question: Question) -> ChoiceList | None:
    return question.choices if question.type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE) else None


def _choices(form: Questionnaire, choice_id: dict[tuple[str, str], int]) -> Iterator[dict[str, Any]]:
    for question in form.iter_questions():
        choices = _choice_list(question)
        for position, choice in enumerate(choices.choices if choices else (), start=1):
            choice_id[(question.id, choice.value)] = len(choice_id) + 1
            yield {"id": choice_id[(question.id, choice.value)], "question_id": question.id, "value": choice.value,
                   "position": position, **_texts(choice.label)}


def _indicators(aggregation: Aggregation) -> Iterator[dict[str, Any]]:
    form = aggregation.form
    kinds = {figure.formula.indicator_id: figure.formula.kind.value for figure in aggregation.figures}
    focal_area = {objective.id: area.number for area in form.focal_areas for objective in area.objectives}
    for indicator_id, indicator in form.indicators.items():
        objective = form.objective_of_indicator.get(indicator_id)
        yield {"id": indicator_id, "objective": objective.number if objective else None,
               "focal_area": focal_area.get(objective.id) if objective else None, "kind": kinds.get(indicator_id),
               **_texts(indicator.text)}


def _answers(form: Questionnaire, report_id: int, report: PartyReport, choice_id: Mapping[tuple[str, str], int],
             rows: list[dict[str, Any]], chosen: list[dict[str, Any]]) -> None:
    """Add one report's rows of ``answers`` and ``answer_choices`` (answers to questions the form lacks are left out)."""
    from_workbook = report.format == "workbook"
    for question in form.iter_questions():
        answer = report.answers.get(question.id)
        if answer is None or answer.is_blank:
            continue
        plain = value_to_plain(answer.value) if answer.value is not None else None
        invalid = isinstance(answer.value, InvalidValue)
        rows.append({
            "report_id": report_id, "question_id": question.id, "value": _stored_text(plain),
            "number": plain if isinstance(plain, int | float) and not isinstance(plain, bool) and not invalid else None,
            "text": _free_text(plain) if question.type in _FREE_TEXT and not invalid else None,
            "special": answer.special.value if answer.special is not None else None,
            "needs_review": None if from_workbook else int(answer.needs_review), "invalid": int(invalid),
            "changed_at": answer.updated_at or None,
        })
        if _choice_list(question) is not None and not invalid and plain is not None:
            for value in plain if isinstance(plain, list) else [plain]:
                if (question.id, value) in choice_id:
                    chosen.append({"report_id": report_id, "question_id": question.id,
                                   "choice_id": choice_id[(question.id, value)]})


def _stored_text(plain: Any) -> str | None:
    """An answer as text: itself when it is one word or number, JSON for a list, a table or several languages."""
    if plain is None:
        return None
    if isinstance(plain, str):
        return plain
    if isinstance(plain, int | float) and not isinstance(plain, bool):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)


def _free_text(plain: Any) -> str | None:
    """The words of a free-text answer for the full-text index: every language, every text cell of a table."""
    parts: list[str] = []

    def collect(item: Any) -> None:
        if isinstance(item, str):
            parts.append(item)
        elif isinstance(item, dict):
            for cell in item.values():
                collect(cell)
        elif isinstance(item, list):
            for element in item:
                collect(element)

    collect(plain)
    return "\n".join(part for part in parts if part.strip()) or None
