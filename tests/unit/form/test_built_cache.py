"""Built questionnaires kept in the cache folder: used while their files are unchanged, never trusted blindly."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import zlib
from pathlib import Path

import pytest

from bsreporter.form import loader
from bsreporter.form.cache import cached_questionnaire
from bsreporter.form.installed import available_forms
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.resources import forms_dir

_FORMAT = "cpb-nr4-2019"  # takes the Strategic Plan from the form beside it
_PLAN = "cpb-sp-2011-2020"


@pytest.fixture
def forms(tmp_path: Path) -> Path:
    """A copy of the installed forms that a test may edit."""
    root = tmp_path / "forms"
    shutil.copytree(forms_dir(), root)
    return root


def _cached(folder: Path) -> Questionnaire:
    """The form as a command takes it: kept in the cache, or built by the loader (looked up at each call, so that
    a test may put another in its place)."""
    return cached_questionnaire(folder, lambda found: loader.load_questionnaire(found))


def _kept(home: Path) -> list[Path]:
    return sorted((home / "cache" / "built-forms").glob("*.pickle"))


def _not_built_again(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(folder: Path) -> Questionnaire:
        raise AssertionError(f"{folder} was built again although its kept form was good")

    monkeypatch.setattr(loader, "load_questionnaire", refuse)


def _label_of(form: Questionnaire, question_id: str) -> str:
    return form.question(question_id).label.get("en")


def test_every_installed_form_comes_back_from_the_cache_as_built(forms: Path, isolated_home: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folders = available_forms(forms)
    built = {form_id: load_questionnaire(folder) for form_id, folder in folders.items()}
    for folder in folders.values():
        _cached(folder)
    assert len(_kept(isolated_home)) == len(folders)
    _not_built_again(monkeypatch)
    for form_id, folder in folders.items():
        kept = _cached(folder)
        assert kept == built[form_id]
        assert list(kept.questions) == list(built[form_id].questions)
        assert kept.informing.keys() == built[form_id].informing.keys()


def test_an_edited_file_of_the_form_is_built_again(forms: Path) -> None:
    folder = forms / _FORMAT
    first = _cached(folder)
    question_id = next(iter(first.questions))
    part = next(p for p in sorted(folder.glob("*.yaml")) if f"name: {question_id}" in p.read_text(encoding="utf-8"))
    text = part.read_text(encoding="utf-8")
    old = _label_of(first, question_id)
    assert old in text
    part.write_text(text.replace(old, "An edited question", 1), encoding="utf-8")
    assert _label_of(_cached(folder), question_id) == "An edited question"


def test_an_edited_file_of_the_plan_beside_it_is_built_again(forms: Path) -> None:
    folder = forms / _FORMAT
    first = _cached(folder)
    indicator = next(iter(first.indicators.values()))
    old = indicator.text.get("en")
    part = next(p for p in sorted((forms / _PLAN).glob("*.yaml")) if old in p.read_text(encoding="utf-8"))
    part.write_text(part.read_text(encoding="utf-8").replace(old, "An edited indicator", 1), encoding="utf-8")
    loader._read_plan.cache_clear()  # as the next command finds it: this process keeps the Plan it read
    assert _cached(folder).indicators[indicator.id].text.get("en") == "An edited indicator"


def test_a_new_form_beside_it_is_noticed(forms: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = forms / _FORMAT
    _cached(folder)
    shutil.copytree(forms / _PLAN, forms / "zz-another-plan")  # the same id, later in order: the one now taken
    built = []
    real = loader.load_questionnaire
    monkeypatch.setattr(loader, "load_questionnaire", lambda f: built.append(f) or real(f))
    _cached(folder)
    assert built == [folder]


def test_files_touched_but_unchanged_keep_the_form(forms: Path, isolated_home: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = forms / _FORMAT
    first = _cached(folder)
    for part in folder.glob("*.yaml"):
        os.utime(part, ns=(0, 0))  # a copy that kept no times, a checkout: the bytes are the same
    _not_built_again(monkeypatch)
    assert _cached(folder) == first
    assert _cached(folder) == first  # and the files' new status was recorded


def _header_and_payload(path: Path) -> tuple[bytes, dict[str, object], bytes]:
    head, _, payload = path.read_bytes().partition(b"\n")
    mark, _, header = head.partition(b" {")
    return mark + b" ", json.loads(b"{" + header), payload


def _with_payload(path: Path, payload: bytes) -> bytes:
    mark, header, _ = _header_and_payload(path)
    header["payload"] = zlib.crc32(payload)  # consistent: as someone who meant it would write it
    return mark + json.dumps(header).encode("ascii") + b"\n" + payload


@pytest.mark.parametrize("damage", [
    pytest.param(lambda path, raw: b"", id="empty"),
    pytest.param(lambda path, raw: raw[: len(raw) // 2], id="cut short"),
    pytest.param(lambda path, raw: b"\xff\xfe not a cache file", id="garbage"),
    pytest.param(lambda path, raw: raw[:-10] + bytes(b ^ 0xFF for b in raw[-10:]), id="payload changed, checksum not"),
    pytest.param(lambda path, raw: raw.replace(b'"program":"', b'"program":"9', 1), id="another program version"),
    pytest.param(lambda path, raw: _with_payload(path, pickle.dumps({"not": "a form"})), id="not a questionnaire"),
])
def test_a_damaged_or_foreign_cache_file_is_ignored_and_written_again(forms: Path, isolated_home: Path,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      damage: object) -> None:
    folder = forms / _FORMAT
    original = _cached(folder)
    [kept] = _kept(isolated_home)
    kept.write_bytes(damage(kept, kept.read_bytes()))  # type: ignore[operator]
    assert _cached(folder) == original
    _not_built_again(monkeypatch)
    assert _cached(folder) == original  # written again: the next command reads it


def test_the_kept_form_of_another_folder_is_not_taken(forms: Path, isolated_home: Path) -> None:
    folders = available_forms(forms)
    own = _cached(folders[_FORMAT])
    _cached(folders["cpb-nr3-2015"])
    by_form = {_header_and_payload(path)[1]["stamp"]["folder"]: path for path in _kept(isolated_home)}  # type: ignore[index]
    mine, other = by_form[os.fsdecode(folders[_FORMAT].resolve())], by_form[os.fsdecode(folders["cpb-nr3-2015"].resolve())]
    mine.write_bytes(other.read_bytes())
    assert _cached(folders[_FORMAT]) == own


class _Hostile:
    """Unpickled, it would write a file: what a cache file planted by someone else could try."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return exec, (f"open({str(self.marker)!r}, 'w').close()",)


def test_a_planted_cache_file_runs_no_code(forms: Path, isolated_home: Path, tmp_path: Path) -> None:
    folder = forms / _FORMAT
    original = _cached(folder)
    [kept] = _kept(isolated_home)
    marker = tmp_path / "ran"
    pickle.loads(pickle.dumps(_Hostile(marker)))
    assert marker.exists()  # the payload does what it says when anything unpickles it
    marker.unlink()
    kept.write_bytes(_with_payload(kept, pickle.dumps(_Hostile(marker))))
    assert _cached(folder) == original
    assert not marker.exists()


def test_an_unusable_cache_folder_does_not_stop_loading(forms: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "home-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("BSREPORTER_HOME", str(not_a_folder))
    assert _cached(forms / _FORMAT).questions
