"""Multilingual answers in a report file: the report's language for plain text, equality, completeness, display."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bsreporter.errors import AnswerError
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.compare import changes_since_previous
from bsreporter.report.completeness import Status, check_completeness
from bsreporter.report.display import answer_text, value_text
from bsreporter.report.store import Report, Source


@pytest.fixture(scope="module")
def nr4() -> Questionnaire:
    """The fourth national report, whose "further details" answers are multilingual."""
    return installed_questionnaire("cpb-nr4-2019")


@pytest.fixture
def french(tmp_path: Path, nr4: Questionnaire) -> Iterator[Report]:
    """A new report of a Party that reports in French."""
    with Report.create(tmp_path / "fr.bsr", party="Arcadie", language="fr", form=nr4, author="tester") as report:
        yield report


def test_plain_text_is_stored_in_the_reports_language(french: Report) -> None:
    french.set_answer("Q060", "Le texte de la loi est en cours de révision.")
    assert french.answer("Q060").value == {"fr": "Le texte de la loi est en cours de révision."}
    stored = french._conn.execute("SELECT value FROM answers WHERE question_id = 'Q060'").fetchone()[0]
    assert json.loads(stored) == {"fr": "Le texte de la loi est en cours de révision."}


def test_an_unknown_language_is_refused_and_the_stored_answer_kept(french: Report) -> None:
    french.set_answer("Q060", {"fr": "Texte"})
    with pytest.raises(AnswerError, match="'pt'"):
        french.set_answer("Q060", {"fr": "Texte", "pt": "Texto"})
    assert french.answer("Q060").value == {"fr": "Texte"}


def test_the_same_texts_in_another_order_are_no_change(french: Report) -> None:
    french.set_answer("Q060", {"fr": "Texte", "en": "Text"})
    before = len(french.history("Q060"))
    french.set_answer("Q060", {"en": "Text", "fr": "Texte", "es": " "})
    assert len(french.history("Q060")) == before
    french.set_answer("Q060", {"fr": "Texte"})  # the translation removed: a change
    assert french.history("Q060")[-1].old_value == {"en": "Text", "fr": "Texte"}
    assert french.history("Q060")[-1].new_value == {"fr": "Texte"}


def test_plain_text_stored_before_the_question_was_multilingual_reads_in_the_reports_language(
    french: Report,
) -> None:
    with french.transaction() as conn:  # what an earlier version of the form stored
        conn.execute("INSERT INTO answers (question_id, value, special, needs_review, updated_at, author) "
                     "VALUES ('Q060', '\"Ancien texte\"', NULL, 0, '2026-01-01T00:00:00Z', 'x')")
    assert french.answer("Q060").value == {"fr": "Ancien texte"}
    assert french.answers()["Q060"].value == {"fr": "Ancien texte"}


def test_answered_when_any_language_has_text(french: Report, nr4: Questionnaire) -> None:
    french.set_answer("Q186", {"ar": "نص"})
    assert check_completeness(nr4, french.answers()).questions["Q186"].status is Status.ANSWERED
    french.set_answer("Q186", {"fr": "  ", "ar": ""})
    assert french.answer("Q186").value is None


def test_display_shows_every_language_the_reading_language_first(french: Report, nr4: Questionnaire) -> None:
    question = nr4.questions["Q060"]
    french.set_answer("Q060", {"en": "Text", "fr": "Texte"})
    assert answer_text(question, french.answer("Q060"), "fr") == "[fr] Texte\n[en] Text"
    assert value_text(question, {"fr": "Texte"}, "fr") == "Texte"
    assert value_text(question, {"fr": "Texte"}, "en") == "[fr] Texte"


def test_a_translation_added_since_the_previous_cycle_is_a_change(french: Report) -> None:
    french.set_answers({"Q060": "Texte"}, source=Source.IMPORTED, needs_review=True, keep_as_previous=True,
                       source_detail="r3.bsr")
    french.confirm_answer("Q060")
    assert changes_since_previous(french) == []
    french.set_answer("Q060", {"fr": "Texte", "en": "Text"})
    [change] = changes_since_previous(french)
    assert change.previous == ({"fr": "Texte"}, None)
    assert change.current == ({"en": "Text", "fr": "Texte"}, None)
