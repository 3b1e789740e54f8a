"""One national report = one SQLite file (``.bsr``): answers, their history, and what form they answer.

Every change is one SQLite transaction, committed before the call returns; there is
no unsaved state. A file is checked before it is opened for writing, and a file that
is not a report, is damaged, or comes from a newer program is refused untouched.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from enum import Enum
from functools import partial
from pathlib import Path

from bsreporter import __version__
from bsreporter.errors import AnswerError, FormError, ReportError
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import Question, Questionnaire, QuestionType, SpecialAnswer
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import CheckedRows, InvalidValue, Value, coerce_value, value_from_json, value_to_json
from bsreporter.messages import Phrase, Where
from bsreporter.record import field_names, record
from bsreporter.report import schema, session_log
from bsreporter.report.lock import WriterLock, is_held

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

REPORT_SUFFIX = ".bsr"


class Source(str, Enum):
    """Where an answer change came from, as recorded in the history."""

    TYPED = "typed"
    IMPORTED = "imported"
    MERGED = "merged"
    CARRIED_OVER = "carried_over"
    CONFIRMED = "confirmed"
    RESTORED = "restored"


@record
class Answer:
    """The stored answer to one question."""

    question_id: str
    value: Value
    special: SpecialAnswer | None
    needs_review: bool
    updated_at: str
    author: str

    @property
    def is_blank(self) -> bool:
        """True when there is neither a value nor an explicit special answer."""
        return self.value is None and self.special is None


@record
class HistoryEntry:
    """One recorded change of one answer."""

    id: int
    question_id: str
    at: str
    author: str
    old_value: Value
    old_special: SpecialAnswer | None
    new_value: Value
    new_special: SpecialAnswer | None
    source: Source
    source_detail: str | None


@record
class ReportInfo:
    """What a report file says about itself."""

    form_id: str
    form_version: str
    form_hash: str
    party: str
    cycle: str
    language: str
    created_at: str
    updated_at: str
    #: Report details printed on the cover and by the signature when no question of the form asks them
    #: (absent from files made before they existed: read as "").
    submitting_authority: str = ""
    submission_place: str = ""
    submission_date: str = ""


#: The report details a person may set (see ``Report.set_details``): meta keys of the file.
DETAILS = ("submitting_authority", "submission_place", "submission_date")


class ReadOnlyReason(str, Enum):
    """Why a report was opened read-only."""

    HELD_ELSEWHERE = "held_elsewhere"  # another program edits it
    READ_ONLY_MEDIUM = "read_only_medium"  # its disk or folder cannot be written
    HARD_LINKED = "hard_linked"  # the file has another name, whose writer would have its own lock and log
    CHOSEN = "chosen"  # the person asked to look without changing


def on_read_only_medium(path: Path) -> bool:
    """True when the report's file or folder cannot be written (a CD, a locked USB stick, a shared folder)."""
    real = Path(path).resolve()
    return not (os.access(real, os.W_OK) and os.access(real.parent, os.W_OK))


def has_other_names(path: Path) -> bool:
    """True when the report file also exists under another name (a hard link).

    The lock and SQLite's log are kept per name, so a program writing through the other
    name would not see this one's lock or log: a file with two names is never edited.
    """
    try:
        return Path(path).stat().st_nlink > 1
    except OSError:
        return False


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def utc_now() -> str:
    """The current time as the report file records times (ISO 8601, UTC, microseconds)."""
    return _now()


