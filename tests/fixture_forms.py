"""Small questionnaires written inside the tests, so that a test of the program itself keeps its meaning when an
installed questionnaire is edited.

A form is given as its files, each a dict in the shape an author writes in YAML (``{"form.yaml": {...},
"general.yaml": {...}}``); :func:`write_form` writes them to a folder, :func:`load_form` reads them back through
the real loader. :data:`SMALL_FORM` holds what most tests of answering, undo, navigation, completeness and the
store need: General information with a few texts, two focal areas with an objective each or two, a choice with a
follow-up shown only for one option, a table with columns, an optional text, and a number with a special answer.
A test that needs more writes its own form next to it with the same two functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bsreporter.form import installed
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire


def texts(en: str, fr: str | None = None, field: str = "label") -> dict[str, str]:
    """A text in English and (unless left out) French, as ``label::en`` / ``label::fr`` or another field."""
    return {f"{field}::en": en, **({f"{field}::fr": fr} if fr is not None else {})}


YES_NO = [{"name": "yes", **texts("Yes", "Oui")}, {"name": "no", **texts("No", "Non")}]
YES_NO_IN_PROGRESS = [*YES_NO, {"name": "in_progress", **texts("In progress", "En cours")}]
KINDS = [{"name": "law", **texts("Law", "Loi")}, {"name": "regulation", **texts("Regulation", "Règlement")}]
AREAS = [{"name": "training", **texts("Training", "Formation")},
         {"name": "equipment", **texts("Equipment for detecting and identifying living modified organisms at points of "
                                       "entry, in laboratories and at field stations, and its upkeep", "Matériel")},
         {"name": "other", **texts("Other", "Autre")}, {"name": "none", **texts("None of these", "Aucun")}]


def _objective(number: str, title: str, questions: list[dict[str, Any]]) -> dict[str, Any]:
    return {"number": number, **texts(title, title, "title"), **texts("Description", "Description", "description"),
            "outcomes": [texts("Outcome", "Résultat", "text")],
            "indicators": [{"id": f"{number}.a", **texts(f"Indicator {number}.a", f"Indicateur {number}.a", "text")}],
            "questions": [{"indicators": [f"{number}.a"], **question} for question in questions]}


def _focal_area(number: int, title: str, objectives: list[dict[str, Any]]) -> dict[str, Any]:
    return {"focal_area": {"number": number, **texts(title, title, "title"),
                           **texts("Strategic objective", "Objectif stratégique", "strategic_objective"),
                           "expected_impacts": [texts("Impact", "Impact", "text")]},
            "objectives": objectives}


#: The small form most tests of the program's engine answer. Question numbers: G.1 party, G.2 contact_name,
#: G.3 contact_title, G.4 email, G.5 phone (optional), G.6 period_start, G.7 period_end; 1.1.1 has_law,
#: 1.1.2 law_count (if has_law is yes), 1.1.3 law_list (a table; if yes or in progress), 1.1.4 remarks_1_1
#: (optional); 1.2.1 needs_assessed, 1.2.2 needs_areas (optional; 'none' goes alone), 1.2.3 needs_other
#: (if 'other' is ticked), 1.2.4 needs_url (optional, if needs_assessed is yes); 2.1.1 staff_trained,
#: 2.1.2 staff_share (a percentage), 2.1.3 staff_certified (no more than staff_trained), 2.1.4 funding_usd (a
#: decimal, optional).
SMALL_FORM: dict[str, Any] = {
    "form.yaml": {"id": "small-engine", "version": "1", **texts("Small form", "Petit formulaire", "title"),
                  **texts("Cycle 2030", "Cycle 2030", "cycle"), "languages": ["en", "fr"],
                  "required_languages": ["en"], "parts": ["general.yaml", "fa1.yaml", "fa2.yaml"]},
    "general.yaml": {
        "section": {"id": "general", **texts("General information", "Informations générales", "title")},
        "questions": [
            {"name": "party", "type": "text", **texts("Party", "Partie")},
            {"name": "contact_name", "type": "text", **texts("Name of the contact", "Nom du contact")},
            {"name": "contact_title", "type": "text", **texts("Title of the contact", "Titre du contact")},
            {"name": "email", "type": "email", **texts("E-mail", "Courriel")},
            {"name": "phone", "type": "text", "required": False, **texts("Telephone", "Téléphone")},
            {"name": "period_start", "type": "date", **texts("Start of the period", "Début de la période"),
             "constraint": "${period_end} = '' or . < ${period_end}",
             **texts("The start of the period must come before its end.", "Le début doit précéder la fin.",
                     "constraint_message")},
            {"name": "period_end", "type": "date", **texts("End of the period", "Fin de la période"),
             "constraint": "${period_start} = '' or . > ${period_start}",
             **texts("The end of the period must come after its start.", "La fin doit suivre le début.",
                     "constraint_message")},
        ],
    },
    "fa1.yaml": {
        **_focal_area(1, "Frameworks", [
            _objective("1.1", "Laws", [
                {"name": "has_law", "type": "select_one yes_no_in_progress", **texts("Is there a law?", "Loi ?")},
                {"name": "law_count", "type": "integer", **texts("How many laws?", "Combien de lois ?"),
                 "relevant": "${has_law} = 'yes'", "constraint": ". >= 1",
                 **texts("One or more.", "Un ou plus.", "constraint_message")},
                {"name": "law_list", "type": "table", **texts("List the laws", "Liste des lois"),
                 "relevant": "${has_law} = 'yes' or ${has_law} = 'in_progress'", "columns": [
                     {"name": "law_title", "type": "text", **texts("Title", "Titre")},
                     {"name": "law_kind", "type": "select_one kinds", **texts("Kind", "Nature")},
                     {"name": "law_year", "type": "integer", **texts("Year", "Année"), "required": False,
                      "constraint": ". >= 1950 and . <= 2100",
                      **texts("From 1950 to 2100.", "De 1950 à 2100.", "constraint_message")}]},
                {"name": "remarks_1_1", "type": "text", "appearance": "multiline", "required": False,
                 **texts("Further details on 1.1, and whom to contact", "Précisions sur 1.1")},
            ]),
            _objective("1.2", "Support", [
                {"name": "needs_assessed", "type": "select_one yes_no", **texts("Were needs assessed?", "Besoins ?")},
                {"name": "needs_areas", "type": "select_multiple areas", **texts("Which areas?", "Quels domaines ?"),
                 "required": False, "constraint": "not(selected(., 'none') and count-selected(.) > 1)",
                 **texts("“None of these” goes alone.", "« Aucun » va seul.", "constraint_message")},
                {"name": "needs_other", "type": "text", **texts("Which other area?", "Quel autre domaine ?"),
                 "relevant": "selected(${needs_areas}, 'other')"},
                {"name": "needs_url", "type": "url", **texts("Address of the assessment", "Adresse de l'évaluation"),
                 "relevant": "${needs_assessed} = 'yes'", "required": False},
            ]),
        ]),
        "choices": {"yes_no": YES_NO, "yes_no_in_progress": YES_NO_IN_PROGRESS, "kinds": KINDS, "areas": AREAS},
    },
    "fa2.yaml": _focal_area(2, "Capacity", [
        _objective("2.1", "Training", [
            {"name": "staff_trained", "type": "integer", **texts("How many were trained?", "Combien formés ?"),
             "constraint": ". >= 0", "special_answers": ["not_available"],
             **texts("Not negative.", "Pas négatif.", "constraint_message")},
            {"name": "staff_share", "type": "decimal", "appearance": "percent", "required": False,
             **texts("Share of staff trained, as the contact counts it", "Part formée"),
             "special_answers": ["not_applicable"]},
            {"name": "staff_certified", "type": "integer", "required": False,
             **texts("How many of them were certified?", "Combien certifiés ?"),
             "constraint": ". >= 0 and (${staff_trained} = '' or . <= ${staff_trained})",
             **texts("No more than the number trained.", "Pas plus que le nombre formé.", "constraint_message")},
            {"name": "funding_usd", "type": "decimal", "required": False,
             **texts("Funding for training, in US dollars", "Financement de la formation, en dollars des États-Unis")},
        ]),
    ]),
}


def write_form(folder: Path, files: dict[str, Any]) -> Path:
    """Write a form's files to ``folder`` (made if needed; a name may hold a folder: ``mappings/x.yaml``)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


