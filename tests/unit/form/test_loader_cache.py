"""The parse cache of questionnaire files: used when it matches, rebuilt when it does not, never trusted blindly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bsreporter.form import cache
from bsreporter.form.loader import load_questionnaire, parse_yaml_file
from bsreporter.form.model import Questionnaire
from bsreporter.resources import forms_dir


@pytest.fixture
def form_folder(tmp_path: Path) -> Path:
    """A copy of the installed Strategic Plan form that a test may edit."""
    folder = tmp_path / "forms" / "cpb-sp-2011-2020"
    shutil.copytree(forms_dir() / "cpb-sp-2011-2020", folder)
    return folder


def _cache_files(home: Path) -> list[Path]:
    return sorted((home / "cache" / "parsed-forms").glob("*.json"))


def _summary(form: Questionnaire) -> tuple[str, list[str], list[str]]:
    return form.content_hash, list(form.questions), [q.label.get("en") for q in form.iter_questions()]


def _no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("the YAML parser ran although the cache held every file")

    monkeypatch.setattr(cache, "yaml_module", refuse)


def test_second_load_comes_from_the_cache(form_folder: Path, isolated_home: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_questionnaire(form_folder)
    assert _cache_files(isolated_home)
    _no_parser(monkeypatch)
    again = load_questionnaire(form_folder)
    assert _summary(again) == _summary(first)
    assert again == first


def test_an_edited_file_is_parsed_again(form_folder: Path) -> None:
    load_questionnaire(form_folder)
    part = form_folder / "general.yaml"
    text = part.read_text(encoding="utf-8")
    old_label = text.split("label::en:", 1)[1].splitlines()[0].strip()
    part.write_text(text.replace(f"label::en: {old_label}", "label::en: An edited question", 1), encoding="utf-8")
    edited = load_questionnaire(form_folder)
    assert "An edited question" in [q.label.get("en") for q in edited.iter_questions()]


@pytest.mark.parametrize("damage", [
    pytest.param(lambda raw: b"", id="empty"),
    pytest.param(lambda raw: raw[: len(raw) // 2], id="cut short"),
    pytest.param(lambda raw: b"\xff\xfe not json at all", id="garbage"),
    pytest.param(lambda raw: raw.replace(b'"', b"'", 3), id="payload changed, hash not"),
    pytest.param(lambda raw: raw.split(b"\n", 1)[0] + b"\n" + b"[" * 100_000, id="deep nesting"),
    pytest.param(lambda raw: b"bsreporter-parsed-yaml 1 " + b"0" * 64 + b" " + raw.split(b" ", 3)[3], id="other source"),
])
def test_a_damaged_cache_file_is_ignored_and_made_again(form_folder: Path, isolated_home: Path,
                                                        damage: object) -> None:
    original = load_questionnaire(form_folder)
    files = _cache_files(isolated_home)
    kept = {path: path.read_bytes() for path in files}
    for path in files:
        path.write_bytes(damage(kept[path]))  # type: ignore[operator]
    reloaded = load_questionnaire(form_folder)
    assert reloaded == original
    assert {path: path.read_bytes() for path in _cache_files(isolated_home)} == kept


def test_a_cache_file_tampered_consistently_for_another_source_is_not_used(tmp_path: Path, isolated_home: Path) -> None:
    source = tmp_path / "part.yaml"
    source.write_text("answer: 42\n", encoding="utf-8")
    assert parse_yaml_file(source) == {"answer": 42}
    other = tmp_path / "other.yaml"
    other.write_text("answer: 7\n", encoding="utf-8")
    parse_yaml_file(other)
    # The cache file of another YAML put in this one's place: it names the other source, so it is refused.
    by_name = {path.read_bytes().split(b" ")[2]: path for path in _cache_files(isolated_home)}
    assert len(by_name) == 2
    paths = list(by_name.values())
    paths[0].write_bytes(paths[1].read_bytes())
    assert parse_yaml_file(source) == {"answer": 42}
    assert parse_yaml_file(other) == {"answer": 7}


def test_a_directory_in_place_of_a_cache_file_does_not_stop_loading(form_folder: Path, isolated_home: Path) -> None:
    original = load_questionnaire(form_folder)
    for path in _cache_files(isolated_home):
        path.unlink()
        path.mkdir()
    assert load_questionnaire(form_folder) == original


def test_an_unusable_cache_folder_does_not_stop_loading(form_folder: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "home-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("BSREPORTER_HOME", str(not_a_folder))
    assert load_questionnaire(form_folder).questions


def test_values_json_cannot_give_back_are_not_cached(tmp_path: Path, isolated_home: Path) -> None:
    source = tmp_path / "dates.yaml"
    source.write_text("due: 2019-02-28\n1: one\nfar: .inf\n", encoding="utf-8")
    expected = {"due": dt.date(2019, 2, 28), 1: "one", "far": float("inf")}
    assert parse_yaml_file(source) == expected
    assert _cache_files(isolated_home) == []
    assert parse_yaml_file(source) == expected


def test_windows_line_ends_parse_as_before(tmp_path: Path) -> None:
    source = tmp_path / "crlf.yaml"
    source.write_bytes(b"text: |\r\n  first\r\n  second\r\nother: 'a\r\n  b'\r\n")
    assert parse_yaml_file(source) == {"text": "first\nsecond\n", "other": "a b"}
    assert parse_yaml_file(source) == {"text": "first\nsecond\n", "other": "a b"}
