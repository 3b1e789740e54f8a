"""Converting a form between its two layouts: every text inline, or translations kept apart.

Inline, each text carries all its languages (``label::en``, ``label::fr``, ...). Split, the structure
files carry the form's first language only and ``translations/<lang>.yaml`` maps each text's key to
its text in one language (see translations.py). Conversion edits the YAML text line by line, so the
comments and the layout an author gave the structure files stay; the new texts are checked to parse
into exactly the data of the old ones (translations put back) before any file is written, so the
form builds into the same questionnaire, with the same content hash, in either layout.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bsreporter.atomic import write_bytes_atomically
from bsreporter.errors import BsreporterError, FormError
from bsreporter.form.cache import parse_yaml_file, yaml_module
from bsreporter.form.translations import TRANSLATIONS_FOLDER, merge_translations, source_texts, text_fields

#: The schema an editor checks a translation file against (yaml-language-server), from its own folder.
TRANSLATION_SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/translation.schema.json"


@dataclass(frozen=True, slots=True)
class Conversion:
    """What a conversion did: the structure files rewritten, and the texts moved per language."""

    layout: str
    files: tuple[str, ...]
    texts: dict[str, int]
    #: Structure files whose comments could not be kept (written anew from their data).
    rewritten: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TranslationStatus:
    """How far one language's translation file is: the keys still to translate, and keys of no text."""

    language: str
    total: int
    missing: tuple[tuple[str, str], ...]
    extra: tuple[str, ...]


def structure_files(folder: Path) -> list[tuple[str, str]]:
    """(file name, key prefix) of every structure file of the form in ``folder`` that holds texts, in form order."""
    settings = parse_yaml_file(folder / "form.yaml")
    if not isinstance(settings, dict):
        raise FormError(f"{folder / 'form.yaml'}: the file must hold a mapping of form settings.")
    files = [("form.yaml", "form")]
    if (folder / "choices.yaml").exists():
        files.append(("choices.yaml", ""))
    files += [(str(part), "") for part in settings.get("parts") or ()]
    return files


def languages_of(folder: Path) -> tuple[str, ...]:
    """The form's languages, its first (the language of the structure files) first."""
    settings = parse_yaml_file(folder / "form.yaml")
    return tuple(settings.get("languages") or ("en",)) if isinstance(settings, dict) else ("en",)


def is_split(folder: Path) -> bool:
    """Whether the form keeps its translations apart (it has translation files)."""
    where = folder / TRANSLATIONS_FOLDER
    return where.is_dir() and any(where.glob("*.yaml"))


def translation_status(folder: Path) -> list[TranslationStatus]:
    """Per translation file of a split form: the keys of texts not yet translated, and keys matching no text."""
    languages = languages_of(folder)
    sources: list[tuple[str, str]] = []
    for name, prefix in structure_files(folder):
        sources += source_texts(parse_yaml_file(folder / name), prefix, languages[0])
    known = {key for key, _ in sources}
    found = []
    for lang in languages[1:]:
        path = folder / TRANSLATIONS_FOLDER / f"{lang}.yaml"
        texts = parse_yaml_file(path) if path.exists() else {}
        texts = texts if isinstance(texts, dict) else {}
        found.append(TranslationStatus(
            language=lang,
            total=len(sources),
            missing=tuple((key, text) for key, text in sources if not isinstance(texts.get(key), str)),
            extra=tuple(str(key) for key in texts if key not in known),
        ))
    return found


def convert(folder: Path, layout: str) -> Conversion:
    """Convert the form in ``folder`` to ``layout`` ("split" or "inline"); the same built form either way.

    Raises FormError, leaving every file as it was, when the form is already in that layout or a
    structure file cannot be converted exactly.
    """
    folder = Path(folder)
    if layout not in ("split", "inline"):
        raise FormError(f"Unknown layout '{layout}': use 'split' or 'inline'.")
    if is_split(folder) == (layout == "split"):
        raise FormError(f"{folder}: the form is already in the {layout} layout.")
    languages = languages_of(folder)
    files = structure_files(folder)
    if layout == "split":
        writes, texts, rewritten = _split(folder, files, languages)
    else:
        writes, texts, rewritten = _join(folder, files, languages)
    _write_all(folder, writes)
    return Conversion(layout, tuple(name for name, _ in files if name in writes), texts, tuple(rewritten))


