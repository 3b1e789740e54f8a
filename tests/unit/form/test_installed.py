"""The order in which the installed forms are offered for a new report."""

from __future__ import annotations

import shutil
from pathlib import Path

from bsreporter.form.installed import cycle_year, new_report_form_id, offered_forms
from bsreporter.form.model import FormKind
from bsreporter.resources import forms_dir


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
