"""A complete report can be validated (locked, fingerprint frozen) and reopened with a reason (small form)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bsreporter.errors import ReportError
from bsreporter.form.model import Questionnaire
from bsreporter.report.fingerprint import answers_fingerprint
from bsreporter.report.store import Report
from bsreporter.report.validation import reopen_report, validate_report, validation_state

sys.path.insert(0, str(Path(__file__).parent))
from test_completeness import _complete_answers


def test_incomplete_report_cannot_be_validated(small_report: Report) -> None:
    report = small_report
    with pytest.raises(ReportError, match="cannot be validated yet"):
        validate_report(report)
    assert not report.is_validated


def test_validated_report_is_locked_and_reopening_records_who_and_why(
    small_report: Report, small_form: Questionnaire
) -> None:
    form = small_form
    report = small_report
    for question_id, value in _complete_answers(form).items():
        report.set_answer(question_id, value)
    state = validate_report(report, author="Dr. Okafor")
    assert state.validated and state.by == "Dr. Okafor"
    assert state.fingerprint == answers_fingerprint(form, report.answers())
    with pytest.raises(ReportError, match="validated and locked"):
        report.set_answer("contact_name", "Someone")
    with pytest.raises(ReportError, match="Say why"):
        reopen_report(report, "  ")
    reopen_report(report, "The ministry asked for a correction in 2.2", author="Li")
    assert not validation_state(report).validated
    report.set_answer("contact_name", "Someone")
    kinds = [(e[1], e[2], e[3]) for e in report.events()]
    assert kinds[-1] == ("Li", "reopened", "The ministry asked for a correction in 2.2")
    assert kinds[-2][:2] == ("Dr. Okafor", "validated")
