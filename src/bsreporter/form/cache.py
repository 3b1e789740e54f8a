"""What the program makes of the form files, kept in the cache folder so that a command does not make it again.

Two caches, both only copies of what reading the files gives, so a command never gives another result
for them. Each parsed YAML file (``parsed-forms/``), as JSON under the SHA-256 of the file's bytes: the
YAML parser is the slowest part of reading a form. And each built questionnaire (``built-forms/``).
Building a form from its files (and checking every rule of it) costs a command more than everything
else it does; the result is the same for the same files. So the built questionnaire is kept, in the
user's cache folder (``built-forms/``), beside the SHA-256 of every file it was built from, and taken
from there while each of those files still has the same bytes. A cache file is only a copy:
damaged, written by another version of the program or of its model, for files edited since, or not
this program's at all, it is ignored and written again. It is read by an unpickler that can make
nothing but the questionnaire's own immutable objects, so a hostile cache file cannot run code.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import math
import os
import sys
import zlib
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from bsreporter import __version__
from bsreporter.digest import sha256_hex
from bsreporter.form import expression, model
from bsreporter.form.model import Questionnaire
from bsreporter.paths import CACHE_MISS, read_json_cache, replace_cache_file, write_json_cache
from bsreporter.record import field_names

try:  # the C unpickler alone: the pickle module around it is only needed to write a cache file
    from _pickle import Unpickler as _Unpickler
    from _pickle import UnpicklingError
except ImportError:  # pragma: no cover - a Python without the C accelerator
    from pickle import Unpickler as _Unpickler
    from pickle import UnpicklingError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: First line of a parse-cache file: this marker, then the SHA-256 of the YAML it was made from and of the JSON
#: that follows the line.
_CACHE_MARK = b"bsreporter-parsed-yaml 1"
#: A cache file far larger than its YAML is not one this program wrote; it is not read.
_CACHE_MAX_BYTES = 16_000_000
#: First line of a built-form cache file: this marker, a space, then a JSON header (its stamp, inputs and payload hash); the pickle follows.
_MARK = b"bsreporter-built-form 1 "
#: A cache file larger than any form this program builds is not one it wrote; it is not read.
_MAX_BYTES = 64_000_000
#: Everything a cached questionnaire may hold besides text, numbers, tuples, dicts and frozensets.
_CLASSES: dict[tuple[str, str], type] = {
    (module.__name__, name): getattr(module, name)
    for module, names in (
        (model, ("Text", "Choice", "ChoiceList", "Column", "Question", "Indicator", "Note", "Section", "Objective",
                 "FocalArea", "Questionnaire", "QuestionType", "SpecialAnswer", "FormKind")),
        (expression, ("Expression", "String", "Number", "Reference", "Current", "Negate", "Binary", "Call")),
    )
    for name in names
}
#: The source files whose code decides what a built form holds: a change of any of them builds forms again.
_CODE = ("model.py", "expression.py", "loader.py", "translations.py", "cache.py")


def yaml_module() -> Any:
    """The YAML parser's module, imported when a file is really parsed: with the caches warm, a command never needs it."""
    import yaml

    return yaml


def parse_yaml_file(path: Path) -> Any:
    """The data of a YAML file, from the parse cache when it holds a parse of these very bytes.

    Raises what reading and parsing the file raises (OSError, UnicodeDecodeError, yaml.YAMLError, ...). The
    cache is only a copy of what the parser gives: a cache file that is missing, broken or not this
    program's is ignored and made again, so the result never differs from parsing the file.
    """
    content = Path(path).read_bytes()
    source_hash = sha256_hex(content)
    cache_file = _parse_cache_file(source_hash)
    if cache_file is not None:
        cached = _read_cache(cache_file, source_hash)
        if cached is not CACHE_MISS:
            return cached
    # As reading the file as text did: universal newlines.
    text = content.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    yaml = yaml_module()
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if cache_file is not None and _plain_json(data):
        _write_cache(cache_file, source_hash, data)
    return data




