"""Validate and lock a complete report, and reopen it for editing with a recorded reason."""

from __future__ import annotations

from dataclasses import dataclass

from bsreporter.errors import ReportError
from bsreporter.report.completeness import check_completeness
from bsreporter.report.fingerprint import answers_fingerprint
from bsreporter.report.store import Report, utc_now


@dataclass(frozen=True, slots=True)
class Validation:
    """The validation state of a report."""

    validated: bool
    at: str
    by: str
    fingerprint: str


def validation_state(report: Report) -> Validation:
    """Whether the report is validated, since when, by whom, with which frozen fingerprint."""
    return Validation(report.is_validated, report.meta_value("validated_at"), report.meta_value("validated_by"),
                      report.meta_value("validated_fingerprint"))


def validate_report(report: Report, *, author: str | None = None) -> Validation:
    """Mark a complete report validated: it becomes read-only and its fingerprint is frozen."""
    if report.is_validated:
        raise ReportError.of("already_validated")
    result = check_completeness(report.form, report.answers())
    if not result.is_complete:
        raise ReportError.of("cannot_validate_yet", count=len(result.blockers))
    fingerprint = answers_fingerprint(report.form, report.answers())
    who = author or report.author
    at = utc_now()
    report.record_event("validated", fingerprint, author=who, at=at, meta={
        "state": "validated", "validated_by": who, "validated_fingerprint": fingerprint, "validated_at": at,
    })
    return validation_state(report)


def reopen_report(report: Report, reason: str, *, author: str | None = None) -> None:
    """Make a validated report editable again, recording who reopened it and why."""
    if not report.is_validated:
        raise ReportError.of("not_validated")
    if not reason.strip():
        raise ReportError.of("reopen_reason_missing")
    report.record_event("reopened", reason.strip(), author=author, meta={"state": "draft"})
