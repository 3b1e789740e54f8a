"""A form's texts in other languages, kept apart from its structure: ``translations/<lang>.yaml``.

The structure files hold each text in the form's first language (``label::en``); a translation file
maps a stable key (``Q021.label``, ``Q021.choices.true.some.label``, ``group.Article5.title``) to the
text in one language. Before anything else reads the structure, the translated texts are put back
where an inline form holds them (``label::fr`` beside ``label::en``): the rest of the loader, and the
form's content hash, see exactly what the same form written inline gives, so a report made with one
layout opens as the same form with the other.

A key names the nearest item that has an id of its own in the whole form (a question by its id, a
group, note or section by ``group.ID`` ..., an objective, indicator or focal area by its number),
then the way down from it (an option or column by its name, an outcome by its place), then the field.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

#: Folder of the translation files, beside form.yaml.
TRANSLATIONS_FOLDER = "translations"

#: Wrappers whose mapping carries an id unique in the form: the key starts again from them.
_WRAPPERS = {"group": "id", "note": "id", "section": "id", "focal_area": "number"}
#: Lists whose entries carry an id unique in the form, and the word their keys start with.
_UNIQUE_ENTRIES = {"objectives": ("objective", "number"), "indicators": ("indicator", "id")}


def text_fields(data: Any, prefix: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Every text of a parsed form file: (key, the mapping holding it, the field's name), in file order.

    ``prefix`` is ``"form"`` for form.yaml and ``""`` for every other file.
    """
    if isinstance(data, list):
        for index, entry in enumerate(data, start=1):
            yield from text_fields(entry, _entry_prefix(prefix, "", entry, index))
        return
    if not isinstance(data, dict):
        return
    seen: list[str] = []
    for key in data:
        base, marker, _lang = str(key).partition("::")
        if marker and base not in seen:
            seen.append(base)
            yield (f"{prefix}.{base}" if prefix else base), data, base
    for key, value in data.items():
        key = str(key)
        if "::" in key:
            continue
        if key in _WRAPPERS and isinstance(value, dict):
            yield from text_fields(value, f"{key}.{value.get(_WRAPPERS[key])}")
        elif isinstance(value, list):
            for index, entry in enumerate(value, start=1):
                yield from text_fields(entry, _entry_prefix(prefix, key, entry, index))
        elif isinstance(value, dict):
            yield from text_fields(value, f"{prefix}.{key}" if prefix else key)


def _entry_prefix(prefix: str, key: str, entry: Any, index: int) -> str:
    """The key of one entry of a list: a question by its id alone, others below the item holding them."""
    if isinstance(entry, dict):
        if key in ("items", "questions") and "type" in entry and isinstance(entry.get("name"), str):
            return str(entry["name"])
        if key in _UNIQUE_ENTRIES:
            word, field = _UNIQUE_ENTRIES[key]
            return f"{word}.{entry.get(field)}"
        ident = entry.get("name", entry.get("id", index))
    else:
        ident = index
    parts = [part for part in (prefix, key, str(ident)) if part]
    return ".".join(parts)


def source_texts(data: Any, prefix: str, source: str) -> Iterator[tuple[str, str]]:
    """(key, text) of every text a file holds in the ``source`` language, in file order."""
    for key, mapping, field in text_fields(data, prefix):
        text = mapping.get(f"{field}::{source}")
        if isinstance(text, str):
            yield key, text


def merge_translations(data: Any, prefix: str, translations: dict[str, dict[str, Any]],
                       used: set[tuple[str, str]], keys_of: dict[int, str],
                       clashes: list[tuple[str, str]]) -> None:
    """Put each translated text of ``data`` where the inline layout holds it (``label::fr``).

    ``translations`` maps a language to its file's keys and texts; each key put in is added to ``used``
    (as (language, key)), the key of every mapping holding texts to ``keys_of`` (by the mapping's id, so a
    problem can name the key), and a text given both inline and in a translation file to ``clashes``.
    """
    for key, mapping, field in list(text_fields(data, prefix)):
        keys_of[id(mapping)] = key.rpartition(".")[0] if "." in key else ""
        for lang, texts in translations.items():
            if key not in texts:
                continue
            used.add((lang, key))
            name = f"{field}::{lang}"
            if name in mapping:
                clashes.append((lang, key))
            else:
                mapping[name] = texts[key]
