"""The one catalogue of the program's words: the core's words in every .ts, in step with the code's English."""

from __future__ import annotations

import re
import string
from collections import Counter
from pathlib import Path

import pytest

from bsreporter.exchange.labels import phrase
from bsreporter.gui.translations import core_english
from bsreporter.messages import catalogue, render
from bsreporter.messages.catalogue import CORE_CONTEXTS, PLURAL_FORMS, TRANSLATED, source_path, translations
from bsreporter.messages.catalogue_sync import core_entries, sync_text
from bsreporter.paths import user_cache_dir
from bsreporter.report.completeness import Status
from bsreporter.report.display import rows_text, status_text


def _fields(template: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(template) if name)


@pytest.fixture
def french_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the French .ts that the program reads instead of the installed one."""
    folder = tmp_path / "translations"
    folder.mkdir()
    copy = folder / "bsreporter_fr.ts"
    copy.write_bytes(source_path("fr").read_bytes())
    monkeypatch.setattr(catalogue, "source_path", lambda language: folder / f"bsreporter_{language}.ts")
    monkeypatch.setattr(catalogue, "_loaded", {})
    return copy


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_core_word_has_one_finished_translation_with_the_same_placeholders(language: str) -> None:
    english = core_english()
    assert sum(map(len, english.values())) > 350  # messages, document words and display words
    text = source_path(language).read_text(encoding="utf-8")
    keys = Counter(re.findall(r"<comment>([^<]*)</comment>", "".join(
        block for block in re.findall(r"<context>.*?</context>", text, re.DOTALL)
        if re.search(r"<name>(?:" + "|".join(CORE_CONTEXTS) + ")</name>", block)
    )))
    assert [key for key, count in keys.items() if count > 1] == []
    entries = core_entries(text)
    for context, words in english.items():
        for key, source in words.items():
            entry = entries[(context, key)]
            assert entry.finished, f"{language}: {context}/{key} is not translated"
            if isinstance(source, tuple):  # a plural message: the forms Qt Linguist asks for in this language
                assert isinstance(entry.translation, tuple) and len(entry.translation) == PLURAL_FORMS[language]
                assert all(form.strip() and set(_fields(form)) <= set(_fields(source[-1]))
                           for form in entry.translation), f"{language}: {key}"
            else:
                assert isinstance(entry.translation, str) and entry.translation.strip(), f"{language}: {key}"
                assert _fields(entry.translation) == _fields(source), f"{language}: {context}/{key}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_core_contexts_hold_exactly_the_words_of_the_code(language: str) -> None:
    # Written again from the code's English, a .ts is unchanged: no key missing, none stale, no English changed.
    text = source_path(language).read_text(encoding="utf-8")
    assert sync_text(text, core_english()) == text


def test_no_two_core_entries_say_the_same_thing() -> None:
    said: dict[tuple[object, ...], list[str]] = {}
    for context, words in core_english().items():
        for key, english in words.items():
            said.setdefault((english, *sorted(translations(context, key).items())), []).append(f"{context}/{key}")
    assert [keys for keys in said.values() if len(keys) > 1] == []


def test_not_applicable_is_one_entry_for_answers_statuses_and_messages() -> None:
    assert status_text(Status.NOT_APPLICABLE, "fr") == render("special_not_applicable", {}, "fr") == "Sans objet"
    assert "Not applicable" not in [
        english for context, words in core_english().items() if context != "messages" for english in words.values()
    ]


def test_a_translation_edited_in_the_ts_is_what_the_person_reads(french_only: Path) -> None:
    text = french_only.read_text(encoding="utf-8")
    french_only.write_text(text.replace(">Sans objet<", ">Non applicable<"), encoding="utf-8")
    assert status_text(Status.NOT_APPLICABLE, "fr") == "Non applicable"
    assert phrase("party", "fr") == "Partie"


def test_an_unfinished_or_missing_translation_reads_in_english(french_only: Path) -> None:
    text = french_only.read_text(encoding="utf-8")
    unfinished = text.replace("<comment>party</comment>\n        <translation>",
                              '<comment>party</comment>\n        <translation type="unfinished">')
    assert unfinished != text
    french_only.write_text(unfinished, encoding="utf-8")
    assert phrase("party", "fr") == "Party"
    assert phrase("cycle", "fr") == "Cycle de présentation des rapports"
    assert rows_text(3, "es") == "3 rows"  # no Spanish file at all: English, with English plural rules


def test_english_never_reads_a_translation_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(language: str) -> Path:
        raise AssertionError(f"read the {language} file")

    monkeypatch.setattr(catalogue, "source_path", refuse)
    monkeypatch.setattr(catalogue, "_loaded", {})
    assert render("already_validated", {}, "en") == "The report is already validated."
    assert phrase("party", "en") == "Party" and rows_text(1, "en") == "1 row"


def test_plural_forms_follow_each_language() -> None:
    assert [rows_text(n, "ru") for n in (1, 3, 5, 21)] == ["1 строка", "3 строки", "5 строк", "21 строка"]
    assert [rows_text(n, "ar") for n in (0, 1, 2, 3, 11, 100)] == [
        "لا توجد صفوف", "صف واحد", "صفان", "3 صفوف", "11 صفًا", "100 صف"]
    assert [rows_text(n, "fr") for n in (0, 1, 2)] == ["0 ligne", "1 ligne", "2 lignes"]
    assert rows_text(12, "zh") == "12 行"


_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Kept as it is.</source>
        <comment>kept</comment>
        <translation>Gardé tel quel.</translation>
    </message>
    <message>
        <source>Old English.</source>
        <comment>changed</comment>
        <translation>Ancien français.</translation>
    </message>
    <message>
        <source>Gone from the code.</source>
        <comment>removed</comment>
        <translation>Disparu du code.</translation>
    </message>
</context>
</TS>
"""


