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


def test_canonical_form_is_sorted_compact_json_of_values_and_specials(form: Questionnaire) -> None:
    answers = {
        "period_start": _answer("period_start", dt.date(2015, 1, 1)),
        "party": _answer("party", "Arcadia 阿卡迪亚"),
        "unintentional_release_count": _answer("unintentional_release_count", special=SpecialAnswer.NOT_AVAILABLE),
        "nfp_name": _answer("nfp_name"),  # blank: left out
    }
    text = canonical_answers(form, answers)
    assert text == ('{"answers":{"party":{"value":"Arcadia 阿卡迪亚"},"period_start":{"value":"2015-01-01"},'
                    '"unintentional_release_count":{"special":"not_available"}},"fingerprint":1,'
                    f'"form":"{form.id}"}}')
    assert answers_fingerprint(form, answers) == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_fingerprint_ignores_review_state_stored_order_and_float_spelling(form: Questionnaire) -> None:
    first = {"cb_funding_amount_usd": _answer("cb_funding_amount_usd", 3.0),
             "cna_count": _answer("cna_count", 2)}
    second = {"cna_count": _answer("cna_count", 2, review=True),
              "cb_funding_amount_usd": _answer("cb_funding_amount_usd", 3)}
    assert answers_fingerprint(form, first) == answers_fingerprint(form, second)


def test_table_rows_keep_their_order_and_drop_blank_cells(form: Questionnaire) -> None:
    row_a = {"instrument_title": "A", "instrument_type": "law", "instrument_status": "in_force",
             "year_adopted": None, "instrument_url": None}
    row_b = {"instrument_title": "B", "instrument_type": "law", "instrument_status": "in_force"}
    one = {"nbf_instruments": _answer("nbf_instruments", [row_a, row_b])}
    same = {"nbf_instruments": _answer("nbf_instruments", [{k: v for k, v in row_a.items() if v}, row_b])}
    swapped = {"nbf_instruments": _answer("nbf_instruments", [row_b, row_a])}
    assert answers_fingerprint(form, one) == answers_fingerprint(form, same)
    assert answers_fingerprint(form, one) != answers_fingerprint(form, swapped)


def test_fingerprint_is_the_same_after_reopening_and_changes_with_any_answer(filled_path: Path,
                                                                             form: Questionnaire,
                                                                             tmp_path: Path) -> None:
    with Report.open(filled_path, read_only=True, form=form) as report:
        before = answers_fingerprint(form, report.answers())
        answers = report.answers()
    with Report.open(filled_path, read_only=True, form=form) as report:
        assert answers_fingerprint(form, report.answers()) == before
    # The same answers typed into another file give the same fingerprint...
    with Report.create(tmp_path / "copy.bsr", party="Republic of Arcadia", form=form) as copy:
        for question_id, answer in answers.items():
            if answer.value is not None or answer.special is not None:
                copy.set_answer(question_id, answer.special or answer.value,
                                source=Source.CARRIED_OVER if answer.needs_review else Source.TYPED)
        assert answers_fingerprint(form, copy.answers()) == before
        # ...and any change gives another.
        copy.set_answer("nfp_title", "Director")
        assert answers_fingerprint(form, copy.answers()) != before