def default_author() -> str:
    """The name recorded in the history when no author is set: the computer account's."""
    import getpass  # pwd, termios: only when a name is needed

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class Report:
    """An open report file. Use ``Report.create`` or ``Report.open``; close it (or use ``with``)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, form: Questionnaire, *,
                 read_only: bool, lock: WriterLock | None, author: str | None) -> None:
        self.path = path
        self.form = form
        self.read_only = read_only
        self._author = author
        self._conn = conn
        # Text another tool stored as broken UTF-8 reads with replacement marks instead of
        # stopping every read of the report; such an answer can then be seen and corrected.
        conn.text_factory = _lenient_text
        self._lock = lock
        #: where a leftover log that was not this file's was moved when it was opened (None: there was none)
        self.set_aside_log: Path | None = None
        self._session: session_log.Session | None = None  # this writing session's marks, once it has written
        #: by table question: the rows last read or stored, so that a changed cell is checked alone
        self._checked_rows: dict[str, CheckedRows] = {}

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, *, party: str, language: str = "en", form: Questionnaire | None = None,
               author: str | None = None) -> Report:
        """Create a new, empty report file; refuse to overwrite an existing file."""
        path = Path(path)
        form = form or installed_questionnaire()
        if not party.strip():
            raise ReportError.of("party_missing")
        if language not in form.languages:
            raise ReportError.of("language_not_in_form", language=language, languages=", ".join(form.languages))
        if path.exists():
            raise ReportError.of("report_exists", path=path)
        if not path.parent.is_dir():
            raise ReportError.of("folder_does_not_exist", folder=path.parent)
        if schema.name_too_long(path):
            raise ReportError.of("report_name_too_long", name=path.name)
        schema.check_companions(path)
        lock = WriterLock(path)
        try:
            lock.acquire()
        except ReportError as exc:
            if exc.key == "read_only_medium":  # said for opening; here nothing can be made at all
                raise ReportError.of("cannot_create_report", name=path.name,
                                     reason=Phrase("reason_not_writable")) from exc
            raise
        made = False
        try:
            conn = schema.connect(path, read_only=False)
            made = True
            try:
                now = _now()
                session = session_log.Session(session_log.new_session_token(), None) if schema.begin_writing(conn) else None
                schema.create(conn, {
                    "form_id": form.id, "form_version": form.version, "form_hash": form.content_hash,
                    "party": party.strip(), "cycle": form.cycle.get("en"), "language": language,
                    "created_at": now, "updated_at": now, "program_version": __version__,
                    **({session_log.SESSION_KEY: session.token} if session else {}),
                })
                report = cls(path, conn, form, read_only=False, lock=lock, author=author)
                report._session = session
                if "party" in form.questions:
                    report.set_answer("party", party.strip())
                language_question = form.questions.get("report_language")
                if language_question is not None and language_question.choices and language_question.choices.find(language):
                    report.set_answer("report_language", language)
                # The file then holds its own header and tables: it reads as a report even when
                # the program is killed before it is closed.
                schema.checkpoint(conn)
            except BaseException:
                conn.close()
                raise
        except BaseException as exc:
            if made:
                _remove_new_file(path)  # a new report is made whole or not at all
            lock.release()
            if isinstance(exc, sqlite3.Error):
                raise _creation_error(path, exc) from exc
            if isinstance(exc, ReportError) and exc.key == "disk_full_report":
                raise ReportError.of("disk_full_create", name=path.name) from exc
            raise
        return report

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, author: str | None = None,
             form: Questionnaire | None = None) -> Report:
        """Open an existing report after checking it; refuse (untouched) anything else."""
        path = Path(path)
        lock: WriterLock | None = None
        schema.check_file(path)  # before anything opens it: a named pipe beside it would hang
        if not read_only:
            if has_other_names(path):
                raise ReportError.of("hard_linked", name=path.name)
            if on_read_only_medium(path):
                raise ReportError.of("read_only_medium", name=path.name)
            if schema.name_too_long(path):
                raise ReportError.of("report_name_too_long", name=path.name)
            lock = WriterLock(path)
            lock.acquire()
        try:
            live = lock is None and is_held(path)
            set_aside = None if live else session_log.set_aside_foreign_log(path)
            try:
                version = schema.inspect(path)  # raises ReportError for anything that is not a sound report
            except ReportError as exc:
                # A sound file made unreadable only by a leftover log that does not fit it opens without that log.
                if live or set_aside is not None or exc.key not in ("damaged_problem", "damaged_tables"):
                    raise
                set_aside = session_log.set_aside_unfitting_log(path)
                if set_aside is None:
                    raise
                version = schema.inspect(path)
            conn = schema.connect(path, read_only=read_only)
            try:
                session = None
                if not read_only and version < schema.SCHEMA_VERSION:
                    session = session_log.start_session(conn)
                    schema.migrate(conn, version)
                    schema.checkpoint(conn)  # the updated layout into the file itself, the log emptied
                info = schema.read_meta(conn)
                if form is None:
                    try:
                        form = installed_questionnaire(info.get("form_id", ""))
                    except FormError as exc:
                        raise ReportError.of("questionnaire_missing", name=path.name, reason=exc) from exc
                elif form.id != info.get("form_id"):
                    raise ReportError.of("other_questionnaire", name=path.name, found=info.get("form_id"),
                                         expected=form.id)
            except BaseException:
                conn.close()
                raise
        except sqlite3.Error as exc:
            if lock:
                lock.release()
            raise schema.opening_error(path, exc) from exc
        except BaseException:
            if lock:
                lock.release()
            raise
        report = cls(path, conn, form, read_only=read_only, lock=lock, author=author)
        report.set_aside_log = set_aside
        report._session = session
        return report

    @property
    def author(self) -> str:
        """The name the history records for changes made through this report (the account's by default)."""
        if not self._author:  # asked of the system only when needed: a report only read never records a name
            self._author = default_author()
        return self._author

    @author.setter
    def author(self, name: str) -> None:
        self._author = name

    @property
    def read_only_reason(self) -> ReadOnlyReason | None:
        """Why this report cannot be changed here (None when it can): what the window tells the person."""
        if not self.read_only:
            return None
        if is_held(self.path):
            return ReadOnlyReason.HELD_ELSEWHERE
        if on_read_only_medium(self.path):
            return ReadOnlyReason.READ_ONLY_MEDIUM
        if has_other_names(self.path):
            return ReadOnlyReason.HARD_LINKED
        return ReadOnlyReason.CHOSEN

    def _begin_session(self) -> None:
        """Before this session's first change: log mode and a session token (see session_log.start_session)."""
        if self._session is None:
            self._session = session_log.start_session(self._conn)

    def close(self) -> None:
        """Close the file and give up the writer lock. Everything was already stored."""
        try:
            if self._session is not None:
                schema.checkpoint(self._conn)  # the file alone then holds every answer
            self._conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Report:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def take_checked_rows(self, other: Report) -> None:
        """Know the table rows ``other`` (the same file and form, e.g. opened in the background) has checked.

        Its next change of one cell of a long table then checks that row only, not every row again.
        """
        if other.form is self.form:
            self._checked_rows.update(other._checked_rows)

    def _known_rows(self, question: Question | None) -> CheckedRows | None:
        if question is None or question.type is not QuestionType.TABLE:
            return None
        return self._checked_rows.setdefault(question.id, CheckedRows())

    def reader(self) -> Report:
        """A read-only ``Report`` on the same file and form, with a connection of its own; close it after use.

        Background work (export, import planning, copies) reads through one, opened and
        closed in its own thread: SQLite then shows it only committed answers, and the
        writing connection never leaves the window's thread. The file was checked when
        it was opened, so only that it is still this report is checked again.
        """
        try:
            conn = schema.connect(self.path, read_only=True)
        except sqlite3.Error as exc:
            raise ReportError.of("report_cannot_be_opened", name=self.path.name, reason=str(exc)) from exc
        try:
            found = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.Error as exc:
            conn.close()
            raise ReportError.of("report_cannot_be_opened", name=self.path.name, reason=str(exc)) from exc
        if found != schema.APPLICATION_ID:  # the file was replaced by something else since it was opened
            conn.close()
            raise ReportError.of("database_not_report", name=self.path.name)
        return Report(self.path, conn, self.form, read_only=True, lock=None, author=self.author)

    # -- reading ---------------------------------------------------------------------

    @property
    def info(self) -> ReportInfo:
        """Form, Party, cycle, language and times recorded in the file."""
        meta = schema.read_meta(self._conn)
        return ReportInfo(**{name: meta.get(name, "") for name in field_names(ReportInfo)})  # type: ignore[arg-type]

    def answers(self) -> dict[str, Answer]:
        """Every stored answer by question id (blank answers included when once set)."""
        rows = self._conn.execute(
            "SELECT question_id, value, special, needs_review, updated_at, author FROM answers"
        ).fetchall()
        language = self._language()
        return {row[0]: self._answer_from_row(row, language) for row in rows}

    def answer(self, question_id: str) -> Answer | None:
        """The stored answer to one question, or None if it was never answered."""
        row = self._conn.execute(
            "SELECT question_id, value, special, needs_review, updated_at, author FROM answers WHERE question_id = ?",
            (question_id,),
        ).fetchone()
        return self._answer_from_row(row, self._language()) if row else None

    def value_at(self, question_id: str, moment: str) -> tuple[Value, SpecialAnswer | None]:
        """The answer a question had at ``moment`` (an ISO UTC time as stored), from the history."""
        row = self._conn.execute(
            "SELECT new_value, new_special FROM history WHERE question_id = ? AND at <= ? ORDER BY id DESC LIMIT 1",
            (question_id, moment),
        ).fetchone()
        if row is None:
            return None, None
        question = self.form.questions.get(question_id)
        return ((value_from_json(question, row[0], language=self._language()) if question else _raw_json(row[0])),
                _special(row[1]))

    def values(self) -> dict[str, Value]:
        """Plain values by question id, as expressions and completeness see them."""
        return {qid: a.value for qid, a in self.answers().items()
                if a.value is not None and not isinstance(a.value, InvalidValue)}  # invalid: unanswered

    def history(self, question_id: str | None = None) -> list[HistoryEntry]:
        """Recorded changes, oldest first; of one question when ``question_id`` is given."""
        sql = ("SELECT id, question_id, at, author, old_value, old_special, new_value, new_special, source, source_detail "
               "FROM history")
        params: tuple[Any, ...] = ()
        if question_id is not None:
            sql += " WHERE question_id = ?"
            params = (question_id,)
        entries = []
        language = self._language()
        for row in self._conn.execute(sql + " ORDER BY id", params):
            question = self.form.questions.get(row[1])
            decode = partial(value_from_json, question, language=language) if question else _raw_json
            entries.append(HistoryEntry(
                id=row[0], question_id=row[1], at=row[2], author=row[3],
                old_value=decode(row[4]), old_special=_special(row[5]),
                new_value=decode(row[6]), new_special=_special(row[7]),
                source=Source(row[8]), source_detail=row[9],
            ))
        return entries

    def _answer_from_row(self, row: tuple[Any, ...], language: str) -> Answer:
        """An answer as stored; one that does not fit its question reads as an InvalidValue, never an error."""
        question = self.form.questions.get(row[0])
        value = (value_from_json(question, row[1], language=language, known_rows=self._known_rows(question))
                 if question else _raw_json(row[1]))
        return Answer(row[0], value, _special(row[2]), bool(row[3]), row[4], row[5])

    def _language(self) -> str:
        """The report's language: plain text given to a multilingual question is in it."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'language'").fetchone()
        return str(row[0]) if row and row[0] else "en"

    # -- changing --------------------------------------------------------------------

    def check_answer(self, question_id: str, raw: Any,
                     values: Mapping[str, Value] | None = None) -> tuple[Value, SpecialAnswer | None]:
        """The (value, special answer) that ``raw`` would be stored as; raise AnswerError if it does not fit.

        ``raw`` is a value, a SpecialAnswer, or None (no answer). Constraints are checked against
        ``values`` (default: the stored answers) so that a batch can be checked as a whole.
        """
        question = self._question(question_id)
        if isinstance(raw, SpecialAnswer):
            if raw not in question.special_answers:
                allowed = ", ".join(s.value for s in question.special_answers) or Phrase("none_allowed")
                raise AnswerError.of("special_not_accepted", number=question.number, special=raw.value, allowed=allowed)
            return None, raw
        value = coerce_value(question, raw, language=self._language(), known_rows=self._known_rows(question))
        # Only a rule reads other answers, and only those it names: each is read when asked for
        # (reading them all would decode every stored table again).
        if value is not None and question.constraint is not None:
            evaluation = RuleEvaluation(self.form, _RuleValues(self, values, question_id, value))
            if not evaluation.constraint_holds(question, value):
                message = question.constraint_message.get(self.info.language) or Phrase("answer_not_allowed")
                raise AnswerError.of("constraint_failed", number=question.number, message=message)
        return value, None

    def exclusive_choice(self, question_id: str, ticked: str, values: list[str]) -> list[str] | None:
        """``[ticked]`` when the options ``values`` are refused only because ``ticked`` goes with none of the others.

        That is what ticking "None of these" after other options (or an option after "None of
        these") means: the form's rules allow the option alone and with none of the others.
        When it fits with some other ticked option, or not even alone, None: the refusal stands.
        """
        others = [value for value in values if value != ticked]
        if not others:
            return None

        def accepted(candidate: list[str]) -> bool:
            try:
                self.check_answer(question_id, candidate)
            except AnswerError:
                return False
            return True

        choices = self._question(question_id).choices
        order = {choice.value: n for n, choice in enumerate(choices.choices if choices else ())}
        if not accepted([ticked]) or any(
            accepted(sorted([ticked, other], key=lambda v: order.get(v, len(order)))) for other in others
        ):
            return None
        return [ticked]

    def set_answer(self, question_id: str, raw: Any, *, source: Source = Source.TYPED,
                   author: str | None = None, source_detail: str | None = None) -> Answer:
        """Check and store one answer (a value, a SpecialAnswer, or None to clear it).

        A value that does not fit the question's type, options or constraint is refused
        with AnswerError and the stored answer stays as it was.
        """
        value, special = self.check_answer(question_id, raw)
        return self._store(question_id, value, special, source=source, author=author,
                           source_detail=source_detail, needs_review=source is Source.CARRIED_OVER)

    def set_answers(self, changes: Mapping[str, Any], *, source: Source, author: str | None = None,
                    source_detail: str | None = None, needs_review: bool | None = None,
                    authors: Mapping[str, str] | None = None, keep_as_previous: bool = False) -> int:
        """Check every answer first, then store them all in one transaction; return how many changed.

        If any value is refused, AnswerError is raised and nothing at all is stored.
        ``needs_review`` flags the answers "carried over - review" (default: only for CARRIED_OVER);
        ``authors`` names the author of individual answers (a colleague's, when merging);
        ``keep_as_previous`` also records them as the previous cycle's answers.
        """
        review = source is Source.CARRIED_OVER if needs_review is None else needs_review
        merged = {**self.values()}
        checked: list[tuple[str, Value, SpecialAnswer | None]] = []
        for question_id, raw in changes.items():
            value, special = self.check_answer(question_id, raw, merged)
            if value is not None:
                merged[question_id] = value
            else:
                merged.pop(question_id, None)
            checked.append((question_id, value, special))
        now = _now()
        changed = 0
        with self.transaction() as conn:
            for question_id, value, special in checked:
                who = (authors or {}).get(question_id) or author or self.author
                changed += self._write(conn, question_id, value, special, now=now, source=source,
                                       author=who, source_detail=source_detail, needs_review=review)
                if keep_as_previous:
                    conn.execute(
                        "INSERT OR REPLACE INTO previous_answers (question_id, value, special, source, imported_at) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (question_id, value_to_json(value) if value is not None else None,
                         special.value if special else None, source_detail or "", now),
                    )
        return changed

    def previous_answers(self) -> dict[str, tuple[Value, SpecialAnswer | None, str]]:
        """The previous cycle's answers by question id: (value, special answer, file it came from)."""
        try:
            rows = self._conn.execute("SELECT question_id, value, special, source FROM previous_answers").fetchall()
        except sqlite3.OperationalError:
            return {}  # an older file opened read-only, not yet given the table
        result = {}
        language = self._language()
        for question_id, value_json, special, origin in rows:
            question = self.form.questions.get(question_id)
            value = value_from_json(question, value_json, language=language) if question else _raw_json(value_json)
            result[question_id] = (value, _special(special), origin)
        return result

    def confirm_answer(self, question_id: str, *, author: str | None = None) -> Answer:
        """Mark a carried-over answer as reviewed, keeping its value."""
        current = self.answer(question_id)
        if current is None or not current.needs_review:
            raise AnswerError.of("nothing_to_confirm", number=self._question(question_id).number)
        return self._store(question_id, current.value, current.special, source=Source.CONFIRMED,
                           author=author, source_detail=None, needs_review=False)

    def _question(self, question_id: str) -> Question:
        question = self.form.questions.get(question_id)
        if question is None:
            raise AnswerError.of("no_such_question", question=question_id)
        return question

    def _store(self, question_id: str, value: Value, special: SpecialAnswer | None, *, source: Source,
               author: str | None, source_detail: str | None, needs_review: bool) -> Answer:
        author = author or self.author
        now = _now()
        with self.transaction() as conn:
            changed = self._write(conn, question_id, value, special, now=now, source=source, author=author,
                                  source_detail=source_detail, needs_review=needs_review)
        if not changed:
            return self.answer(question_id) or Answer(question_id, None, None, False, now, author)
        return Answer(question_id, value, special, needs_review, now, author)

    @staticmethod
    def _write(conn: sqlite3.Connection, question_id: str, value: Value, special: SpecialAnswer | None, *,
               now: str, source: Source, author: str, source_detail: str | None, needs_review: bool) -> bool:
        """Write one answer and its history entry inside the caller's transaction; False if unchanged."""
        new_json = value_to_json(value) if value is not None else None
        new_special = special.value if special else None
        old = conn.execute(
            "SELECT value, special, needs_review FROM answers WHERE question_id = ?", (question_id,)
        ).fetchone()
        old_json, old_special, old_review = old if old else (None, None, 0)
        if (old_json, old_special, bool(old_review)) == (new_json, new_special, needs_review):
            return False
        conn.execute(
            "INSERT INTO answers (question_id, value, special, needs_review, updated_at, author) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET value = excluded.value, "
            "special = excluded.special, needs_review = excluded.needs_review, "
            "updated_at = excluded.updated_at, author = excluded.author",
            (question_id, new_json, new_special, int(needs_review), now, author),
        )
        conn.execute(
            "INSERT INTO history (question_id, at, author, old_value, old_special, new_value, new_special, "
            "source, source_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (question_id, now, author, old_json, old_special, new_json, new_special, source.value, source_detail),
        )
        conn.execute("UPDATE meta SET value = ? WHERE key = 'updated_at'", (now,))
        return True

    def replace_answers_with(self, other: Report, *, source_detail: str) -> int:
        """Make every answer equal to ``other``'s (a backup), in one transaction; return how many changed.

        The history keeps running: each change is recorded with source "restored".
        """
        if other.form.id != self.form.id:
            raise ReportError.of("restore_other_questionnaire", name=other.path.name, form=other.form.id)
        theirs = other._conn.execute("SELECT question_id, value, special, needs_review FROM answers").fetchall()
        target = {row[0]: row[1:] for row in theirs}
        ours = {row[0] for row in self._conn.execute("SELECT question_id FROM answers WHERE value IS NOT NULL "
                                                     "OR special IS NOT NULL")}
        now = _now()
        changed = 0
        language = other._language()
        with self.transaction() as conn:
            for question_id in sorted(ours | set(target)):
                value_json, special, review = target.get(question_id, (None, None, 0))
                question = self.form.questions.get(question_id)
                value = (value_from_json(question, value_json, language=language) if question
                         else _raw_json(value_json))
                changed += self._write(conn, question_id, value, _special(special), now=now, source=Source.RESTORED,
                                       author=self.author, source_detail=source_detail, needs_review=bool(review))
        return changed

    def put_back_answers(self, answers: Mapping[str, Answer | None], *, source: Source = Source.RESTORED,
                         source_detail: str | None = None,
                         previous: Mapping[str, tuple[Value, SpecialAnswer | None, str] | None] | None = None) -> int:
        """Store answers exactly as they were once stored, in one transaction; return how many changed.

        The way back from (and forward again to) a batch such as an import: each answer gets
        its value, special answer, review flag and author back, unchecked, since it was checked
        when first stored. None clears a question. ``previous`` puts back the previous cycle's
        answers of the questions it names (None: the question had none).
        """
        for question_id in (*answers, *(previous or {})):
            self._question(question_id)  # refuse unknown questions before writing anything
        now = _now()
        changed = 0
        with self.transaction() as conn:
            for question_id, answer in answers.items():
                if answer is None:
                    changed += self._write(conn, question_id, None, None, now=now, source=source, author=self.author,
                                           source_detail=source_detail, needs_review=False)
                else:
                    changed += self._write(conn, question_id, answer.value, answer.special, now=now, source=source,
                                           author=answer.author or self.author, source_detail=source_detail,
                                           needs_review=answer.needs_review)
            for question_id, kept in (previous or {}).items():
                if kept is None:
                    conn.execute("DELETE FROM previous_answers WHERE question_id = ?", (question_id,))
                    continue
                value, special, origin = kept
                conn.execute(
                    "INSERT OR REPLACE INTO previous_answers (question_id, value, special, source, imported_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (question_id, value_to_json(value) if value is not None else None,
                     special.value if special else None, origin, now),
                )
        return changed

    def copy_into(self, destination: sqlite3.Connection) -> None:
        """Copy the whole report, consistently, into another SQLite connection (online backup).

        The copy gets a session token of its own: put back over the report after a crash, it
        must not take the log the crashed session left (see session_log.set_aside_foreign_log).
        """
        self._conn.backup(destination)
        session_log.mark_as_copy(destination)

    @property
    def is_validated(self) -> bool:
        """True when the focal point marked the report validated: answers are then read-only."""
        return schema.read_meta(self._conn).get("state") == "validated"

    def record_event(self, kind: str, detail: str = "", *, meta: Mapping[str, str] | None = None,
                     author: str | None = None, at: str | None = None) -> None:
        """Record a report-level event (and the report facts it changes) in one transaction."""
        with self.transaction(allow_validated=True) as conn:
            conn.execute("INSERT INTO events (at, author, kind, detail) VALUES (?, ?, ?, ?)",
                         (at or _now(), author or self.author, kind, detail))
            for key, value in (meta or {}).items():
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def events(self) -> list[tuple[str, str, str, str]]:
        """Report-level events, oldest first: (time, author, kind, detail)."""
        try:
            return [tuple(row) for row in self._conn.execute("SELECT at, author, kind, detail FROM events ORDER BY id")]
        except sqlite3.OperationalError:
            return []  # an older file opened read-only

    def meta_value(self, key: str) -> str:
        """One report fact from the file ('' when absent)."""
        return schema.read_meta(self._conn).get(key, "")

    @contextmanager
    def transaction(self, *, allow_validated: bool = False) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write; a full or read-only disk becomes a ReportError."""
        if self.read_only:
            raise ReportError.of("report_read_only", name=self.path.name)
        if not allow_validated and self.is_validated:
            raise ReportError.of("report_validated_locked", name=self.path.name)
        try:
            self._begin_session()
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _storage_error(self.path, exc) from exc
        try:
            if self._session is not None:
                session_log.stamp(self._conn, self._session)
            yield self._conn
            self._conn.execute("COMMIT")
            if self._session is not None:
                session_log.settle(self._conn, self._session)
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise _storage_error(self.path, exc) from exc
            raise

    def set_meta(self, values: Mapping[str, str]) -> None:
        """Change report-level facts (Party, language) in one transaction."""
        allowed = {"party", "language", "cycle"}
        unknown = set(values) - allowed
        if unknown:
            raise ReportError.of("meta_unknown", names=", ".join(sorted(unknown)))
        with self.transaction() as conn:
            conn.executemany("UPDATE meta SET value = ? WHERE key = ?", [(v, k) for k, v in values.items()])


    def set_details(self, details: Mapping[str, str]) -> None:
        """Keep report details (submitting authority, place and date of submission) for the printed report.

        They are not answers: a validated report still takes them, and the change is kept as an
        event (who, when, what). A submission date is a calendar date (YYYY-MM-DD) or "".
        """
        unknown = set(details) - set(DETAILS)
        if unknown:
            raise ReportError.of("details_unknown", names=", ".join(sorted(unknown)))
        cleaned = {key: " ".join(str(value).split()) for key, value in details.items()}
        date = cleaned.get("submission_date")
        if date:
            try:
                cleaned["submission_date"] = dt.date.fromisoformat(date).isoformat()
            except ValueError:
                raise ReportError.of("detail_date_invalid", value=date) from None
        current = schema.read_meta(self._conn)
        changed = {key: value for key, value in cleaned.items() if current.get(key, "") != value}
        if changed:
            self.record_event("details", ", ".join(f"{key}={value}" for key, value in sorted(changed.items())),
                              meta=changed)


class _RuleValues(Mapping[str, Value]):
    """What a rule reads while one answer is checked: that answer, and the others as ``given`` or,
    when none are given, as stored (as ``Report.values()`` gives them), each read only when asked for."""

    def __init__(self, report: Report, given: Mapping[str, Value] | None, question_id: str, value: Value) -> None:
        self._report, self._given, self._question_id, self._value = report, given, question_id, value

    def __getitem__(self, key: str) -> Value:
        if key == self._question_id:
            return self._value
        if self._given is not None:
            return self._given[key]
        answer = self._report.answer(key)
        if answer is None or answer.value is None or isinstance(answer.value, InvalidValue):
            raise KeyError(key)
        return answer.value

    def _all(self) -> dict[str, Value]:
        return {**(self._report.values() if self._given is None else self._given), self._question_id: self._value}

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def _storage_error(path: Path, exc: sqlite3.Error) -> ReportError:
    """Why a write failed, from SQLite's result code, as something the person can act on."""
    kind = schema.failure(path, exc)
    if kind is schema.Failure.DISK_FULL:
        return ReportError.of("disk_full_report", name=path.name)
    if kind in (schema.Failure.READ_ONLY, schema.Failure.CANNOT_OPEN):
        return ReportError.of("report_not_writable", name=path.name)
    if kind is schema.Failure.BUSY:
        return ReportError.of("report_busy", name=path.name)
    if kind in (schema.Failure.DAMAGED, schema.Failure.NOT_A_DATABASE):
        return ReportError.of("report_damaged_writing", name=path.name)
    return ReportError.of("report_write_failed", name=path.name, reason=str(exc))


def _creation_error(path: Path, exc: sqlite3.Error) -> ReportError:
    """Why a new report could not be made; a full disk is named even when SQLite only says "I/O error"."""
    kind = schema.failure(path, exc)
    if kind is schema.Failure.DISK_FULL or schema.disk_full(path):
        return ReportError.of("disk_full_create", name=path.name)
    if kind in (schema.Failure.READ_ONLY, schema.Failure.CANNOT_OPEN):  # said in the person's language
        return ReportError.of("cannot_create_report", name=path.name, reason=Phrase("reason_not_writable"))
    return ReportError.of("cannot_create_report", name=path.name, reason=str(exc))


def _remove_new_file(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        with suppress(OSError):
            leftover.unlink(missing_ok=True)


def _special(text: str | None) -> SpecialAnswer | None:
    return SpecialAnswer(text) if text else None


def _lenient_text(data: bytes) -> str:
    """SQLite text as str; bytes that are not UTF-8 become U+FFFD rather than an error."""
    return data.decode("utf-8", "replace")


def _raw_json(text: str | None) -> Value:
    """A stored value of a question the form no longer has: decoded JSON, or kept as an InvalidValue."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return InvalidValue(str(text), AnswerError.of("stored_unreadable", where=Where("?")))
