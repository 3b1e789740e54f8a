"""PDF export: content, fonts, page frame, watermark, cancellation (text read back with poppler's tools).

Proved on reports of the small fixture forms (fixture_forms.SMALL_FORM, and SMALL_WORLD_FORM for Chinese and
Arabic), so that they keep their meaning when an installed questionnaire is edited.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from filled_report import CHINESE, FORMULA, LONG_URL, LONG_WORD, MARKUP

from bsreporter.errors import ExchangeError
from bsreporter.exchange import CANCELLED_MESSAGE, export_pdf
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire, SpecialAnswer
from bsreporter.report.fingerprint import answers_fingerprint
from bsreporter.report.store import Report

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                   reason="poppler-utils (pdftotext, pdffonts) is not installed")


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    """The text of a PDF (or of some pages) as poppler extracts it."""
    command = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        command += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*command, str(path), "-"], check=True, capture_output=True, text=True).stdout


def squeezed(text: str) -> str:
    """Text without any white space, to find words the layout broke across lines."""
    return re.sub(r"\s+", "", text)


def export(report_path: Path, form: Questionnaire, out: Path, **options: object) -> Path:
    with Report.open(report_path, read_only=True, form=form) as report:
        export_pdf(report, out, **options)  # type: ignore[arg-type]
    return out


@pytest.fixture(scope="module")
def small(small_form_folder: Path) -> Questionnaire:
    """The small form, read once for the module (its reports are opened with it, not through the installed forms)."""
    return load_questionnaire(small_form_folder)


@pytest.fixture(scope="module")
def world(small_world_form_folder: Path) -> Questionnaire:
    """The small form in the six UN languages."""
    return load_questionnaire(small_world_form_folder)


@pytest.fixture(scope="module")
def english_pdf(small_filled_path: Path, small: Questionnaire, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(small_filled_path, small, tmp_path_factory.mktemp("pdf") / "filled.pdf")


@pytest.fixture(scope="module")
def chinese_pdf(small_chinese_path: Path, world: Questionnaire, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(small_chinese_path, world, tmp_path_factory.mktemp("pdf") / "zh.pdf")


@pytest.fixture
def filled(small_filled_path: Path, small: Questionnaire) -> Iterator[Report]:
    """The filled report of the small form, open read-only."""
    with Report.open(small_filled_path, read_only=True, form=small) as report:
        yield report


# -- content ----------------------------------------------------------------------------------


@needs_poppler
def test_english_pdf_shows_questions_and_answers_as_a_reader_expects(english_pdf: Path) -> None:
    text = pdf_text(english_pdf)
    assert "1.1.1" in text
    assert "Is there a law?" in text
    assert "☒ Yes" in text and "☐ In progress" in text  # options with ticked boxes
    assert "1 January 2015" in text  # dates as words, not ISO
    assert "980,000.5" in text  # numbers formatted for the language
    assert "45.5%" in text
    assert "Information not available" in text  # special answers shown as such
    assert "Carried over from the previous report; not yet reviewed." in text


@needs_poppler
def test_whatever_the_user_typed_appears_literally(english_pdf: Path, small_complete_path: Path,
                                                  small: Questionnaire, tmp_path: Path) -> None:
    text = pdf_text(english_pdf)
    flat = squeezed(text)
    assert MARKUP in text  # markup-like text, not bold and not an entity
    assert FORMULA in text
    assert squeezed(LONG_WORD) in flat  # a 300-character word is broken across lines, never cut
    # (The filled report no longer asks the question the address answers: the complete one does.)
    assert squeezed(LONG_URL) in squeezed(pdf_text(export(small_complete_path, small, tmp_path / "complete.pdf")))
    assert squeezed(CHINESE) in flat  # Chinese typed into an English report


@needs_poppler
def test_chinese_pdf_uses_the_form_labels_in_chinese(chinese_pdf: Path) -> None:
    text = pdf_text(chinese_pdf)
    flat = squeezed(text)
    assert squeezed("贵国是否已通过国家生物安全立法？") in flat
    assert "☒ 是" in text
    assert "无可用信息" in text
    assert "2015年1月1日至2019年10月1日" in flat
    assert squeezed("第 1 页，共") in flat
    assert "Is there a law?" not in text


@needs_poppler
def test_language_can_be_chosen_instead_of_the_report_language(small_world_filled_path: Path, world: Questionnaire,
                                                               tmp_path: Path) -> None:
    form = world
    text = pdf_text(export(small_world_filled_path, form, tmp_path / "zh.pdf", language="zh"), 1, 1)
    assert squeezed(form.title.get("zh")) in squeezed(text)
    assert squeezed(form.about.get("zh")) in squeezed(text)


@needs_poppler
def test_follow_up_not_asked_is_left_out(small: Questionnaire, tmp_path: Path) -> None:
    with Report.create(tmp_path / "r.bsr", party="Arcadia", form=small) as report:
        report.set_answer("has_law", "yes")
        report.set_answer("law_count", 4)
        report.set_answer("has_law", "no")  # the count is still stored, but not asked
        report.set_answer("staff_trained", SpecialAnswer.NOT_AVAILABLE)
        export_pdf(report, tmp_path / "r.pdf")
    text = pdf_text(tmp_path / "r.pdf")
    assert "Is there a law?" in text
    assert "How many laws?" not in text
    assert "No answer given" in text


@needs_poppler
def test_long_table_breaks_across_pages_with_its_header_repeated(small: Questionnaire, tmp_path: Path) -> None:
    rows = [{"law_title": f"Regulation number {i} on the safe handling of LMOs", "law_kind": "law",
             "law_year": 2000 + i % 20} for i in range(90)]
    with Report.create(tmp_path / "r.bsr", party="Arcadia", form=small) as report:
        report.set_answer("has_law", "yes")
        report.set_answer("law_list", rows)
        export_pdf(report, tmp_path / "r.pdf")
    pages = pdf_text(tmp_path / "r.pdf").split("\f")
    with_rows = [page for page in pages if "Regulation number" in page]
    assert len(with_rows) >= 2
    assert all("Title\n" in page and "Kind\n" in page for page in with_rows)
    assert "Regulation number 89 on" in "".join(with_rows)


@needs_poppler
def test_very_long_answer_is_wrapped_over_pages_never_cut(small: Questionnaire, tmp_path: Path) -> None:
    long_text = " ".join(f"word{i}" for i in range(3000)) + " THE-END"
    with Report.create(tmp_path / "r.bsr", party="Arcadia", form=small) as report:
        report.set_answer("remarks_1_1", long_text)
        export_pdf(report, tmp_path / "r.pdf")
    text = pdf_text(tmp_path / "r.pdf")
    assert "word2999 THE-END" in text and "word1500" in text


# -- page frame, outline, watermark ---------------------------------------------------------------


@needs_poppler
def test_every_page_has_party_page_n_of_m_and_the_fingerprint(english_pdf: Path, small_filled_path: Path,
                                                                small: Questionnaire) -> None:
    with Report.open(small_filled_path, read_only=True, form=small) as report:
        fingerprint = answers_fingerprint(small, report.answers())
    pages = [p for p in pdf_text(english_pdf).split("\f") if p.strip()]
    assert len(pages) > 4  # cover, contents, a page for each part, the indicator summary
    for number, page in enumerate(pages, start=1):
        assert "Republic of Arcadia" in page
        assert f"Page {number} of {len(pages)}" in page
        assert fingerprint in page


def test_bookmarks_name_every_focal_area_and_objective(english_pdf: Path, small: Questionnaire) -> None:
    form = small
    titles = re.findall(rb"/Title \(([^)]*)\)", english_pdf.read_bytes())
    outline = [t.decode("latin-1") for t in titles[1:]]  # the first is the document title
    for focal_area in form.focal_areas:
        assert any(t.startswith(f"Focal area {focal_area.number}: ") for t in outline)
    for objective in form.objectives:
        assert f"Operational objective {objective.number}: {objective.title.get('en')}" in outline
    assert b"/PageMode /UseOutlines" in english_pdf.read_bytes()


@needs_poppler
def test_contents_list_sections_with_their_page_numbers(english_pdf: Path) -> None:
    contents = pdf_text(english_pdf, 2, 2)
    entry = re.search(r"Indicator summary[\s.]*?(\d+)", contents)
    assert entry is not None
    summary_page = int(entry.group(1))
    assert "Indicator summary" in pdf_text(english_pdf, summary_page, summary_page).split("\n", 3)[-1]


def reddish_pixels(pdf: Path, page: int) -> int:
    """How many pixels of a page, rendered small, have the watermark's red tint."""
    ppm = subprocess.run(["pdftoppm", "-r", "20", "-f", str(page), "-l", str(page), str(pdf)], check=True,
                         capture_output=True).stdout
    header = ppm.split(b"\n", 3)  # P6, size, max value, pixels
    pixels = header[3]
    return sum(1 for i in range(0, len(pixels) - 2, 3) if pixels[i] - pixels[i + 1] > 12 and pixels[i] > 200)


