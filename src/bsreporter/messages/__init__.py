"""The program's messages to a person, in the six UN languages: one catalogue, one ``render``.

The messages are written here in English, each under a key; their translations are in the one
catalogue of every word the program shows, the Qt Linguist files ``resources/translations/*.ts``
(context ``messages``, the key as each entry's comment; see :mod:`bsreporter.messages.catalogue`).
Errors raised with ``BsreporterError.of(key, **params)`` name a message here; their
``str()`` is the English text (command line, logs) and ``text(language)`` the text in
the person's language (desktop application). The catalogue is split by layer:
``form`` (refused answers), ``report`` (report files, locks, backups, validation) and
``files`` (writing files, reading spreadsheets and other reports).

A parameter that can put itself in words (a ``Where``, a ``Phrase``, another keyed
error) is rendered in the same language; anything else is inserted as it is (file
names, numbers already formatted, the operating system's own reason).
"""

from __future__ import annotations

from collections.abc import Mapping

from bsreporter.messages.form import Where
from bsreporter.record import field, record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["MESSAGES", "Listing", "Phrase", "Where", "list_separator", "render"]


@record
class Phrase:
    """A part of a message that is itself a catalogue entry (e.g. "nothing was written")."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str) -> str:
        """The phrase in ``language``."""
        return render(self.key, self.params, language)

    def __str__(self) -> str:
        return self.text("en")


#: How a list is separated in each language (Chinese and Arabic have their own semicolons).
_LIST_SEPARATORS = {"zh": "；", "ar": "؛ "}


def list_separator(language: str) -> str:
    """What separates the items of a list written on one line in ``language`` (reasons, chosen options)."""
    return _LIST_SEPARATORS.get(language, "; ")


@record
class Listing:
    """Several parts of a message said one after the other (each a text, a Phrase or a keyed error)."""

    parts: tuple[Any, ...]

    def text(self, language: str) -> str:
        """Each part in ``language``, separated as that language separates a list of reasons."""
        separator = list_separator(language)
        # A part said on its own ends a sentence; in the list the message around it does.
        return separator.join(
            (part.text(language) if hasattr(part, "text") and not isinstance(part, str) else str(part)).rstrip(".。")
            for part in self.parts
        )

    def __str__(self) -> str:
        return self.text("en")


def _merge(*parts: dict[str, str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for part in parts:
        clash = set(merged) & set(part)
        if clash:  # a key means one message; two layers must not reuse it for different texts
            raise ValueError(f"message keys defined twice: {sorted(clash)}")
        merged.update(part)
    return merged


#: Every message: key -> English template (``str.format`` fields are the parameters). Put together when
#: first asked for: most runs of a command put no message into words.
MESSAGES: dict[str, str]
_catalogue: dict[str, str] = {}


def _messages() -> dict[str, str]:
    if not _catalogue:
        from bsreporter.messages.files import FILE_MESSAGES
        from bsreporter.messages.form import FORM_MESSAGES
        from bsreporter.messages.report import REPORT_MESSAGES

        _catalogue.update(_merge(FORM_MESSAGES, REPORT_MESSAGES, FILE_MESSAGES))
    return _catalogue


def __getattr__(name: str) -> Any:
    if name == "MESSAGES":
        return _messages()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def render(key: str, params: Mapping[str, Any], language: str) -> str:
    """The message ``key`` in ``language`` (English when it has none), its parts put in words."""
    template = _messages()[key]
    if language != "en":
        from bsreporter.messages.catalogue import translation

        translated = translation("messages", key, language)
        template = translated if isinstance(translated, str) else template
    values = {
        # Anything that can put itself in words (a Where, a Phrase, a keyed error), as a runtime-checked
        # protocol would find it, without loading typing for one.
        name: (value.text(language) if hasattr(value, "text") and not isinstance(value, str) else value)
        for name, value in params.items()
    }
    return template.format(**values)
