"""The translations of the core's words, read from the one catalogue: the Qt Linguist sources (no Qt).

English is the language of the code: every message, document word and display word is written there
in English under a key. Its translations live beside the window's in
``resources/translations/bsreporter_<language>.ts``, one context per part of the core
(:data:`CORE_CONTEXTS`), each entry with the English text as ``<source>`` and the key as its
``<comment>`` (Qt Linguist's disambiguation), so a translator works on every word of the program in one
file with one tool (docs/translations.md).

A language's file is read the first time one of its words is needed, once per process; English never
reads a file. Parsing the XML costs more than starting a command should, so what it finds is kept in the
user cache folder under the file's hash (an edited file is read afresh) and read back, checked, from
there. An entry still unfinished (new, or its English changed) is not used, as ``lrelease`` leaves it
out of the window's translation too: the English text is shown instead.
"""

from __future__ import annotations

from pathlib import Path

from bsreporter.resources import resource_path

#: The contexts of the .ts files that hold the core's words (the window's are named after its classes).
CORE_CONTEXTS = ("messages", "documents", "display")
#: The languages with a translation file; English is the code's own.
TRANSLATED = ("fr", "es", "ru", "ar", "zh")

#: A translation: one text, or a plural message's forms in the order Qt Linguist gives for its language.
Translation = str | tuple[str, ...]

_loaded: dict[str, dict[tuple[str, str], Translation]] = {}
#: First line of a cache file: this mark, the .ts file's hash, the hash of what follows.
_CACHE_MARK = b"bsreporter-core-words-1"
#: A cache file larger than this is not one the program wrote (the real ones are under 100 kB).
_CACHE_MAX_BYTES = 4_000_000


def source_path(language: str) -> Path:
    """The .ts file of a language (it may not exist)."""
    return resource_path("resources", "translations", f"bsreporter_{language}.ts")


def translation(context: str, key: str, language: str) -> Translation | None:
    """The finished translation of ``key`` of ``context`` in ``language``; None for English or when it has none."""
    if language == "en":
        return None
    entries = _loaded.get(language)
    if entries is None:
        entries = _loaded[language] = _read(source_path(language))
    return entries.get((context, key))


def translations(context: str, key: str) -> dict[str, Translation]:
    """Every translated language's text of ``key`` (English, the code's own, not among them)."""
    found = {}
    for language in TRANSLATED:
        text = translation(context, key, language)
        if text is not None:
            found[language] = text
    return found


def _read(path: Path) -> dict[tuple[str, str], Translation]:
    """(context, key) -> finished translation of every core entry of a .ts file ({} when it cannot be read)."""
    try:
        content = path.read_bytes()
    except OSError:
        return {}  # a language without its file speaks English, as the window does
    # Loaded only here: most runs of a command put no word into another language.
    from bsreporter.digest import sha256_hex

    source_hash = sha256_hex(content)
    cache_file = _cache_file(path, source_hash)
    if cache_file is not None:
        cached = _read_cache(cache_file, source_hash)
        if cached is not None:
            return cached
    from xml.parsers.expat import ExpatError

    try:
        entries = parse(content)
    except ExpatError as exc:
        from bsreporter.logs import log_exception

        # A damaged file (a save cut short, a hand edit gone wrong) leaves its language in English, as
        # lrelease failing on it leaves the window in English; the log names the file and the place.
        log_exception(ValueError(f"the translations in {path.name} cannot be read: {exc}"))
        return {}
    if cache_file is not None:
        _write_cache(cache_file, source_hash, entries)
    return entries


def _cache_file(path: Path, source_hash: str) -> Path | None:
    """Where the words of a .ts file with this hash are kept; None when there is no usable cache folder."""
    from bsreporter.paths import user_cache_dir

    try:
        folder = user_cache_dir() / "translations"
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return folder / f"{path.stem}-core-{source_hash[:16]}.json"


def _read_cache(cache_file: Path, source_hash: str) -> dict[tuple[str, str], Translation] | None:
    """The words kept in ``cache_file``, or None when it is absent or anything about it is not right."""
    from bsreporter.paths import CACHE_MISS, read_json_cache

    data = read_json_cache(cache_file, _CACHE_MARK, source_hash, max_bytes=_CACHE_MAX_BYTES)
    if data is CACHE_MISS or not isinstance(data, list):
        return None
    entries: dict[tuple[str, str], Translation] = {}
    for item in data:
        match item:
            case [str(context), str(key), str(text)]:
                entries[(context, key)] = text
            case [str(context), str(key), list(forms)] if all(isinstance(form, str) for form in forms):
                entries[(context, key)] = tuple(forms)
            case _:
                return None
    return entries


def _write_cache(cache_file: Path, source_hash: str, entries: dict[tuple[str, str], Translation]) -> None:
    """Keep the words for the next process, removing those of earlier versions of the file; best effort."""
    from bsreporter.paths import write_json_cache

    data = [[context, key, value] for (context, key), value in entries.items()]
    stem = cache_file.name.rpartition("-")[0]
    try:
        write_json_cache(cache_file, _CACHE_MARK, source_hash, data, prefix=f".{stem}-")
        for old in cache_file.parent.glob(f"{stem}-*.json"):
            if old != cache_file:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass  # the file is parsed again next time


def parse(content: bytes) -> dict[tuple[str, str], Translation]:
    """(context, key) -> finished translation of every entry of the core contexts in a .ts file's bytes."""
    from xml.parsers import expat

    found: dict[tuple[str, str], Translation] = {}
    # The parser's state: the element whose text is being gathered, and what the current message has so far.
    state: dict[str, str] = {}
    text: list[str] = []
    forms: list[str] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        if name == "message":
            state.pop("comment", None)
            state["finished"] = "1"
            forms.clear()
        elif name == "translation" and attributes.get("type") in {"unfinished", "vanished", "obsolete"}:
            state["finished"] = ""
        text.clear()

    def characters(data: str) -> None:
        text.append(data)

    def end(name: str) -> None:
        if name == "name":
            state["context"] = "".join(text)
        elif name == "comment":
            state["comment"] = "".join(text)
        elif name == "numerusform":
            forms.append("".join(text))
        elif name == "translation":
            state["translation"] = "".join(text)
        elif name == "message":
            context, key = state.get("context", ""), state.get("comment")
            if context in CORE_CONTEXTS and key and state["finished"]:
                value: Translation = tuple(forms) if forms else state["translation"]
                if value:
                    found[(context, key)] = value
        text.clear()

    parser = expat.ParserCreate("utf-8")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.Parse(content, True)
    return found


def plural_index(count: int, language: str) -> int:
    """Which of a plural message's forms says ``count`` in ``language``, in Qt Linguist's order of the forms.

    The forms are those of the CLDR plural rules: English and Spanish one/other, French one (0 and 1)/other,
    Russian one/few/many, Arabic zero/one/two/few/many/other, Chinese a single form.
    """
    n = abs(count)
    if language == "zh":
        return 0
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    if language == "ar":
        if n <= 2:
            return n
        if 3 <= n % 100 <= 10:
            return 3
        return 4 if 11 <= n % 100 <= 99 else 5
    if language == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


#: How many forms a plural message has in each language (what Qt Linguist asks a translator for).
PLURAL_FORMS = {"en": 2, "zh": 1, "fr": 2, "es": 2, "ru": 3, "ar": 6}
