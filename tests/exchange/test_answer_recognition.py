"""How a cell's answer is recognised: any UN language, case, spacing and punctuation; near spellings,
numbers for ranges and several choices as suggestions to confirm; years and dates for year options.

Proved on small forms shaped like the Secretariat's formats (format_forms), which keep their keys, numbers and
option wording; carrying a sheet of the real third report through the Secretariat's mapping uses the real forms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from format_forms import install_format, write_formats
from openpyxl import Workbook

from bsreporter.cli import main
from bsreporter.errors import AnswerError
from bsreporter.exchange.importing import ImportPlan, PlanRow, RowKind, apply_import
from bsreporter.exchange.recognition import AnswerSuggestion
from bsreporter.exchange.sources import ForeignLayout, plan_import_file
from bsreporter.exchange.xlsx_read import CellReader
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report

MAPPING_3_TO_4 = Path(__file__).parents[2] / "forms" / "cpb-nr4-2019" / "mappings" / "cpb-nr3-2015.yaml"


@pytest.fixture(scope="module")
def formats(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the small formats and their Plan."""
    return write_formats(tmp_path_factory.mktemp("formats"))


@pytest.fixture(scope="module")
def fourth(formats: Path) -> Questionnaire:
    return load_questionnaire(formats / "nr4")


@pytest.fixture(scope="module")
def third(formats: Path) -> Questionnaire:
    return load_questionnaire(formats / "nr3")


@pytest.fixture
def fourth_report(tmp_path: Path, formats: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Report]:
    """A new report of the small fourth format, installed for the test (a command opens the report by it)."""
    form = install_format(monkeypatch, formats, "nr4")
    with Report.create(tmp_path / "fourth.bsr", party="Arcadia", form=form, author="Focal point") as report:
        yield report


@pytest.fixture
def third_report(tmp_path: Path, formats: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Report]:
    form = install_format(monkeypatch, formats, "nr3")
    with Report.create(tmp_path / "third.bsr", party="Arcadia", form=form, author="Focal point") as report:
        yield report


@pytest.fixture
def real_fourth_report(tmp_path: Path) -> Iterator[Report]:
    """A new report of the Secretariat's fourth format itself."""
    form = installed_questionnaire("cpb-nr4-2019")
    with Report.create(tmp_path / "fourth.bsr", party="Arcadia", form=form, author="Focal point") as report:
        yield report


