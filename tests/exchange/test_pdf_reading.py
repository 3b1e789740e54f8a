"""The PDF read as text and on paper: the DRAFT mark is no text, numbers open their questions, every option
of a choice question has a box, the blank form holds the whole questionnaire, headings stay with what
follows and a continued table names its question."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Table
from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.exchange import export_pdf
from bsreporter.exchange.context import Steps, gather
from bsreporter.exchange.fonts import register_fonts
from bsreporter.exchange.labels import phrase
from bsreporter.exchange.pdf_content import Heading, PlainHeading, ReportStory
from bsreporter.exchange.pdf_paragraph import BidiHeading
from bsreporter.exchange.pdf_styles import Styles
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import Question, QuestionType
from bsreporter.report.store import Report, Source

FOURTH_REPORT = "cpb-nr4-2019"
SELF_ASSESSMENT = "cpb-sp-2011-2020"


def _fourth_report(tmp_path: Path, answers: dict[str, object], *, language: str = "en") -> Path:
    form = installed_questionnaire(FOURTH_REPORT)
    path = tmp_path / f"fourth-{language}.bsr"
    with Report.create(path, party="Republic of Arcadia", language=language, form=form, author="tester") as report:
        if answers:
            report.set_answers(answers, source=Source.TYPED)
    return path


def _export(path: Path, **options: object) -> Path:
    out = path.with_suffix(".pdf")
    with Report.open(path, read_only=True) as report:
        export_pdf(report, out, **options)  # type: ignore[arg-type]
    return out


def _layout_text(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def draft_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fourth report answered in part: incomplete, hence printed with the DRAFT mark."""
    path = _fourth_report(tmp_path_factory.mktemp("draft"), {"Q014": "implementation.partiallyInPlace",
                                                             "Q012_party": "true"})
    return _export(path)


@needs_poppler
def test_the_draft_mark_is_not_extracted_as_text(draft_pdf: Path) -> None:
    text = pdf_text(draft_pdf, 3, 6)
    assert "DRAFT" not in squeezed(text)
    # The mark's letters, drawn as text, came out as fragments such as "pl", "et", "e" on lines of their own.
    fragments = [line for line in text.splitlines() if re.fullmatch(r"[A-Za-z-]{1,3}", line.strip())]
    assert fragments == []
    with draft_pdf.open("rb") as stream:
        assert b"/XObject" in stream.read()  # the mark is still drawn, as a form of outlines


@needs_poppler
def test_a_question_number_comes_before_its_text_when_extracted(draft_pdf: Path) -> None:
    form = installed_questionnaire(FOURTH_REPORT)
    start = " ".join(form.question("Q014").label.get("en").split()[:4])
    plain = pdf_text(draft_pdf)
    assert f"14 {start}" in plain
    layout = "".join(_layout_text(draft_pdf, page) for page in range(3, 6))
    assert re.search(rf"^\s*14 {re.escape(start)}", layout, re.MULTILINE)


@needs_poppler
def test_each_question_names_the_indicators_it_serves(draft_pdf: Path) -> None:
    form = installed_questionnaire(FOURTH_REPORT)
    question = form.question("Q014")
    text = pdf_text(draft_pdf)
    assert question.indicator_ids
    assert f"Indicators: {', '.join(question.indicator_ids)}" in text
    bare = next(q for q in form.questions.values() if not q.indicator_ids and q.number == "11")
    after = text[text.index(" ".join(bare.label.get("en").split()[:3])):]
    assert not after.split("\n☐")[0].count("Indicators:")  # none printed for a question without any


@needs_poppler
def test_an_unanswered_choice_question_prints_every_option_with_an_empty_box(draft_pdf: Path) -> None:
    form = installed_questionnaire(FOURTH_REPORT)
    question = form.question("Q015")  # asked, not answered
    assert question.choices is not None
    text = pdf_text(draft_pdf)
    for choice in question.choices.choices:
        assert f"☐ {choice.label.get('en')}" in text


