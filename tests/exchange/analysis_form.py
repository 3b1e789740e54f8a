"""A small questionnaire with indicator formulas, written inside the tests of the Secretariat's analysis.

It has what the analysis reads: a Party, a single and a multiple choice, a whole number,
a free-text answer, and one count, one percentage and one sum.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report
from fixture_forms import install_form, write_form

YES_NO = [{"name": "yes", "label::en": "Yes", "label::fr": "Oui"}, {"name": "no", "label::en": "No", "label::fr": "Non"}]
SCOPES = [{"name": "food", "label::en": "Food", "label::fr": "Alimentation"},
          {"name": "lab", "label::en": "Laboratory", "label::fr": "Laboratoire"},
          {"name": "field", "label::en": "Field trials", "label::fr": "Essais au champ"}]

FILES: dict[str, Any] = {
    "form.yaml": {"id": "analysis-mini", "version": "1", "title::en": "Mini", "title::fr": "Mini",
                  "languages": ["en", "fr"], "required_languages": ["en"], "parts": ["general.yaml", "fa1.yaml"]},
    "general.yaml": {"section": {"id": "general", "title::en": "General", "title::fr": "Généralités"},
                     "questions": [{"name": "party", "type": "text", "label::en": "Party", "label::fr": "Partie"}]},
    "fa1.yaml": {
        "focal_area": {"number": 1, "title::en": "Frameworks", "strategic_objective::en": "SO",
                       "expected_impacts": [{"text::en": "Impact"}]},
        "objectives": [{
            "number": "1.1", "title::en": "Laws", "description::en": "D", "outcomes": [{"text::en": "O"}],
            "indicators": [{"id": "1.1.a", "text::en": "Number of Parties with a law", "text::fr": "Nombre de Parties"},
                           {"id": "1.1.b", "text::en": "Percentage of Parties covering laboratories"},
                           {"id": "1.1.c", "text::en": "Number of trained staff"}],
            "questions": [
                {"name": "has_law", "type": "select_one yes_no", "label::en": "Is there a law?",
                 "label::fr": "Y a-t-il une loi ?", "indicators": ["1.1.a"]},
                {"name": "law_year", "type": "integer", "label::en": "Year of the law", "relevant": "${has_law} = 'yes'",
                 "required": False, "indicators": ["1.1.a"]},
                {"name": "scope", "type": "select_multiple scopes", "label::en": "What does it cover?",
                 "indicators": ["1.1.b"]},
                {"name": "staff", "type": "integer", "label::en": "Staff trained", "indicators": ["1.1.c"]},
                {"name": "remarks", "type": "text", "label::en": "Remarks", "required": False,
                 "indicators": ["1.1.a"]},
            ],
        }],
        "choices": {"yes_no": YES_NO, "scopes": SCOPES},
    },
    "indicators.yaml": {"indicators": {
        "1.1.a": {"kind": "count", "condition": "${has_law} = 'yes'"},
        "1.1.b": {"kind": "percentage", "condition": "selected(${scope}, 'lab')"},
        "1.1.c": {"kind": "sum", "value": "${staff}"},
    }},
}


def write_analysis_form(folder: Path) -> Path:
    """Write the questionnaire's folder and return it."""
    return write_form(folder, FILES)


def analysis_form(folder: Path) -> Questionnaire:
    """The questionnaire, loaded from the folder written by :func:`write_analysis_form`."""
    return load_questionnaire(folder)


def answered_report(path: Path, form: Questionnaire, party: str, **answers: object) -> Path:
    """A report file of ``party`` with these answers."""
    with Report.create(path, party=party, form=form) as report:
        for question_id, value in answers.items():
            report.set_answer(question_id, value)
    return path


def install_analysis_form(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Questionnaire:
    """Write the questionnaire to ``folder`` and install it beside the others for this test.

    The command line's ``aggregate`` reads reports by their installed forms, with the formulas beside each.
    """
    return install_form(monkeypatch, write_analysis_form(folder))
