"""What changed: each question whose answer differs from the previous cycle's, and a table's rows, cell by cell.

The previous cycle's answers are those an import kept beside the current ones
(``Report.previous_answers``). The same list feeds the GUI's comparison view and
a "changes since the previous report" annex of the PDF. :func:`compare_tables` tells
which rows of a table answer were added, removed or changed, and which cells of a
changed row, for an import's preview.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import Enum
from itertools import pairwise

from bsreporter.form.model import Question, Questionnaire, QuestionType, SpecialAnswer
from bsreporter.form.values import Value
from bsreporter.report.store import Answer, Report

#: (value, special answer, the file it came from), as ``Report.previous_answers`` gives them.
PreviousAnswer = tuple[Value, SpecialAnswer | None, str]


@dataclass(frozen=True, slots=True)
class AnswerChange:
    """One question whose current answer is not the previous cycle's."""

    question_id: str
    number: str
    previous: tuple[Value, SpecialAnswer | None]
    current: tuple[Value, SpecialAnswer | None]  # (None, None) when the answer was removed
    previous_source: str  # the file the previous answer came from
    needs_review: bool  # the current answer is a carry-over not yet confirmed


def compare_answers(
    form: Questionnaire, answers: Mapping[str, Answer], previous: Mapping[str, PreviousAnswer]
) -> list[AnswerChange]:
    """Every question with a previous-cycle answer that differs from its current answer, in form order."""
    changes = []
    for question in form.iter_questions():
        kept = previous.get(question.id)
        if kept is None:
            continue
        before = (kept[0], kept[1])
        answer = answers.get(question.id)
        now = (answer.value, answer.special) if answer is not None else (None, None)
        if now != before:
            changes.append(
                AnswerChange(question.id, question.number, before, now, kept[2], bool(answer and answer.needs_review))
            )
    return changes


def changes_since_previous(report: Report) -> list[AnswerChange]:
    """Every question of ``report`` whose answer differs from the previous cycle's, in form order."""
    return compare_answers(report.form, report.answers(), report.previous_answers())


class RowChangeKind(str, Enum):
    """What happened to one row of a table answer."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class CellChange:
    """One cell of a row that both tables hold, with its value before and after (None when blank)."""

    column: str
    old: Value
    new: Value


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row added, removed or changed; positions count from 0 (None on the side that does not have it)."""

    kind: RowChangeKind
    old_index: int | None
    new_index: int | None
    old: Mapping[str, Value]  # the row before ({} for an added row)
    new: Mapping[str, Value]  # the row after ({} for a removed row)
    cells: tuple[CellChange, ...] = ()  # a changed row's cells that differ, in column order


@dataclass(frozen=True, slots=True)
class TableChanges:
    """How one table answer became another: its rows added, removed and changed, in reading order."""

    rows: tuple[RowChange, ...]
    unchanged: int  # rows found as they were (possibly at another place)
    key_column: str | None  # the column rows were matched by, when the table has one

    def count(self, kind: RowChangeKind) -> int:
        """Number of rows with this change."""
        return sum(1 for row in self.rows if row.kind is kind)


#: Past this many pairs of rows to weigh in one stretch, rows are paired by position alone.
_MAX_LIKENESS_PAIRS = 40_000


def key_column(question: Question) -> str | None:
    """The column that names each row of a table (a title or a name), when it has one.

    It is the first column, when that is a text column called ``title`` or ``name`` or
    ending so (``instrument_title``, ``lab_name``): what a person would call the row by.
    """
    if not question.columns:
        return None
    first = question.columns[0]
    named = first.name in ("title", "name") or first.name.endswith(("_title", "_name"))
    return first.name if named and first.type is QuestionType.TEXT else None


def compare_tables(question: Question, old: Value, new: Value) -> TableChanges | None:
    """The rows added, removed and changed from table answer ``old`` to ``new`` (None if either is not a table).

    Rows are matched in this order, so that a row inserted in the middle is one added
    row and not every row below it changed:

    1. identical rows, in order (the longest run of rows both tables hold alike), then
       identical rows found elsewhere (moved, reported as unchanged);
    2. by the table's key column (:func:`key_column`): the same title, regardless of
       case and spaces, held by exactly one remaining row on each side;
    3. within each stretch between the rows matched in step 1: by likeness (the most
       cells in common, at least one, keeping their order), then by position.

    Rows left over are added or removed.
    """
    if question.type is not QuestionType.TABLE:
        return None
    before, after = _rows(old), _rows(new)
    if before is None or after is None:
        return None
    names = [column.name for column in question.columns]
    names += sorted({name for row in (*before, *after) for name in row if name not in names})
    old_keys = [_frozen(row, names) for row in before]
    new_keys = [_frozen(row, names) for row in after]
    pairs: dict[int, int] = {}  # old index -> new index
    anchors: list[tuple[int, int]] = []
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            pairs[block.a + offset] = block.b + offset
            anchors.append((block.a + offset, block.b + offset))
    # Identical rows that moved: matched, so they are neither removed nor added.
    free_new: dict[tuple[object, ...], list[int]] = {}
    taken = set(pairs.values())
    for j, frozen in enumerate(new_keys):
        if j not in taken:
            free_new.setdefault(frozen, []).append(j)
    for i, frozen in enumerate(old_keys):
        if i not in pairs and free_new.get(frozen):
            pairs[i] = free_new[frozen].pop(0)
    unchanged = len(pairs)
    changed: dict[int, int] = {}
    key = key_column(question)
    if key is not None:
        _pair_by_key(before, after, key, pairs, changed)
    _pair_in_stretches(before, after, names, anchors, pairs, changed)
    return TableChanges(_in_reading_order(before, after, names, pairs, changed), unchanged, key)


