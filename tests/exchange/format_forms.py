"""Small forms shaped like the Secretariat's formats, written inside the tests of how a cell's answer is recognised
and of how a previous report is carried forward.

Three formats (a fourth, third and second report: ``nr4``, ``nr3``, ``nr2``) and the Strategic Plan form they
take their Plan from. Their questions keep the formats' keys, official numbers, option values and option
wording (in the six UN languages where a test reads them), so that what a person types is recognised as in the
real formats: a question with options that other options' words contain, ranges of numbers, thresholds, years,
several choices (one holding a comma) and an option that says the opposite of another in one word more. The
fourth carries the third forward through a mapping of its own, with an answer renamed and a question left behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bsreporter.form.model import Questionnaire
from fixture_forms import install_form, write_form


def option(name: str, en: str, **others: str) -> dict[str, str]:
    """An option with its English wording and its wording in the other languages given (``fr="..."``)."""
    return {"name": name, "label::en": en, **{f"label::{language}": text for language, text in others.items()}}


YES = option("true", "Yes", fr="Oui", es="Sí", ru="Да", zh="是", ar="نعم")
NO = option("false", "No", fr="Non", es="No", ru="Нет", zh="否", ar="لا")
SOME_WORDS = {"fr": "Oui, dans une certaine mesure", "es": "Sí, en cierta medida", "zh": "是，某种程度上",
              "ar": "نعم، إلى حد ما"}
#: The fourth report writes the Russian without its "ё" (определенной); the third says it another way.
SOME_4 = option("true.some", "Yes, to some extent", ru="Да, в определенной степени", **SOME_WORDS)
SOME_3 = option("true.some", "Yes, to some extent", ru="Да, в некоторой степени", **SOME_WORDS)
#: How many: three ranges; or none and three ranges; or two that share a number.
STAFF = [option("1+", "1 to 4"), option("5+", "5 to 9"), option("10+", "10 or more")]
HOW_MANY = [option("0", "None"), *STAFF]
SHARING = [option("0", "None"), option("1+", "1 to 5"), option("5+", "5 or more")]


def question(name: str, number: str, kind: str, choices: list[dict[str, str]], relevant: str | None = None
             ) -> dict[str, Any]:
    """A question of a format: its key, official number, type and own options."""
    return {"name": name, "number": number, "type": kind, "required": False, "label::en": f"Question {number}",
            "choices": choices, **({"relevant": relevant} if relevant else {})}


FOURTH_ITEMS = [
    question("Q014", "14", "select_one", [
        option("implementation.fullInPlace", "National measures are fully in place",
               fr="Les mesures nationales sont pleinement en place"),
        option("implementation.partiallyInPlace", "National measures are partially in place",
               fr="Les mesures nationales sont partiellement en place"),
        option("implementation.temporaryMeasures", "Only temporary measures have been introduced"),
        option("implementation.draftMeasures", "Only draft measures exist"),
        option("implementation.none", "No measures have yet been taken")]),
    question("Q015", "15", "select_multiple", [
        option("instrument.nationalBiosafetyLaws", "One or more national biosafety laws"),
        option("instrument.nationalBiosafetyRegulations", "One or more national biosafety regulations"),
        option("instrument.biosafetyGuidelines", "One or more sets of biosafety guidelines"),
        option("instrument.indirectLaws", "Other laws, regulations or guidelines that indirectly apply to biosafety"),
        option("instrument.none", "No instruments are in place")]),
    question("Q017", "17", "select_one", [YES, SOME_4, NO]),
    question("Q018", "18", "select_one", [YES, NO]),
    question("Q019", "19", "select_one", STAFF, "selected(${Q018}, 'true')"),
    question("Q021", "21", "select_one", [YES, SOME_4, NO]),
    question("Q023", "23", "select_one", [YES, SOME_4, NO]),
    question("Q024", "24", "select_one", [YES, NO]),
    question("Q028", "28", "select_one", [
        YES, SOME_4, NO, option("false.notApplicable", "Not applicable (Party currently not exporting LMOs)")]),
    question("Q033", "33", "select_one", [YES, NO]),
    question("Q034", "34", "select_one", HOW_MANY, "selected(${Q033}, 'true')"),
    question("Q040", "40", "select_one", [YES, SOME_4, NO]),
    question("Q041", "41", "select_one", HOW_MANY),
    question("Q054", "54", "select_one", [YES, NO]),
    question("Q055", "55", "select_one", SHARING, "selected(${Q054}, 'true')"),
    question("Q112_a", "112a", "select_one", [
        option("true.availableOnBch", "Information available and in the BCH"),
        option("true.availableNotOnBch", "Information available but not in the BCH"),
        option("true.availablePartialyOnBch", "Information available but only partially available in the BCH"),
        option("false.notAvailable", "Information not available")]),
    question("Q125", "125", "select_one", [YES, SOME_4, NO]),
    question("Q126", "126", "select_multiple", [
        option("channels.bilateral", "Bilateral channels", zh="双边渠道"),
        option("channels.regional", "Regional channels", zh="区域渠道"),
        option("channels.multilateral", "Multilateral channels", zh="多边渠道")],
        "selected(${Q125}, 'true') or selected(${Q125}, 'true.some')"),
    question("Q130", "130", "select_one", [
        option("veryEasy", "Very easy", ru="Очень простой"), option("easy", "Easy", ru="Простой"),
        option("average", "Average", ru="Нормальный"), option("difficult", "Difficult", ru="Трудный"),
        option("veryDifficult", "Very difficult", ru="Очень трудный")]),
]
THIRD_ITEMS = [
    question("Q014", "14", "select_one", [
        option("implementation.fullFramwork", "A domestic regulatory framework is fully in place"),
        option("implementation.partialFramwork", "A domestic regulatory framework is partially in place"),
        option("implementation.temporaryMeasures", "Only temporary measures have been introduced"),
        option("implementation.draftFramwork", "Only a draft framework exists"),
        option("implementation.none", "No measures have yet been taken")]),
    question("Q015", "15", "select_one",
             [option("2001", "2001 or earlier"), *(option(str(year), str(year)) for year in range(2002, 2016))],
             "selected(${Q014}, 'implementation.fullFramwork') or selected(${Q014}, 'implementation.partialFramwork')"),
    question("Q017", "17", "select_one", [YES, SOME_3, NO]),
    question("Q018", "18", "select_one", [YES, NO]),
    question("Q019", "19", "select_one", [option("1", "One", fr="Un"), option("5-", "Less than 5", fr="Moins de 5"),
                                          option("10-", "Less than 10", fr="Moins de 10"),
                                          option("10+", "More than 10", fr="Plus de 10")],
             "selected(${Q018}, 'true')"),
    {**question("Q020", "20", "select_one", [YES, NO]),
     "label::en": "Has your country submitted its biosafety framework, laws, regulations or guidelines to the BCH?"},
]
SECOND_ITEMS = [
    question("S008", "8", "select_one", [option("0", "None"), option("1+", "One or more"), option("3+", "3 or more"),
                                         option("5+", "5 or more"), option("10+", "10 or more")]),
]


def _plan() -> dict[str, Any]:
    """The Strategic Plan form the formats take their Plan from: one focal area, one objective, one indicator."""
    return {
        "form.yaml": {"id": "plan", "version": "1", "title::en": "Plan", "languages": ["en"],
                      "parts": ["general.yaml", "fa1.yaml"]},
        "general.yaml": {"section": {"id": "general", "title::en": "General"},
                         "questions": [{"name": "party", "type": "text", "label::en": "Party"}]},
        "fa1.yaml": {
            "focal_area": {"number": 1, "title::en": "FA", "strategic_objective::en": "SO",
                           "expected_impacts": [{"text::en": "I"}]},
            "objectives": [{"number": "1.1", "title::en": "Frameworks", "description::en": "D",
                            "outcomes": [{"text::en": "O"}], "indicators": [{"id": "1.1.a", "text::en": "Laws"}],
                            "questions": [{"name": "law", "type": "text", "label::en": "Law",
                                           "indicators": ["1.1.a"]}]}],
        },
    }


def _format(form_id: str, title: str, cycle: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """A national report format in the six UN languages: a General group and one group of the given questions."""
    return {
        "form.yaml": {"id": form_id, "version": "1", "kind": "national_report", "plan": "plan",
                      "title::en": title, "cycle::en": cycle,
                      "languages": ["en", "zh", "fr", "es", "ru", "ar"], "required_languages": ["en"],
                      "parts": ["general.yaml", "articles.yaml"]},
        "general.yaml": {"group": {"id": "General", "title::en": "General", "items": [
            {**question("Q012_party", "11", "select_one", [YES, NO]), "indicators": ["1.1.a"]}]}},
        "articles.yaml": {"group": {"id": "Articles", "title::en": "Articles", "items": items}},
    }


#: How the third report's answers carry into the fourth: its questions by key, one answer renamed, question 20 left
#: behind; and how the second's carry into the third (a mapping into another form than the fourth).
FOURTH_FROM_THIRD = {"from_form": "nr3",
                     "questions": {"Q012_party": "Q012_party", "Q014": "Q014", "Q017": "Q017", "Q018": "Q018"},
                     "choices": {"Q014": {"implementation.fullFramwork": "implementation.fullInPlace",
                                          "implementation.partialFramwork": "implementation.partiallyInPlace"}}}
THIRD_FROM_SECOND = {"from_form": "nr2", "questions": {"Q012_party": "Q012_party"}}

FORMATS: dict[str, dict[str, Any]] = {
    "plan": _plan(),
    "nr4": {**_format("nr4", "Fourth national report (small)", "Fourth cycle (2019)", FOURTH_ITEMS),
            "mappings/nr3.yaml": FOURTH_FROM_THIRD},
    "nr3": {**_format("nr3", "Third national report (small)", "Third cycle (2015)", THIRD_ITEMS),
            "mappings/nr2.yaml": THIRD_FROM_SECOND},
    "nr2": _format("nr2", "Second national report (small)", "Second cycle (2011)", SECOND_ITEMS),
}


def write_formats(root: Path) -> Path:
    """Write the Plan and the three formats side by side under ``root`` (a format finds its Plan beside it)."""
    for name, files in FORMATS.items():
        write_form(root / name, files)
    return root


def install_format(monkeypatch: pytest.MonkeyPatch, root: Path, form_id: str) -> Questionnaire:
    """Install the format ``form_id`` written under ``root`` for this test, beside the installed forms."""
    return install_form(monkeypatch, root / form_id)


def install_formats(monkeypatch: pytest.MonkeyPatch, root: Path) -> dict[str, Questionnaire]:
    """Install the three formats written under ``root`` for this test, by id."""
    return {form_id: install_format(monkeypatch, root, form_id) for form_id in ("nr2", "nr3", "nr4")}
