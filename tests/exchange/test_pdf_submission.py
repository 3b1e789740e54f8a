"""The cover and the signature block say who submits the report, where and when, with room for the stamp.

Proved on small fixture forms in the six UN languages: one that asks none of the submission details (as the
Secretariat's formats), and one that asks the focal point and the date of submission (as the self-assessment).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.cli import main
from bsreporter.exchange import export_pdf
from bsreporter.exchange.labels import LANGUAGES, phrase
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report
from fixture_forms import SMALL_FORM, install_form, texts, write_form

DETAILS = {"submitting_authority": "Ministry of Environment, Biosafety Unit", "submission_place": "Arcadia City",
           "submission_date": "2026-03-31"}


SIX_LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]
#: Asks none of the submission details: they come from the report's own details.
UNASKED_FORM = {**SMALL_FORM, "form.yaml": {**SMALL_FORM["form.yaml"], "id": "small-unasked",
                                            "languages": SIX_LANGUAGES}}
#: Asks the focal point, its organisation and the date of submission, under the self-assessment's keys.
ASKED_FORM = {**UNASKED_FORM,
              "form.yaml": {**UNASKED_FORM["form.yaml"], "id": "small-asked"},
              "general.yaml": {"section": SMALL_FORM["general.yaml"]["section"], "questions": [
                  {"name": "party", "type": "text", **texts("Party", "Partie")},
                  {"name": "nfp_name", "type": "text", **texts("Name of the focal point", "Nom du correspondant")},
                  {"name": "nfp_title", "type": "text", "required": False, **texts("Title", "Titre")},
                  {"name": "nfp_organisation", "type": "text", **texts("Organisation", "Organisation")},
                  {"name": "submission_date", "type": "date", **texts("Date of submission", "Date de soumission")}]}}
FORMS = {"unasked": UNASKED_FORM, "asked": ASKED_FORM}
Forms = dict[str, Questionnaire]


@pytest.fixture
def forms(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Forms:
    """The two small forms, installed for this test (the export command opens a report of an installed form)."""
    folder = tmp_path_factory.mktemp("submission-forms")
    return {name: install_form(monkeypatch, write_form(folder / name, files)) for name, files in FORMS.items()}


def _report(forms: Forms, tmp_path: Path, kind: str = "unasked", language: str = "en") -> Path:
    path = tmp_path / f"{kind}-{language}.bsr"
    Report.create(path, party="Republic of Arcadia", language=language, form=forms[kind], author="tester").close()
    return path


def _plain(text: str) -> str:
    """Extracted text without the marks of writing direction, lines joined (a long value wraps)."""
    return " ".join(re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text).split())


def _pages(path: Path) -> tuple[str, str]:
    """The cover's text and the signature page's text of an exported PDF."""
    out = path.with_suffix(".pdf")
    with Report.open(path, read_only=True) as report:
        export_pdf(report, out)
    return _plain(pdf_text(out, 1)), _plain(pdf_text(out).split("\f")[-2])


@needs_poppler
def test_the_cover_and_signature_show_the_kept_authority_place_and_submission_date(
        forms: Forms, tmp_path: Path) -> None:
    path = _report(forms, tmp_path)
    with Report.open(path, author="tester") as report:
        report.set_details(DETAILS)
    cover, signature = _pages(path)
    for text in (cover, signature):
        assert "Ministry of Environment, Biosafety Unit" in text
        assert "Arcadia City" in text
        assert "31 March 2026" in text
    assert "Date of submission" in cover and "Printed on" in cover  # the export date is only the printing date
    assert "Date of this document" not in cover
    assert "Official stamp" in signature and "Signature" in signature


@needs_poppler
def test_without_details_the_submission_lines_are_left_to_fill_by_hand(forms: Forms, tmp_path: Path) -> None:
    cover, signature = _pages(_report(forms, tmp_path))
    for label in ("Submitting authority", "Date of submission", "Place of submission"):
        assert label in cover
    for label in ("Submitting authority", "Place", "Date", "Signature", "Official stamp"):
        assert label in signature


@needs_poppler
def test_the_self_assessment_takes_the_date_and_authority_from_its_answers_first(forms: Forms, tmp_path: Path) -> None:
    path = _report(forms, tmp_path, "asked")
    with Report.open(path, author="tester") as report:
        report.set_details(DETAILS)
        report.set_answer("submission_date", "2026-04-15")  # as question G.12 of the self-assessment
        report.set_answer("nfp_organisation", "National Biosafety Authority")
    cover, signature = _pages(path)
    for text in (cover, signature):
        assert "15 April 2026" in text and "31 March 2026" not in text
        assert "National Biosafety Authority" in text
        assert "Arcadia City" in text  # the form does not ask the place: the report's detail


@needs_poppler
@pytest.mark.parametrize("language", ["zh", "ar"])
def test_the_stamp_area_and_submission_labels_are_in_the_report_language(
        forms: Forms, tmp_path: Path, language: str) -> None:
    path = _report(forms, tmp_path, language=language)
    with Report.open(path, author="tester") as report:
        report.set_details(DETAILS)
    cover, signature = _pages(path)
    assert squeezed(phrase("submitting_authority", language)) in squeezed(cover)
    assert squeezed(phrase("submission_place", language)) in squeezed(cover)
    assert squeezed(phrase("official_stamp", language)) in squeezed(signature)


def test_every_submission_phrase_is_written_in_the_six_languages() -> None:
    for key in ("submitting_authority", "submission_date", "submission_place", "printed_on", "place", "date",
                "official_stamp"):
        assert all(phrase(key, code) != phrase(key, "en") or code in ("en", "fr") for code in LANGUAGES), key


@needs_poppler
def test_export_command_keeps_the_details_for_the_next_export(forms: Forms, tmp_path: Path) -> None:
    path = _report(forms, tmp_path)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert main(["export", str(path), "--pdf", str(first), "--authority", "Ministry of Environment",
                 "--place", "Arcadia City", "--date", "2026-03-31"]) == 0
    assert main(["export", str(path), "--pdf", str(second)]) == 0
    for out in (first, second):
        cover = _plain(pdf_text(out, 1))
        assert "Ministry of Environment" in cover and "Arcadia City" in cover and "31 March 2026" in cover


def test_export_command_refuses_a_wrong_date_and_leaves_the_report_alone(forms: Forms, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = _report(forms, tmp_path)
    before = path.read_bytes()
    assert main(["export", str(path), "--pdf", str(tmp_path / "out.pdf"), "--date", "31/03/2026"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert path.read_bytes() == before and not (tmp_path / "out.pdf").exists()


def test_export_command_with_an_unwritable_destination_keeps_no_details(forms: Forms, tmp_path: Path) -> None:
    path = _report(forms, tmp_path)
    assert main(["export", str(path), "--pdf", str(tmp_path / "missing" / "out.pdf"), "--place", "Arcadia"]) == 2
    with Report.open(path, read_only=True) as report:
        assert report.info.submission_place == ""


def test_export_command_blank_reaches_the_pdf_export(
        forms: Forms, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bsreporter.exchange.pdf as pdf

    calls: list[dict[str, Any]] = []

    def export(report: Report, destination: Path, **options: Any) -> None:
        calls.append(options)
        destination.write_bytes(b"%PDF-")

    monkeypatch.setattr(pdf, "export_pdf", export)
    path = _report(forms, tmp_path)
    assert main(["export", str(path), "--pdf", str(tmp_path / "blank.pdf"), "--blank"]) == 0
    assert calls[-1]["blank"] is True
    assert main(["export", str(path), "--pdf", str(tmp_path / "answers.pdf")]) == 0
    assert calls[-1]["blank"] is False


@needs_poppler
def test_a_blank_form_leaves_the_submission_and_signature_to_fill_by_hand(forms: Forms, tmp_path: Path) -> None:
    path = _report(forms, tmp_path, "asked")
    with Report.open(path, author="tester") as report:
        report.set_details(DETAILS)
        report.set_answer("nfp_name", "Dr. Amina Okafor")
        report.set_answer("submission_date", "2026-04-15")
    out = tmp_path / "blank.pdf"
    with Report.open(path, read_only=True) as report:
        export_pdf(report, out, blank=True)
    cover, signature = _plain(pdf_text(out, 1)), _plain(pdf_text(out).split("\f")[-2])
    for text in (cover, signature):
        assert "Arcadia City" not in text and "Ministry of Environment" not in text
        assert "15 April 2026" not in text and "Amina Okafor" not in text
        assert "Submitting authority" in text
    assert "Date of submission" in cover and "Official stamp" in signature
    assert "Completeness" not in cover  # a blank form shows no answers to count
