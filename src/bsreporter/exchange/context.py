"""What every export needs from a report, read once, plus progress and cancellation.

An export reads the report in one go (answers, completeness, fingerprint) and then
works on that snapshot, so it can run in a background worker while nothing else
touches the file, and the PDF and the XLSX of one moment agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from bsreporter import __version__
from bsreporter.errors import ExchangeError
from bsreporter.exchange.common_base import history_mark
from bsreporter.form.model import FocalArea, Question, Questionnaire, Section
from bsreporter.report.completeness import Completeness, Status, check_completeness
from bsreporter.report.fingerprint import answers_fingerprint
from bsreporter.report.store import Answer, Report, ReportInfo

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

CANCELLED_MESSAGE = "Export cancelled; no file was written."


class ExportCancelled(ExchangeError):
    """The person cancelled an export; no file was written (the GUI shows no error for it)."""

    def __init__(self) -> None:
        super().__init__(CANCELLED_MESSAGE)


@dataclass(frozen=True)
class ExportData:
    """A snapshot of one report as the exports see it."""

    form: Questionnaire
    info: ReportInfo
    language: str
    answers: Mapping[str, Answer]
    completeness: Completeness
    fingerprint: str
    exported_at: dt.datetime
    program_version: str
    file_name: str
    #: the last history entry of the exported answers (see exchange.common_base): how an import
    #: finds this moment in the report's history without trusting any clock
    history_mark: str = ""

    def is_relevant(self, question: Question) -> bool:
        """True when the question is asked given the other answers."""
        return self.completeness.questions[question.id].status is not Status.NOT_RELEVANT

    def status(self, question: Question) -> Status:
        """The completeness status of one question."""
        return self.completeness.questions[question.id].status

    def focal_area_of(self, section: Section) -> FocalArea | None:
        """The focal area holding an objective; None for General information."""
        return self.form.focal_area_of(section.id)


def check_destination(report: Report, destination: Path) -> None:
    """Refuse a destination that is the report file itself (or one of its companion files)."""
    target = Path(destination).resolve()
    source = Path(report.path).resolve()
    companions = {source, *(source.with_name(source.name + suffix) for suffix in ("-wal", "-shm", "-journal", ".lock"))}
    if target in companions:
        raise ExchangeError.of("export_is_report_file", name=Path(destination).name)


def gather(report: Report, language: str | None) -> ExportData:
    """Read what an export needs; ``language`` defaults to the report's own language."""
    form = report.form
    info = report.info
    chosen = language or info.language or "en"
    if chosen not in form.languages:
        raise ExchangeError.of("language_not_in_form", language=chosen, languages=", ".join(form.languages))
    answers = report.answers()
    return ExportData(
        form=form,
        info=info,
        language=chosen,
        answers=answers,
        completeness=check_completeness(form, answers),
        fingerprint=answers_fingerprint(form, answers),
        exported_at=dt.datetime.now().astimezone().replace(microsecond=0),
        program_version=__version__,
        file_name=Path(report.path).name,
        history_mark=history_mark(report.history()),
    )


class Steps:
    """Reports progress as (done, total) and stops the work when the person cancels.

    The work is cut into phases, each a share of the whole counted in its own items
    (questions, laid-out flowables), so the bar moves steadily and never goes back.
    """

    TOTAL = 1000

    def __init__(self, progress: ProgressCallback | None, cancelled: CancelCheck | None) -> None:
        self.total = self.TOTAL
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._reported = -1

    def check(self) -> None:
        """Raise ExportCancelled when the person asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def phase(self, share: float, items: int) -> Phase:
        """The next ``share`` (0 to 1) of the work, made of ``items`` equal steps."""
        return Phase(self, self.done, round(share * self.total), max(items, 1))

    def set(self, done: int) -> None:
        """Set how many units are done (progress never goes back), then check for cancellation."""
        self.done = min(max(done, self.done), self.total)
        # Report only whole-percent changes: a worker sending thousands of signals slows the GUI.
        percent = self.done * 100 // self.total
        if self._progress is not None and percent != self._reported:
            self._reported = percent
            self._progress(self.done, self.total)
        self.check()

    def finish(self) -> None:
        """Report the work as done (the file is written: too late to cancel)."""
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


class Phase:
    """One part of an export's work, counted in its own items."""

    def __init__(self, steps: Steps, start: int, size: int, items: int) -> None:
        self._steps = steps
        self._start = start
        self._size = size
        self.items = items
        self.done = 0

    def advance(self, count: int = 1) -> None:
        """Count ``count`` items as done (a phase never passes its share), then check for cancellation."""
        self.done += count
        self._steps.set(self._start + self._size * min(self.done, self.items) // self.items)