@needs_poppler
def test_no_answer_given_is_said_only_under_a_required_choice_question(draft_pdf: Path) -> None:
    form = installed_questionnaire(FOURTH_REPORT)
    required = next(q for q in form.questions.values() if q.required and q.choices is not None
                    and q.relevant is None and q.id != "Q014")
    optional = form.question("Q015")
    assert required.choices is not None and optional.choices is not None
    text = pdf_text(draft_pdf)
    lines = [line for line in text.splitlines() if line.strip()]
    for question, note in ((required, True), (optional, False)):
        opening = next(i for i, line in enumerate(lines) if line.startswith(f"{question.number} "))
        last = lines.index(f"☐ {question.choices.choices[-1].label.get('en')}", opening)  # type: ignore[union-attr]
        assert lines[last + 1].endswith("No answer given") is note, question.id


@pytest.fixture(scope="module")
def blank_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = _fourth_report(tmp_path_factory.mktemp("blank"), {"Q012_party": "false",
                                                                   "Q014": "implementation.fullInPlace"})
    return _export(path, blank=True)


@needs_poppler
def test_the_blank_form_holds_every_question_of_the_fourth_report_and_no_draft_mark(blank_pdf: Path) -> None:
    form = installed_questionnaire(FOURTH_REPORT)
    text = pdf_text(blank_pdf)
    flat = squeezed(text)
    missing = [q.id for q in form.questions.values() if squeezed(q.label.get("en")) not in flat]
    assert missing == []
    assert "☒" not in text  # no answer of the report is printed
    assert "DRAFT" not in flat
    assert squeezed(phrase("blank_form", "en")) in squeezed(pdf_text(blank_pdf, 1))
    question = form.question("Q014")
    assert question.choices is not None
    for choice in question.choices.choices:
        assert f"☐ {choice.label.get('en')}" in text


@needs_poppler
def test_the_blank_form_is_printed_in_arabic_and_chinese_without_the_mark(tmp_path: Path) -> None:
    for language in ("zh", "ar"):
        out = _export(_fourth_report(tmp_path, {}, language=language), blank=True)
        text = squeezed(pdf_text(out))
        assert squeezed(phrase("draft", language)) not in text
        cover = re.sub("[\u202a-\u202e]", "", squeezed(pdf_text(out, 1)))  # poppler's direction marks
        assert squeezed(phrase("blank_form", language)) in cover


def _story(path: Path) -> list[object]:
    with Report.open(path, read_only=True) as report:
        data = gather(report, None)
    styles = Styles(cjk=False)
    return ReportStory(data, styles, 450.0, Steps(None, None).phase(1.0, 10_000)).build()


def test_a_heading_is_kept_with_its_introduction_and_first_question(tmp_path: Path) -> None:
    form = installed_questionnaire(SELF_ASSESSMENT)
    path = tmp_path / "sp.bsr"
    Report.create(path, party="Republic of Arcadia", form=form, author="tester").close()
    story = _story(path)
    checked = 0
    for index, flowable in enumerate(story):
        if not isinstance(flowable, Heading | PlainHeading | BidiHeading) or flowable.key in ("indicators", "signature"):
            continue
        # Everything from the heading to the first question's text goes onto the page together.
        following = story[index:index + 4]
        chain = []
        for item in following:
            chain.append(item)
            if getattr(item, "bulletText", None) or getattr(item, "bullet", None):
                break
        assert all(item.getKeepWithNext() for item in chain), flowable.outline_text  # type: ignore[attr-defined]
        checked += 1
    assert checked > 20


