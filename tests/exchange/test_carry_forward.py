"""Carrying a previous national report forward, on the Secretariat's own formats and mappings.

A third (or second) report, as a report file, as its exported workbook, or as a Party's own
sheet in the official numbering, is carried into the next report through the Secretariat's
mapping: value remaps applied, answers flagged for review, every answered row explained, and
nothing this cycle already answered replaced unless chosen.

The mechanics that do not depend on what the Secretariat's mappings say (an answer renamed, a question left
behind, this cycle's answers kept, mappings refused, a sheet's columns found) are proved on small formats with a
mapping of their own (format_forms), so that editing a real format or mapping cannot change what they prove.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from format_forms import install_formats, write_formats
from openpyxl import Workbook
from previous_report import previous_answers, sheet_rows

from bsreporter.cli import main
from bsreporter.errors import ExchangeError
from bsreporter.exchange import export_xlsx
from bsreporter.exchange.importing import ImportPlan, PlanRow, RowKind, apply_import
from bsreporter.exchange.sources import ForeignLayout, plan_import_file
from bsreporter.form.installed import available_forms, installed_questionnaire
from bsreporter.form.mapping import FormMapping, find_mapping
from bsreporter.form.model import Question, Questionnaire
from bsreporter.report.store import Report, Source

FOURTH, THIRD, SECOND = "cpb-nr4-2019", "cpb-nr3-2015", "cpb-nr2-2011"
FOURTH_FROM_THIRD = Path("forms") / FOURTH / "mappings" / f"{THIRD}.yaml"
LAYOUT = ForeignLayout(None, "A", "B", 1)


def _form(form_id: str) -> Questionnaire:
    return installed_questionnaire(form_id)


def _mapping(current: str, earlier: str) -> FormMapping:
    mapping = find_mapping(_form(current), available_forms()[current], earlier, _form(earlier))
    assert mapping is not None
    return mapping


def _previous(tmp_path: Path, form_id: str, answers: dict[str, Any] | None = None, *, name: str = "previous",
              language: str = "en") -> tuple[Path, Path, dict[str, Any]]:
    """A consistent previous report of ``form_id``, as a report file and as its exported workbook."""
    answers = previous_answers(_form(form_id)) if answers is None else answers
    path = tmp_path / f"{name}.bsr"
    with Report.create(path, party="Arcadia", form=_form(form_id)) as old:
        old.set_answers(answers, source=Source.TYPED)
        export_xlsx(old, tmp_path / f"{name}.xlsx", language=language)
    return path, tmp_path / f"{name}.xlsx", answers


@pytest.fixture
def fourth(tmp_path: Path) -> Iterator[Report]:
    with Report.create(tmp_path / "fourth.bsr", party="Arcadia", form=_form(FOURTH), author="Focal point") as report:
        yield report


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder of the small formats (format_forms: nr2, nr3, nr4), installed for the test."""
    root = write_formats(tmp_path / "formats")
    install_formats(monkeypatch, root)
    return root


@pytest.fixture
def small_fourth(tmp_path: Path, small: Path) -> Iterator[Report]:
    """A new report of the small fourth format."""
    with Report.create(tmp_path / "fourth.bsr", party="Arcadia", form=_form("nr4"), author="Focal point") as report:
        yield report


def _party_sheet(tmp_path: Path, form_id: str, answers: dict[str, Any], language: str = "en") -> Path:
    """A Party's own workbook: official number, then the answer in the option's wording."""
    book = Workbook()
    for row in sheet_rows(_form(form_id), answers, lambda q, v: _label(q, v, language)):
        book.active.append(row)
    path = tmp_path / f"party-{form_id}-{language}.xlsx"
    book.save(path)
    return path


def _label(question: Question, value: str, language: str) -> str:
    assert question.choices is not None
    choice = question.choices.find(value)
    assert choice is not None
    return choice.label.get(language)


def _by_old_key(plan: ImportPlan) -> dict[str, PlanRow]:
    return {row.location.rpartition(": ")[2]: row for row in plan.rows}


