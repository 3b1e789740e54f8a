"""The PDF is laid out once; its page numbers, known only at the end, are still the right ones."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pikepdf
import pytest
from reportlab.platypus.doctemplate import BaseDocTemplate
from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.demo import bundled_demo_path
from bsreporter.exchange.labels import phrase
from bsreporter.exchange.pdf import export_pdf
from bsreporter.report.store import Report

#: Marks poppler puts around right-to-left and embedded runs of extracted text.
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


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


@pytest.fixture(scope="module")
def arabic_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo in Arabic: its contents fill more than one page."""
    folder = tmp_path_factory.mktemp("arabic-demo")
    demo = folder / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    with Report.open(demo, read_only=True) as report:
        export_pdf(report, folder / "demo-ar.pdf", language="ar")
    return folder / "demo-ar.pdf"


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


def test_contents_longer_than_a_page_take_one_pass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    pdf = tmp_path / "demo-ar.pdf"
    assert _passes(monkeypatch, demo, pdf, "ar") == 1
    with pikepdf.open(pdf) as document:
        assert len(document.pages) > 30


@needs_poppler
def test_contents_over_two_pages_print_the_page_each_heading_begins_on(arabic_demo: Path) -> None:
    outline = _outline_pages(arabic_demo)
    body = min(outline)
    assert body > 3, "the contents were expected to fill more than one page"
    printed: list[int] = []
    for page in range(2, body):
        text = _BIDI_MARKS.sub("", pdf_text(arabic_demo, page))
        # Each entry is its page number, then its title (a right-to-left line read from its left end).
        printed += [int(number) for number in re.findall(r"^\s*(\d+)\s*$", text, flags=re.MULTILINE)]
    assert printed == outline


@needs_poppler
def test_every_page_says_its_number_and_the_count_of_pages_in_arabic(arabic_demo: Path) -> None:
    with pikepdf.open(arabic_demo) as document:
        count = len(document.pages)
    pages = _BIDI_MARKS.sub("", pdf_text(arabic_demo)).split("\f")[:-1]
    assert len(pages) == count
    for number, text in enumerate(pages, start=1):
        assert squeezed(phrase("page_of", "ar", page=number, pages=count)) in squeezed(text)


def test_an_english_report_is_laid_out_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    assert _passes(monkeypatch, demo, tmp_path / "demo-en.pdf", "en") == 1
    with pikepdf.open(tmp_path / "demo-en.pdf") as document:
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
