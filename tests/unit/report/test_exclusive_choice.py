"""Ticking an option that excludes the others ("None of these") means that option alone."""

from __future__ import annotations

from bsreporter.report.store import Report

SCOPE = "nbf_admin_rules_scope"  # options food_feed_processing, contained_use, intentional_introduction, none


def test_none_of_these_ticked_after_others_means_none_alone(report: Report) -> None:
    assert report.exclusive_choice(SCOPE, "none", ["food_feed_processing", "contained_use", "none"]) == ["none"]


def test_an_option_ticked_after_none_of_these_means_that_option_alone(report: Report) -> None:
    assert report.exclusive_choice(SCOPE, "contained_use", ["contained_use", "none"]) == ["contained_use"]


def test_options_that_go_together_are_not_an_exclusive_choice(report: Report) -> None:
    # Two ordinary options are allowed together: the refusal (if any) has another reason.
    assert report.exclusive_choice(SCOPE, "contained_use", ["food_feed_processing", "contained_use"]) is None
    assert report.exclusive_choice(SCOPE, "none", ["none"]) is None