def _check_carried(plan: ImportPlan, answers: dict[str, Any], mapping: FormMapping, current: Questionnaire) -> None:
    """Every answered earlier question is one row: carried as the mapping says, or refused with its reason."""
    assert plan.carried_over
    rows = _by_old_key(plan)
    assert set(rows) == set(answers)
    for old_id, value in answers.items():
        row, target = rows[old_id], mapping.target(old_id)
        if target is None:
            assert row.kind is RowKind.REJECTED and row.reason_error is not None
            assert row.reason_error.key == "row_not_carried_over", row.reason
            continue
        assert row.question_id == target
        expected = mapping.translate(old_id, value)
        if row.kind is RowKind.NEW:
            stored = row.incoming[0]
            if isinstance(stored, dict):  # the fourth report's free text is kept by language
                stored = stored["en"]
            if isinstance(stored, list) and not isinstance(expected, list):  # one option where several may be
                expected = [expected]
            assert stored == expected
            continue
        olds = value if isinstance(value, list) else [value]
        if row.kind is RowKind.SUGGESTED:  # left without an option by the mapping, one proposed by bsreporter
            assert any(mapping.suggestion(old_id, str(v)) is not None for v in olds), (old_id, row)
            continue
        assert row.kind is RowKind.REJECTED and row.reason_error is not None, (old_id, row)
        # The only refusals: an answer the mapping leaves without a counterpart, or a follow-up whose
        # question it follows was not carried (an earlier question without a counterpart).
        assert row.reason_error.key in ("row_value_not_carried", "row_not_relevant"), row.reason
        if row.reason_error.key == "row_value_not_carried":
            choices = current.question(target).choices
            assert choices is not None
            assert any(choices.find(v) is None for v in (expected if isinstance(expected, list) else [expected]))
            assert any(mapping.suggestion(old_id, str(v)) is None for v in olds)


@pytest.mark.parametrize("kind", ["bsr", "xlsx"])
def test_a_third_report_is_carried_into_a_fourth_through_the_secretariats_mapping(
        tmp_path: Path, fourth: Report, kind: str) -> None:
    report_file, workbook, answers = _previous(tmp_path, THIRD, language="fr")
    source = report_file if kind == "bsr" else workbook
    plan = plan_import_file(fourth, source, previous_cycle=True)
    _check_carried(plan, answers, _mapping(FOURTH, THIRD), fourth.form)
    carried = plan.count(RowKind.NEW)
    assert carried > 100
    apply_import(fourth, plan)
    stored = fourth.answers()
    assert sum(1 for a in stored.values() if a.needs_review) == carried  # every carried answer awaits review
    assert len(fourth.previous_answers()) == carried


@pytest.mark.parametrize("current", [FOURTH, THIRD])
@pytest.mark.parametrize("kind", ["bsr", "xlsx"])
def test_a_second_report_is_carried_into_the_third_and_the_fourth(tmp_path: Path, current: str, kind: str) -> None:
    report_file, workbook, answers = _previous(tmp_path, SECOND)
    with Report.create(tmp_path / "new.bsr", party="Arcadia", form=_form(current)) as report:
        plan = plan_import_file(report, report_file if kind == "bsr" else workbook, previous_cycle=True)
        _check_carried(plan, answers, _mapping(current, SECOND), report.form)
        apply_import(report, plan)
        assert all(a.needs_review for a in report.answers().values())


def test_a_renamed_answer_is_carried_renamed(tmp_path: Path, small_fourth: Report) -> None:
    report_file, _, _ = _previous(tmp_path, "nr3", {"Q014": "implementation.fullFramwork"})
    rows = {r.question_id: r for r in plan_import_file(small_fourth, report_file, previous_cycle=True).rows}
    assert rows["Q014"].incoming == ("implementation.fullInPlace", None)


def test_an_answer_the_mapping_gives_no_counterpart_is_explained_by_its_wording(tmp_path: Path,
                                                                                fourth: Report) -> None:
    # Third report 73 ('3 or more') becomes fourth report 58, which counts '1 to 4', '5 to 9', ... only:
    # no option holds it, so nothing is proposed either.
    report_file, _, _ = _previous(tmp_path, THIRD, {"Q072": "true", "Q073": "3+"})
    row = _by_old_key(plan_import_file(fourth, report_file, previous_cycle=True))["Q073"]
    assert row.kind is RowKind.REJECTED and row.question_id == "Q058"
    assert row.reason_error is not None and row.reason_error.key == "row_value_not_carried"
    assert "“3 or more”" in row.reason and "question 73 “" in row.reason
    # The earlier question and report are named as a person knows them, never by their keys.
    assert "Q073" not in row.reason and "cpb-nr3-2015" not in row.reason and "Third national report" in row.reason
    assert "3 ou plus" in row.reason_in("fr") and "Troisième rapport national" in row.reason_in("fr")


