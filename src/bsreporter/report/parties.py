"""The Parties to the Cartagena Protocol, with their names in the six UN languages (no Qt).

A report records its Party as a name, as it always has: the name a person typed before the
list existed, or a Party's name in the report's language. The list only helps to choose one,
to show a recorded name in another language, and to see that "Allemagne" and "Germany" are the
same Party. A name that is not a Party's (a non-Party filling the report, or a spelling of its
own) is kept and shown exactly as typed.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from bsreporter.resources import resource_path

#: The languages every Party has a name in.
LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")


@dataclass(frozen=True, slots=True)
class Party:
    """One Party: its ISO 3166 code (EU for the European Union) and its names."""

    code: str
    names: Mapping[str, str]
    #: other names it is known by (everyday names), found when typed but never shown
    also: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        """The Party's name in ``language`` (English for a language it has no name in)."""
        return self.names.get(language) or self.names["en"]


def fold(text: str) -> str:
    """A name made comparable: case, accents, apostrophes and spacing set aside."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


@cache
def parties() -> tuple[Party, ...]:
    """Every Party to the Protocol, by code."""
    document = json.loads(resource_path("resources", "parties.json").read_text(encoding="utf-8"))
    return tuple(
        Party(entry["code"], dict(entry["names"]), tuple(entry.get("also", ()))) for entry in document["parties"]
    )


@cache
def _by_folded_name() -> dict[str, Party]:
    found: dict[str, Party] = {}
    for party in parties():
        for name in (party.code, *party.names.values(), *party.also):
            found.setdefault(fold(name), party)
    return found


def find_party(text: str) -> Party | None:
    """The Party a recorded or typed name (in any of the six languages) or code stands for, if any."""
    return _by_folded_name().get(fold(text)) if text.strip() else None


def party_by_code(code: str) -> Party | None:
    """The Party with this code, if it is one."""
    return next((party for party in parties() if party.code == code), None)


def display_party(recorded: str, language: str) -> str:
    """A recorded Party shown in ``language``: a Party's name translated, any other text as it was typed."""
    party = find_party(recorded)
    return party.name(language) if party is not None else recorded


def same_party(first: str, second: str) -> bool:
    """True when two recorded names stand for the same Party: the same text, or one Party's names."""
    if fold(first) == fold(second):
        return True
    ours, theirs = find_party(first), find_party(second)
    return ours is not None and ours == theirs
