"""The PDF cover says which questionnaire the report answers, and what that questionnaire is.

Proved on the small fixture form in six languages, with a note on what it is and without one; two tests read
the installed questionnaires, to check the self-assessment's own note and that the fourth report carries none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.exchange import export_pdf
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report
from fixture_forms import SMALL_WORLD_FORM, install_form, write_form

SELF_ASSESSMENT = "cpb-sp-2011-2020"
FOURTH_REPORT = "cpb-nr4-2019"
#: The small form in six languages without a note on what it is (as the Secretariat's formats, whose title says it).
WITHOUT_NOTE: dict[str, Any] = {
    **SMALL_WORLD_FORM,
    "form.yaml": {key: value for key, value in SMALL_WORLD_FORM["form.yaml"].items() if not key.startswith("about")}
    | {"id": "small-world-no-note"},
}


def _cover(tmp_path: Path, form: Questionnaire, language: str) -> str:
    """The first page's text of the PDF of a new report on ``form`` in ``language``."""
    path = tmp_path / f"{form.id}-{language}.bsr"
    Report.create(path, party="Republic of Arcadia", language=language, form=form, author="tester").close()
    out = tmp_path / f"{form.id}-{language}.pdf"
    with Report.open(path, read_only=True, form=form) as report:
        export_pdf(report, out)
    return squeezed(pdf_text(out, 1))


@needs_poppler
@pytest.mark.parametrize("language", ["en", "fr", "zh"])
def test_the_cover_says_what_the_questionnaire_is_in_the_report_language(tmp_path: Path, language: str,
                                                                        small_world_form: Questionnaire) -> None:
    form = small_world_form
    cover = _cover(tmp_path, form, language)
    assert squeezed(form.title.get(language)) in cover
    assert squeezed(form.about.get(language)) in cover
    if language != "en":
        assert squeezed(form.about.get("en")) not in cover


@needs_poppler
def test_a_cover_of_a_questionnaire_without_a_note_has_its_title_and_no_note(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_world_form: Questionnaire) -> None:
    form = install_form(monkeypatch, write_form(tmp_path / "form", WITHOUT_NOTE))
    assert not form.about  # the title says it all
    cover = _cover(tmp_path, form, "ru")
    assert squeezed(form.title.get("ru")) in cover
    assert squeezed(form.cycle.get("ru")) in cover
    for language in form.languages:
        assert squeezed(small_world_form.about.get(language)) not in cover


@needs_poppler
@pytest.mark.parametrize("language", ["en", "fr", "zh"])
def test_the_self_assessment_cover_names_the_decision_that_adopted_the_plan(tmp_path: Path, language: str) -> None:
    """Checks the installed self-assessment's own note: its cover cites decision BS-V/16 in each language."""
    assert "BS-V/16" in _cover(tmp_path, installed_questionnaire(SELF_ASSESSMENT), language)


@needs_poppler
def test_the_fourth_report_cover_carries_no_note_of_another_questionnaire(tmp_path: Path) -> None:
    """Checks the installed fourth report: the Secretariat's title says it all, and no note of the Plan is added."""
    form = installed_questionnaire(FOURTH_REPORT)
    assert not form.about
    cover = _cover(tmp_path, form, "es")
    assert squeezed(form.title.get("es")) in cover
    assert "BS-V/16" not in cover