def test_an_answer_the_mapping_leaves_without_an_option_is_suggested_where_one_holds_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Third report 54 ('Less than 5', beside 'None') becomes fourth report 43 ('1 to 4', '5 to 9', ...):
    # the Secretariat's mapping gives no new value, bsreporter proposes '1 to 4' for the person to confirm.
    report_file, _, _ = _previous(tmp_path, THIRD, {"Q054": "5-", "Q019": "10-", "Q018": "true"})
    path = tmp_path / "fourth.bsr"
    Report.create(path, party="Arcadia", form=_form(FOURTH)).close()
    with Report.open(path) as report:
        rows = _by_old_key(plan_import_file(report, report_file, previous_cycle=True))
        assert rows["Q054"].kind is RowKind.SUGGESTED and rows["Q054"].question_id == "Q043"
        assert "Less than 5" in rows["Q054"].reason and "1 to 4" in rows["Q054"].reason
        assert rows["Q019"].kind is RowKind.SUGGESTED and "5 to 9" in rows["Q019"].reason
    assert main(["import", str(path), str(report_file), "--previous-cycle"]) == 0
    with Report.open(path, read_only=True) as report:
        assert report.answer("Q043") is None and report.answer("Q019") is None  # not taken unconfirmed
    capsys.readouterr()
    assert main(["import", str(path), str(report_file), "--previous-cycle", "--accept-suggestions"]) == 0
    with Report.open(path, read_only=True) as report:
        assert report.answer("Q043").value == "1+" and report.answer("Q043").needs_review
        assert report.answer("Q019").value == "5+"


def test_an_earlier_question_without_counterpart_is_named_by_its_number(tmp_path: Path, small_fourth: Report) -> None:
    report_file, _, _ = _previous(tmp_path, "nr3", {"Q020": "true"})
    row = _by_old_key(plan_import_file(small_fourth, report_file, previous_cycle=True))["Q020"]
    assert row.kind is RowKind.REJECTED and row.number == "20"
    assert "question 20 “Has your country submitted" in row.reason and "Q020" not in row.reason
    assert "of the Third national report (small)" in row.reason and "is not carried over" in row.reason