def form_folders(base: Path) -> dict[str, Path]:
    """The form folders directly under ``base`` by form id (a folder is a form when it holds form.yaml)."""
    found: dict[str, Path] = {}
    for folder in sorted(p for p in Path(base).iterdir() if (p / "form.yaml").is_file()):
        data = parse_yaml_file(folder / "form.yaml")
        if isinstance(data, dict) and data.get("id"):
            found[str(data["id"])] = folder
    return found


def _parse_cache_file(source_hash: str) -> Path | None:
    """Where the parse of a YAML with this hash is kept; None when there is no usable cache folder."""
    from bsreporter.paths import user_cache_dir

    try:
        folder = user_cache_dir() / "parsed-forms"
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return folder / f"{source_hash}.json"


def _read_cache(cache_file: Path, source_hash: str) -> Any:
    """The data kept in ``cache_file``, or CACHE_MISS when it is absent or anything about it is not right."""
    return read_json_cache(cache_file, _CACHE_MARK, source_hash, max_bytes=_CACHE_MAX_BYTES)


def _write_cache(cache_file: Path, source_hash: str, data: Any) -> None:
    """Keep a parse for the next process; a cache that cannot be written is simply not kept."""
    with contextlib.suppress(OSError, ValueError, RecursionError):
        write_json_cache(cache_file, _CACHE_MARK, source_hash, data, prefix=".parse-")


def _plain_json(data: Any) -> bool:
    """Whether JSON gives back exactly ``data``: mappings with text keys, lists, text, numbers, booleans, null.

    A parse holding anything else (a date, a number as a key, a set, an infinite number) is not cached, as
    JSON would hand back something else.
    """
    pending = [data]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is dict:
            if not all(type(key) is str for key in item):
                return False
            pending.extend(item.values())
        elif kind is list:
            pending.extend(item)
        elif kind is float:
            if not math.isfinite(item):
                return False
        elif kind not in (str, int, bool, type(None)):
            return False
    return True


def cached_questionnaire(folder: Path, build: Callable[[Path], Questionnaire]) -> Questionnaire:
    """The questionnaire of the form in ``folder``: from the cache while its files are unchanged, else ``build(folder)``.

    ``build`` is the loader (``loader.load_questionnaire``): handed in, so that the cache, which the loader
    reads its YAML through, does not import it back. Raises what ``build`` raises for a form with mistakes
    (a form that fails is never kept).
    """
    folder = Path(folder)
    cache_file = _cache_file(folder)
    if cache_file is not None:
        found = _read(cache_file, folder)
        if found is not None:
            return found
    # The files are fingerprinted before they are read: one edited while the form is built then no longer
    # matches what is kept, and is built again next time.
    inputs = _inputs(folder)
    form = build(folder)
    if cache_file is not None and inputs is not None:
        _write(cache_file, folder, inputs, form)
    return form


def _cache_file(folder: Path) -> Path | None:
    """Where the built form of ``folder`` is kept; None when there is no usable cache folder."""
    from bsreporter.paths import user_cache_dir

    try:
        where = user_cache_dir() / "built-forms"
        where.mkdir(exist_ok=True)
        name = sha256_hex(os.fsencode(folder.resolve()))[:32]
    except (OSError, ValueError):
        return None
    return where / f"{name}.pickle"


def _stamp(folder: Path) -> dict[str, Any]:
    """What a kept form must have been built by and for: this program, this Python, this model, this folder."""
    here = Path(__file__).parent
    code = []
    for name in _CODE:
        try:
            status = (here / name).stat()
            code.append([name, status.st_size, status.st_mtime_ns])
        except OSError:  # a bundle holds compiled code only; its version then says which code it is
            code.append([name, None, None])
    shape = [[cls.__qualname__, list(getattr(cls, "__record_fields__", ())),
              [member.value for member in cls] if isinstance(cls, type) and issubclass(cls, Enum) else []]
             for cls in _CLASSES.values()]
    return {"program": __version__, "python": list(sys.version_info[:2]), "code": code, "shape": shape,
            "folder": os.fsdecode(folder.resolve())}


