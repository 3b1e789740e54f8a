"""The PDF read as text and on paper: the DRAFT mark is no text, numbers open their questions, every option
of a choice question has a box, the blank form holds the whole questionnaire, headings stay with what
follows and a continued table names its question.

Proved on small forms written here (a format shaped like the Secretariat's, with official numbers, questions
required or not, one informing no indicator) and on the small fixture form; only the test that the blank form
holds every question of the real fourth report reads the installed format.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from format_forms import FORMATS, NO, YES, option
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Table
from test_pdf import needs_poppler, pdf_text, squeezed
from test_pdf_layout_passes import LONG_FORM

from bsreporter.exchange import export_pdf
from bsreporter.exchange.context import Steps, gather
from bsreporter.exchange.fonts import register_fonts
from bsreporter.exchange.labels import phrase
from bsreporter.exchange.pdf_content import Heading, PlainHeading, ReportStory
from bsreporter.exchange.pdf_paragraph import BidiHeading
from bsreporter.exchange.pdf_styles import Styles
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Question, Questionnaire, QuestionType
from bsreporter.report.store import Report, Source
from fixture_forms import install_form, write_form

FOURTH_REPORT = "cpb-nr4-2019"


def _asked(name: str, number: str, kind: str, label: str, choices: list[dict[str, str]], *, required: bool,
           indicators: list[str]) -> dict[str, object]:
    return {"name": name, "number": number, "type": kind, "required": required, "label::en": label,
            "choices": choices, **({"indicators": indicators} if indicators else {})}


#: A format shaped like the Secretariat's, in the six UN languages: official numbers, a required question informing
#: no indicator (11), a required choice informing one (14), an optional choice of several informing it too (15).
FORMAT: dict[str, object] = {
    "form.yaml": {"id": "nr-reading", "version": "1", "kind": "national_report", "plan": "plan",
                  "title::en": "National report (small)", "cycle::en": "Fourth cycle (2019)",
                  "languages": ["en", "zh", "fr", "es", "ru", "ar"], "required_languages": ["en"],
                  "parts": ["general.yaml", "articles.yaml"]},
    "general.yaml": {"group": {"id": "General", "title::en": "General", "items": [
        _asked("Q011", "11", "select_one", "Has your country designated a national focal point for the Protocol?",
               [YES, NO], required=True, indicators=[])]}},
    "articles.yaml": {"group": {"id": "Articles", "title::en": "Article 2 - General provisions", "items": [
        _asked("Q014", "14", "select_one", "Has your country introduced the necessary legal, administrative and other "
               "measures for the implementation of the Protocol?", [
                   option("implementation.fullInPlace", "National measures are fully in place"),
                   option("implementation.partiallyInPlace", "National measures are partially in place"),
                   option("implementation.none", "No measures have yet been taken")],
               required=True, indicators=["1.1.a"]),
        _asked("Q015", "15", "select_multiple", "Which specific instruments are in place for the implementation of "
               "the Protocol?", [
                   option("instrument.nationalBiosafetyLaws", "One or more national biosafety laws"),
                   option("instrument.biosafetyGuidelines", "One or more sets of biosafety guidelines"),
                   option("instrument.none", "No instruments are in place")],
               required=False, indicators=["1.1.a"])]}},
}


@pytest.fixture(scope="module")
def format_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small format written beside the Plan it takes its indicators from."""
    root = tmp_path_factory.mktemp("reading-format")
    write_form(root / "plan", FORMATS["plan"])
    write_form(root / "nr-reading", FORMAT)
    return root


