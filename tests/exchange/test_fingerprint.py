"""The content fingerprint: stable for the same answers, different for different ones."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.report.fingerprint import answers_fingerprint, canonical_answers
from bsreporter.report.store import Answer, Report, Source


def _answer(question_id: str, value: object = None, special: SpecialAnswer | None = None,
            review: bool = False) -> Answer:
    return Answer(question_id, value, special, review, "2020-01-01T00:00:00Z", "someone")


def test_canonical_form_is_sorted_compact_json_of_values_and_specials(small_form: Questionnaire) -> None:
    answers = {
        "period_start": _answer("period_start", dt.date(2015, 1, 1)),
        "party": _answer("party", "Arcadia 阿卡迪亚"),
        "staff_trained": _answer("staff_trained", special=SpecialAnswer.NOT_AVAILABLE),
        "contact_name": _answer("contact_name"),  # blank: left out
    }
    text = canonical_answers(small_form, answers)
    assert text == ('{"answers":{"party":{"value":"Arcadia 阿卡迪亚"},"period_start":{"value":"2015-01-01"},'
                    '"staff_trained":{"special":"not_available"}},"fingerprint":1,'
                    f'"form":"{small_form.id}"}}')
    assert answers_fingerprint(small_form, answers) == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_fingerprint_ignores_review_state_stored_order_and_float_spelling(small_form: Questionnaire) -> None:
    first = {"funding_usd": _answer("funding_usd", 3.0),
             "law_count": _answer("law_count", 2)}
    second = {"law_count": _answer("law_count", 2, review=True),
              "funding_usd": _answer("funding_usd", 3)}
    assert answers_fingerprint(small_form, first) == answers_fingerprint(small_form, second)


def test_table_rows_keep_their_order_and_drop_blank_cells(small_form: Questionnaire) -> None:
    row_a = {"law_title": "A", "law_kind": "law", "law_year": None}
    row_b = {"law_title": "B", "law_kind": "law"}
    one = {"law_list": _answer("law_list", [row_a, row_b])}
    same = {"law_list": _answer("law_list", [{k: v for k, v in row_a.items() if v}, row_b])}
    swapped = {"law_list": _answer("law_list", [row_b, row_a])}
    assert answers_fingerprint(small_form, one) == answers_fingerprint(small_form, same)
    assert answers_fingerprint(small_form, one) != answers_fingerprint(small_form, swapped)


def test_fingerprint_is_the_same_after_reopening_and_changes_with_any_answer(small_filled_path: Path,
                                                                             small_form: Questionnaire,
                                                                             tmp_path: Path) -> None:
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        before = answers_fingerprint(small_form, report.answers())
        answers = report.answers()
    with Report.open(small_filled_path, read_only=True, form=small_form) as report:
        assert answers_fingerprint(small_form, report.answers()) == before
    # The same answers typed into another file give the same fingerprint...
    with Report.create(tmp_path / "copy.bsr", party="Republic of Arcadia", form=small_form) as copy:
        for question_id, answer in answers.items():
            if answer.value is not None or answer.special is not None:
                copy.set_answer(question_id, answer.special or answer.value,
                                source=Source.CARRIED_OVER if answer.needs_review else Source.TYPED)
        assert answers_fingerprint(small_form, copy.answers()) == before
        # ...and any change gives another.
        copy.set_answer("contact_title", "Director")
        assert answers_fingerprint(small_form, copy.answers()) != before