def _fingerprint(path: Path) -> list[Any] | None:
    """What says a file is unchanged: the SHA-256 of its bytes and its size, times and inode; None: no such file."""
    # The status first: a file written between the two then shows a status that is not the one kept.
    status = _status(path)
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        return None
    return [sha256_hex(content), status] if status is not None else None


def _status(path: Path) -> list[int] | None:
    """A file's size, modification and change times and inode (as compiled Python modules are checked); None: no file.

    Writing a file always moves its change time, which no program can set back, so an unchanged status
    means unchanged bytes; a changed status (a copy, a touch) only sends the bytes to be compared.
    """
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino]


def _inputs(folder: Path) -> dict[str, Any] | None:
    """Every file the form in ``folder`` is built from (with its fingerprint), and the forms beside it.

    The forms beside it matter when it takes the Strategic Plan from one of them (``plan:``). None when
    form.yaml cannot be read as a mapping: loading then fails, and nothing is kept.
    """
    try:
        files = {"form.yaml": _fingerprint(folder / "form.yaml")}
        settings = parse_yaml_file(folder / "form.yaml")
        if not isinstance(settings, dict):
            return None
        names = ["choices.yaml", *(str(part) for part in settings.get("parts") or ()), *_translation_files(folder, ".")]
        neighbours: list[str] = []
        if settings.get("plan") is not None:
            parent = folder.parent
            neighbours = sorted(p.name for p in parent.iterdir() if (p / "form.yaml").is_file())
            names += [f"../{name}/form.yaml" for name in neighbours]
            plan_folder = form_folders(parent).get(str(settings["plan"]))
            if plan_folder is not None:
                plan = parse_yaml_file(plan_folder / "form.yaml")
                if isinstance(plan, dict):
                    names += [f"../{plan_folder.name}/{part}" for part in plan.get("parts") or ()]
                    names += _translation_files(plan_folder, f"../{plan_folder.name}")
        for name in names:
            files[name] = _fingerprint(folder / name)
    except Exception:  # whatever stops the fingerprint stops only the keeping, never the loading
        return None
    return {"files": files, "neighbours": neighbours}


def _translation_files(folder: Path, prefix: str) -> list[str]:
    """The translation files a form is built from, as named from the form's own folder.

    The file of each of the six languages, there or not (one added later is then a change), and any
    other file that is there (which the loader refuses, so that its removal is a change too).
    """
    from bsreporter.form.model import UN_LANGUAGES
    from bsreporter.form.translations import TRANSLATIONS_FOLDER

    where = folder / TRANSLATIONS_FOLDER
    present = sorted(p.name for p in where.iterdir()) if where.is_dir() else []
    names = sorted({*(f"{lang}.yaml" for lang in UN_LANGUAGES), *present})
    return [f"{prefix}/{TRANSLATIONS_FOLDER}/{name}" for name in names]


def _unchanged(folder: Path, inputs: Any) -> bool | None:
    """Whether every file a kept form was built from still has the bytes it had, and the same forms are beside it.

    True: so says each file's status; None: the same bytes, but some status changed (the kept form is good,
    its record of the files is not); False: something changed.
    """
    files, neighbours = inputs["files"], inputs["neighbours"]
    if not isinstance(files, dict) or not isinstance(neighbours, list):
        return False
    if neighbours and sorted(p.name for p in folder.parent.iterdir() if (p / "form.yaml").is_file()) != neighbours:
        return False
    same_status = True
    for name, kept in files.items():
        path = folder / name
        if kept is None:
            if _status(path) is not None:
                return False
        elif _status(path) != kept[1]:
            same_status = False
            found = _fingerprint(path)
            if found is None or found[0] != kept[0]:
                return False
    return True if same_status else None


class _FormUnpickler(_Unpickler):
    """Makes the questionnaire's own classes and nothing else: no function, no other class, no code."""

    def find_class(self, module: str, name: str) -> Any:
        found = _CLASSES.get((module, name))
        if found is None:
            raise UnpicklingError(f"{module}.{name} is not part of a questionnaire")
        return found


