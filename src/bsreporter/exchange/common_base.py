"""The common ground of a three-way import: the answers both sides held when a copy was made.

It is found through the history, never by comparing times: a computer's clock can be
set back (or be wrong), and a change made after the copy may then carry an earlier
time than the copy itself. A copy of the report file shares the first entries of our
history, identical in content; an exported workbook names the last history entry of
the moment it was made (its "history mark"), which is looked up in our history by id
and checked by content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from bsreporter.form.model import SpecialAnswer
from bsreporter.form.values import Value
from bsreporter.report.store import HistoryEntry

#: The answers at the common ground, by question id (questions never answered are absent).
BaseAnswers = dict[str, tuple[Value, SpecialAnswer | None]]


def _content(entry: HistoryEntry) -> tuple[object, ...]:
    """What identifies one history entry: everything it records except where it came from."""
    return (entry.id, entry.question_id, entry.at, entry.author, entry.old_value, entry.old_special,
            entry.new_value, entry.new_special)


def history_mark(history: Sequence[HistoryEntry]) -> str:
    """The mark of a report's history as it stands: "<id of the last entry>:<digest of its content>"."""
    if not history:
        return "0:"
    last = history[-1]
    digest = hashlib.sha256(repr(_content(last)).encode("utf-8")).hexdigest()[:16]
    return f"{last.id}:{digest}"


def answers_through(history: Sequence[HistoryEntry], count: int) -> BaseAnswers:
    """The answers after the first ``count`` history entries, replayed in their order."""
    answers: BaseAnswers = {}
    for entry in history[:count]:
        answers[entry.question_id] = (entry.new_value, entry.new_special)
    return answers


def base_from_mark(history: Sequence[HistoryEntry], mark: str) -> BaseAnswers | None:
    """The answers at the moment a history mark was taken; None when this history does not hold that moment."""
    if not mark:
        return None
    entry_id, _, _ = mark.partition(":")
    if entry_id == "0":
        return {} if mark == "0:" else None
    for count, entry in enumerate(history, start=1):
        if str(entry.id) == entry_id:
            return answers_through(history, count) if history_mark(history[:count]) == mark else None
    return None


def shared_base(ours: Sequence[HistoryEntry], theirs: Sequence[HistoryEntry]) -> BaseAnswers | None:
    """Our answers at the last history entry both files share, in id order (None when they share none)."""
    shared = 0
    for mine, other in zip(ours, theirs, strict=False):
        if _content(mine) != _content(other):
            break
        shared += 1
    return answers_through(ours, shared) if shared else None
