"""The JSON Schemas editors check form files against (forms/schema/), and the files that name them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft7Validator
from jsonschema.exceptions import best_match

from bsreporter.form.installed import available_forms
from bsreporter.form.layout import structure_files
from bsreporter.resources import forms_dir

SCHEMAS = forms_dir() / "schema"


def _validator(kind: str) -> Draft7Validator:
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


def _errors(kind: str, data: Any) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in _validator(kind).iter_errors(data)]


def _installed_files() -> list[tuple[Path, str]]:
    found = []
    for folder in available_forms().values():
        for name, _prefix in structure_files(folder):
            found.append((folder / name, "form" if name == "form.yaml" else "part"))
        found += [(path, "translation") for path in sorted((folder / "translations").glob("*.yaml"))]
    return found


def test_every_file_of_every_installed_form_keeps_its_schema() -> None:
    files = _installed_files()
    assert {kind for _, kind in files} == {"form", "part", "translation"}
    for path, kind in files:
        assert _errors(kind, yaml.safe_load(path.read_text(encoding="utf-8"))) == [], path


def test_every_file_of_every_installed_form_names_its_schema_for_editors() -> None:
    for path, kind in _installed_files():
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        assert (path.parent / first.partition("$schema=")[2]).resolve() == (SCHEMAS / f"{kind}.schema.json").resolve()


def _part(question: dict[str, Any]) -> dict[str, Any]:
    return {"group": {"id": "Article5", "title::en": "Article 5", "items": [question]}}


QUESTION = {"name": "Q021", "number": "21", "type": "select_one yes_no", "label::en": "Rules?", "label::fr": "Règles ?"}


def test_a_correct_question_keeps_the_schema() -> None:
    assert _errors("part", _part(QUESTION)) == []
    own_options = {**QUESTION, "type": "select_one", "choices": [{"name": "true.some", "label::en": "Some"}]}
    assert _errors("part", _part(own_options)) == []


@pytest.mark.parametrize(("change", "said"), [
    pytest.param({"lable::en": "Rules?"}, "group/items/0: Additional properties are not allowed ('lable::en' was unexpected)",
                 id="misspelt-field"),
    pytest.param({"label::de": "Regeln?"}, "group/items/0: Additional properties are not allowed ('label::de' was unexpected)",
                 id="language-of-no-form"),
    pytest.param({"type": "select_on yes_no"}, "group/items/0/type: 'select_on yes_no' is not valid", id="misspelt-type"),
    pytest.param({"type": "integr"}, "group/items/0/type: 'integr' is not valid", id="unknown-type"),
    pytest.param({"number": 21}, "group/items/0/number: 21 is not of type 'string'", id="unquoted-number"),
    pytest.param({"required": "yes"}, "group/items/0/required: 'yes' is not of type 'boolean'", id="required-not-a-boolean"),
    pytest.param({"appearance": "multi-line"}, "group/items/0/appearance: 'multi-line' is not one of", id="unknown-appearance"),
])
def test_schema_rejects_a_typical_mistake_in_a_question(change: dict[str, Any], said: str) -> None:
    error = best_match(_validator("part").iter_errors(_part({**QUESTION, **change})))
    assert error is not None
    assert f"{'/'.join(map(str, error.absolute_path))}: {error.message}".startswith(said)


def test_schema_rejects_typical_mistakes_in_settings_and_translations() -> None:
    settings = {"id": "mini", "version": "1", "title::en": "Mini", "languages": ["en", "fr"], "parts": ["a.yaml"]}
    assert _errors("form", settings) == []
    assert _errors("form", {**settings, "language": ["en"]})
    assert _errors("form", {**settings, "kind": "national-report"})
    assert _errors("form", {**settings, "languages": ["en", "de"]})
    assert _errors("translation", {"Q021.label": "Règles ?", "choices.yes_no.yes.label": "Oui"}) == []
    assert _errors("translation", {"Q021.lable": "Règles ?"})
    assert _errors("translation", {"Q021.label": ""})
    assert _errors("translation", {"Q021.label": ["Règles ?"]})
