"""The PDF is laid out in as few passes as its page numbers allow."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest
from reportlab.platypus import Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate

from bsreporter.demo import bundled_demo_path
from bsreporter.exchange.pdf import export_pdf
from bsreporter.report.store import Report


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


def test_contents_longer_than_a_page_still_take_two_passes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    pdf = tmp_path / "demo-ar.pdf"
    # The demo's contents in Arabic fill more than one page: the body starts later than after a one-line contents.
    assert _passes(monkeypatch, demo, pdf, "ar") == 2
    with pikepdf.open(pdf) as document:
        assert len(document.pages) > 30


def test_only_the_pass_that_is_written_draws_text(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    canvases: set[int] = set()
    draw = Paragraph.draw

    def recording_draw(self: Paragraph) -> None:
        canvases.add(id(self.canv))
        draw(self)

    monkeypatch.setattr(Paragraph, "draw", recording_draw)
    passes = _passes(monkeypatch, demo, tmp_path / "demo-en.pdf", "en")
    assert passes == 2
    # The first pass only learns the page numbers: its canvas is thrown away, so nothing is drawn on it.
    assert len(canvases) == 1
    with pikepdf.open(tmp_path / "demo-en.pdf") as document:
        assert len(document.pages) > 30