def test_an_answer_of_this_cycle_is_kept_unless_overwrite_is_given(tmp_path: Path, small: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    report_file, _, _ = _previous(tmp_path, "nr3", {"Q014": "implementation.fullFramwork", "Q017": "true"})
    path = tmp_path / "fourth.bsr"
    with Report.create(path, party="Arcadia", form=_form("nr4")) as report:
        report.set_answers({"Q014": "implementation.partiallyInPlace"}, source=Source.TYPED)
    assert main(["import", str(path), str(report_file), "--previous-cycle"]) == 0
    assert "kept" in capsys.readouterr().out
    with Report.open(path, read_only=True) as report:
        assert report.answer("Q014").value == "implementation.partiallyInPlace"
        assert not report.answer("Q014").needs_review
        assert report.answer("Q017").value == "true" and report.answer("Q017").needs_review
    assert main(["import", str(path), str(report_file), "--previous-cycle", "--overwrite"]) == 0
    with Report.open(path, read_only=True) as report:
        assert report.answer("Q014").value == "implementation.fullInPlace" and report.answer("Q014").needs_review


# -- a Party's own sheet, numbered in an earlier format ---------------------------------------------


def test_a_sheet_numbered_in_the_third_report_is_carried_with_mapping(tmp_path: Path, fourth: Report,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    answers = previous_answers(_form(THIRD))
    sheet = _party_sheet(tmp_path, THIRD, answers, "zh")
    plan = plan_import_file(fourth, sheet, layout=LAYOUT, mapping=FOURTH_FROM_THIRD)
    assert plan.carried_over  # implied: answers to another format's questions are reviewed before they count
    mapping = _mapping(FOURTH, THIRD)
    by_number = {r.location: r for r in plan.rows}
    assert len(by_number) == len(answers)
    new = {r.question_id: r.incoming[0] for r in plan.rows if r.kind is RowKind.NEW}
    assert new["Q014"] == mapping.translate("Q014", answers["Q014"])
    assert len(new) == len({mapping.target(q) for q in answers} - {None}) - plan.count(RowKind.REJECTED) + sum(
        1 for r in plan.rows if r.question_id is None) - plan.count(RowKind.SUGGESTED)
    # The same through the command line: the mapping is used, not ignored.
    path = fourth.path
    fourth.close()
    assert main(["import", str(path), str(sheet), "--question-column", "A", "--answer-column", "B",
                 "--mapping", str(FOURTH_FROM_THIRD), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"{len(new)} new" in out and "(previous cycle: flagged for review)" in out


def test_a_sheet_of_another_format_is_not_read_as_this_reports_numbers(tmp_path: Path, fourth: Report) -> None:
    sheet = _party_sheet(tmp_path, THIRD, previous_answers(_form(THIRD)))
    before = hashlib.sha256(fourth.path.read_bytes()).digest()
    plan = plan_import_file(fourth, sheet, layout=LAYOUT)
    assert {r.kind for r in plan.rows} == {RowKind.REJECTED} and not plan.default_selection
    reason = plan.rows[0].reason
    assert "Third national report" in reason and f"--mapping forms/{FOURTH}/mappings/{THIRD}.yaml" in reason
    assert plan.rows[0].reason_in("zh") != reason
    assert hashlib.sha256(fourth.path.read_bytes()).digest() == before


def test_a_sheet_of_this_format_with_a_few_bad_rows_is_read_as_this_format(tmp_path: Path, fourth: Report) -> None:
    answers = previous_answers(_form(FOURTH), answered=60)
    sheet = _party_sheet(tmp_path, FOURTH, answers)
    plan = plan_import_file(fourth, sheet, layout=LAYOUT)
    assert plan.count(RowKind.NEW) == len(answers)


def test_a_mapping_into_another_form_is_refused_for_a_sheet(tmp_path: Path, small: Path,
                                                            small_fourth: Report) -> None:
    sheet = _party_sheet(tmp_path, "nr2", {"S008": "1+"})
    before = hashlib.sha256(small_fourth.path.read_bytes()).digest()
    with pytest.raises(ExchangeError) as refused:
        plan_import_file(small_fourth, sheet, layout=LAYOUT, mapping=small / "nr3" / "mappings" / "nr2.yaml")
    assert refused.value.key == "sheet_mapping_other_target" and "'nr3'" in str(refused.value)
    assert refused.value.text("ru") != str(refused.value)
    assert hashlib.sha256(small_fourth.path.read_bytes()).digest() == before


def test_a_mapping_from_a_form_not_installed_is_refused_for_a_sheet(tmp_path: Path, small_fourth: Report) -> None:
    sheet = _party_sheet(tmp_path, "nr2", {"S008": "1+"})
    mapping = tmp_path / "first.yaml"
    mapping.write_text("from_form: nr1\nquestions: {Q001: Q012_party}\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as refused:
        plan_import_file(small_fourth, sheet, layout=LAYOUT, mapping=mapping)
    assert refused.value.key == "sheet_mapping_not_installed" and "'nr1'" in str(refused.value)


def test_a_missing_sheet_or_column_is_said_in_the_persons_language(tmp_path: Path, small_fourth: Report) -> None:
    sheet = _party_sheet(tmp_path, "nr4", {"Q012_party": "true"})
    with pytest.raises(ExchangeError) as no_sheet:
        plan_import_file(small_fourth, sheet, layout=ForeignLayout("Réponses", "A", "B", 1))
    with pytest.raises(ExchangeError) as no_column:
        plan_import_file(small_fourth, sheet, layout=ForeignLayout(None, "A", "Réponse", 1))
    assert (no_sheet.value.key, no_column.value.key) == ("sheet_missing", "sheet_column_missing")


def test_a_follow_up_of_an_answer_not_taken_says_which_question_it_waits_for(tmp_path: Path, small: Path) -> None:
    # 15 asks when the framework of 14 is in place; 14's wording here fits no option, so 15 waits for it.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["No.", "Answer"])
    sheet.append(["14", "National biosafety framework fully in place"])
    sheet.append(["15", "2009"])
    sheet.append(["18", "Yes"])
    sheet.append(["19", "Less than 10"])
    path = tmp_path / "party.xlsx"
    workbook.save(path)
    with Report.create(tmp_path / "third.bsr", party="Arcadia", form=_form("nr3")) as report:
        rows = {r.question_id: r for r in plan_import_file(report, path, layout=ForeignLayout(None, "A", "B", 1)).rows}
    assert rows["Q014"].kind is RowKind.REJECTED
    assert rows["Q015"].kind is RowKind.REJECTED and rows["Q015"].reason_error is not None
    assert rows["Q015"].reason_error.key == "row_not_relevant_after" and "question 14" in rows["Q015"].reason
    assert "第14题" in rows["Q015"].reason_in("zh")
    assert rows["Q019"].kind is RowKind.NEW  # judged with 18, imported in the same pass


def test_the_command_line_finds_the_columns_of_a_partys_own_sheet(tmp_path: Path, small: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "NR3"
    sheet.append(["Third national report of Arcadia"])
    sheet.append([])
    sheet.append(["Note", "No.", "Réponse"])
    sheet.append(["", "18", "Oui"])
    sheet.append(["checked", "19", "Moins de 10"])
    path = tmp_path / "party.xlsx"
    workbook.save(path)
    report_path = tmp_path / "third.bsr"
    Report.create(report_path, party="Arcadia", form=_form("nr3")).close()
    assert main(["import", str(report_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "Reading sheet 'NR3': question numbers in column B, answers in column C, headings in row 3" in out
    with Report.open(report_path, read_only=True) as report:
        assert report.answer("Q018").value == "true" and report.answer("Q019").value == "10-"
