"""Numbers given on the command line are read the way the window and the importer read them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bsreporter.cli import main

#: The questions set here are those of the self-assessment, not of the default questionnaire of `new`.
SELF_ASSESSMENT = "cpb-sp-2011-2020"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_set_refuses_a_comma_that_could_be_a_thousands_separator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.bsr"
    run(capsys, "new", str(path), "--party", "Arcadia", "--form", SELF_ASSESSMENT)
    assert run(capsys, "set", str(path), "cb_funding_amount_usd", "1200")[0] == 0
    before = path.read_bytes()
    for typed in ("250,000", "1,500"):
        code, _, err = run(capsys, "set", str(path), "cb_funding_amount_usd", typed)
        assert code != 0
        assert f"'{typed}' could be read as" in err and "as you mean it" in err
    assert path.read_bytes() == before  # nothing stored, the file as it was
    assert json.loads(run(capsys, "get", str(path), "cb_funding_amount_usd")[1])["value"] == 1200.0


@pytest.mark.parametrize(
    ("question_id", "typed", "stored"),
    [("cb_funding_amount_usd", "250 000", 250_000.0), ("cb_funding_amount_usd", "1,500,000.5", 1_500_000.5),
     ("cna_count", "1 500", 1500), ("cna_count", "1.500.000", 1_500_000)],
)
def test_set_reads_digit_groups(
    question_id: str, typed: str, stored: float, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "r.bsr")
    run(capsys, "new", path, "--party", "Arcadia", "--form", SELF_ASSESSMENT)
    run(capsys, "set", path, "cna_designated", "yes")  # makes the count relevant
    assert run(capsys, "set", path, question_id, typed)[0] == 0
    assert json.loads(run(capsys, "get", path, question_id)[1])["value"] == stored
