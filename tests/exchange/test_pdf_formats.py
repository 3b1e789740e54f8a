"""The PDF of a Secretariat format: the format's sections and official numbers, sub-questions under their
lead-in, and an indicator summary that names the questions informing each indicator and says which
indicators this report does not ask about and who measures them."""

from __future__ import annotations

from pathlib import Path

from test_pdf import needs_poppler, pdf_text, squeezed

from bsreporter.exchange import export_pdf
from bsreporter.form.installed import installed_questionnaire
from bsreporter.report.store import Report, Source


@needs_poppler
def test_a_fourth_report_prints_its_numbers_groups_and_what_informs_each_indicator(tmp_path: Path) -> None:
    """Checks the installed fourth report on paper: its official numbers, its lead-in with sub-questions, the
    questions informing the Plan's indicator 1.1.a, and the indicators it leaves to others."""
    form = installed_questionnaire("cpb-nr4-2019")
    path = tmp_path / "fourth.bsr"
    with Report.create(path, party="Republic of Arcadia", form=form, author="tester") as report:
        report.set_answers({"Q029": "true", "Q032_a": "true", "Q014": "implementation.partiallyInPlace"},
                           source=Source.TYPED)
    out = tmp_path / "fourth.pdf"
    with Report.open(path, read_only=True, form=form) as report:
        export_pdf(report, out)
    raw = pdf_text(out)
    text = squeezed(raw)
    lines = {line.strip() for line in raw.splitlines()}
    assert squeezed(form.nodes["Q032"].title.get("en")) in text  # the lead-in, asked once 29 is Yes
    for number in ("32", "32a", "32b", "14"):  # official numbers opening their questions' lines
        assert any(line.startswith(f"{number} ") for line in lines), number
    assert squeezed(form.question("Q032_a").label.get("en")) in text
    numbers = ", ".join(dict.fromkeys(q.number for q in form.informing["1.1.a"]))
    assert squeezed(f"Questions: {numbers}") in text
    unasked = next(iter(form.measured_elsewhere))
    indicator = form.indicators[unasked]
    assert squeezed(indicator.text.get("en") + form.measured_elsewhere[unasked].get("en")) in text
    assert squeezed("Not asked in this report") in text
