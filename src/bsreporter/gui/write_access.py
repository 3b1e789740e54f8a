"""Whether a command may change the open report: what each command writes, and what the report takes.

Every action of the window declares what it writes (``Writes``); ``allows`` is the one rule
that says whether the open report, in its present state (``Access``), takes that kind of
change. The window disables what the rule refuses, so a read-only report offers no command
that would be refused. No Qt here: the rule is tested on its own.
"""

from __future__ import annotations

from enum import Enum


class Writes(str, Enum):
    """What a command changes in the open report."""

    #: reads the report, or changes nothing in it (preferences, another report, the screen)
    NOTHING = "nothing"
    #: changes or locks the answers: typing, undo, import, merge, a backup put back, validating
    ANSWERS = "answers"
    #: changes only whether a validated report is locked: reopening it for editing
    LOCK = "lock"


class Access(str, Enum):
    """What the open report can take now."""

    NO_REPORT = "no_report"
    WRITABLE = "writable"
    #: the file can be written, but its answers are locked until it is reopened for editing
    VALIDATED = "validated"
    #: the file cannot be written here: edited elsewhere, a read-only disk, a second name, or a look asked for
    READ_ONLY = "read_only"


def access_of(*, report_open: bool, file_read_only: bool, validated: bool) -> Access:
    """The access of the report open in a window (a read-only file wins over validation: nothing can be written)."""
    if not report_open:
        return Access.NO_REPORT
    if file_read_only:
        return Access.READ_ONLY
    return Access.VALIDATED if validated else Access.WRITABLE


def allows(access: Access, writes: Writes) -> bool:
    """True when a command that writes ``writes`` may run on a report with ``access``.

    With no report open the rule refuses nothing: commands that need a report are disabled
    for that reason, not for this one.
    """
    if writes is Writes.NOTHING or access in (Access.NO_REPORT, Access.WRITABLE):
        return True
    return writes is Writes.LOCK and access is Access.VALIDATED
