"""The PDF cover says which questionnaire the report answers, and what that questionnaire is."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.exchange import export_pdf
from bsreporter.form.installed import installed_questionnaire
from bsreporter.report.store import Report

SELF_ASSESSMENT = "cpb-sp-2011-2020"
FOURTH_REPORT = "cpb-nr4-2019"


def _cover(tmp_path: Path, form_id: str, language: str) -> str:
    """The first page's text of the PDF of a new report on ``form_id`` in ``language``."""
    form = installed_questionnaire(form_id)
    path = tmp_path / f"{form_id}-{language}.bsr"
    Report.create(path, party="Republic of Arcadia", language=language, form=form, author="tester").close()
    out = tmp_path / f"{form_id}-{language}.pdf"
    with Report.open(path, read_only=True, form=form) as report:
        export_pdf(report, out)
    return squeezed(pdf_text(out, 1))


@needs_poppler
@pytest.mark.parametrize("language", ["en", "fr", "zh"])
def test_the_self_assessment_cover_says_what_it_is_in_the_report_language(tmp_path: Path, language: str) -> None:
    form = installed_questionnaire(SELF_ASSESSMENT)
    cover = _cover(tmp_path, SELF_ASSESSMENT, language)
    assert squeezed(form.title.get(language)) in cover
    assert squeezed(form.about.get(language)) in cover
    assert "BS-V/16" in cover
    if language != "en":
        assert squeezed(form.about.get("en")) not in cover


@needs_poppler
def test_a_fourth_report_cover_has_its_title_and_no_note_of_another_questionnaire(tmp_path: Path) -> None:
    form = installed_questionnaire(FOURTH_REPORT)
    assert not form.about  # the Secretariat's title says it all
    cover = _cover(tmp_path, FOURTH_REPORT, "es")
    assert squeezed(form.title.get("es")) in cover
    assert squeezed(form.cycle.get("es")) in cover
    assert "BS-V/16" not in cover
