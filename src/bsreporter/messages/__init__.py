"""The program's messages to a person, in the six UN languages: one catalogue, one ``render``.

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
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from bsreporter.messages.files import FILE_MESSAGES
from bsreporter.messages.form import FORM_MESSAGES, Where
from bsreporter.messages.report import REPORT_MESSAGES

__all__ = ["MESSAGES", "Phrase", "Where", "render"]


@runtime_checkable
class _Localised(Protocol):
    def text(self, language: str) -> str: ...


@dataclass(frozen=True)
class Phrase:
    """A part of a message that is itself a catalogue entry (e.g. "nothing was written")."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str) -> str:
        """The phrase in ``language``."""
        return render(self.key, self.params, language)

    def __str__(self) -> str:
        return self.text("en")


def _merge(*parts: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for part in parts:
        clash = set(merged) & set(part)
        if clash:  # a key means one message; two layers must not reuse it for different texts
            raise ValueError(f"message keys defined twice: {sorted(clash)}")
        merged.update(part)
    return merged


#: Every message: key -> language -> template (``str.format`` fields are the parameters).
MESSAGES: dict[str, dict[str, str]] = _merge(FORM_MESSAGES, REPORT_MESSAGES, FILE_MESSAGES)


def render(key: str, params: Mapping[str, Any], language: str) -> str:
    """The message ``key`` in ``language`` (English when it has none), its parts put in words."""
    templates = MESSAGES[key]
    template = templates.get(language) or templates["en"]
    values = {
        name: (value.text(language) if isinstance(value, _Localised) and not isinstance(value, str) else value)
        for name, value in params.items()
    }
    return template.format(**values)
