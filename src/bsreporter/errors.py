"""The program's own error types: one per layer, each carrying a message a focal point can act on."""


class BsreporterError(Exception):
    """Base of every error bsreporter reports to a person (CLI: one line; GUI: a dialog)."""


class FormError(BsreporterError):
    """A questionnaire definition or expression is wrong (names the file, item and field)."""


class ReportError(BsreporterError):
    """A report file cannot be created, opened or changed as asked; nothing stored was changed."""


class AnswerError(BsreporterError):
    """A value does not fit its question (wrong type, not an allowed choice, constraint fails)."""


class ExchangeError(BsreporterError):
    """An export or import cannot be done; the report file is left as it was."""