@needs_poppler
def test_draft_watermark_only_while_incomplete(english_pdf: Path, small_complete_path: Path, small: Questionnaire,
                                               tmp_path: Path) -> None:
    assert reddish_pixels(english_pdf, 1) > 200  # seen on the page (text extraction skips diagonal text)
    complete_pdf = export(small_complete_path, small, tmp_path / "complete.pdf")
    assert reddish_pixels(complete_pdf, 1) == 0
    text = pdf_text(complete_pdf)
    # (The focal point's name under the signature is proved in test_pdf_submission.)
    assert "Signature of the national focal point" in text and "1,250,000.75" in text


def test_letter_paper_gives_letter_pages(small_filled_path: Path, small: Questionnaire, tmp_path: Path) -> None:
    data = export(small_filled_path, small, tmp_path / "letter.pdf", paper="letter").read_bytes()
    assert b"/MediaBox [ 0 0 612 792 ]" in data
    with pytest.raises(ExchangeError, match="paper size"):
        export(small_filled_path, small, tmp_path / "x.pdf", paper="a3")


# -- fonts ------------------------------------------------------------------------------------


def _font_objects(data: bytes) -> list[bytes]:
    return re.findall(rb"<<[^<>]*/Type /Font\b[^<>]*>>", data)


@pytest.mark.parametrize("which", ["english_pdf", "chinese_pdf"])
def test_every_font_is_an_embedded_truetype_font(which: str, request: pytest.FixtureRequest) -> None:
    data = request.getfixturevalue(which).read_bytes()
    fonts = _font_objects(data)
    assert fonts, "no font dictionaries found"
    assert all(b"/Subtype /TrueType" in f for f in fonts), "a font other than the bundled TrueType ones is used"
    assert data.count(b"/FontFile2") == len(fonts)  # each one carries its outlines
    assert b"/BaseFont /Helvetica" not in data


