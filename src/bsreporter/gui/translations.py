"""The interface translations: Qt Linguist sources (.ts) in resources/translations, compiled to .qm.

The sources ``resources/translations/bsreporter_<language>.ts`` are what people edit
(with Qt Linguist or by hand) and what git holds. Qt loads only compiled ``.qm``
files, and those are always made by ``lrelease`` (shipped with PySide6), never by
hand and never committed:

- A built bundle or wheel may carry ``.qm`` files next to the sources (made at
  build time with ``python -m bsreporter.gui.translations compile DIR``); one is
  used when it was compiled from exactly the source beside it.
- Otherwise (a source checkout, ``pip install -e .``) the program compiles a source
  on first use into the user cache folder, under a name that holds the source's
  content hash, so an edited or updated source is compiled again and a stale
  translation is never loaded.

``python -m bsreporter.gui.translations update`` refreshes the sources from the code
with ``lupdate`` (English is the source language, so there is no English file), then
writes the core's contexts (messages, document and display words, which lupdate cannot
find in ``tr()`` calls) again from the English catalogue of the code
(:mod:`bsreporter.messages.catalogue_sync`). See docs/translations.md.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path

from bsreporter.logs import log_exception
from bsreporter.messages.catalogue import CORE_CONTEXTS, TRANSLATED
from bsreporter.paths import user_cache_dir
from bsreporter.resources import resource_path

PREFIX = "bsreporter_"
#: A compiled file carries the hash of the source it came from in this companion file.
_HASH_SUFFIX = ".source-sha256"


def sources_dir() -> Path:
    """The folder of the .ts sources (and of .qm files compiled at build time)."""
    return resource_path("resources", "translations")


def source_path(language: str) -> Path:
    """The .ts source of a language (it may not exist)."""
    return sources_dir() / f"{PREFIX}{language}.ts"


def qt_tool(name: str) -> Path:
    """A Qt tool shipped inside PySide6 (lrelease, lupdate)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def compiled_translation(language: str) -> Path | None:
    """A .qm file for ``language`` compiled from its current source; None for English or when it cannot be had.

    Never raises: a missing translation leaves the interface in English (and a line in the log).
    """
    source = source_path(language)
    if language == "en" or not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    shipped = source.with_suffix(".qm")
    if _made_from(shipped, digest):
        return shipped
    cached = user_cache_dir() / "translations" / f"{PREFIX}{language}-{digest[:16]}.qm"
    if cached.is_file() and cached.stat().st_size > 0:
        return cached
    import subprocess  # only to compile a source, once; not at every start

    try:
        compile_source(source, cached)
    except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
        log_exception(exc)  # the interface stays in English; the log says why
        return None
    for old in cached.parent.glob(f"{PREFIX}{language}-*.qm"):  # earlier versions of this source
        if old != cached:
            old.unlink(missing_ok=True)
    return cached


def _made_from(compiled: Path, digest: str) -> bool:
    marker = compiled.with_name(compiled.name + _HASH_SUFFIX)
    try:
        return compiled.is_file() and marker.read_text(encoding="ascii").strip() == digest
    except OSError:
        return False


def compile_source(source: Path, target: Path) -> None:
    """Compile one .ts source to ``target`` with lrelease (written atomically)."""
    import subprocess

    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        result = subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(temporary)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0 or not temporary.is_file():
            raise RuntimeError(f"lrelease failed on {source.name}: {result.stderr.strip() or result.stdout.strip()}")
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def compile_all(destination: Path) -> list[Path]:
    """Compile every source into ``destination`` (for a bundle or wheel), each with its source hash beside it."""
    written = []
    for language in TRANSLATED:
        source = source_path(language)
        target = destination / source.with_suffix(".qm").name
        compile_source(source, target)
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        target.with_name(target.name + _HASH_SUFFIX).write_text(digest + "\n", encoding="ascii")
        written.append(target)
    return written


def gui_sources() -> list[Path]:
    """The Python files whose strings are translated."""
    folder = Path(__file__).resolve().parent
    return sorted(folder.glob("*.py"))