def load_form(folder: Path, files: dict[str, Any]) -> Questionnaire:
    """Write a form's files to ``folder`` and load them as the program does."""
    return load_questionnaire(write_form(folder, files))


def install_form(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Questionnaire:
    """Make the form in ``folder`` one of the installed forms for this test, beside the real ones.

    A report of it then opens as one of an installed form does (the window opens a report without being
    given its questionnaire). It is installed as a child process is given the window's forms
    (``installed.use_forms``), so every module that lists the installed forms finds it, and a child
    process the window starts is given it too.
    """
    form = load_questionnaire(folder)
    monkeypatch.setattr(installed, "_given_forms", installed._given_forms)  # put back as it was after the test
    installed.use_forms({**installed.available_forms(), form.id: folder})
    return form


#: Texts of the small form in Chinese and Arabic (and a few in Russian), for tests of how a report in those
#: scripts is printed and read; a text left out falls back to English, as an installed form's may.
WORLD_TEXTS: dict[str, dict[str, str]] = {
    "Small form": {"zh": "小型表格", "ar": "استمارة صغيرة", "ru": "Малая форма"},
    "Cycle 2030": {"zh": "2030年周期", "ar": "دورة 2030", "ru": "Цикл 2030 года"},
    "General information": {"zh": "一般信息", "ar": "معلومات عامة", "ru": "Общая информация"},
    "Name of the contact": {"zh": "联系人姓名", "ar": "اسم جهة الاتصال", "ru": "Имя контактного лица"},
    "Title of the contact": {"zh": "联系人职务", "ar": "وظيفة جهة الاتصال", "ru": "Должность контактного лица"},
    "Frameworks": {"zh": "框架", "ar": "الأطر", "ru": "Рамки"},
    "Laws": {"zh": "法律", "ar": "القوانين", "ru": "Законы"},
    "Is there a law?": {"zh": "贵国是否已通过国家生物安全立法？", "ar": "هل اعتمد بلدكم تشريعات وطنية للسلامة الأحيائية؟",
                        "ru": "Приняла ли ваша страна национальное законодательство?"},
    "How many laws?": {"zh": "有多少项法律？", "ar": "كم عدد القوانين؟", "ru": "Сколько законов?"},
    "Yes": {"zh": "是", "ar": "نعم", "ru": "Да"},
    "No": {"zh": "否", "ar": "لا", "ru": "Нет"},
    "Capacity": {"zh": "能力", "ar": "القدرات", "ru": "Потенциал"},
    "Training": {"zh": "培训", "ar": "التدريب", "ru": "Обучение"},
    "About the small form": {"zh": "关于小型表格", "ar": "عن الاستمارة الصغيرة", "ru": "О малой форме"},
}


def _translated(value: Any, translations: dict[str, dict[str, str]]) -> Any:
    if isinstance(value, list):
        return [_translated(item, translations) for item in value]
    if not isinstance(value, dict):
        return value
    out = {key: _translated(item, translations) for key, item in value.items()}
    for key, item in value.items():
        if key.endswith("::en") and isinstance(item, str) and item in translations:
            field = key.removesuffix("::en")
            out.update({f"{field}::{language}": text for language, text in translations[item].items()})
    return out


#: The small form in the six UN languages: English and French throughout, and the texts of WORLD_TEXTS in
#: Chinese, Arabic and Russian (the rest in English), with a note on what the questionnaire is in each.
SMALL_WORLD_FORM: dict[str, Any] = _translated({
    **SMALL_FORM,
    "form.yaml": {**SMALL_FORM["form.yaml"], "id": "small-world", "languages": ["en", "fr", "es", "ru", "zh", "ar"],
                  **texts("About the small form", "À propos du petit formulaire", "about")},
}, WORLD_TEXTS)