@needs_poppler
def test_pdffonts_reports_every_font_embedded(chinese_pdf: Path) -> None:
    lines = subprocess.run(["pdffonts", str(chinese_pdf)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert lines
    assert any("DroidSansFallback" in line for line in lines)
    for line in lines:
        assert line.split()[-5] == "yes", line  # the "emb" column


# -- progress, cancel, errors -----------------------------------------------------------------


def test_progress_moves_forward_to_the_end(filled: Report, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_pdf(filled, tmp_path / "r.pdf", progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 20
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]


def test_cancel_raises_and_writes_no_file(filled: Report, tmp_path: Path) -> None:
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 60  # during layout (an export of the small report asks about 120 times)

    target = tmp_path / "r.pdf"
    with pytest.raises(ExchangeError, match=re.escape(CANCELLED_MESSAGE)):
        export_pdf(filled, target, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_export_never_overwrites_the_report_file(small_filled_path: Path, small: Questionnaire) -> None:
    before = small_filled_path.read_bytes()
    with pytest.raises(ExchangeError, match="report file itself"):
        export(small_filled_path, small, small_filled_path)
    assert small_filled_path.read_bytes() == before


def test_cyrillic_and_arabic_answers_are_set_in_embedded_fonts(world: Questionnaire, tmp_path: Path) -> None:
    with Report.create(tmp_path / "r.bsr", party="Аркадия", language="ar", form=world) as report:
        report.set_answer("contact_name", "Амина Окафор")
        report.set_answer("contact_title", "رئيسة قسم السلامة الأحيائية")
        export_pdf(report, tmp_path / "r.pdf")
    data = (tmp_path / "r.pdf").read_bytes()
    assert b"NotoNaskhArabic" in data and b"DejaVuSans" in data
    assert data.count(b"/FontFile2") == len(_font_objects(data))
