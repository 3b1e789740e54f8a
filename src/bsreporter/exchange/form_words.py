"""Words of a form put in a message (an option's label, a question's number and words), said in the message's
language.

They travel inside the errors and plans an import's child process sends to the window, so this module is kept
apart from the spreadsheet readers: unpickling them in the window must load nothing but the words.
"""

from __future__ import annotations

from dataclasses import dataclass

from bsreporter.form.model import Text

#: Quotation marks around a question's words, by language (English style where none is given).
_QUOTES = {"fr": ("« ", " »"), "es": ("«", "»"), "ru": ("«", "»"), "ar": ("«", "»")}
_SHORT_WORDS = 60


@dataclass(frozen=True, slots=True)
class FormWords:
    """Words of a form (an option's label, a form's title) put in a message in the message's language."""

    words: Text

    def text(self, language: str) -> str:
        """The words in ``language``."""
        return self.words.get(language)

    def __str__(self) -> str:
        return self.words.get("en")


@dataclass(frozen=True, slots=True)
class QuestionName:
    """A question of a form put in a message: its number and the start of its words, in the message's language."""

    number: str
    label: Text

    def text(self, language: str) -> str:
        """The number and the quoted start of the question's words in ``language``."""
        words = " ".join(self.label.get(language).split())
        if len(words) > _SHORT_WORDS:
            words = words[: _SHORT_WORDS - 1].rstrip() + "…"
        opening, closing = _QUOTES.get(language, ("“", "”"))
        return f"{self.number} {opening}{words}{closing}" if words else self.number

    def __str__(self) -> str:
        return self.text("en")
