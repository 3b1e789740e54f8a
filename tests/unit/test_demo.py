"""The bundled demo report is current with the forms, and users only ever touch a copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from bsreporter import demo
from bsreporter.demo import build_demo_report, bundled_demo_path, user_demo_copy
from bsreporter.form.installed import DEFAULT_FORM_ID
from bsreporter.paths import user_data_dir
from bsreporter.report.completeness import Status, check_completeness
from bsreporter.report.store import Report


def _content(path: Path) -> tuple[object, ...]:
    with Report.open(path, read_only=True) as report:
        info = report.info
        answers = {qid: (a.value, a.special, a.needs_review) for qid, a in report.answers().items()}
        return info.form_id, info.form_version, info.form_hash, info.party, info.language, answers


def _texts(value: object) -> list[str]:
    """The texts of an answer: a plain text, or each language's text of a multilingual one."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for text in value.values() if isinstance(text, str)]
    return []


def test_bundled_demo_report_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "demo.bsr"
    build_demo_report(fresh)
    assert _content(bundled_demo_path()) == _content(fresh), (
        "resources/demo/demo-report.bsr is stale: run `python -m bsreporter.demo --write`"
    )


def test_demo_is_a_fourth_national_report_partly_answered_in_english_and_chinese() -> None:
    with Report.open(bundled_demo_path(), read_only=True) as report:
        assert report.info.form_id == "cpb-nr4-2019"
        assert report.info.party == "Republic of Arcadia"
        answers = report.answers()
        texts = [text for answer in answers.values() for text in _texts(answer.value)]
        assert any(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts)
        assert any(t.isascii() and " " in t for t in texts)
        assert 20 < len(answers) < len(report.form.questions)
        completeness = check_completeness(report.form, answers)
    assert not completeness.report.complete
    assert 70 < completeness.report.percent < 90  # far along, with mandatory questions still open


def test_demo_answers_only_what_its_rules_ask() -> None:
    with Report.open(bundled_demo_path(), read_only=True) as report:
        answers = report.answers()
        statuses = check_completeness(report.form, answers).questions
        details = [qid for qid in answers if report.form.questions[qid].detail_of is not None]
    assert [qid for qid in answers if statuses[qid].status is Status.NOT_RELEVANT] == []
    assert [qid for qid in answers if statuses[qid].status is Status.INVALID] == []
    assert len(details) >= 3  # "please give details" boxes, each under the choice that asks for it


def test_demo_holds_answers_carried_over_from_the_third_report_to_review() -> None:
    with Report.open(bundled_demo_path(), read_only=True) as report:
        to_review = {qid for qid, answer in report.answers().items() if answer.needs_review}
        previous = report.previous_answers()
    assert len(to_review) >= 2
    assert to_review <= set(previous)


def test_demo_without_a_form_answers_the_default_form(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = tmp_path / "demo-answers.yaml"
    answers.write_text("party: Republic of Arcadia\nlanguage: en\nauthor: Demo\nanswers: {}\n", encoding="utf-8")
    monkeypatch.setattr(demo, "demo_answers_path", lambda: answers)
    build_demo_report(tmp_path / "demo.bsr")
    with Report.open(tmp_path / "demo.bsr", read_only=True) as report:
        assert report.info.form_id == DEFAULT_FORM_ID


def test_user_works_on_a_copy_in_the_data_folder() -> None:
    bundled = bundled_demo_path().read_bytes()
    copy = user_demo_copy()
    assert copy.parent == user_data_dir()
    with Report.open(copy) as report:
        report.set_answer("Q142", "true")
    assert bundled_demo_path().read_bytes() == bundled
    assert user_demo_copy() == copy  # a second start keeps the user's edits
    with Report.open(copy, read_only=True) as report:
        answer = report.answer("Q142")
    assert answer is not None and answer.value == "true"
