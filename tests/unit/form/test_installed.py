"""The installed forms: the order in which they are offered for a new report, and a damaged one explained."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bsreporter.errors import FormError
from bsreporter.form.installed import cycle_year, installed_questionnaire, new_report_form_id, offered_forms
from bsreporter.form.model import FormKind
from bsreporter.resources import forms_dir
from fixture_forms import SMALL_FORM, install_form, write_form


def test_the_secretariat_formats_come_first_newest_cycle_first_then_the_self_assessment() -> None:
    offered = offered_forms()
    assert [form.id for form in offered] == ["cpb-nr4-2019", "cpb-nr3-2015", "cpb-nr2-2011", "cpb-sp-2011-2020"]
    assert [cycle_year(form) for form in offered[:3]] == [2019, 2015, 2011]
    assert offered[-1].kind is FormKind.SELF_ASSESSMENT
    assert new_report_form_id() == "cpb-nr4-2019"


def test_a_format_installed_later_takes_its_place_by_kind_and_cycle(tmp_path: Path) -> None:
    root = tmp_path / "forms"
    shutil.copytree(forms_dir(), root)
    fifth = root / "cpb-nr5-2023"
    shutil.copytree(root / "cpb-nr4-2019", fifth)
    header = (fifth / "form.yaml").read_text(encoding="utf-8")
    header = header.replace("id: cpb-nr4-2019", "id: cpb-nr5-2023").replace(
        "cycle::en: 'Fourth reporting cycle (2019): final assessment", "cycle::en: 'Fifth reporting cycle (2023): review")
    (fifth / "form.yaml").write_text(header, encoding="utf-8")
    assert [form.id for form in offered_forms(root)] == [
        "cpb-nr5-2023", "cpb-nr4-2019", "cpb-nr3-2015", "cpb-nr2-2011", "cpb-sp-2011-2020"]


def test_a_broken_installed_form_says_what_to_do_in_the_persons_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_form(tmp_path / "small", SMALL_FORM)
    install_form(monkeypatch, folder)
    (folder / "fa2.yaml").write_text("focal_area: [not, a, mapping\n", encoding="utf-8")  # damaged on the disk
    installed_questionnaire.cache_clear()
    try:
        with pytest.raises(FormError) as caught:
            installed_questionnaire("small-engine")
    finally:
        installed_questionnaire.cache_clear()
    error = caught.value
    assert error.key == "form_installed_broken"
    assert error.text("fr").startswith("Le questionnaire « small-engine » installé avec ce programme comporte des "
                                       "erreurs ; ses rapports ne peuvent donc pas être ouverts. Réinstallez le "
                                       "programme.")
    # the loader's own finding is kept for the questionnaire's authors
    assert "fa2.yaml" in error.text("fr") and "fa2.yaml" in str(error)
