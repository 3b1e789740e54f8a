"""The program's own error types: one per layer, each carrying a message a focal point can act on."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class BsreporterError(Exception):
    """Base of every error bsreporter reports to a person (CLI: one line; GUI: a dialog).

    Raised with ``of(key, **params)``, an error names a message of bsreporter.messages
    and can say why in any UN language (``text(language)``); its ``str()`` is English
    (command line, logs). Raised with a plain message, it reads in English everywhere.
    """

    def __init__(self, message: str, *, key: str | None = None, params: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.params = params or {}

    def text(self, language: str) -> str:
        """The message in ``language`` (as given when it has no key)."""
        if self.key is None:
            return str(self)
        from bsreporter.messages import render

        return render(self.key, self.params, language)

    @classmethod
    def of(cls, key: str, **params: object) -> Self:
        """An error for message ``key`` of bsreporter.messages, its text in English."""
        from bsreporter.messages import render

        return cls(render(key, params, "en"), key=key, params=params)


class FormError(BsreporterError):
    """A questionnaire definition or expression is wrong (names the file, item and field)."""


class ReportError(BsreporterError):
    """A report file cannot be created, opened or changed as asked; nothing stored was changed."""


class AnswerError(BsreporterError):
    """A value does not fit its question (wrong type, not an allowed choice, constraint fails).

    Raised by the value checks with a message key, it can say why in any UN language.
    """


class ExchangeError(BsreporterError):
    """An export or import cannot be done; the report file is left as it was."""