def _read(cache_file: Path, folder: Path) -> Questionnaire | None:
    """The form kept in ``cache_file``, or None when it is absent or anything about it is not right."""
    try:
        if cache_file.stat().st_size > _MAX_BYTES:
            return None
        raw = cache_file.read_bytes()
        head, newline, payload = raw.partition(b"\n")
        if not newline or not head.startswith(_MARK):
            return None
        header = json.loads(head[len(_MARK):].decode("utf-8"))
        # A checksum finds a file damaged on disk; no check could find one changed on purpose, which is why
        # what it holds is unpickled only into the questionnaire's own classes.
        if not isinstance(header, dict) or header.get("stamp") != _stamp(folder) \
                or header.get("payload") != zlib.crc32(payload):
            return None
        unchanged = _unchanged(folder, header.get("inputs"))
        if unchanged is False:
            return None
        # Thousands of objects made at once would set the cycle collector off again and again; none holds a cycle.
        collecting = gc.isenabled()
        gc.disable()
        try:
            form = _FormUnpickler(io.BytesIO(payload)).load()
        finally:
            if collecting:
                gc.enable()
    except Exception:  # a damaged or foreign cache file is only a miss: the form is built again
        return None
    if type(form) is not Questionnaire:
        return None
    if unchanged is None:  # the files were copied or touched: their new status is recorded for next time
        inputs = _inputs(folder)
        if inputs is not None:
            _write(cache_file, folder, inputs, form)
    return form


def _pickled(form: Questionnaire) -> bytes:
    """The form as pickle keeps it: each record as its class and its fields, equal parts kept once."""
    import copyreg
    import pickle

    class FormPickler(pickle.Pickler):
        def reducer_override(self, obj: Any) -> Any:
            if isinstance(obj, type) or not hasattr(type(obj), "__record_fields__"):
                return NotImplemented
            # Only the fields, which unpickling puts back without running any code; derived lookups
            # cached on a Questionnaire are worked out again, not kept.
            state = {name: getattr(obj, name) for name in field_names(type(obj))}
            return copyreg.__newobj__, (type(obj),), state  # type: ignore[attr-defined]

    buffer = io.BytesIO()
    FormPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(_shared(form, {}))
    return buffer.getvalue()


def _shared(value: Any, kept: dict[Any, Any]) -> Any:
    """``value`` with its equal parts made one object (the same label of a hundred options, say).

    The cache file then holds each once, and a command unpickles half as many objects. Parts are
    made one from the leaves up, so two parts are one when their own parts are the very same objects.
    """
    kind = type(value)
    if kind is str:
        return kept.setdefault((str, value), value)
    if kind is tuple:
        items = tuple(_shared(item, kept) for item in value)
        return kept.setdefault((tuple, *map(id, items)), items)
    if kind is dict:
        pairs = [(_shared(key, kept), _shared(item, kept)) for key, item in value.items()]
        return kept.setdefault((dict, *(id(part) for pair in pairs for part in pair)), dict(pairs))
    if kind is frozenset:
        return frozenset(_shared(item, kept) for item in value)
    if not hasattr(kind, "__record_fields__"):
        return value  # numbers, enumerations, None: small, or one object already
    fields = {name: _shared(getattr(value, name), kept) for name in field_names(kind)}
    made = object.__new__(kind)
    made.__dict__.update(fields)
    return kept.setdefault((kind, *map(id, fields.values())), made)


def _write(cache_file: Path, folder: Path, inputs: dict[str, Any], form: Questionnaire) -> None:
    """Keep a built form for the next process; a cache that cannot be written is simply not kept."""
    try:
        payload = _pickled(form)
        header = {"stamp": _stamp(folder), "inputs": inputs, "payload": zlib.crc32(payload)}
        head = _MARK + json.dumps(header, ensure_ascii=True, separators=(",", ":")).encode("ascii")
        replace_cache_file(cache_file, head + b"\n" + payload, prefix=".built-")
    except Exception:  # a disk that is full or read-only, a form pickle cannot keep: the cache is only a copy
        pass
