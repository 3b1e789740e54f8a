"""Secretariat analysis: indicator figures across Parties, with the Parties behind each figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from analysis_form import install_analysis_form
from openpyxl import load_workbook

from bsreporter.cli import main
from bsreporter.errors import FormError
from bsreporter.exchange.aggregate import aggregate_reports
from bsreporter.form.analysis import load_formulas
from bsreporter.form.installed import available_forms
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report
from bsreporter.report.synthetic import make_synthetic_reports


@pytest.fixture
def mini(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Questionnaire:
    """The small questionnaire with indicator formulas (analysis_form), installed for this test."""
    return install_analysis_form(monkeypatch, tmp_path / "form")


def _report(folder: Path, form: Questionnaire, party: str, **answers: object) -> Path:
    path = folder / f"{party}.bsr"
    with Report.create(path, party=party, form=form) as report:
        for question_id, value in answers.items():
            report.set_answer(question_id, value)
    return path


def test_percentage_and_count_with_the_parties_behind_them(tmp_path: Path, mini: Questionnaire) -> None:
    paths = [
        _report(tmp_path, mini, "Arcadia", has_law="yes", scope=["food", "lab"]),
        _report(tmp_path, mini, "Borduria", has_law="no", scope=["food"]),
        _report(tmp_path, mini, "Carpania", staff=3),  # answered neither
    ]
    result = aggregate_reports(paths)
    figures = {f.formula.indicator_id: f for f in result.figures}
    laboratories = figures["1.1.b"]  # percentage of Parties whose law covers laboratories
    assert (laboratories.counted, laboratories.answered, laboratories.not_answered) == (
        ["Arcadia"], ["Arcadia", "Borduria"], ["Carpania"])
    assert laboratories.value == 50.0
    legislation = figures["1.1.a"]
    assert legislation.value == 1.0 and legislation.not_answered == ["Carpania"]


def test_sum_adds_national_figures(tmp_path: Path, mini: Questionnaire) -> None:
    paths = [_report(tmp_path, mini, "Arcadia", staff=15),
             _report(tmp_path, mini, "Borduria", staff=3),
             _report(tmp_path, mini, "Carpania")]
    figure = next(f for f in aggregate_reports(paths).figures if f.formula.indicator_id == "1.1.c")
    assert figure.value == 18.0 and figure.not_answered == ["Carpania"]


def test_unreadable_file_is_listed_not_fatal(tmp_path: Path, mini: Questionnaire) -> None:
    good = _report(tmp_path, mini, "Arcadia", has_law="yes", scope=["lab"])
    bad = tmp_path / "broken.bsr"
    bad.write_text("not a report")
    result = aggregate_reports([good, bad])
    assert result.parties == ("Arcadia",)
    [(file, reason)] = result.unreadable
    assert file == str(bad) and str(reason) == "'broken.bsr' is not a bsreporter report (it is some other kind of file)."


def test_the_summary_workbook_speaks_the_language_asked_for(tmp_path: Path, mini: Questionnaire,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    good = _report(tmp_path, mini, "Arcadia", has_law="yes", scope=["lab"])
    bad = tmp_path / "broken.bsr"
    bad.write_text("not a report")
    out = tmp_path / "summary.xlsx"
    assert main(["aggregate", str(good), str(bad), "-o", str(out), "--language", "fr"]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Indicateurs", "Rapports"]
    header = next(book["Indicateurs"].iter_rows(max_row=1, values_only=True))
    assert header == ("Indicateur", "Texte", "Type", "Valeur", "Parties comptées", "Parties ayant répondu",
                      "N'ont pas répondu", "Parties à l'origine du chiffre")
    assert {row[2] for row in book["Indicateurs"].iter_rows(min_row=2, values_only=True)} <= {
        "nombre", "pourcentage", "somme"}
    assert list(book["Rapports"].iter_rows(values_only=True)) == [
        ("Partie ou fichier", "Lu"), ("Arcadia", "oui"),
        (str(bad), "non : « broken.bsr » n'est pas un rapport bsreporter (il s'agit d'un autre type de fichier)."),
    ]


def test_every_formula_refers_to_real_questions_and_counts_parties(form: Questionnaire) -> None:
    """The Strategic Plan questionnaire's own formulas: each names its questions and counts Parties where it says so."""
    formulas = load_formulas(available_forms()[form.id], form)
    assert len(formulas) >= 40
    for formula in formulas:
        text = form.indicators[formula.indicator_id].text.get("en").lower()
        if formula.kind.value in ("count", "percentage"):
            assert "parties" in text or "countries" in text, formula.indicator_id


def test_formula_mistakes_are_named(tmp_path: Path, mini: Questionnaire) -> None:
    (tmp_path / "indicators.yaml").write_text("indicators:\n  '1.1.a': {kind: count, condition: '${nope} = 1'}\n")
    with pytest.raises(FormError, match=r"indicator 1\.1\.a: refers to nope"):
        load_formulas(tmp_path, mini)


def test_aggregate_command_writes_the_summary_workbook(tmp_path: Path, mini: Questionnaire,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    paths = make_synthetic_reports(tmp_path, 6, mini, seed=3)
    out = tmp_path / "summary.xlsx"
    assert main(["aggregate", *map(str, paths), "-o", str(out)]) == 0
    assert "Read 6 reports (0 unreadable)" in capsys.readouterr().out
    sheet = load_workbook(out)["Indicators"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["1.1.b"][2] == "percentage" and rows["1.1.b"][5] + rows["1.1.b"][6] == 6


def test_exported_workbooks_and_report_files_are_read_alike(tmp_path: Path, mini: Questionnaire) -> None:
    from bsreporter.exchange import export_xlsx

    paths = make_synthetic_reports(tmp_path, 4, mini, seed=11)
    workbooks = []
    for path in paths[2:]:
        with Report.open(path, read_only=True) as report:
            export_xlsx(report, path.with_suffix(".xlsx"))
        workbooks.append(path.with_suffix(".xlsx"))
    from_files = aggregate_reports(paths)
    mixed = aggregate_reports([*paths[:2], *workbooks])
    assert mixed.unreadable == ()
    assert mixed.parties == from_files.parties
    assert [(f.formula.indicator_id, f.counted, f.answered, f.value) for f in mixed.figures] == \
        [(f.formula.indicator_id, f.counted, f.answered, f.value) for f in from_files.figures]


def test_aggregate_never_writes_its_summary_over_one_of_the_reports_it_reads(
        tmp_path: Path, mini: Questionnaire, capsys: pytest.CaptureFixture[str]) -> None:
    first = _report(tmp_path, mini, "Arcadia", has_law="yes")
    second = _report(tmp_path, mini, "Borduria", has_law="no")
    workbook = tmp_path / "Carpania.xlsx"
    with Report.open(second, read_only=True, form=mini) as report:
        from bsreporter.exchange.xlsx import export_xlsx

        export_xlsx(report, workbook)
    for output in (second, workbook):
        before = output.read_bytes()
        assert main(["aggregate", str(first), str(second), str(workbook), "-o", str(output)]) == 2
        err = capsys.readouterr().err
        assert "is one of the files this command reads" in err and len(err.strip().splitlines()) == 1
        assert output.read_bytes() == before
    summary = tmp_path / "summary.xlsx"
    assert main(["aggregate", str(first), str(second), str(workbook), "-o", str(summary)]) == 0
    assert load_workbook(summary).sheetnames == ["Indicators", "Reports"]
