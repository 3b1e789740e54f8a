"""A form's translations kept apart from its structure (translations/<lang>.yaml), and converting between layouts."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from bsreporter.cli import main
from bsreporter.errors import FormError
from bsreporter.form import loader
from bsreporter.form.cache import cached_questionnaire
from bsreporter.form.installed import available_forms
from bsreporter.form.layout import convert, is_split, translation_status
from bsreporter.form.loader import FormProblems, load_questionnaire
from bsreporter.form.translations import text_fields
from bsreporter.resources import forms_dir


def _texts(en: str, fr: str, zh: str | None = None, field: str = "label") -> dict[str, str]:
    texts = {f"{field}::en": en, f"{field}::fr": fr}
    if zh is not None:
        texts[f"{field}::zh"] = zh
    return texts


def _inline() -> dict[str, Any]:
    """A small form with every kind of text: section, focal area, objective, indicator, group, note, options, columns."""
    return {
        "form.yaml": {"id": "mini", "version": "1", **_texts("Mini", "Mini-fr", field="title"),
                      **_texts("Cycle", "Cycle-fr", field="cycle"),
                      "languages": ["en", "fr", "zh"], "required_languages": ["en", "fr"],
                      "parts": ["general.yaml", "fa1.yaml", "extra.yaml"]},
        "choices.yaml": {"choices": {"yes_no": [{"name": "yes", **_texts("Yes", "Oui", "是")},
                                                {"name": "no", **_texts("No", "Non")}]}},
        "general.yaml": {"section": {"id": "general", **_texts("General", "Général", field="title")},
                         "questions": [{"name": "party", "type": "text", **_texts("Party", "Partie"),
                                        **_texts("Your country", "Votre pays", field="hint")}]},
        "fa1.yaml": {
            "focal_area": {"number": 1, **_texts("FA", "DF", field="title"),
                           **_texts("SO", "OS", field="strategic_objective"),
                           "expected_impacts": [{**_texts("Impact", "Impact-fr", field="text")}]},
            "objectives": [{
                "number": "1.1", **_texts("Title", "Titre", field="title"),
                **_texts("Description", "Description-fr", field="description"),
                "outcomes": [{**_texts("Outcome", "Résultat", field="text")}],
                "indicators": [{"id": "1.1.a", **_texts("Indicator", "Indicateur", field="text")}],
                "questions": [{"name": "has_law", "type": "select_one yes_no", "indicators": ["1.1.a"],
                               **_texts("Law?", "Loi ?", "法？")}],
            }],
        },
        "extra.yaml": {"group": {
            "id": "Extra", "number": "2", **_texts("Extra", "Supplément", field="title"),
            "items": [
                {"note": {"id": "legend", **_texts("A legend", "Une légende", field="text")}},
                {"group": {"id": "Q10", **_texts("Ten", "Dix", field="title"), "items": [
                    {"name": "Q10_a", "type": "select_one", **_texts("Which?", "Lequel ?"),
                     "choices": [{"name": "true.some", **_texts("Some", "Un peu")},
                                 {"name": "n/a", **_texts("None", "Aucun")}]},
                ]}},
                {"name": "Q11", "type": "table", "required": False, **_texts("Table", "Tableau"),
                 "columns": [{"name": "what", "type": "text", **_texts("What", "Quoi")},
                             {"name": "count", "type": "integer", **_texts("Count", "Nombre"),
                              "constraint": ". >= 0", **_texts("Not negative", "Pas négatif", field="constraint_message")}]},
            ]}},
    }


def _write(folder: Path, files: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        text = f"# {name}: written by the test, a comment an author keeps\n"
        (folder / name).write_text(text + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


def _split_copy(tmp_path: Path, files: dict[str, Any] | None = None) -> Path:
    folder = _write(tmp_path / "split" / "mini", files or _inline())
    convert(folder, "split")
    return folder


def _translation(folder: Path, lang: str) -> dict[str, str]:
    return yaml.safe_load((folder / "translations" / f"{lang}.yaml").read_text(encoding="utf-8")) or {}


def _set_translation(folder: Path, lang: str, texts: dict[str, str]) -> None:
    (folder / "translations" / f"{lang}.yaml").write_text(yaml.safe_dump(texts, allow_unicode=True), encoding="utf-8")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_split_form_builds_the_same_questionnaire_with_the_same_hash(tmp_path: Path) -> None:
    inline = load_questionnaire(_write(tmp_path / "inline" / "mini", _inline()))
    folder = _split_copy(tmp_path)
    split = load_questionnaire(folder)
    assert split == inline
    assert split.content_hash == inline.content_hash
    assert split.question("Q10_a").choices is not None
    assert split.question("Q10_a").choices.find("true.some").label.get("fr") == "Un peu"  # type: ignore[union-attr]
    assert split.question("Q11").columns[1].constraint_message.get("fr") == "Pas négatif"


def test_split_puts_each_language_in_its_own_file_under_stable_keys(tmp_path: Path) -> None:
    folder = _split_copy(tmp_path)
    french = _translation(folder, "fr")
    assert french["form.title"] == "Mini-fr"
    assert french["party.label"] == "Partie"
    assert french["party.hint"] == "Votre pays"
    assert french["choices.yes_no.yes.label"] == "Oui"
    assert french["section.general.title"] == "Général"
    assert french["focal_area.1.expected_impacts.1.text"] == "Impact-fr"
    assert french["objective.1.1.outcomes.1.text"] == "Résultat"
    assert french["indicator.1.1.a.text"] == "Indicateur"
    assert french["group.Q10.title"] == "Dix"
    assert french["note.legend.text"] == "Une légende"
    assert french["Q10_a.choices.true.some.label"] == "Un peu"
    assert french["Q10_a.choices.n/a.label"] == "Aucun"
    assert french["Q11.columns.count.constraint_message"] == "Pas négatif"
    assert _translation(folder, "zh") == {"choices.yes_no.yes.label": "是", "has_law.label": "法？"}
    structure = (folder / "extra.yaml").read_text(encoding="utf-8")
    assert "label::en: Which?" in structure and "::fr" not in structure
    assert structure.startswith("# extra.yaml: written by the test, a comment an author keeps\n")
    fr_text = (folder / "translations" / "fr.yaml").read_text(encoding="utf-8")
    assert fr_text.startswith("# yaml-language-server: $schema=../../schema/translation.schema.json\n")
    assert "# en: Which?\nQ10_a.label: Lequel ?\n" in fr_text  # the text to translate, right above its translation


def test_inline_layout_is_still_read_and_a_round_trip_gives_the_same_form(tmp_path: Path) -> None:
    inline_folder = _write(tmp_path / "inline" / "mini", _inline())
    original = load_questionnaire(inline_folder)
    folder = _split_copy(tmp_path)
    convert(folder, "inline")
    assert not (folder / "translations").exists()
    assert load_questionnaire(folder) == original
    assert "label::fr: Lequel ?" in (folder / "extra.yaml").read_text(encoding="utf-8")
    convert(folder, "split")
    assert load_questionnaire(folder) == original


def test_missing_translation_in_a_required_language_names_the_file_and_the_key(tmp_path: Path) -> None:
    folder = _split_copy(tmp_path)
    french = _translation(folder, "fr")
    del french["Q10_a.choices.true.some.label"]
    _set_translation(folder, "fr", french)
    with pytest.raises(FormProblems) as caught:
        load_questionnaire(folder)
    assert caught.value.problems == [
        "translations/fr.yaml: key 'Q10_a.choices.true.some.label': field '-': is missing; translate the text of "
        "extra.yaml (choice list 'Q10_a__choices' option 'true.some')."]


def test_missing_translation_in_an_optional_language_falls_back_to_english_as_inline(tmp_path: Path) -> None:
    folder = _split_copy(tmp_path)
    _set_translation(folder, "zh", {"has_law.label": "法？"})
    form = load_questionnaire(folder)
    assert form.question("has_law").label.get("zh") == "法？"
    assert form.question("has_law").choices.find("yes").label.get("zh") == "Yes"  # type: ignore[union-attr]


def test_key_of_no_text_and_text_given_twice_are_refused(tmp_path: Path) -> None:
    folder = _split_copy(tmp_path)
    french = _translation(folder, "fr")
    french["Q99.label"] = "Question supprimée"
    _set_translation(folder, "fr", french)
    extra = yaml.safe_load((folder / "extra.yaml").read_text(encoding="utf-8"))
    extra["group"]["items"][1]["group"]["items"][0]["label::fr"] = "Lequel, ici ?"
    (folder / "extra.yaml").write_text(yaml.safe_dump(extra, allow_unicode=True), encoding="utf-8")
    with pytest.raises(FormProblems) as caught:
        load_questionnaire(folder)
    assert "translations/fr.yaml: key 'Q10_a.label': field '-': is also given inline in the structure; keep one of the two." \
        in caught.value.problems
    assert any(p.startswith("translations/fr.yaml: key 'Q99.label': field '-': matches no text of the form")
               for p in caught.value.problems)


@pytest.mark.parametrize(("name", "expected"), [
    ("de.yaml", "name a translation file after one of the form's languages ['fr', 'zh']"),
    ("en.yaml", "the texts in 'en', the form's first language, are written in the structure files"),
    ("fr.yml", "name a translation file after one of the form's languages"),
])
def test_translation_file_of_no_language_of_the_form_is_refused(tmp_path: Path, name: str, expected: str) -> None:
    folder = _split_copy(tmp_path)
    (folder / "translations" / name).write_text("party.label: Partei\n", encoding="utf-8")
    with pytest.raises(FormProblems) as caught:
        load_questionnaire(folder)
    assert any(p.startswith(f"translations/{name}: file: field '-': ") and expected in p for p in caught.value.problems)


def test_converting_to_the_layout_it_has_or_with_a_key_twice_changes_no_file(tmp_path: Path) -> None:
    folder = _split_copy(tmp_path)
    before = _files(folder)
    with pytest.raises(FormError, match="already in the split layout"):
        convert(folder, "split")
    assert _files(folder) == before
    files = _inline()
    files["general.yaml"]["questions"].append({"name": "party2", "type": "text", **_texts("Again", "Encore")})
    files["extra.yaml"]["group"]["items"].append({"note": {"id": "legend", **_texts("Twice", "Deux fois", field="text")}})
    twice = _write(tmp_path / "twice" / "mini", files)
    before = _files(twice)
    with pytest.raises(FormError, match=r"have the key 'note\.legend\.text'"):
        convert(twice, "split")
    assert _files(twice) == before


def test_every_text_of_a_file_has_its_own_key() -> None:
    data = _inline()["extra.yaml"]
    keys = [key for key, _, _ in text_fields(data, "")]
    assert keys == ["group.Extra.title", "note.legend.text", "group.Q10.title", "Q10_a.label",
                    "Q10_a.choices.true.some.label", "Q10_a.choices.n/a.label", "Q11.label",
                    "Q11.columns.what.label", "Q11.columns.count.label", "Q11.columns.count.constraint_message"]


def test_edited_or_added_translation_file_builds_the_form_again(tmp_path: Path) -> None:
    folder = _split_copy(tmp_path)
    assert cached_questionnaire(folder, loader.load_questionnaire).question("party").label.get("fr") == "Partie"
    french = _translation(folder, "fr")
    french["party.label"] = "Partie déclarante"
    _set_translation(folder, "fr", french)
    assert cached_questionnaire(folder, loader.load_questionnaire).question("party").label.get("fr") == "Partie déclarante"
    (folder / "translations" / "zh.yaml").unlink()
    assert cached_questionnaire(folder, loader.load_questionnaire).question("has_law").label.get("zh") == "Law?"
    _set_translation(folder, "zh", {"has_law.label": "有法律吗？"})
    assert cached_questionnaire(folder, loader.load_questionnaire).question("has_law").label.get("zh") == "有法律吗？"


def test_validate_lists_the_keys_left_to_translate_per_language(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    folder = _split_copy(tmp_path)
    assert [(s.language, s.total, len(s.missing)) for s in translation_status(folder)] == [("fr", 25, 0), ("zh", 25, 23)]
    assert main(["forms", "--validate", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"{folder}/translations/fr.yaml: 25 of 25 texts translated\n" in out
    assert f"{folder}/translations/zh.yaml: 2 of 25 texts translated\n" in out
    assert "  missing Q10_a.choices.true.some.label: Some\n" in out


def test_forms_convert_command_converts_and_says_the_form_is_the_same(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = _write(tmp_path / "mini", _inline())
    content_hash = load_questionnaire(folder).content_hash
    assert main(["forms", "convert", str(folder), "--to", "split"]) == 0
    assert is_split(folder)
    assert f"content hash {content_hash[:12]}" in capsys.readouterr().out
    assert main(["forms", "convert", str(folder), "--to", "inline"]) == 0
    assert not is_split(folder)


def test_every_installed_form_round_trips_through_the_other_layout(tmp_path: Path) -> None:
    root = tmp_path / "forms"
    shutil.copytree(forms_dir(), root)
    folders = available_forms(root)
    assert sorted(folders) == ["cpb-nr2-2011", "cpb-nr3-2015", "cpb-nr4-2019", "cpb-sp-2011-2020"]
    installed = {form_id: load_questionnaire(folder) for form_id, folder in folders.items()}
    for layout in ("inline", "split"):
        for folder in folders.values():
            other = "inline" if is_split(folder) else "split"
            assert other == layout
            convert(folder, other)
        loader._read_plan.cache_clear()  # as the next process finds it: the Plan is read once per process
        for form_id, folder in folders.items():
            again = load_questionnaire(folder)
            assert again == installed[form_id], (form_id, layout)
            assert again.content_hash == installed[form_id].content_hash
    loader._read_plan.cache_clear()