def _split(folder: Path, files: list[tuple[str, str]],
           languages: tuple[str, ...]) -> tuple[dict[str, str | None], dict[str, int], list[str]]:
    source, others = languages[0], languages[1:]
    writes: dict[str, str | None] = {}
    rewritten: list[str] = []
    entries: dict[str, list[tuple[str, str, str]]] = {lang: [] for lang in others}
    keys: dict[str, list[str]] = {}
    for name, prefix in files:
        text = _read_text(folder / name)
        data, nodes = _compose(text, name)
        moved: dict[int, set[str]] = {}
        for key, mapping, field in text_fields(data, prefix):
            keys.setdefault(key, []).append(name)
            for lang in others:
                value = mapping.get(f"{field}::{lang}")
                if value is None:
                    continue
                entries[lang].append((name, key, value))
                moved.setdefault(id(mapping), set()).add(f"{field}::{lang}")
        lines = text.splitlines(keepends=True)
        removed: set[int] = set()
        for mapping_id, pairs in moved.items():
            removed |= _remove_pairs(nodes.get(mapping_id), pairs, lines)
        new_text = "".join(line for index, line in enumerate(lines) if index not in removed)
        if _plain(_load(new_text, name)) != _strip(data, prefix, others):
            new_text = _dump(_strip(data, prefix, others), text)
            rewritten.append(name)
        writes[name] = new_text
    for key, names in keys.items():
        if len(names) > 1:
            raise FormError(f"{folder}: two texts ({', '.join(sorted(set(names)))}) have the key '{key}'; give their "
                            "items distinct ids before splitting the form.")
    form_id = str(parse_yaml_file(folder / "form.yaml").get("id", folder.name))
    sources = {key: text for name, prefix in files
               for key, text in source_texts(parse_yaml_file(folder / name), prefix, source)}
    for lang in others:
        if entries[lang]:
            writes[f"{TRANSLATIONS_FOLDER}/{lang}.yaml"] = _translation_file(form_id, source, lang, entries[lang], sources)
    _check_same(folder, files, writes, others)
    return writes, {lang: len(found) for lang, found in entries.items()}, rewritten


def _strip(data: Any, prefix: str, others: tuple[str, ...]) -> Any:
    """A copy of a file's data without the texts in ``others`` (what its split structure file holds)."""
    copy = _plain(data)
    for _key, mapping, field in list(text_fields(copy, prefix)):
        for lang in others:
            mapping.pop(f"{field}::{lang}", None)
    return copy


def _join(folder: Path, files: list[tuple[str, str]],
          languages: tuple[str, ...]) -> tuple[dict[str, str | None], dict[str, int], list[str]]:
    others = languages[1:]
    translations: dict[str, dict[str, Any]] = {}
    where = folder / TRANSLATIONS_FOLDER
    for path in sorted(where.iterdir()):
        lang = path.name.removesuffix(".yaml")
        if path.name.startswith(".") or path.suffix != ".yaml" or lang not in others:
            raise FormError(f"{path}: not a translation file of this form (name it after one of {list(others)}).")
        texts = parse_yaml_file(path)
        translations[lang] = dict(texts) if isinstance(texts, dict) else {}
    writes: dict[str, str | None] = {}
    rewritten: list[str] = []
    used: set[tuple[str, str]] = set()
    for name, prefix in files:
        text = _read_text(folder / name)
        data, nodes = _compose(text, name)
        expected = _plain(data)
        clashes: list[tuple[str, str]] = []
        merge_translations(expected, prefix, translations, used, {}, clashes)
        if clashes:
            lang, key = clashes[0]
            raise FormError(f"{where / lang}.yaml: key '{key}' is also given inline in {name}; keep one of the two.")
        inserts: dict[int, list[str]] = {}
        for key, mapping, field in text_fields(data, prefix):
            for lang in others:
                if key not in translations.get(lang, {}):
                    continue
                after = _field_end(nodes.get(id(mapping)), field, text)
                if after is None:
                    continue
                line, indent = after
                inserts.setdefault(line, []).extend(_rendered(f"{field}::{lang}", translations[lang][key], indent))
        lines = text.splitlines(keepends=True)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        out: list[str] = []
        for index in range(len(lines) + 1):
            out.extend(inserts.get(index, ()))
            if index < len(lines):
                out.append(lines[index])
        new_text = "".join(out)
        if _plain(_load(new_text, name)) != expected:
            new_text = _dump(expected, text)
            rewritten.append(name)
        writes[name] = new_text
    for lang, texts in translations.items():
        for key in texts:
            if (lang, key) not in used:
                raise FormError(f"{where / lang}.yaml: key '{key}' matches no text of the form; remove or correct it.")
        writes[f"{TRANSLATIONS_FOLDER}/{lang}.yaml"] = None
    counts = {lang: sum(1 for lang_used, _ in used if lang_used == lang) for lang in others}
    return writes, counts, rewritten


def _check_same(folder: Path, files: list[tuple[str, str]], writes: dict[str, str | None],
                others: tuple[str, ...]) -> None:
    """The split files, translations put back, must give exactly the data of the inline files."""
    translations = {lang: dict(_load(writes[f"{TRANSLATIONS_FOLDER}/{lang}.yaml"] or "", lang) or {})
                    for lang in others if writes.get(f"{TRANSLATIONS_FOLDER}/{lang}.yaml")}
    used: set[tuple[str, str]] = set()
    for name, prefix in files:
        data = _load(writes[name] or "", name)
        merge_translations(data, prefix, translations, used, {}, [])
        if _plain(data) != _plain(_load(_read_text(folder / name), name)):
            raise FormError(f"{folder / name}: cannot be split exactly; the form was left as it was.")


