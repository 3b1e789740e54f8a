"""The bundled demo report is current with the forms, and users only ever touch a copy."""

from __future__ import annotations

from pathlib import Path

from bsreporter.demo import build_demo_report, bundled_demo_path, user_demo_copy
from bsreporter.paths import user_data_dir
from bsreporter.report.store import Report


def _content(path: Path) -> tuple[object, ...]:
    with Report.open(path, read_only=True) as report:
        info = report.info
        answers = {qid: (a.value, a.special, a.needs_review) for qid, a in report.answers().items()}
        return info.form_id, info.form_version, info.form_hash, info.party, info.language, answers


def test_bundled_demo_report_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "demo.bsr"
    build_demo_report(fresh)
    assert _content(bundled_demo_path()) == _content(fresh), (
        "resources/demo/demo-report.bsr is stale: run `python -m bsreporter.demo --write`"
    )


def test_demo_is_partly_answered_in_english_and_chinese() -> None:
    with Report.open(bundled_demo_path(), read_only=True) as report:
        texts = [a.value for a in report.answers().values() if isinstance(a.value, str)]
        assert any(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts)
        assert any(t.isascii() and " " in t for t in texts)
        assert 20 < len(report.answers()) < len(report.form.questions)


def test_user_works_on_a_copy_in_the_data_folder() -> None:
    bundled = bundled_demo_path().read_bytes()
    copy = user_demo_copy()
    assert copy.parent == user_data_dir()
    with Report.open(copy) as report:
        report.set_answer("nfp_name", "Someone else")
    assert bundled_demo_path().read_bytes() == bundled
    assert user_demo_copy() == copy  # a second start keeps the user's edits
    with Report.open(copy, read_only=True) as report:
        assert report.answer("nfp_name").value == "Someone else"