def core_english() -> dict[str, dict[str, str | tuple[str, ...]]]:
    """The core's words in English by context and key: what the core contexts of every .ts must hold."""
    from bsreporter.exchange.labels import english_phrases
    from bsreporter.messages import MESSAGES
    from bsreporter.report.display import english_words

    return {"messages": dict(MESSAGES), "documents": dict(english_phrases()), "display": english_words()}


def update_sources(folder: Path | None = None) -> list[Path]:
    """Run lupdate over the GUI code into the .ts sources of ``folder`` (default: the project's), keeping
    existing translations; strings no longer in the code are dropped. The core's contexts are then written
    again from the code's English (lupdate would drop them: it sees only ``tr()`` calls)."""
    import subprocess

    from bsreporter.messages.catalogue_sync import sync_file

    folder = folder or sources_dir()
    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / f"{PREFIX}{language}.ts" for language in TRANSLATED]
    english = core_english()
    for target, language in zip(targets, TRANSLATED, strict=True):
        previous = target.read_text(encoding="utf-8") if target.is_file() else None
        subprocess.run(
            [
                str(qt_tool("lupdate")),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *map(str, gui_sources()),
                "-ts",
                str(target),
            ],
            check=True,
            timeout=300,
        )
        _drop_code_comments(target)
        sync_file(target, english, previous=previous)
    return targets


#: A note lupdate copies into a .ts from a ``#:`` comment of the code.
_EXTRA_COMMENT = re.compile(r"^[ \t]*<extracomment>.*?</extracomment>\n", re.MULTILINE)


def _drop_code_comments(target: Path) -> None:
    """Remove the notes lupdate took from ``#:`` comments: in this code they document a constant or a signal
    near a ``tr()`` call, and a translator reading them as notes about the text would be misled."""
    text = target.read_text(encoding="utf-8")
    cleaned = _EXTRA_COMMENT.sub("", text)
    if cleaned != text:
        target.write_text(cleaned, encoding="utf-8")


def translate_core_entry(context: str, key: str, texts: dict[str, str], folder: Path | None = None) -> list[Path]:
    """Give the core entry ``key`` of ``context`` its finished translations (language -> text; a plural
    message's forms separated by ``|``), in the .ts sources of ``folder`` (default: the project's).

    For a message added to the code without Qt Linguist at hand; every other entry is left as it is.
    """
    from bsreporter.messages.catalogue_sync import sync_file

    english = core_english()
    if key not in english.get(context, {}):
        raise KeyError(f"no key {key!r} in context {context!r} of the code")
    unknown = sorted(set(texts) - set(TRANSLATED))
    if unknown:
        raise KeyError(f"no translation file for {', '.join(unknown)}; the languages are {', '.join(TRANSLATED)}")
    plural = isinstance(english[context][key], tuple)
    changed = []
    for language, text in texts.items():
        target = (folder or sources_dir()) / f"{PREFIX}{language}.ts"
        translation = tuple(form.strip() for form in text.split("|")) if plural else text
        if sync_file(target, english, translated={(context, key): translation}):
            changed.append(target)
    return changed


def _main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m bsreporter.gui.translations", description="Update or compile the interface translations."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "update", help="refresh resources/translations/*.ts from the code (lupdate, then the core's contexts)"
    )
    translate_command = commands.add_parser(
        "translate", help="give a core entry its translations: translate messages KEY fr=TEXT es=TEXT ..."
    )
    translate_command.add_argument("context", choices=CORE_CONTEXTS)
    translate_command.add_argument("key")
    translate_command.add_argument("texts", nargs="+", metavar="LANG=TEXT")
    compile_command = commands.add_parser("compile", help="compile every .ts into DIR (lrelease)")
    compile_command.add_argument("folder", type=Path, nargs="?", help="default: next to the sources")
    arguments = parser.parse_args(argv)
    if arguments.command == "update":
        for path in update_sources():
            print(path)
    elif arguments.command == "translate":
        texts = dict(text.partition("=")[::2] for text in arguments.texts)
        for path in translate_core_entry(arguments.context, arguments.key, texts):
            print(path)
    else:
        for path in compile_all(arguments.folder or sources_dir()):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(_main())
