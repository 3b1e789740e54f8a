"""The PDF is laid out once; its page numbers, known only at the end, are still the right ones.

Proved on a long report of a form written here: five focal areas of nine objectives each, titled in English and
Arabic, every objective answered at length, so that the contents fill more than a page in Arabic."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest
from reportlab.platypus.doctemplate import BaseDocTemplate
from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.exchange.labels import phrase
from bsreporter.exchange.pdf import export_pdf
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report, Source
from fixture_forms import install_form, write_form

#: Marks poppler puts around right-to-left and embedded runs of extracted text.
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _text(en: str, ar: str, field: str = "label") -> dict[str, str]:
    return {f"{field}::en": en, f"{field}::ar": ar}


def _objective(area: int, number: int) -> dict[str, object]:
    code = f"{area}.{number}"
    return {"number": code, **_text(f"Measures taken under objective {code}", f"التدابير المتخذة في إطار الهدف {code}",
                                    "title"),
            **_text("Description", "الوصف", "description"), "outcomes": [_text("Outcome", "النتيجة", "text")],
            "indicators": [{"id": f"{code}.a", **_text(f"Indicator {code}.a", f"المؤشر {code}.a", "text")}],
            "questions": [{"name": f"details_{area}_{number}", "type": "text", "appearance": "multiline",
                           "indicators": [f"{code}.a"], **_text(f"What was done under {code}?", f"ما الذي تم في {code}؟")}]}


#: Five focal areas of nine objectives, each asking one long text, after the general information.
LONG_FORM: dict[str, object] = {
    "form.yaml": {"id": "long-contents", "version": "1", **_text("Long form", "استمارة طويلة", "title"),
                  **_text("Cycle 2030", "دورة 2030", "cycle"), "languages": ["en", "ar"],
                  "parts": ["general.yaml", *(f"fa{area}.yaml" for area in range(1, 6))]},
    "general.yaml": {"section": {"id": "general", **_text("General information", "معلومات عامة", "title")},
                     "questions": [{"name": "party", "type": "text", **_text("Party", "الطرف")}]},
    **{f"fa{area}.yaml": {"focal_area": {"number": area, **_text(f"Focal area {area}", f"مجال التركيز {area}", "title"),
                                         **_text("Strategic objective", "الهدف الاستراتيجي", "strategic_objective"),
                                         "expected_impacts": [_text("Impact", "الأثر", "text")]},
                          "objectives": [_objective(area, number) for number in range(1, 10)]}
       for area in range(1, 6)},
}
#: An answer of about half a page, in Arabic with numbers and a Latin name.
LONG_ANSWER = " ".join(["اعتمدت اللجنة الوطنية للسلامة الأحيائية في عام 2019 لوائح جديدة بالتعاون مع UNEP"] * 25)


@pytest.fixture
def long_form(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Questionnaire:
    """The long form, installed for this test (a report is opened without being given its form)."""
    return install_form(monkeypatch, write_form(tmp_path_factory.mktemp("long-form"), LONG_FORM))


def _long_report(path: Path, form: Questionnaire) -> Path:
    with Report.create(path, party="Republic of Arcadia", language="ar", form=form, author="tester") as report:
        report.set_answers({question.id: LONG_ANSWER for question in form.iter_questions()}, source=Source.TYPED)
    return path


def _passes(monkeypatch: pytest.MonkeyPatch, report_path: Path, destination: Path, language: str) -> int:
    builds = []
    build = BaseDocTemplate.build

    def counting_build(self: BaseDocTemplate, *args: object, **kwargs: object) -> object:
        builds.append(self)
        return build(self, *args, **kwargs)

    monkeypatch.setattr(BaseDocTemplate, "build", counting_build)
    with Report.open(report_path, read_only=True) as report:
        export_pdf(report, destination, language=language)
    monkeypatch.undo()
    return len(builds)


@pytest.fixture
def long_arabic_pdf(tmp_path_factory: pytest.TempPathFactory, long_form: Questionnaire) -> Path:
    """The long report in Arabic: its contents fill more than one page."""
    folder = tmp_path_factory.mktemp("arabic-long")
    path = _long_report(folder / "long.bsr", long_form)
    with Report.open(path, read_only=True) as report:
        export_pdf(report, folder / "long-ar.pdf", language="ar")
    return folder / "long-ar.pdf"


def _outline_pages(path: Path) -> list[int]:
    """The page each bookmark leads to, in the order of the outline (the order of the contents)."""
    with pikepdf.open(path) as pdf:
        numbers = {page.objgen: index + 1 for index, page in enumerate(pdf.pages)}
        found: list[int] = []
        with pdf.open_outline() as outline:
            pending = list(reversed(outline.root))
            while pending:
                item = pending.pop()
                found.append(numbers[item.destination[0].objgen])
                pending += reversed(item.children)
        return found


def test_contents_longer_than_a_page_take_one_pass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                   long_form: Questionnaire) -> None:
    path = _long_report(tmp_path / "long.bsr", long_form)
    pdf = tmp_path / "long-ar.pdf"
    assert _passes(monkeypatch, path, pdf, "ar") == 1
    with pikepdf.open(pdf) as document:
        assert len(document.pages) > 30


@needs_poppler
def test_contents_over_two_pages_print_the_page_each_heading_begins_on(long_arabic_pdf: Path) -> None:
    outline = _outline_pages(long_arabic_pdf)
    body = min(outline)
    assert body > 3, "the contents were expected to fill more than one page"
    printed: list[int] = []
    for page in range(2, body):
        text = _BIDI_MARKS.sub("", pdf_text(long_arabic_pdf, page))
        # Each entry is its page number, then its title (a right-to-left line read from its left end).
        printed += [int(number) for number in re.findall(r"^\s*(\d+)\s*$", text, flags=re.MULTILINE)]
    assert printed == outline


@needs_poppler
def test_every_page_says_its_number_and_the_count_of_pages_in_arabic(long_arabic_pdf: Path) -> None:
    with pikepdf.open(long_arabic_pdf) as document:
        count = len(document.pages)
    pages = _BIDI_MARKS.sub("", pdf_text(long_arabic_pdf)).split("\f")[:-1]
    assert len(pages) == count
    for number, text in enumerate(pages, start=1):
        assert squeezed(phrase("page_of", "ar", page=number, pages=count)) in squeezed(text)


def test_an_english_report_is_laid_out_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                            long_form: Questionnaire) -> None:
    path = _long_report(tmp_path / "long.bsr", long_form)
    assert _passes(monkeypatch, path, tmp_path / "long-en.pdf", "en") == 1
    with pikepdf.open(tmp_path / "long-en.pdf") as document:
        assert len(document.pages) > 30


def test_the_body_frame_copies_as_a_deep_copy_does() -> None:
    import copy

    from reportlab.platypus import Frame

    from bsreporter.exchange.pdf import _Frame

    ours, theirs = (kind(56.7, 56.7, 481.9, 700.0, id="body", leftPadding=0) for kind in (_Frame, Frame))
    for frame in (ours, theirs):
        frame._reset()
        frame._frameBGs = [("colour", [1, 2])]  # a list inside a list, as reportlab keeps frame backgrounds
        frame._generated_content = [object()]
    twin, reference = copy.deepcopy(ours), copy.deepcopy(theirs)
    assert type(twin) is _Frame and vars(twin).keys() == vars(reference).keys()
    assert {name: value for name, value in vars(twin).items() if name != "_generated_content"} == {
        name: value for name, value in vars(reference).items() if name != "_generated_content"}
    assert twin._frameBGs is not ours._frameBGs and twin._frameBGs[0][1] is not ours._frameBGs[0][1]
    assert twin._generated_content is not ours._generated_content
