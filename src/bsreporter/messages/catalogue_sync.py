"""Keep the core's contexts of the .ts files in step with the English written in the code (no Qt).

``lupdate`` finds the window's strings in its ``tr()`` calls; the core's words are keyed entries of
Python dicts it cannot see, so after it has run, :func:`sync_text` writes the core contexts again from
the English catalogue: an entry whose English is unchanged keeps its translation (finished or not), a
changed English keeps the old translation marked unfinished with the old English beside it (Qt Linguist
shows both), a new key gets an empty unfinished entry, and a key gone from the code is dropped. The
result is written the way ``lupdate`` writes, so a file goes through either tool without a stray change.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

from bsreporter.messages.catalogue import CORE_CONTEXTS, PLURAL_FORMS

#: English of a core entry: one template, or a plural message's forms (one, other).
English = str | tuple[str, ...]
#: context -> key -> English, in the order the entries are to be written.
EnglishCatalogue = Mapping[str, Mapping[str, English]]

_CORE_BLOCK = re.compile(
    r"<context>\s*<name>(?:" + "|".join(CORE_CONTEXTS) + r")</name>.*?</context>\n", re.DOTALL
)


class _Entry:
    """What a .ts file holds for one core key."""

    __slots__ = ("finished", "oldsource", "source", "translation")

    def __init__(self, source: str, translation: str | tuple[str, ...], finished: bool, oldsource: str = "") -> None:
        self.source = source
        self.translation = translation
        self.finished = finished
        #: The English the translation was made for, while it waits for a translator after a change.
        self.oldsource = oldsource


def core_entries(text: str) -> dict[tuple[str, str], _Entry]:
    """(context, key) -> what the core contexts of a .ts file's text hold, finished or not."""
    found = {}
    for context in ET.fromstring(text.encode("utf-8")).iter("context"):
        name = context.findtext("name") or ""
        if name not in CORE_CONTEXTS:
            continue
        for message in context.iter("message"):
            key = message.findtext("comment") or ""
            translation = message.find("translation")
            if translation is None or not key:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            value = tuple(forms) if message.get("numerus") == "yes" else (translation.text or "")
            finished = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
            found[(name, key)] = _Entry(message.findtext("source") or "", value, finished,
                                        message.findtext("oldsource") or "")
    return found


def sync_text(
    text: str,
    english: EnglishCatalogue,
    *,
    previous: str | None = None,
    translated: Mapping[tuple[str, str], str | tuple[str, ...]] | None = None,
) -> str:
    """``text`` (a .ts file) with its core contexts written afresh from ``english``.

    The translations are taken from ``previous`` (the same file before ``lupdate`` dropped the entries it
    could not find in the code), or from ``text`` itself; ``translated`` gives finished translations of
    (context, key) entries, as a translator marking them done would.
    """
    language = _language(text)
    kept = core_entries(previous if previous is not None else text)
    for (context, key), translation in (translated or {}).items():
        source = english[context][key]
        kept[(context, key)] = _Entry(source[-1] if isinstance(source, tuple) else source, translation, True)
    body = _CORE_BLOCK.sub("", text)
    blocks = "".join(_context(context, english.get(context, {}), kept, language) for context in CORE_CONTEXTS)
    end = body.rindex("</TS>")
    return body[:end] + blocks + body[end:]


def sync_file(
    path: Path,
    english: EnglishCatalogue,
    *,
    previous: str | None = None,
    translated: Mapping[tuple[str, str], str | tuple[str, ...]] | None = None,
) -> bool:
    """Sync one .ts file in place (see :func:`sync_text`); True when it changed."""
    text = path.read_text(encoding="utf-8")
    synced = sync_text(text, english, previous=previous, translated=translated)
    if synced == text:
        return False
    path.write_text(synced, encoding="utf-8")
    return True


def _language(text: str) -> str:
    match = re.search(r'<TS [^>]*language="([^"]+)"', text)
    return match.group(1).split("_")[0] if match else "en"


def _context(name: str, entries: Mapping[str, English], kept: dict[tuple[str, str], _Entry], language: str) -> str:
    if not entries:
        return ""
    lines = ["<context>", f"    <name>{name}</name>"]
    for key, english in entries.items():
        plural = isinstance(english, tuple)
        source = english[-1] if isinstance(english, tuple) else english
        old = kept.get((name, key))
        if old is not None and isinstance(old.translation, tuple) != plural:
            old = None  # a message that became plural (or stopped being one) is translated anew
        lines.append('    <message numerus="yes">' if plural else "    <message>")
        lines.append(f"        <source>{_escape(source)}</source>")
        finished = old is not None and old.finished and old.source == source
        if old is not None and not finished:
            # Until it is translated again, the entry says which English its translation was made for.
            oldsource = old.oldsource or (old.source if old.source != source else "")
            if oldsource:
                lines.append(f"        <oldsource>{_escape(oldsource)}</oldsource>")
        lines.append(f"        <comment>{_escape(key)}</comment>")
        attribute = "" if finished else ' type="unfinished"'
        if plural:
            forms = old.translation if old is not None else ("",) * PLURAL_FORMS.get(language, 2)
            lines.append(f"        <translation{attribute}>")
            lines.extend(f"            <numerusform>{_escape(form)}</numerusform>" for form in forms)
            lines.append("        </translation>")
        else:
            translation = old.translation if old is not None else ""
            lines.append(f"        <translation{attribute}>{_escape(str(translation))}</translation>")
        lines.append("    </message>")
    lines.append("</context>")
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    """Text as lupdate writes it in a .ts file."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        .replace("'", "&apos;")
    )
