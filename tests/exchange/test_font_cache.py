"""A parsed font face kept in the cache folder makes the same font as parsing the file, and only that."""

from __future__ import annotations

import io
import pickle
from hashlib import sha256
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from bsreporter.exchange.font_cache import load_font
from bsreporter.paths import user_cache_dir
from bsreporter.resources import resource_path

_ARABIC = resource_path("resources", "fonts", "NotoNaskhArabic-Regular.ttf")
_LATIN = resource_path("resources", "fonts", "DejaVuSans.ttf")


def _kept_files() -> list[Path]:
    return sorted((user_cache_dir() / "fonts").glob("*.pickle"))


def _same_face(kept: TTFont, parsed: TTFont) -> None:
    for name, value in vars(parsed.face).items():
        if name == "_pdfScale":
            assert kept.face._pdfScale(517) == value(517)
        else:
            assert getattr(kept.face, name) == value, name
    assert kept.fontName == "Kept" and kept.shapable == parsed.shapable


@pytest.mark.parametrize("path", [_ARABIC, _LATIN], ids=["units 1000", "units 2048"])
def test_a_kept_face_is_the_face_reportlab_parses(path: Path) -> None:
    first = load_font("Kept", path)
    assert len(_kept_files()) == 1
    kept = load_font("Kept", path)
    assert type(kept.face) is not type(first.face)  # made from the cache folder, not parsed
    parsed = TTFont("Parsed", str(path))
    _same_face(kept, parsed)
    # What a PDF embeds: the same subset of the same glyphs.
    glyphs = [parsed.face.charToGlyph[ord(char)] for char in "abc" if ord(char) in parsed.face.charToGlyph]
    subset = [0, *sorted(set(glyphs) or {3})]
    assert kept.face.makeSubset(subset) == parsed.face.makeSubset(subset)


def test_a_damaged_cache_file_is_parsed_again_and_replaced() -> None:
    load_font("Kept", _ARABIC)
    (kept_file,) = _kept_files()
    kept_file.write_bytes(kept_file.read_bytes()[:-50])
    font = load_font("Kept", _ARABIC)
    assert type(font.face) is type(TTFont("Parsed", str(_ARABIC)).face)  # parsed again
    again = load_font("Kept", _ARABIC)
    assert type(again.face) is not type(font.face)  # and kept again, whole
    _same_face(again, TTFont("Parsed", str(_ARABIC)))


class _Alarm:
    """What a hostile cache file would make, if the font cache unpickled classes."""

    made = False

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_raise_alarm, ())


def _raise_alarm() -> None:
    _Alarm.made = True


def test_a_cache_file_naming_code_is_not_run() -> None:
    load_font("Kept", _ARABIC)
    (kept_file,) = _kept_files()
    payload = pickle.dumps({"table": _Alarm()})
    kept_file.write_bytes(sha256(payload).hexdigest().encode("ascii") + b"\n" + payload)
    font = load_font("Kept", _ARABIC)
    assert not _Alarm.made
    _same_face(font, TTFont("Parsed", str(_ARABIC)))
    assert pickle.load(io.BytesIO(payload)) is not None and _Alarm.made  # the payload really is hostile


def _hashed_bytes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of what the font cache hashes from now on."""
    from bsreporter.exchange import font_cache

    sizes: list[int] = []

    def counting(data: bytes = b"") -> object:
        sizes.append(len(data))
        return sha256(data)

    monkeypatch.setattr(font_cache, "sha256", counting)
    return sizes


def test_an_unchanged_font_file_is_not_hashed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "face.ttf"
    path.write_bytes(_ARABIC.read_bytes())
    load_font("Kept", path)
    sizes = _hashed_bytes(monkeypatch)
    font = load_font("Kept", path)
    assert type(font.face) is not type(TTFont("Parsed", str(path)).face)  # still taken from the cache folder
    assert max(sizes) < path.stat().st_size  # its bytes were not hashed; the kept face's own check remains
    _same_face(font, TTFont("Parsed", str(path)))


def test_a_font_file_written_again_is_hashed_and_its_new_face_used(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "face.ttf"
    path.write_bytes(_ARABIC.read_bytes())
    load_font("Kept", path)
    path.write_bytes(_LATIN.read_bytes())  # another face in the same file
    sizes = _hashed_bytes(monkeypatch)
    font = load_font("Kept", path)
    assert any(size >= path.stat().st_size for size in sizes)  # its new bytes were hashed
    _same_face(font, TTFont("Parsed", str(path)))
    assert font.face.charToGlyph == TTFont("Parsed", str(_LATIN)).face.charToGlyph