@pytest.fixture
def long_form(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Questionnaire:
    """The long form of test_pdf_layout_passes (45 objectives), installed for this test."""
    return install_form(monkeypatch, write_form(tmp_path_factory.mktemp("long-form"), LONG_FORM))


@pytest.fixture
def fourth(monkeypatch: pytest.MonkeyPatch, format_root: Path) -> Questionnaire:
    """The small format, installed for this test (its reports are opened without being given it)."""
    return install_form(monkeypatch, format_root / "nr-reading")


def _format_report(tmp_path: Path, form: Questionnaire, answers: dict[str, object], *, language: str = "en") -> Path:
    path = tmp_path / f"{form.id}-{language}.bsr"
    with Report.create(path, party="Republic of Arcadia", language=language, form=form, author="tester") as report:
        if answers:
            report.set_answers(answers, source=Source.TYPED)
    return path


def _export(path: Path, form: Questionnaire | None = None, **options: object) -> Path:
    out = path.with_suffix(".pdf")
    with Report.open(path, read_only=True, form=form) as report:
        export_pdf(report, out, **options)  # type: ignore[arg-type]
    return out


def _layout_text(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def fourth_form(format_root: Path) -> Questionnaire:
    """The small format, read once for the module's shared PDFs."""
    return load_questionnaire(format_root / "nr-reading")


@pytest.fixture(scope="module")
def draft_pdf(tmp_path_factory: pytest.TempPathFactory, fourth_form: Questionnaire) -> Path:
    """A report of the small format answered in part: incomplete, hence printed with the DRAFT mark."""
    path = _format_report(tmp_path_factory.mktemp("draft"), fourth_form, {"Q014": "implementation.partiallyInPlace"})
    return _export(path, fourth_form)


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
def test_a_question_number_comes_before_its_text_when_extracted(draft_pdf: Path, fourth_form: Questionnaire) -> None:
    start = " ".join(fourth_form.question("Q014").label.get("en").split()[:4])
    plain = pdf_text(draft_pdf)
    assert f"14 {start}" in plain
    pages = plain.count("\f")
    layout = "".join(_layout_text(draft_pdf, page) for page in range(3, pages + 1))
    assert re.search(rf"^\s*14 {re.escape(start)}", layout, re.MULTILINE)


@needs_poppler
def test_each_question_names_the_indicators_it_serves(draft_pdf: Path, fourth_form: Questionnaire) -> None:
    form = fourth_form
    question = form.question("Q014")
    text = pdf_text(draft_pdf)
    assert question.indicator_ids
    assert f"Indicators: {', '.join(question.indicator_ids)}" in text
    bare = next(q for q in form.questions.values() if not q.indicator_ids and q.number == "11")
    after = text[text.index(" ".join(bare.label.get("en").split()[:3])):]
    assert not after.split("\n☐")[0].count("Indicators:")  # none printed for a question without any


@needs_poppler
def test_an_unanswered_choice_question_prints_every_option_with_an_empty_box(draft_pdf: Path,
                                                                            fourth_form: Questionnaire) -> None:
    question = fourth_form.question("Q015")  # asked, not answered
    assert question.choices is not None
    text = pdf_text(draft_pdf)
    for choice in question.choices.choices:
        assert f"☐ {choice.label.get('en')}" in text


@needs_poppler
def test_no_answer_given_is_said_only_under_a_required_choice_question(draft_pdf: Path,
                                                                       fourth_form: Questionnaire) -> None:
    form = fourth_form
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
    """The real fourth report's blank form, from a report with answers (none of which it prints)."""
    form = installed_questionnaire(FOURTH_REPORT)
    path = _format_report(tmp_path_factory.mktemp("blank"), form, {"Q012_party": "false",
                                                                   "Q014": "implementation.fullInPlace"})
    return _export(path, form, blank=True)


@needs_poppler
def test_the_blank_form_holds_every_question_of_the_fourth_report_and_no_draft_mark(blank_pdf: Path) -> None:
    """Checks the real fourth report on paper: every one of its questions' texts is printed on the blank form."""
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
def test_the_blank_form_is_printed_in_arabic_and_chinese_without_the_mark(tmp_path: Path,
                                                                         fourth: Questionnaire) -> None:
    for language in ("zh", "ar"):
        out = _export(_format_report(tmp_path, fourth, {}, language=language), blank=True)
        text = squeezed(pdf_text(out))
        assert squeezed(phrase("draft", language)) not in text
        cover = re.sub("[\u202a-\u202e]", "", squeezed(pdf_text(out, 1)))  # poppler's direction marks
        assert squeezed(phrase("blank_form", language)) in cover


def _story(path: Path) -> list[object]:
    with Report.open(path, read_only=True) as report:
        data = gather(report, None)
    styles = Styles(cjk=False)
    return ReportStory(data, styles, 450.0, Steps(None, None).phase(1.0, 10_000)).build()


def test_a_heading_is_kept_with_its_introduction_and_first_question(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "small.bsr"
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
    assert checked >= 1 + len(form.focal_areas) + len(form.objectives)  # general information, each area, objective


def _varied_report(path: Path, form: Questionnaire) -> Path:
    """A report whose answers vary in length from one objective to the next, so that the headings of the long
    form's 45 objectives fall at many heights of a page."""
    words = "The national biosafety committee reviewed the draft regulations and consulted the stakeholders."
    with Report.create(path, party="Republic of Arcadia", language="en", form=form, author="tester") as report:
        report.set_answers({question.id: " ".join([words] * (1 + index * 7 % 23))
                            for index, question in enumerate(form.iter_questions()) if question.id != "party"},
                           source=Source.TYPED)
    return path


@needs_poppler
def test_no_page_ends_with_an_objective_heading(tmp_path: Path, long_form: Questionnaire) -> None:
    form = long_form
    out = _export(_varied_report(tmp_path / "long.bsr", form))
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
def test_a_table_continued_on_a_new_page_names_its_question(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    question = form.question("law_list")
    path = tmp_path / "small.bsr"
    with Report.create(path, party="Republic of Arcadia", form=form, author="tester") as report:
        report.set_answers({"has_law": "yes", question.id: _long_table_answer(question, 70)}, source=Source.TYPED)
    pages = pdf_text(_export(path)).split("\f")
    continued = [page for page in pages if f"{question.number} (continued)" in page]
    assert continued
    for page in continued:  # at the top of the page, above the repeated header
        body = [line for line in page.splitlines() if line.strip()]
        assert any(f"{question.number} (continued)" in line for line in body[:4])


def test_an_objective_row_of_the_indicator_summary_never_ends_a_page(tmp_path: Path,
                                                                   small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "small.bsr"
    Report.create(path, party="Republic of Arcadia", form=form, author="tester").close()
    tables = [f for f in _story(path) if isinstance(f, Table) and getattr(f, "_nosplitCmds", None)]
    assert len(tables) == 1  # the summary
    kept = {(start[1], stop[1]) for _, start, stop in tables[0]._nosplitCmds}
    rows = 1  # the header
    for objective in form.objectives:
        if objective.indicators:
            assert (rows, rows + 1) in kept, objective.number  # its row goes with its first indicator's
        rows += 1 + len(objective.indicators)
    assert rows > 1 + len(form.objectives)  # (every objective of the small form has an indicator)


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
def test_a_blank_form_says_when_each_follow_up_is_answered(tmp_path: Path, small_form: Questionnaire) -> None:
    form = small_form
    path = tmp_path / "small.bsr"
    Report.create(path, party="Republic of Arcadia", form=form, author="tester").close()
    text = pdf_text(_export(path, blank=True))
    flat = squeezed(text)
    assert [q.id for q in form.questions.values() if squeezed(q.label.get("en")) not in flat] == []
    parent = form.question("has_law")
    assert parent.choices is not None
    answers = " / ".join(parent.choices.find(v).label.get("en") for v in ("yes", "in_progress"))  # type: ignore[union-attr]
    condition = f"Answer if the answer to {parent.number} is: {answers}"
    follow_up = form.question("law_list")
    assert squeezed(f"{follow_up.number} {follow_up.label.get('en')}{condition}") in flat