def _rows(value: Value) -> list[Mapping[str, Value]] | None:
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(row, Mapping) for row in value):
        return list(value)
    return None


def _frozen(row: Mapping[str, Value], names: list[str]) -> tuple[object, ...]:
    """A row as something hashable, equal exactly when the rows are equal (a blank cell is a missing one)."""
    return tuple(_hashable(row.get(name)) for name in names)


def _hashable(value: Value) -> object:
    if isinstance(value, list):
        return tuple(_hashable(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((str(k), _hashable(v)) for k, v in value.items()))
    return (type(value).__name__, value) if value is not None else None


def _key_text(value: Value) -> str:
    return " ".join(str(value).split()).casefold() if isinstance(value, str) else ""


def _pair_by_key(before: list[Mapping[str, Value]], after: list[Mapping[str, Value]], key: str,
                 pairs: dict[int, int], changed: dict[int, int]) -> None:
    taken = set(pairs.values())
    old_by_key: dict[str, list[int]] = {}
    new_by_key: dict[str, list[int]] = {}
    for i, row in enumerate(before):
        if i not in pairs and (text := _key_text(row.get(key))):
            old_by_key.setdefault(text, []).append(i)
    for j, row in enumerate(after):
        if j not in taken and (text := _key_text(row.get(key))):
            new_by_key.setdefault(text, []).append(j)
    for text, olds in old_by_key.items():
        news = new_by_key.get(text, [])
        if len(olds) == 1 and len(news) == 1:  # a title given twice names no row for sure
            changed[olds[0]] = news[0]


def _pair_in_stretches(before: list[Mapping[str, Value]], after: list[Mapping[str, Value]], names: list[str],
                       anchors: list[tuple[int, int]], pairs: dict[int, int], changed: dict[int, int]) -> None:
    """Pair the rows still unmatched between two consecutive identical rows: by likeness, then by position."""
    used_old = set(pairs) | set(changed)
    used_new = set(pairs.values()) | set(changed.values())
    bounds = [(-1, -1), *anchors, (len(before), len(after))]
    for (a0, b0), (a1, b1) in pairwise(bounds):
        olds = [i for i in range(a0 + 1, a1) if i not in used_old]
        news = [j for j in range(b0 + 1, b1) if j not in used_new]
        if not olds or not news:
            continue
        alike = _pair_by_likeness(before, after, names, olds, news) if len(olds) * len(news) <= _MAX_LIKENESS_PAIRS \
            else {}
        changed.update(alike)
        rest_old = [i for i in olds if i not in alike]
        rest_new = [j for j in news if j not in alike.values()]
        changed.update(zip(rest_old, rest_new, strict=False))


def _pair_by_likeness(before: list[Mapping[str, Value]], after: list[Mapping[str, Value]], names: list[str],
                      olds: list[int], news: list[int]) -> dict[int, int]:
    """Pairs keeping their order that hold the most equal non-blank cells in all (an alignment of the stretch)."""
    def alike(i: int, j: int) -> int:
        return sum(1 for name in names if (v := before[i].get(name)) is not None and v == after[j].get(name))

    n, m = len(olds), len(news)
    score = [[0] * (m + 1) for _ in range(n + 1)]
    for x in range(1, n + 1):
        for y in range(1, m + 1):
            best = max(score[x - 1][y], score[x][y - 1])
            common = alike(olds[x - 1], news[y - 1])
            score[x][y] = max(best, score[x - 1][y - 1] + common) if common else best
    found: dict[int, int] = {}
    x, y = n, m
    while x and y:
        common = alike(olds[x - 1], news[y - 1])
        if common and score[x][y] == score[x - 1][y - 1] + common:
            found[olds[x - 1]] = news[y - 1]
            x, y = x - 1, y - 1
        elif score[x][y] == score[x - 1][y]:
            x -= 1
        else:
            y -= 1
    return found


def _in_reading_order(before: list[Mapping[str, Value]], after: list[Mapping[str, Value]], names: list[str],
                      pairs: dict[int, int], changed: dict[int, int]) -> tuple[RowChange, ...]:
    """Added and changed rows where the new table has them; a removed row just before the next row kept."""
    matched = {**pairs, **changed}
    ordered: list[tuple[tuple[int, int, int], RowChange]] = []
    for i, j in changed.items():
        cells = tuple(CellChange(name, before[i].get(name), after[j].get(name)) for name in names
                      if _hashable(before[i].get(name)) != _hashable(after[j].get(name)))
        ordered.append(((j, 1, i), RowChange(RowChangeKind.CHANGED, i, j, before[i], after[j], cells)))
    taken = set(matched.values())
    for j, row in enumerate(after):
        if j not in taken:
            ordered.append(((j, 1, -1), RowChange(RowChangeKind.ADDED, None, j, {}, row)))
    for i, row in enumerate(before):
        if i not in matched:
            following = [matched[k] for k in range(i + 1, len(before)) if k in matched]
            place = min(following) if following else len(after)
            ordered.append(((place, 0, i), RowChange(RowChangeKind.REMOVED, i, None, row, {})))
    return tuple(change for _, change in sorted(ordered, key=lambda item: item[0]))