def _sheet(tmp_path: Path, rows: list[list[object]], name: str = "answers.xlsx") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["No.", "Answer"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def _plan(report: Report, path: Path, **kwargs: Any) -> ImportPlan:
    return plan_import_file(report, path, layout=ForeignLayout(None, "A", "B"), **kwargs)


def _rows(plan: ImportPlan) -> dict[str | None, PlanRow]:
    return {row.question_id: row for row in plan.rows}


def _read(form: Questionnaire, question_id: str, raw: Any) -> Any:
    return CellReader(form).answer(form.questions[question_id], raw)


# -- the options' own wording, whatever its case, spacing and punctuation ----------------------


@pytest.mark.parametrize("cell", [
    "yes - to some extent", "Yes , to some extent", "YES TO SOME EXTENT", "Yes; to some extent.",
    "是，某种程度上", "是,某种程度上", "是 某种程度上", "是、某种程度上。",  # Chinese, full-width or not
    "OUI - DANS UNE CERTAINE MESURE", "sí: en cierta medida",
    "نعم - إلى حد ما", "نعم؛ إلى حدٍّ ما", "نعم إلى حد ما",  # Arabic, with a vowel sign, its semicolon
])
def test_option_wording_is_recognised_whatever_its_case_spacing_and_punctuation(fourth: Questionnaire,
                                                                                third: Questionnaire, cell: str) -> None:
    assert _read(fourth, "Q017", cell) == "true.some"
    assert _read(third, "Q017", cell) == "true.some"


def test_russian_wording_is_recognised_with_or_without_its_yo(fourth: Questionnaire, third: Questionnaire) -> None:
    assert _read(fourth, "Q017", "да — в определённой степени") == "true.some"  # the form writes "определенной"
    assert _read(third, "Q017", "ДА, В НЕКОТОРОЙ СТЕПЕНИ") == "true.some"


def test_other_options_of_the_formats_are_recognised_loosely(fourth: Questionnaire) -> None:
    assert _read(fourth, "Q014", "national measures are partially in place!") == "implementation.partiallyInPlace"
    assert _read(fourth, "Q112_a", "Information available (and in the BCH)") == "true.availableOnBch"
    assert _read(fourth, "Q028", "Not applicable: Party currently not exporting LMOs") == "false.notApplicable"
    assert _read(fourth, "Q130", "трудный.") == "difficult"


def _write_form(folder: Path, options: list[dict[str, str]]) -> Questionnaire:
    """A small form whose one choice question has the given options."""
    files = {
        "form.yaml": {"id": "mini", "version": "1", "title::en": "Mini", "languages": ["en", "fr"],
                      "required_languages": ["en"], "parts": ["general.yaml", "fa1.yaml"]},
        "general.yaml": {"section": {"id": "general", "title::en": "General"},
                         "questions": [{"name": "party", "type": "text", "label::en": "Party"}]},
        "fa1.yaml": {
            "focal_area": {"number": 1, "title::en": "FA", "strategic_objective::en": "SO",
                           "expected_impacts": [{"text::en": "I"}]},
            "objectives": [{
                "number": "1.1", "title::en": "T", "description::en": "D", "outcomes": [{"text::en": "O"}],
                "indicators": [{"id": "1.1.a", "text::en": "I"}],
                "questions": [{"name": "often", "type": "select_one often", "label::en": "How often?",
                               "indicators": ["1.1.a"]}],
            }],
            "choices": {"often": options},
        },
    }
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_questionnaire(folder)


def test_wording_that_two_options_share_once_punctuation_is_ignored_is_refused_naming_both(tmp_path: Path) -> None:
    form = _write_form(tmp_path / "mini", [
        {"name": "always", "label::en": "Yes, always", "label::fr": "Oui, toujours"},
        {"name": "always_checked", "label::en": "Yes - always", "label::fr": "Oui - toujours (vérifié)"},
        {"name": "never", "label::en": "No", "label::fr": "Non"},
    ])
    question = form.questions["often"]
    reader = CellReader(form)
    assert reader.answer(question, "yes, ALWAYS") == "always"  # the exact wording still decides
    assert reader.answer(question, "Yes -  always") == "always_checked"
    with pytest.raises(AnswerError) as caught:
        reader.answer(question, "yes always")
    assert not isinstance(caught.value, AnswerSuggestion)
    assert str(caught.value) == ("question 1.1.1: 'yes always' could be 'Yes, always' or 'Yes - always'; write the "
                                 "option as the form words it.")
    assert caught.value.text("fr") == ("question 1.1.1 : « yes always » peut désigner « Oui, toujours » ou « Oui - "
                                       "toujours (vérifié) » ; écrivez l'option telle que le formulaire la libelle.")


def test_a_refused_option_names_the_two_closest_in_the_person_s_language(fourth: Questionnaire) -> None:
    with pytest.raises(AnswerError) as caught:
        _read(fourth, "Q017", "perhaps")
    assert caught.value.key == "option_unknown"
    assert str(caught.value).startswith("question 17: 'perhaps' is not one of the options; the closest are ")
    assert "« Oui" in caught.value.text("fr") and "“是" in caught.value.text("zh")


def test_words_of_a_special_answer_a_question_does_not_take_are_refused_in_six_languages(
        fourth: Questionnaire) -> None:
    with pytest.raises(AnswerError) as caught:
        _read(fourth, "Q017", "Not applicable")
    assert caught.value.key == "special_not_allowed"
    assert caught.value.text("es") == "pregunta 17: «Not applicable» no es una respuesta admitida aquí."


# -- near spellings: suggested, taken only when confirmed --------------------------------------


def test_a_near_spelling_is_suggested_and_taken_only_when_confirmed(tmp_path: Path, fourth_report: Report) -> None:
    path = _sheet(tmp_path, [
        ["17", "Yess"],  # a typo
        ["21", "Yes to some extend"],
        ["14", "National measures partially in place"],  # a word missing
        ["24", "Yes"],  # recognised for sure
        ["23", "Peut-être"],  # close to nothing: refused naming the two closest
    ])
    plan = _plan(fourth_report, path)
    rows = _rows(plan)
    assert {q: r.kind for q, r in rows.items()} == {"Q017": RowKind.SUGGESTED, "Q021": RowKind.SUGGESTED,
                                                    "Q014": RowKind.SUGGESTED, "Q024": RowKind.NEW,
                                                    "Q023": RowKind.REJECTED}
    assert rows["Q017"].incoming == ("true", None)
    assert rows["Q021"].incoming == ("true.some", None)
    assert rows["Q014"].incoming == ("implementation.partiallyInPlace", None)
    assert rows["Q017"].reason == "question 17: read 'Yess' as 'Yes' (a suggestion: taken only if you confirm it)"
    assert rows["Q014"].reason_in("fr") == ("question 14 : « National measures partially in place » lu comme « Les "
                                            "mesures nationales sont partiellement en place » (suggestion : reprise "
                                            "seulement si vous la confirmez)")
    assert "the closest are" in rows["Q023"].reason
    assert plan.suggested == {"Q017", "Q021", "Q014"} and plan.count(RowKind.SUGGESTED) == 3

    apply_import(fourth_report, plan)  # what is applied without a choice: the sure rows only
    assert fourth_report.answer("Q024").value == "true"  # type: ignore[union-attr]
    assert all(fourth_report.answer(q) is None or fourth_report.answer(q).is_blank  # type: ignore[union-attr]
               for q in ("Q017", "Q021", "Q014"))
    apply_import(fourth_report, plan, plan.suggested)
    assert fourth_report.answer("Q017").value == "true"  # type: ignore[union-attr]
    assert fourth_report.answer("Q014").value == "implementation.partiallyInPlace"  # type: ignore[union-attr]


def test_a_suggestion_is_not_offered_when_it_would_say_the_opposite(fourth: Questionnaire) -> None:
    with pytest.raises(AnswerError) as caught:
        _read(fourth, "Q112_a", "Information available")  # one word from "Information not available"
    assert not isinstance(caught.value, AnswerSuggestion) and caught.value.key == "option_unknown"


def test_import_command_lists_suggestions_and_takes_them_only_with_accept_suggestions(
        tmp_path: Path, fourth_report: Report, capsys: pytest.CaptureFixture[str]) -> None:
    path = _sheet(tmp_path, [["17", "Yess"], ["24", "No"]])
    report_path = fourth_report.path
    fourth_report.close()
    arguments = ["import", str(report_path), str(path), "--question-column", "A", "--answer-column", "B"]
    assert main(arguments) == 0
    out = capsys.readouterr().out
    assert "suggested 17" in out and "read 'Yess' as 'Yes'" in out
    assert "1 new" in out and "1 suggested" in out
    assert "1 suggested answers were not taken" in out
    with Report.open(report_path, read_only=True) as report:
        assert report.answer("Q024").value == "false"  # type: ignore[union-attr]
        assert report.answer("Q017") is None or report.answer("Q017").is_blank  # type: ignore[union-attr]
    assert main([*arguments, "--accept-suggestions"]) == 0
    assert "Imported 1 answers" in capsys.readouterr().out
    with Report.open(report_path, read_only=True) as report:
        assert report.answer("Q017").value == "true"  # type: ignore[union-attr]


# -- ranges and years --------------------------------------------------------------------------


def test_a_number_for_a_range_question_suggests_the_range_that_holds_it(tmp_path: Path,
                                                                        fourth_report: Report) -> None:
    path = _sheet(tmp_path, [
        ["18", "Yes"], ["19", 7],  # how many staff: 7 is in "5 to 9"
        ["54", "Yes"], ["55", 5],  # "1 to 5" and "5 or more" both hold 5
        ["33", "Yes"], ["34", 0],  # 0 is the option "None" (its value)
        ["40", "Yes"], ["41", "12"],  # a number typed as text
    ])
    rows = _rows(_plan(fourth_report, path))
    assert rows["Q019"].kind is RowKind.SUGGESTED and rows["Q019"].incoming == ("5+", None)
    assert rows["Q019"].reason == ("question 19: read 7 as '5 to 9', the range that holds it (a suggestion: taken "
                                   "only if you confirm it)")
    assert rows["Q055"].kind is RowKind.REJECTED
    assert "could be '1 to 5' or '5 or more'" in rows["Q055"].reason
    assert rows["Q034"].kind is RowKind.NEW and rows["Q034"].incoming == ("0", None)
    assert rows["Q041"].kind is RowKind.SUGGESTED and rows["Q041"].incoming == ("10+", None)


def test_a_number_no_range_holds_is_refused_listing_the_ranges(fourth: Questionnaire) -> None:
    with pytest.raises(AnswerError) as caught:
        _read(fourth, "Q019", 0)
    assert str(caught.value) == "question 19: 0 is in none of the ranges offered ('1 to 4', '5 to 9', '10 or more')."


def test_thresholds_asked_as_options_take_the_highest_one_reached(formats: Path) -> None:
    second = load_questionnaire(formats / "nr2")  # "None", "One or more", "3 or more", "5 or more", ...
    with pytest.raises(AnswerSuggestion) as caught:
        _read(second, "S008", 7)
    assert caught.value.value == "5+"


def test_a_year_or_a_date_picks_the_year_option(tmp_path: Path, third_report: Report) -> None:
    path = _sheet(tmp_path, [["14", "implementation.fullFramwork"], ["15", 1998]])
    rows = _rows(_plan(third_report, path))
    assert rows["Q015"].kind is RowKind.NEW and rows["Q015"].incoming == ("2001", None)  # "2001 or earlier"
    third = third_report.form
    assert _read(third, "Q015", dt.datetime(2009, 5, 1)) == "2009"  # a date cell, as a spreadsheet holds it
    assert _read(third, "Q015", "2009-05-01") == "2009"
    assert _read(third, "Q015", 2010) == "2010"
    with pytest.raises(AnswerError) as caught:
        _read(third, "Q015", 2016)  # after the last year offered
    assert str(caught.value).startswith("question 15: 2016 is none of the years offered ('2001 or earlier', '2002', ")


# -- several choices in one cell ---------------------------------------------------------------


def test_several_choices_are_split_on_semicolons_lines_and_chinese_commas(fourth: Questionnaire) -> None:
    both = ["channels.bilateral", "channels.regional"]
    assert _read(fourth, "Q126", "Bilateral channels; Regional channels") == both
    assert _read(fourth, "Q126", "Bilateral channels\nregional channels.") == both
    assert _read(fourth, "Q126", "双边渠道、区域渠道") == both
    assert _read(fourth, "Q126", "双边渠道；区域渠道") == both
    assert _read(fourth, "Q126", "Bilateral channels, Regional channels") == both
    # An option holding a comma is not cut in two.
    assert _read(fourth, "Q015", "Other laws, regulations or guidelines that indirectly apply to biosafety; "
                                 "One or more national biosafety laws") == ["instrument.nationalBiosafetyLaws",
                                                                             "instrument.indirectLaws"]


def test_several_choices_with_one_unknown_part_are_refused_naming_the_part(tmp_path: Path,
                                                                            fourth_report: Report) -> None:
    path = _sheet(tmp_path, [["125", "Yes"], ["126", "Bilateral channels; by e-mail"]])
    row = _rows(_plan(fourth_report, path))["Q126"]
    assert row.kind is RowKind.REJECTED
    assert row.reason.startswith("question 126: 'by e-mail', in the answer 'Bilateral channels; by e-mail', is not "
                                 "one of the options; the closest are ")


def test_a_near_spelling_in_one_part_of_several_choices_is_suggested_for_that_part(
        tmp_path: Path, fourth_report: Report) -> None:
    path = _sheet(tmp_path, [["125", "Yes"], ["126", "Bilateral channels; Regionl channels; Multilateral chanels"]])
    row = _rows(_plan(fourth_report, path))["Q126"]
    assert row.kind is RowKind.SUGGESTED
    assert row.incoming == (["channels.bilateral", "channels.regional", "channels.multilateral"], None)
    assert row.reason == ("question 126: read 'Regionl channels' as 'Regional channels'; read 'Multilateral "
                          "chanels' as 'Multilateral channels' (a suggestion: taken only if you confirm it)")


# -- carried forward through a mapping ---------------------------------------------------------


def test_a_near_spelling_in_an_earlier_format_s_sheet_is_suggested_as_its_counterpart(
        tmp_path: Path, real_fourth_report: Report) -> None:
    """A sheet numbered as the real third report, carried into the real fourth through the Secretariat's mapping."""
    path = _sheet(tmp_path, [["17", "Yes to some extend"]])
    plan = _plan(real_fourth_report, path, mapping=MAPPING_3_TO_4)
    row = _rows(plan)["Q017"]
    assert row.kind is RowKind.SUGGESTED and row.incoming == ("true.some", None)
    apply_import(real_fourth_report, plan, plan.suggested)
    answer = real_fourth_report.answer("Q017")
    assert answer is not None and answer.value == "true.some" and answer.needs_review


def test_a_suggestion_for_a_question_this_report_lacks_is_refused_saying_so(fourth_report: Report,
                                                                            third: Questionnaire) -> None:
    from bsreporter.exchange.importing import IncomingAnswer, plan_import

    with pytest.raises(AnswerSuggestion) as caught:
        _read(third, "Q017", "Yess")
    incoming = [IncomingAnswer("Sheet!B2", None, None, "17", problem=caught.value)]
    row = plan_import(fourth_report, incoming, source=Path("old.xlsx"), carried_over=True).rows[0]
    assert row.kind is RowKind.REJECTED
    assert row.reason.startswith("question 17: read 'Yess' as 'Yes', but an answer is carried over from another "
                                 "questionnaire only when it is written as one of its options")
