"""A validated report's PDF prints "Validated on ... by ..." and the frozen fingerprint; a draft's does not."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from test_pdf import export, needs_poppler, pdf_text, squeezed

from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.display import format_date
from bsreporter.report.store import Report
from bsreporter.report.validation import reopen_report, validate_report


@pytest.fixture(scope="module")
def form(small_form_folder: Path) -> Questionnaire:
    """The small fixture form (in place of the installed questionnaire the shared fixture gives)."""
    return load_questionnaire(small_form_folder)


@pytest.fixture
def validated_path(small_complete_path: Path, form: Questionnaire, tmp_path: Path) -> tuple[Path, str, str]:
    """A copy of the complete report of the small form, validated by Dr. Okafor: (path, frozen fingerprint,
    expected line)."""
    path = tmp_path / "validated.bsr"
    shutil.copyfile(small_complete_path, path)
    with Report.open(path, form=form) as report:
        state = validate_report(report, author="Dr. Okafor")
    moment = dt.datetime.fromisoformat(state.at.replace("Z", "+00:00"))
    line = f"Validated on {format_date(moment.date(), 'en')} at {moment:%H:%M} UTC by Dr. Okafor"
    return path, state.fingerprint, line


@needs_poppler
def test_validated_pdf_prints_when_and_by_whom_and_the_frozen_fingerprint_on_every_page(
    validated_path: tuple[Path, str, str], form: Questionnaire, tmp_path: Path
) -> None:
    path, fingerprint, line = validated_path
    pdf = export(path, form, tmp_path / "validated.pdf")
    cover = pdf_text(pdf, 1)
    assert squeezed("Fingerprint frozen at validation (SHA-256)") in squeezed(cover)
    assert fingerprint in squeezed(cover)
    assert squeezed(line) in squeezed(cover)
    pages = pdf_text(pdf).split("\f")[:-1]
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert line in page, f"page {number} lacks the validation line"
        assert f"SHA-256 {fingerprint}" in page


@needs_poppler
def test_reopened_report_prints_no_validation(
    validated_path: tuple[Path, str, str], form: Questionnaire, tmp_path: Path
) -> None:
    path, _fingerprint, _line = validated_path
    with Report.open(path, form=form) as report:
        reopen_report(report, "A correction in 2.2", author="Li")
    text = pdf_text(export(path, form, tmp_path / "reopened.pdf"))
    assert "Validated on" not in text
    assert squeezed("Fingerprint frozen at validation") not in squeezed(text)


@needs_poppler
def test_answers_changed_behind_the_lock_are_not_printed_as_validated(
    validated_path: tuple[Path, str, str], form: Questionnaire, tmp_path: Path
) -> None:
    path, fingerprint, _line = validated_path
    # Another program changes an answer directly in the file, past the lock.
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE answers SET value = '\"Someone else\"' WHERE question_id = 'contact_name'")
    conn.close()
    text = pdf_text(export(path, form, tmp_path / "tampered.pdf"))
    assert "Validated on" not in text
    assert squeezed("this is not the validated report") in squeezed(text)
    assert fingerprint in squeezed(text)  # the frozen one is shown beside the answers' own
