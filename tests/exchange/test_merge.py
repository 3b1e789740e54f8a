"""Merging a colleague's copy: their new answers come in, conflicts are left to the focal point."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bsreporter.errors import ExchangeError
from bsreporter.exchange.importing import RowKind, apply_import
from bsreporter.exchange.merge import plan_merge_report
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report, Source


@pytest.fixture
def shared(tmp_path: Path, small_form: Questionnaire) -> Iterator[tuple[Report, Path]]:
    """Our report, and a colleague's copy made after three answers, each then edited separately."""
    ours = Report.create(tmp_path / "ours.bsr", party="Arcadia", form=small_form, author="Focal point")
    ours.set_answers({"contact_name": "Dr. Okafor", "contact_title": "Head", "remarks_1_1": "Ministry"},
                     source=Source.TYPED)
    copy = tmp_path / "colleague.bsr"
    target = sqlite3.connect(copy)
    ours.copy_into(target)  # what "Save a Copy As..." gives the colleague
    target.close()
    with Report.open(copy, author="Li Wei") as theirs:
        theirs.set_answer("needs_assessed", "yes")  # only they answered
        theirs.set_answer("remarks_1_1", "Ministry of Environment")  # both change this one
        theirs.set_answer("contact_title", "Head")  # unchanged
    ours.set_answer("remarks_1_1", "Ministry of Agriculture")
    ours.set_answer("contact_name", "Dr. A. Okafor")  # only we changed it
    yield ours, copy
    ours.close()


def test_merge_takes_their_new_answers_and_reports_conflicts_with_both_authors(shared: tuple[Report, Path]) -> None:
    ours, copy = shared
    plan = plan_merge_report(ours, copy)
    kinds = {r.question_id: r.kind for r in plan.rows if r.kind is not RowKind.SAME}
    assert kinds == {"needs_assessed": RowKind.NEW, "remarks_1_1": RowKind.CONFLICT}
    conflict = next(r for r in plan.rows if r.kind is RowKind.CONFLICT)
    assert conflict.current == ("Ministry of Agriculture", None)
    assert conflict.incoming == ("Ministry of Environment", None)
    assert (conflict.current_author, conflict.incoming_author) == ("Focal point", "Li Wei")
    apply_import(ours, plan, source=Source.MERGED)
    assert ours.answer("needs_assessed").value == "yes"
    assert ours.answer("contact_name").value == "Dr. A. Okafor"  # our own later change is kept
    assert ours.answer("remarks_1_1").value == "Ministry of Agriculture"  # conflicts wait for a choice
    entry = ours.history("needs_assessed")[-1]
    assert (entry.source, entry.author, entry.source_detail) == (Source.MERGED, "Li Wei", "colleague.bsr")


def test_choosing_their_side_of_a_conflict(shared: tuple[Report, Path]) -> None:
    ours, copy = shared
    plan = plan_merge_report(ours, copy)
    apply_import(ours, plan, selected=["needs_assessed", "remarks_1_1"], source=Source.MERGED)
    assert ours.answer("remarks_1_1").value == "Ministry of Environment"


def test_merging_the_same_contribution_twice_changes_nothing(shared: tuple[Report, Path]) -> None:
    ours, copy = shared
    apply_import(ours, plan_merge_report(ours, copy), source=Source.MERGED)
    answers, history = ours.answers(), ours.history()
    second = plan_merge_report(ours, copy)
    outcome = apply_import(ours, second, source=Source.MERGED)
    assert outcome.changed == 0
    assert ours.answers() == answers and ours.history() == history


def test_a_report_that_is_not_a_copy_is_refused(shared: tuple[Report, Path], tmp_path: Path,
                                                small_form: Questionnaire) -> None:
    ours, _ = shared
    Report.create(tmp_path / "stranger.bsr", party="Elsewhere", form=small_form).close()
    with pytest.raises(ExchangeError, match="not a copy of this report"):
        plan_merge_report(ours, tmp_path / "stranger.bsr")


def test_merging_a_report_with_itself_is_refused_in_arabic(shared: tuple[Report, Path]) -> None:
    ours, _ = shared
    with pytest.raises(ExchangeError) as caught:
        plan_merge_report(ours, ours.path)
    assert str(caught.value) == "That is the report itself; choose your colleague's copy."
    assert caught.value.text("ar") == "هذا هو التقرير نفسه؛ اختر نسخة زميلك."


def test_a_stranger_and_an_unreadable_contribution_are_refused_in_french(shared: tuple[Report, Path], tmp_path: Path,
                                                                         small_form: Questionnaire) -> None:
    ours, _ = shared
    Report.create(tmp_path / "stranger.bsr", party="Elsewhere", form=small_form).close()
    with pytest.raises(ExchangeError) as caught:
        plan_merge_report(ours, tmp_path / "stranger.bsr")
    assert caught.value.text("fr").startswith("« stranger.bsr » n'est pas une copie de ce rapport")
    (tmp_path / "empty.bsr").write_bytes(b"")
    with pytest.raises(ExchangeError) as caught:
        plan_merge_report(ours, tmp_path / "empty.bsr")
    # the reason, itself a message of the catalogue, is said in the same language
    assert caught.value.text("fr") == ("La contribution ne peut pas être lue : « empty.bsr » est vide ; ce n'est "
                                       "pas un rapport bsreporter.")
    assert (tmp_path / "empty.bsr").read_bytes() == b""
