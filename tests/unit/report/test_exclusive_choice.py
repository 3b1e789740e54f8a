"""Ticking an option that excludes the others ("None of these") means that option alone (on the small form)."""

from __future__ import annotations

from bsreporter.report.store import Report

SCOPE = "needs_areas"  # options training, equipment, other, none


def test_none_of_these_ticked_after_others_means_none_alone(small_report: Report) -> None:
    report = small_report
    assert report.exclusive_choice(SCOPE, "none", ["training", "equipment", "none"]) == ["none"]


def test_an_option_ticked_after_none_of_these_means_that_option_alone(small_report: Report) -> None:
    report = small_report
    assert report.exclusive_choice(SCOPE, "equipment", ["equipment", "none"]) == ["equipment"]


def test_options_that_go_together_are_not_an_exclusive_choice(small_report: Report) -> None:
    report = small_report
    # Two ordinary options are allowed together: the refusal (if any) has another reason.
    assert report.exclusive_choice(SCOPE, "equipment", ["training", "equipment"]) is None
    assert report.exclusive_choice(SCOPE, "none", ["none"]) is None
