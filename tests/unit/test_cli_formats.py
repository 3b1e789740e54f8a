"""The command line on the Secretariat's formats: the form's tree and its Strategic Plan mapping as data,
and the completeness check by section and by objective with the official numbers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bsreporter.cli import main
from bsreporter.form.installed import installed_questionnaire
from bsreporter.report.store import Report

FOURTH = "cpb-nr4-2019"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def _questions(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for item in items:
        if "question" in item:
            found.append(item["question"])
        elif "group" in item:
            found += _questions(item["group"]["items"])
    return found


def test_forms_show_json_carries_the_tree_numbers_and_indicators(capsys: pytest.CaptureFixture[str]) -> None:
    form = installed_questionnaire(FOURTH)
    code, out = run(capsys, "forms", "show", FOURTH, "--json")
    data = json.loads(out)
    assert code == 0 and data["kind"] == "national_report"
    assert [g["id"] for g in data["groups"]] == [g.id for g in form.groups]
    questions = {q["id"]: q for g in data["groups"] for q in _questions(g["items"])}
    assert set(questions) == set(form.questions)
    for question in form.iter_questions():
        shown = questions[question.id]
        assert shown["indicators"] == list(question.indicator_ids)
        assert shown["official_number"] == question.official_number
        assert shown["objectives"] == list(dict.fromkeys(form.objective_of_indicator[i].number
                                                         for i in question.indicator_ids))
    article = next(g for g in data["groups"] if g["id"] == "Articles7-10")
    sub_section = next(item["group"] for item in article["items"] if "group" in item and item["group"]["id"] == "Q032")
    assert [q["question"]["number"] for q in sub_section["items"]] == ["32a", "32b"]
    assert set(data["measured_elsewhere"]) == set(form.measured_elsewhere)
    assert all(len(reason) == 6 for reason in data["measured_elsewhere"].values())


def test_check_rolls_up_by_section_and_by_objective(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fourth.bsr"
    form = installed_questionnaire(FOURTH)
    with Report.create(path, party="Arcadia", form=form) as report:
        report.set_answer("Q014", "implementation.partiallyInPlace")
    code, out = run(capsys, "check", str(path))
    assert code == 1
    assert "By section of the format:" in out and "By focal area and operational objective" in out
    unasked = next(o for o in form.objectives if not form.informing[o.id])
    assert f"{unasked.number:<4}" in out and "measured elsewhere" in out
    blocking = out.split("Blocking", 1)[1]
    assert "\n  21 " in blocking  # the official number of a mandatory question left blank

    code, out = run(capsys, "check", str(path), "--json")
    data = json.loads(out)
    assert [s["id"] for s in data["sections"]] == [s.id for s in form.sections]
    objective = next(o for o in data["objectives"] if o["number"] == "1.1")
    assert objective["done"] == 1  # Q014 informs 1.1.a