@needs_poppler
def test_no_page_ends_with_an_objective_heading(tmp_path: Path) -> None:
    form = installed_questionnaire(SELF_ASSESSMENT)
    path = tmp_path / "sp.bsr"
    Report.create(path, party="Republic of Arcadia", form=form, author="tester").close()
    out = _export(path)
    headings = {squeezed(phrase("objective", "en", number=o.number, title=o.title.get("en"))) for o in form.objectives}
    for page in pdf_text(out).split("\f")[2:]:
        body = [line for line in page.splitlines() if line.strip() and not line.startswith(("SHA-256", "Page "))]
        assert not any(squeezed(" ".join(body[-3:])).endswith(h) for h in headings)


def _long_table_answer(question: Question, count: int) -> list[dict[str, object]]:
    rows = []
    for index in range(count):
        row: dict[str, object] = {}
        for column in question.columns:
            if column.type is QuestionType.TEXT:
                row[column.name] = f"Biosafety regulation number {index + 1} on contained use and release"
            elif column.type is QuestionType.INTEGER:
                row[column.name] = 2000 + index % 20
            elif column.choices is not None:
                row[column.name] = column.choices.values[0]
        rows.append(row)
    return rows


@needs_poppler
def test_a_table_continued_on_a_new_page_names_its_question(tmp_path: Path) -> None:
    form = installed_questionnaire(SELF_ASSESSMENT)
    question = form.question("nbf_instruments")
    path = tmp_path / "sp.bsr"
    with Report.create(path, party="Republic of Arcadia", form=form, author="tester") as report:
        report.set_answers({"nbf_legislation_in_place": "yes", question.id: _long_table_answer(question, 70)},
                           source=Source.TYPED)
    pages = pdf_text(_export(path)).split("\f")
    continued = [page for page in pages if f"{question.number} (continued)" in page]
    assert continued
    for page in continued:  # at the top of the page, above the repeated header
        body = [line for line in page.splitlines() if line.strip()]
        assert any(f"{question.number} (continued)" in line for line in body[:4])


def test_an_objective_row_of_the_indicator_summary_never_ends_a_page(tmp_path: Path) -> None:
    form = installed_questionnaire(FOURTH_REPORT)
    path = _fourth_report(tmp_path, {})
    tables = [f for f in _story(path) if isinstance(f, Table) and getattr(f, "_nosplitCmds", None)]
    assert len(tables) == 1  # the summary
    kept = {(start[1], stop[1]) for _, start, stop in tables[0]._nosplitCmds}
    rows = 1  # the header
    for objective in form.objectives:
        if objective.indicators:
            assert (rows, rows + 1) in kept, objective.number  # its row goes with its first indicator's
        rows += 1 + len(objective.indicators)


@pytest.mark.parametrize("rtl", [False, True])
def test_the_widest_fingerprint_fits_one_line_of_the_cover(rtl: bool) -> None:
    register_fonts()
    styles = Styles(cjk=False, rtl=rtl)
    column = (A4[0] - 2 * 2.0 * 72 / 2.54) * 0.68 - 12  # the cover's value column, less the cell's padding
    for digit in "0123456789abcdef":
        paragraph = styles.para(digit * 64, styles.fingerprint)
        _, height = paragraph.wrap(column, 1000)
        assert height <= styles.fingerprint.leading, digit


@needs_poppler
def test_a_blank_self_assessment_says_when_each_follow_up_is_answered(tmp_path: Path) -> None:
    form = installed_questionnaire(SELF_ASSESSMENT)
    path = tmp_path / "sp.bsr"
    Report.create(path, party="Republic of Arcadia", form=form, author="tester").close()
    text = pdf_text(_export(path, blank=True))
    flat = squeezed(text)
    assert [q.id for q in form.questions.values() if squeezed(q.label.get("en")) not in flat] == []
    parent = form.question("nbf_legislation_in_place")
    assert parent.choices is not None
    answers = " / ".join(parent.choices.find(v).label.get("en") for v in ("yes", "in_progress"))  # type: ignore[union-attr]
    condition = f"Answer if the answer to {parent.number} is: {answers}"
    follow_up = form.question("nbf_instruments")
    assert squeezed(f"{follow_up.number} {follow_up.label.get('en')}{condition}") in flat
