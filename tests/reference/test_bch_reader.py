"""The reader turns the JavaScript literals of the format definitions into data without running them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reference import bch


def test_literal_with_comments_trailing_commas_single_quotes_and_bare_keys_is_read() -> None:
    literal = '[ // a comment\n { key: \'Q1\', /* why */ "title": "a, b: c // kept", n: [1, 2,], }, ]'
    assert json.loads(bch.json_from_javascript_literal(literal)) == [
        {"key": "Q1", "title": "a, b: c // kept", "n": [1, 2]}
    ]


def test_module_text_references_become_text_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "bch" / "absch.cbd.int" / "app" / "app-data" / "bch" / "report-analyzer"
    folder.mkdir(parents=True)
    (folder / "cpbNationalReport4.js").write_text(
        "import t from './t.json' with {type:'json'};\nconst nr4Data = merge(t);\n"
        "export const cpbNationalReport4 = [\n"
        ' { "key": "General", "title": nr4Data.General_title, "questions": [\n'
        '   { "key": "Q1", "section": "General", "number": "11", "type": "option", "title": nr4Data.Q1_title,\n'
        '     "multiple": true, "mandatory": true, "options": [ { "value": "v", "title": nr4Data.Yes, "type": "lstring" } ],\n'
        '     "validations": [ { "question": "Q2", "values": ["v"], "type": "@hasValues", "trigger": "enable" } ] },\n'
        '   { "key": "Q2", "section": "General", "number": "12", "type": "lstring", "title": nr4Data.Q2_title }\n'
        " ] }\n];\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(bch, "REFERENCE_DIR", tmp_path / "bch")
    bch.load_format.cache_clear()
    try:
        fourth = bch.load_format(4)
    finally:
        bch.load_format.cache_clear()
    assert fourth.sections[0].title_key == "General_title"
    q1 = fourth.question("Q1")
    assert (q1.title_key, q1.multiple, q1.mandatory) == ("Q1_title", True, True)
    assert q1.options == (bch.ReferenceOption("v", "Yes", "lstring"),)
    assert q1.validations == (bch.Validation("Q2", ("v",), "@hasValues", "enable"),)
    assert fourth.question("Q2").multiple is False


def test_a_field_the_reader_does_not_know_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "bch" / "absch.cbd.int" / "app" / "app-data" / "bch" / "report-analyzer"
    folder.mkdir(parents=True)
    (folder / "cpbNationalReport3.js").write_text(
        'export const cpbNationalReport3 = [ { "key": "S", "title": "S_title", "questions": [\n'
        ' { "key": "Q1", "section": "S", "number": "1", "type": "int", "title": "T", "unit": "ha" } ] } ]',
        encoding="utf-8",
    )
    monkeypatch.setattr(bch, "REFERENCE_DIR", tmp_path / "bch")
    bch.load_format.cache_clear()
    try:
        with pytest.raises(bch.ReferenceFormatError, match="unit"):
            bch.load_format(3)
    finally:
        bch.load_format.cache_clear()
