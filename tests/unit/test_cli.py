"""The command line: a stable contract for scripts, one-line errors, meaningful exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bsreporter import __version__
from bsreporter.cli import main
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report

#: The questions most tests here set are those of the self-assessment, not of the default questionnaire of `new`.
SELF_ASSESSMENT = "cpb-sp-2011-2020"
#: The questions of the tests of setting and getting answers: those of the small test form (see fixture_forms).
SMALL = "small-engine"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_set_get_round_trip(small_form: Questionnaire, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "r.bsr")
    assert run(capsys, "new", path, "--party", "Arcadia", "--form", SMALL, "--language", "fr")[0] == 0
    assert run(capsys, "set", path, "has_law", "yes")[0] == 0
    assert run(capsys, "set", path, "needs_areas", '["equipment", "training"]', "--author", "Li")[0] == 0
    code, out, _ = run(capsys, "get", path, "needs_areas")
    assert code == 0
    data = json.loads(out)
    assert data == {
        "question_id": "needs_areas", "number": data["number"], "type": "select_multiple",
        "value": ["training", "equipment"], "special": None, "needs_review": False,
        "status": data["status"], "updated_at": data["updated_at"], "author": "Li",
    }


def test_set_table_special_and_clear(
    small_form: Questionnaire, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "r.bsr")
    run(capsys, "new", path, "--party", "Arcadia", "--form", SMALL)
    run(capsys, "set", path, "has_law", "yes")
    table = '[{"law_title": "Biosafety Act", "law_year": 2012}]'
    assert run(capsys, "set", path, "law_list", table)[0] == 0
    assert json.loads(run(capsys, "get", path, "law_list")[1])["value"][0]["law_year"] == 2012
    assert run(capsys, "set", path, "staff_trained", "--special", "not_available")[0] == 0
    got = json.loads(run(capsys, "get", path, "staff_trained")[1])
    assert (got["value"], got["special"], got["status"]) == (None, "not_available", "not_available")
    assert run(capsys, "set", path, "staff_trained", "--clear")[0] == 0
    assert json.loads(run(capsys, "get", path, "staff_trained")[1])["status"] == "missing"


def test_wrong_value_is_one_line_on_stderr_with_exit_2(
    small_form: Questionnaire, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "r.bsr")
    run(capsys, "new", path, "--party", "Arcadia", "--form", SMALL)
    code, out, err = run(capsys, "set", path, "law_count", "many")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("bsreporter: error: question 1.1.2: 'many' is not a whole number")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["get", "missing.bsr", "party"], "There is no file"),
        (["check"], "the following arguments are required"),
        (["set", "{path}", "no_such_question", "x"], "no question 'no_such_question'"),
        (["new", "{path}", "--party", "Arcadia"], "already exists"),
        (["forms", "show", "no-such-form"], "No questionnaire with id 'no-such-form'"),
    ],
)
def test_every_error_is_a_single_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                      needle: str) -> None:
    path = str(tmp_path / "r.bsr")
    run(capsys, "new", path, "--party", "Arcadia", "--form", SELF_ASSESSMENT)
    try:
        code = main([a.format(path=path) for a in args])
    except SystemExit as exc:  # argparse usage mistakes leave through SystemExit
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_check_exit_code_and_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str], form: Questionnaire) -> None:
    path = str(tmp_path / "r.bsr")
    run(capsys, "new", path, "--party", "Arcadia", "--form", SELF_ASSESSMENT)
    code, out, _ = run(capsys, "check", path, "--json")
    assert code == 1
    data = json.loads(out)
    assert data["complete"] is False and data["party"] == "Arcadia"
    assert [fa["number"] for fa in data["focal_areas"]] == [1, 2, 3, 4, 5]
    assert len(data["objectives"]) == 23 and len(data["indicators"]) == 72
    assert set(data["report"]) == {"done", "required", "blockers", "percent", "complete"}
    blocker = data["blockers"][0]
    assert set(blocker) == {"question_id", "number", "status", "reason"}
    assert blocker["status"] == "missing" and blocker["reason"] == "required answer missing"
    code, out, _ = run(capsys, "check", path)
    assert code == 1 and "INCOMPLETE" in out and "1.1  National biosafety frameworks" in out


def test_forms_list_and_show(capsys: pytest.CaptureFixture[str], form: Questionnaire) -> None:
    code, out, _ = run(capsys, "forms", "--json")
    assert code == 0
    listing = json.loads(out)
    assert {"id": form.id, "version": form.version, "title": dict(form.title.by_language), "kind": "self_assessment",
            "cycle": dict(form.cycle.by_language)} in listing
    code, out, _ = run(capsys, "forms", "show", form.id, "--json")
    data = json.loads(out)
    objectives = [o for fa in data["focal_areas"] for o in fa["objectives"]]
    assert len(objectives) == 23
    assert sum(len(o["indicators"]) for o in objectives) == 72
    question = next(q for o in objectives for q in o["questions"] if q["id"] == "cna_count")
    assert question["relevant"] == form.question("cna_count").relevant.source
    assert question["label"]["zh"] and question["label"]["en"]
    assert question["indicators"] == list(form.question("cna_count").indicator_ids)
    yes_no = next(q for o in objectives for q in o["questions"] if q["id"] == "cpb_focal_point_designated")
    assert yes_no["choices"][0]["value"] == "yes"
    assert yes_no["choices"][0]["label"]["en"] == "Yes" and yes_no["choices"][0]["label"]["zh"] == "是"


def test_forms_lists_the_secretariat_formats_newest_first_then_the_self_assessment(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "forms", "--json")
    assert code == 0
    listing = json.loads(out)
    assert [(entry["id"], entry["kind"]) for entry in listing] == [
        ("cpb-nr4-2019", "national_report"), ("cpb-nr3-2015", "national_report"),
        ("cpb-nr2-2011", "national_report"), ("cpb-sp-2011-2020", "self_assessment"),
    ]
    assert listing[0]["cycle"]["en"].startswith("Fourth reporting cycle (2019)")
    code, out, _ = run(capsys, "forms")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [entry["id"] for entry in listing]
    assert lines[0].split()[2] == "national_report" and lines[-1].split()[2] == "self_assessment"
    assert "Self-assessment against the Strategic Plan" in lines[-1]


def test_new_creates_a_fourth_national_report_unless_told_otherwise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.bsr"
    code, out, _ = run(capsys, "new", str(path), "--party", "Arcadia")
    assert code == 0 and "cpb-nr4-2019" in out
    with Report.open(path, read_only=True) as report:
        assert report.info.form_id == "cpb-nr4-2019"
    assert run(capsys, "set", str(path), "Q012_party", "true")[0] == 0
    chosen = tmp_path / "sp.bsr"
    assert run(capsys, "new", str(chosen), "--party", "Arcadia", "--form", SELF_ASSESSMENT)[0] == 0
    with Report.open(chosen, read_only=True) as report:
        assert report.info.form_id == SELF_ASSESSMENT


def test_forms_validate_reports_ok_and_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bsreporter.resources import forms_dir

    code, out, _ = run(capsys, "forms", "--validate", str(forms_dir()))
    assert code == 0 and "OK (cpb-sp-2011-2020" in out and "72 indicators" in out
    assert "cpb-nr2-2011.yaml: OK (mapping from cpb-nr2-2011)" in out
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "form.yaml").write_text("id: x\nversion: '1'\nparts: [missing.yaml]\ncolour: red\n", encoding="utf-8")
    code, out, _ = run(capsys, "forms", "--validate", str(broken))
    assert code == 2
    assert "form.yaml: form: field 'colour': unknown field" in out


def test_version_and_installed_entry_point() -> None:
    result = subprocess.run([sys.executable, "-m", "bsreporter.cli", "--version"], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == f"bsreporter {__version__}"


@pytest.mark.parametrize(("question_id", "value"), [
    ("contact_name", ""),  # an unset shell variable
    ("contact_name", "   "),
    ("law_list", "[{}]"),
    ("law_list", '[{"law_title": ""}, {}]'),
    ("needs_areas", "[]"),
])
def test_set_refuses_an_empty_value_and_says_how_to_clear(
    small_form: Questionnaire, question_id: str, value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "r.bsr")
    run(capsys, "new", path, "--party", "Arcadia", "--form", SMALL)
    run(capsys, "set", path, "has_law", "yes")
    kept = {"contact_name": "Dr. Ana Silva", "law_list": '[{"law_title": "Biosafety Act"}]',
            "needs_areas": '["equipment"]'}[question_id]
    assert run(capsys, "set", path, question_id, kept)[0] == 0
    before = json.loads(run(capsys, "get", path, question_id)[1])
    code, out, err = run(capsys, "set", path, question_id, value)
    assert (code, out) == (2, "")
    assert "--clear" in err and err.count("\n") == 1
    assert json.loads(run(capsys, "get", path, question_id)[1]) == before
    assert run(capsys, "set", path, question_id, "--clear")[0] == 0
    assert json.loads(run(capsys, "get", path, question_id)[1])["value"] is None


def test_locked_report_tells_the_command_line_how_to_reopen_it(tmp_path: Path, small_form: Questionnaire,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    form = small_form
    sys.path.insert(0, str(Path(__file__).parent / "report"))
    from test_completeness import _complete_answers

    from bsreporter.report.store import Report
    from bsreporter.report.validation import validate_report

    path = tmp_path / "r.bsr"
    with Report.create(path, party="Arcadia", form=form) as report:
        for question_id, value in _complete_answers(form).items():
            report.set_answer(question_id, value)
        validate_report(report)
    code, _, err = run(capsys, "set", str(path), "contact_name", "Someone")
    assert code == 2 and err.count("\n") == 1
    assert "validated and locked" in err and "desktop application" in err and "File > Reopen for Editing" in err
    assert '"Reopen for editing"' not in err


def test_demo_print_shows_the_completeness_of_the_users_copy(isolated_home: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from bsreporter.demo import user_demo_copy

    code, out, _ = run(capsys, "demo", "--print")
    copy = user_demo_copy()
    assert copy.is_relative_to(isolated_home) and copy.exists()  # the user's copy, never the bundled file
    assert code == main(["check", str(copy)])
    assert out == capsys.readouterr().out and out.strip()


def test_an_export_runs_without_the_cycle_collector_and_gives_it_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # The cycle collector's passes over an export's fonts and pages cost 5-18% of it and free nothing; a
    # program calling main() in its own process (as these tests do) gets the collector back afterwards.
    import gc

    from bsreporter.exchange import command

    seen: list[bool] = []

    def export_report_file(*args: object, **kwargs: object) -> list[str]:
        seen.append(gc.isenabled())
        return ["written"]

    monkeypatch.setattr(command, "export_report_file", export_report_file)
    assert gc.isenabled()
    try:
        assert main(["export", str(tmp_path / "report.bsr"), "--pdf", str(tmp_path / "out.pdf")]) == 0
        assert seen == [False] and gc.isenabled()
        assert capsys.readouterr().out == "written\n"
    finally:
        gc.enable()
        gc.unfreeze()