def _translation_file(form_id: str, source: str, lang: str, entries: list[tuple[str, str, str]],
                      sources: dict[str, str]) -> str:
    """One language's texts by key, grouped by structure file, each under its text in the first language."""
    lines = [TRANSLATION_SCHEMA_LINE + "\n",
             f"# The texts of the form '{form_id}' in '{lang}', by key (docs/forms.md: translating a form).\n",
             f"# Above each text, as a comment, the text in '{source}' when the file was made: the structure\n",
             "# files hold the current one, and `bsreporter forms --validate` lists the keys still to translate.\n"]
    current = None
    for name, key, value in entries:
        if name != current:
            lines.append(f"\n# {name}\n")
            current = name
        original = " ".join(str(sources.get(key, "")).split())
        if original:
            lines.append(f"# {source}: {original}\n")
        lines.extend(_rendered(key, value, 0, width=1_000_000))
    return "".join(lines)


def _rendered(key: str, value: str, indent: int, width: int = 0) -> list[str]:
    """``key: value`` as YAML lines starting at column ``indent`` (long texts folded as the files fold them)."""
    yaml = yaml_module()
    dumped = yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False,
                            width=width or max(40, 120 - indent))
    return [" " * indent + line + "\n" for line in dumped.splitlines()]


def _field_end(node: Any, field: str, text: str) -> tuple[int, int] | None:
    """The line after the last ``field::*`` pair of a mapping node, and the column of its key."""
    if node is None or node.flow_style:
        return None
    found = None
    for key_node, value_node in node.value:
        if str(key_node.value).partition("::")[0] == field and "::" in str(key_node.value):
            found = (_end_line(value_node), key_node.start_mark.column)
    return found


def _remove_pairs(node: Any, names: set[str], lines: list[str]) -> set[int]:
    """The lines to leave out so that a block mapping loses its pairs ``names``.

    When the mapping's first pair goes and it began a list item (``- text::zh: ...``), the list
    item's dash moves to the first pair that stays (``lines`` is changed for that).
    """
    if node is None or node.flow_style:
        return set()  # whatever is left is found by the check that follows, and the file written anew
    removed: set[int] = set()
    dash = None
    for index, (key_node, value_node) in enumerate(node.value):
        start, column = key_node.start_mark.line, key_node.start_mark.column
        if key_node.value in names:
            lead = lines[start][:column]
            if lead.strip():
                if index != 0 or lead.strip() != "-":
                    return set()
                dash = lead
            removed.update(range(start, _end_line(value_node)))
        elif dash is not None:
            lines[start] = dash + lines[start][column:]
            dash = None
    return removed


def _end_line(value_node: Any) -> int:
    """The first line after a value (a block text ends at the start of the next line)."""
    end = value_node.end_mark
    return end.line + 1 if end.column > 0 else end.line


def _compose(text: str, name: str) -> tuple[Any, dict[int, Any]]:
    """A file's data, and the YAML node each of its mappings was made from (by the mapping's id)."""
    yaml = yaml_module()
    nodes: dict[int, Any] = {}

    class Loader(yaml.SafeLoader):  # type: ignore[name-defined,misc]
        pass

    def mapping(loader: Any, node: Any) -> Iterator[dict[str, Any]]:
        data: dict[str, Any] = {}
        nodes[id(data)] = node
        yield data
        data.update(loader.construct_mapping(node))

    Loader.add_constructor("tag:yaml.org,2002:map", mapping)
    try:
        return yaml.load(text, Loader=Loader), nodes
    except yaml.YAMLError as exc:
        raise FormError(f"{name}: is not valid YAML ({exc}).") from exc


def _load(text: str, name: str) -> Any:
    yaml = yaml_module()
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise FormError(f"{name}: is not valid YAML ({exc}).") from exc


def _plain(data: Any) -> Any:
    """A deep copy made of plain dicts and lists (what equality is checked on)."""
    if isinstance(data, dict):
        return {key: _plain(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_plain(value) for value in data]
    return data


def _dump(data: Any, old_text: str) -> str:
    """A file written anew from its data, keeping the comment lines that head the old file."""
    yaml = yaml_module()
    head = []
    for line in old_text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        head.append(line)
    return "".join(head) + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def _read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def _write_all(folder: Path, writes: dict[str, str | None]) -> None:
    """Write every file (None: remove it), each atomically; on a failure put back those already written."""
    done: list[tuple[Path, bytes | None]] = []
    try:
        for name, text in writes.items():
            path = folder / name
            old = path.read_bytes() if path.exists() else None
            if text is None:
                if old is not None:
                    path.unlink()
                    done.append((path, old))
                continue
            path.parent.mkdir(exist_ok=True)
            write_bytes_atomically(path, text.encode("utf-8"))
            done.append((path, old))
        where = folder / TRANSLATIONS_FOLDER
        if where.is_dir() and not any(where.iterdir()):
            where.rmdir()
    except (OSError, BsreporterError) as exc:
        for path, old in reversed(done):
            if old is None:
                path.unlink(missing_ok=True)
            else:
                write_bytes_atomically(path, old)
        raise FormError(f"{folder}: cannot write the converted form ({exc}); it was left as it was.") from exc