def test_a_sync_keeps_marks_adds_and_drops_core_entries_and_leaves_the_window_strings() -> None:
    english = {"messages": {"kept": "Kept as it is.", "changed": "New English.", "new": "A new message for {name}."},
               "display": {"rows": ("{n} row", "{n} rows")}}
    synced = sync_text(_TS, english)
    entries = core_entries(synced)
    assert "<source>&amp;Quit</source>" in synced and "<translation>&amp;Quitter</translation>" in synced
    kept, changed, new = (entries[("messages", key)] for key in ("kept", "changed", "new"))
    assert (kept.translation, kept.finished) == ("Gardé tel quel.", True)
    assert (changed.source, changed.translation, changed.finished) == ("New English.", "Ancien français.", False)
    assert "<oldsource>Old English.</oldsource>" in synced  # Qt Linguist shows what the translation was made for
    assert (new.source, new.translation, new.finished) == ("A new message for {name}.", "", False)
    assert ("messages", "removed") not in entries
    rows = entries[("display", "rows")]
    assert rows.translation == ("", "") and not rows.finished  # French has two plural forms to fill in
    assert sync_text(synced, english) == synced  # a second sync changes nothing
    assert catalogue.parse(synced.encode()) == {("messages", "kept"): "Gardé tel quel."}  # only finished entries


def test_a_sync_after_lupdate_takes_the_translations_from_before() -> None:
    # lupdate -no-obsolete drops the entries it cannot find in tr() calls; the file from before still has them.
    after_lupdate = re.sub(r"<context>\s*<name>messages</name>.*?</context>\n", "", _TS, flags=re.DOTALL)
    synced = sync_text(after_lupdate, {"messages": {"kept": "Kept as it is."}}, previous=_TS)
    assert core_entries(synced)[("messages", "kept")].translation == "Gardé tel quel."


def test_the_words_are_read_back_from_the_cache_and_a_damaged_cache_is_read_anew(
    french_only: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert phrase("party", "fr") == "Partie"  # parsed once, kept in the cache folder
    (cached,) = (user_cache_dir() / "translations").glob("bsreporter_fr-core-*.json")

    def refuse(content: bytes) -> dict[tuple[str, str], object]:
        raise AssertionError("parsed the .ts again")

    with monkeypatch.context() as inner:
        inner.setattr(catalogue, "parse", refuse)
        inner.setattr(catalogue, "_loaded", {})
        assert phrase("party", "fr") == "Partie" and rows_text(2, "fr") == "2 lignes"
    # A cache file cut short, or one whose words were changed behind the program's back, is not believed.
    for damaged in (cached.read_bytes()[:-40], cached.read_bytes().replace(b"Partie", b"Parti!")):
        cached.write_bytes(damaged)
        monkeypatch.setattr(catalogue, "_loaded", {})
        assert phrase("party", "fr") == "Partie"
    # An edited .ts is read afresh, and the words of the old one are removed.
    french_only.write_text(french_only.read_text(encoding="utf-8").replace(">Partie<", ">Partie déclarante<"),
                           encoding="utf-8")
    monkeypatch.setattr(catalogue, "_loaded", {})
    assert phrase("party", "fr") == "Partie déclarante"
    assert len(list(cached.parent.glob("bsreporter_fr-core-*.json"))) == 1 and not cached.exists()


def test_a_damaged_translation_file_leaves_its_language_in_english(french_only: Path) -> None:
    # A translator's half-saved file must not stop the program: its words read in English, the log says why.
    french_only.write_bytes(french_only.read_bytes()[:-5000])
    assert phrase("party", "fr") == "Party"
    assert render("already_validated", {}, "fr") == "The report is already validated."
    assert "bsreporter_fr.ts" in (user_cache_dir().parent / "logs" / "bsreporter.log").read_text(encoding="utf-8")


def test_a_message_added_to_the_code_is_translated_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bsreporter import messages
    from bsreporter.gui.translations import translate_core_entry
    from bsreporter.messages.catalogue_sync import sync_file

    for language in TRANSLATED:
        (tmp_path / f"bsreporter_{language}.ts").write_bytes(source_path(language).read_bytes())
    monkeypatch.setitem(messages.MESSAGES, "export_done_for", "Exported for {name}.")
    for language in TRANSLATED:  # what `update` does for a new key: an empty, unfinished entry
        sync_file(tmp_path / f"bsreporter_{language}.ts", core_english())
    changed = translate_core_entry("messages", "export_done_for", {"fr": "Exporté pour {name}.",
                                                                   "ar": "صُدّر من أجل {name}."}, tmp_path)
    assert sorted(path.name for path in changed) == ["bsreporter_ar.ts", "bsreporter_fr.ts"]
    french = catalogue.parse((tmp_path / "bsreporter_fr.ts").read_bytes())
    assert french[("messages", "export_done_for")] == "Exporté pour {name}."
    assert ("messages", "export_done_for") not in catalogue.parse((tmp_path / "bsreporter_es.ts").read_bytes())
    assert len(french) == len(catalogue.parse(source_path("fr").read_bytes())) + 1  # nothing else changed
    translate_core_entry("display", "rows", {"fr": "{n} ligne | {n} lignes"}, tmp_path)
    assert catalogue.parse((tmp_path / "bsreporter_fr.ts").read_bytes())[("display", "rows")] == (
        "{n} ligne", "{n} lignes")
    with pytest.raises(KeyError):
        translate_core_entry("messages", "export_done_for", {"de": "Exportiert."}, tmp_path)
