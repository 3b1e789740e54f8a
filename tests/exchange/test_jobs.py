"""The work a child process does for the window, run here in the test's own process, on the small form."""

from __future__ import annotations

from pathlib import Path

import pytest

from bsreporter import exchange
from bsreporter.exchange import jobs
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report


@pytest.fixture
def report_path(tmp_path: Path, small_form: Questionnaire) -> Path:
    """A new, empty report of the small form (closed: the work opens it)."""
    path = tmp_path / "arcadia.bsr"
    Report.create(path, party="Republic of Arcadia", form=small_form, author="tester").close()
    return path


def _no_progress(done: int, total: int) -> None:
    pass


def _not_cancelled() -> bool:
    return False


def test_every_pdf_choice_reaches_the_exporter(report_path: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    received: dict[str, object] = {}

    def export_pdf(report: Report, destination: Path, **choices: object) -> None:
        received.update(choices, destination=destination)

    monkeypatch.setattr(exchange, "export_pdf", export_pdf)
    with Report.open(report_path, read_only=True) as report:
        reference = jobs.form_reference(report.form)
    jobs.write_pdf(report_path, reference, tmp_path / "out.pdf", language="es", paper="letter",
                         changes_annex=True, blank=True, progress=_no_progress, cancelled=_not_cancelled)
    assert received == {"destination": tmp_path / "out.pdf", "language": "es", "paper": "letter",
                        "changes_annex": True, "blank": True, "progress": _no_progress,
                        "cancelled": _not_cancelled}


def test_an_exporter_that_no_longer_takes_a_choice_fails_instead_of_dropping_it(
    report_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def export_pdf(report: Report, destination: Path, *, language: str | None = None, paper_size: str = "a4",
                   changes_annex: bool = False, blank: bool = False, progress: object = None,
                   cancelled: object = None) -> None:
        raise AssertionError("called without the paper chosen")

    monkeypatch.setattr(exchange, "export_pdf", export_pdf)  # "paper" renamed: the choice has nowhere to go
    with Report.open(report_path, read_only=True) as report:
        reference = jobs.form_reference(report.form)
    with pytest.raises(TypeError, match="paper"):
        jobs.write_pdf(report_path, reference, tmp_path / "out.pdf", language="en", paper="letter",
                             changes_annex=False, blank=False, progress=_no_progress, cancelled=_not_cancelled)
    assert not (tmp_path / "out.pdf").exists()


def test_xlsx_export_is_written_in_the_language_chosen(report_path: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    received: dict[str, object] = {}

    def export_xlsx(report: Report, destination: Path, **choices: object) -> None:
        received.update(choices)

    monkeypatch.setattr(exchange, "export_xlsx", export_xlsx)
    with Report.open(report_path, read_only=True) as report:
        reference = jobs.form_reference(report.form)
    jobs.write_xlsx(report_path, reference, tmp_path / "out.xlsx", language="ru", progress=_no_progress,
                          cancelled=_not_cancelled)
    assert received["language"] == "ru"
