"""Parsed font faces kept in the cache folder, so that an export does not parse a TrueType file again.

reportlab reads a face's character map, widths and glyph table from the file each time a process
loads it; for the 4 MB Chinese face that is most of a tenth of a second, the same every time. So what
it reads is kept in the user's cache folder (``fonts/``), under the SHA-256 of the font file and the
reportlab version, and the font is made from there while the file has those bytes. A cache file is
only a copy: damaged, foreign or from another version, it is ignored and written again. It holds only
numbers, text, bytes, lists, tuples and dicts, and is read by an unpickler that can make nothing else,
so a hostile cache file cannot run code.

The outlines of the DRAFT mark are kept there too (:func:`kept_outline`), so that HarfBuzz, which draws
them, is loaded only by an export that shapes text (Arabic) or meets a new mark.
"""

from __future__ import annotations

# Before reportlab: it defers what reportlab loads at import time that an export seldom needs.
from bsreporter.exchange import pdf_imports  # noqa: F401

# isort: split

import io
import json
import os
import pickle
import sys
from array import array
from collections.abc import Callable, Sequence
from contextlib import suppress
from functools import cached_property
from hashlib import sha256
from pathlib import Path
from typing import Any, overload

import reportlab
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont, TTFontFace

#: Changed whenever what is kept changes shape.
_FORMAT = b"bsreporter-font-face 2 " + sys.byteorder.encode()
#: Attributes of a parsed face that are not kept: the file's bytes (read again), its path, derived ones.
_NOT_KEPT = frozenset({"_ttf_data", "filename", "_pdfScale", "charToGlyph", "charWidths", "glyphToChar",
                       "hmetrics", "glyphPos"})
#: Attributes reportlab gives as TTFNameBytes (bytes that also carry their text).
_NAMES = frozenset({"name", "familyName", "styleName", "fullName", "uniqueFontID"})
#: The large tables, kept as arrays of machine numbers: (name in the cache, type code).
_ARRAYS = {"codes": "I", "glyphs": "I", "width_codes": "I", "widths": "d", "advances": "d", "bearings": "i",
           "positions": "Q", "glyph_keys": "I", "glyph_counts": "I", "glyph_chars": "I"}
#: What a kept face must hold besides its arrays to be used, and of which type.
_REQUIRED: dict[str, type | tuple[type, ...]] = {"table": dict, "unitsPerEm": int, "numGlyphs": int,
                                              "defaultWidth": (int, float)}
_OUTLINE_FORMAT = b"bsreporter-outline 1\0"
#: The key of each font loaded through :func:`load_font` (its file's bytes and reportlab's version).
_font_keys: dict[str, str] = {}


