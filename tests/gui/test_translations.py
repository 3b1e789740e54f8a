"""The interface translations: complete for every language, in step with the code, compiled on demand."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bsreporter.gui import translations
from bsreporter.gui.translations import TRANSLATED, compiled_translation, source_path, update_sources
from bsreporter.messages.catalogue import CORE_CONTEXTS

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source text, comment) -> the <translation> element of every message of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message.find(
                "translation"
            )
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_entry_is_translated_with_the_same_placeholders(language: str) -> None:
    entries = messages(source_path(language))
    assert len(entries) > 700  # the window's strings and the core's words, in the one catalogue
    for (context, source, _), translation in entries.items():
        assert translation is not None, f"{language}: {context}: {source!r}"
        assert translation.get("type") is None, f"{language}: {source!r} is {translation.get('type')}"
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if forms:
            # A plural form may say the number in words ("صفان", two rows), never another value.
            assert all(form.strip() for form in forms), f"{language}: {context}: {source!r}"
            assert all(set(_PLACEHOLDER.findall(form)) <= set(_PLACEHOLDER.findall(source)) for form in forms)
            continue
        assert (translation.text or "").strip(), f"{language}: {context}: {source!r}"
        # The program fills {name}, {count}... into the translation: each must be there, spelled the same.
        assert sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(translation.text or "")), (
            f"{language}: {source!r}"
        )


def test_sources_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    # lupdate reads the code afresh into an empty folder, and the core's words are added from their English;
    # the committed sources must list the same strings, the window's and the core's.
    fresh = update_sources(tmp_path)
    in_code = set(messages(fresh[0]))
    for language in TRANSLATED:
        committed = set(messages(source_path(language)))
        assert not in_code - committed, f"{language}: not yet in the .ts: {sorted(in_code - committed)[:5]}"
        assert not committed - in_code, f"{language}: no longer in the code: {sorted(committed - in_code)[:5]}"


def test_an_update_gives_the_translator_no_code_comment_as_a_note(tmp_path: Path) -> None:
    # lupdate turns a ``#:`` comment near a tr() call into a note for the translator; here those comments
    # document constants and signals ("Ten minutes of editing between two automatic copies." sat beside
    # "When the report was opened"), so an update keeps none, and neither do the committed sources.
    for path in [*update_sources(tmp_path), *map(source_path, TRANSLATED)]:
        assert not ET.parse(path).getroot().findall(".//extracomment"), path.name


def test_a_source_is_compiled_once_and_again_when_it_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copyfile(source_path("fr"), folder / "bsreporter_fr.ts")
    monkeypatch.setattr(translations, "sources_dir", lambda: folder)
    first = compiled_translation("fr")
    assert first is not None and first.is_file() and first.stat().st_size > 1000
    assert compiled_translation("fr") == first  # cached
    edited = (folder / "bsreporter_fr.ts").read_text(encoding="utf-8").replace(">Fermer<", ">Fermer la fenêtre<", 1)
    (folder / "bsreporter_fr.ts").write_text(edited, encoding="utf-8")
    second = compiled_translation("fr")
    assert second is not None and second != first and not first.exists()  # a stale translation is never used
    assert compiled_translation("en") is None  # English is the language of the code


def test_an_update_keeps_the_core_words_and_their_translations(tmp_path: Path) -> None:
    # lupdate alone drops every entry it finds in no tr() call: the core's contexts must come through whole.
    committed = source_path("ar").read_text(encoding="utf-8")
    (tmp_path / "bsreporter_ar.ts").write_text(committed, encoding="utf-8")
    update_sources(tmp_path)
    updated = messages(tmp_path / "bsreporter_ar.ts")
    before = messages(source_path("ar"))
    core = {entry for entry in before if entry[0] in CORE_CONTEXTS}
    assert len(core) > 350 and core <= set(updated)
    assert all(updated[entry].get("type") is None for entry in core)
    assert ET.tostring(updated[("messages", "The report is already validated.", "already_validated")]) == ET.tostring(
        before[("messages", "The report is already validated.", "already_validated")]
    )