class _DataUnpickler(pickle.Unpickler):
    """Makes built-in data only: no class or function can be named by a cache file."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not font data")


def load_font(name: str, path: Path) -> TTFont:
    """The TrueType font at ``path`` registered under ``name``: from the cache folder when kept, else parsed."""
    key, data = _key_and_bytes(path)
    _font_keys[name] = key
    cache_file = _cache_file(key)
    if cache_file is not None:
        font = _read(cache_file, name, path, data)
        if font is not None:
            return font
    font = TTFont(name, str(path))
    if cache_file is not None:
        _write(cache_file, font.face)
    return font


def _key_and_bytes(path: Path) -> tuple[str, bytes]:
    """The key of the font file at ``path`` (the hash of its bytes and reportlab's version) and its bytes.

    Hashing the 4 MB Chinese face costs every export a few milliseconds, so the key is kept beside the
    faces with the file's status (size, times, inode), as compiled Python modules are checked: writing a
    file always moves its change time, which no program can set back, so an unchanged status means
    unchanged bytes. A status that changed while the file was read leaves the bytes hashed.
    """
    prefix = _FORMAT + reportlab.Version.encode() + b"\0"
    before = _status(path)
    data = path.read_bytes()
    status = _status(path) if before is not None else None
    record = _cache_file(sha256(prefix + os.fsencode(path.resolve())).hexdigest())
    record = record.with_suffix(".key") if record is not None and before is not None and status == before else None
    if record is not None:
        with suppress(OSError, ValueError, TypeError, KeyError):
            kept = json.loads(record.read_bytes())
            key = kept["key"]
            if kept["status"] == status and isinstance(key, str) and len(key) == 64:
                return key, data
    key = sha256(prefix + data).hexdigest()
    if record is not None:
        with suppress(OSError):
            _replace(record, json.dumps({"status": status, "key": key}).encode("ascii"))
    return key, data


def _status(path: Path) -> list[int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino]


def same_face(name: str, registered: str) -> None:
    """Font ``name`` is the face of font ``registered`` under a second name (a synthetic bold)."""
    key = _font_keys.get(registered)
    if key is not None:
        _font_keys[name] = key


def kept_outline(fonts: Sequence[str], what: str, make: Callable[[], list[str]]) -> list[str]:
    """The PDF path operators of an outline drawn with ``fonts`` (``what`` says all else it depends on).

    Taken from the cache folder when kept there, else made by ``make`` and kept for the next process.
    Fonts not loaded through :func:`load_font` (their bytes unknown) leave it made every time.
    """
    keys = [_font_keys.get(name) for name in fonts]
    if None in keys:
        return make()
    key = sha256(b"\0".join([_OUTLINE_FORMAT, reportlab.Version.encode(), *(k.encode() for k in keys if k),
                              what.encode("utf-8")])).hexdigest()
    cache_file = _cache_file(key)
    if cache_file is None:
        return make()
    cache_file = cache_file.with_suffix(".outline")
    with suppress(OSError, ValueError):
        digest, newline, payload = cache_file.read_bytes().partition(b"\n")
        if newline and digest == sha256(payload).hexdigest().encode("ascii"):
            return payload.decode("ascii").split("\n")
    operators = make()
    payload = "\n".join(operators).encode("ascii")
    with suppress(OSError):
        _replace(cache_file, sha256(payload).hexdigest().encode("ascii") + b"\n" + payload)
    return operators


def _replace(cache_file: Path, content: bytes) -> None:
    """Write ``content`` to ``cache_file`` whole or not at all (a reader never sees half of it)."""
    from bsreporter.paths import replace_cache_file

    replace_cache_file(cache_file, content, prefix=".face-")


def _cache_file(key: str) -> Path | None:
    from bsreporter.paths import user_cache_dir

    try:
        where = user_cache_dir() / "fonts"
        where.mkdir(exist_ok=True)
    except (OSError, ValueError):
        return None
    return where / f"{key[:40]}.pickle"


def _read(cache_file: Path, name: str, path: Path, data: bytes) -> TTFont | None:
    try:
        raw = cache_file.read_bytes()
        digest, newline, payload = raw.partition(b"\n")
        if not newline or digest != sha256(payload).hexdigest().encode("ascii"):
            return None
        kept = _DataUnpickler(io.BytesIO(payload)).load()
        if not isinstance(kept, dict) or any(not isinstance(kept.get(key), kind) for key, kind in _REQUIRED.items()):
            return None
        tables = {key: _array(kept.pop(key), code) for key, code in _ARRAYS.items()}
        if len(tables["codes"]) != len(tables["glyphs"]) or len(tables["width_codes"]) != len(tables["widths"]):
            return None
    except Exception:  # a damaged or foreign cache file is only a miss: the font is parsed again
        return None
    face = _KeptFace.__new__(_KeptFace)
    face.__dict__.update(kept)
    for attribute in _NAMES & kept.keys():
        setattr(face, attribute, TTFNameBytes(kept[attribute]))
    face._tables = tables
    face.charToGlyph = dict(zip(tables["codes"], tables["glyphs"], strict=True))
    face.charWidths = dict(zip(tables["width_codes"], tables["widths"], strict=True))
    face._ttf_data, face.filename = data, str(path)
    units = face.unitsPerEm
    # What reportlab's parser sets: font units to thousandths of the size.
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x, m=1000 / units: x * m)
    return _font_around(name, face)


def _font_around(name: str, face: TTFontFace) -> TTFont:
    """A TTFont made as reportlab's TTFont.__init__ makes it, around a face it did not parse itself."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, unShapedFontGlob

    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
    return font


def _write(cache_file: Path, face: TTFontFace) -> None:
    """Keep a parsed face for the next process; a cache that cannot be written is simply not kept."""
    kept: dict[str, Any] = {key: (bytes(value) if key in _NAMES else value) for key, value in vars(face).items()
                            if key not in _NOT_KEPT}
    glyph_chars = face.glyphToChar
    columns = {
        "codes": face.charToGlyph.keys(), "glyphs": face.charToGlyph.values(),
        "width_codes": face.charWidths.keys(), "widths": face.charWidths.values(),
        "advances": [advance for advance, _ in face.hmetrics], "bearings": [bearing for _, bearing in face.hmetrics],
        "positions": face.glyphPos, "glyph_keys": glyph_chars.keys(),
        "glyph_counts": [len(chars) for chars in glyph_chars.values()],
        "glyph_chars": [char for chars in glyph_chars.values() for char in chars],
    }
    try:
        kept |= {key: array(_ARRAYS[key], values).tobytes() for key, values in columns.items()}
        payload = pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
        _DataUnpickler(io.BytesIO(payload)).load()  # only what can be read back is written
        _replace(cache_file, sha256(payload).hexdigest().encode("ascii") + b"\n" + payload)
    except (OSError, ValueError, OverflowError, TypeError, pickle.PicklingError, pickle.UnpicklingError):
        pass


def _array(raw: object, code: str) -> array[Any]:
    if not isinstance(raw, bytes):
        raise ValueError("not an array")
    values = array(code)
    values.frombytes(raw)
    return values


class _KeptFace(TTFontFace):
    """A face made from what the cache folder kept; tables only subsetting and shaping need are made on first use."""

    _tables: dict[str, array[Any]]

    @cached_property
    def glyphToChar(self) -> dict[int, list[int]]:
        tables = self._tables
        chars = iter(tables["glyph_chars"])
        return {glyph: [next(chars) for _ in range(count)]
                for glyph, count in zip(tables["glyph_keys"], tables["glyph_counts"], strict=True)}

    @cached_property
    def hmetrics(self) -> _Metrics:
        # A subset asks for the metrics of its few glyphs: no list of all the face's pairs is made for it.
        return _Metrics(self._tables["advances"], self._tables["bearings"])

    @cached_property
    def glyphPos(self) -> list[int]:
        return list(self._tables["positions"])


class _Metrics(Sequence[tuple[float, int]]):
    """The (advance, left side bearing) of each glyph, as reportlab's parsed face lists them."""

    def __init__(self, advances: array[Any], bearings: array[Any]) -> None:
        self._advances, self._bearings = advances, bearings

    def __len__(self) -> int:
        return len(self._advances)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(mine == theirs for mine, theirs in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    @overload
    def __getitem__(self, index: int) -> tuple[float, int]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[float, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[float, int] | list[tuple[float, int]]:
        if isinstance(index, slice):
            return list(zip(self._advances[index], self._bearings[index], strict=True))
        return self._advances[index], self._bearings[index]
