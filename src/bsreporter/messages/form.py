"""Why an answer was refused (the value checks of bsreporter.form.values), in English under keys."""

from __future__ import annotations

from bsreporter.messages.catalogue import translation
from bsreporter.record import record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol

    class _Label(Protocol):
        """A name in several languages (a column's label, ``bsreporter.form.model.Text``)."""

        def get(self, language: str, fallback: str = "en") -> str: ...

    class _Named(Protocol):
        """Something that puts itself in words in a language (a question of an earlier form, say)."""

        def text(self, language: str) -> str: ...


@record
class Where:
    """Which answer a message is about: a question, and for tables a row and a column.

    A column is named by its label, in the language of the message; a plain string is
    shown as it is (a column name the person typed, which matched no column).
    """

    number: str | _Named
    row: int | None = None
    column: str | _Label | None = None

    def text(self, language: str) -> str:
        """The place in words, in ``language`` (English when it has none)."""
        number = self.number if isinstance(self.number, str) else self.number.text(language)
        if self.row is None:
            return _template("where_question", language).format(number=number)
        if self.column is None:
            return _template("where_row", language).format(number=number, row=self.row)
        column = self.column if isinstance(self.column, str) else self.column.get(language)
        return _template("where_cell", language).format(number=number, row=self.row, column=column)

    def __str__(self) -> str:
        return self.text("en")


def _template(key: str, language: str) -> str:
    translated = translation("messages", key, language)
    return translated if isinstance(translated, str) else FORM_MESSAGES[key]


#: Each message in English (the translations: context "messages" of resources/translations/*.ts).
FORM_MESSAGES: dict[str, str] = {
    # Where an answer is: a question, a row of a table question, a cell.
    "where_question": "question {number}",
    "where_row": "question {number}, row {row}",
    "where_cell": "question {number}, row {row}, column '{column}'",
    "bool_answer": "{where}: true/false is not a valid answer; give a value of type {kind}.",
    "expects_text": "{where}: expects text.",
    "not_un_language": (
        "{where}: {codes} is not a language this answer can be given in; give the text in the UN languages by their "
        "codes ({languages})."
    ),
    "text_too_long": (
        "{where}: the text has {length} characters; at most {limit} fit (the limit of a spreadsheet cell). Shorten it "
        "or attach a document."
    ),
    "control_chars": (
        "{where}: the text contains invisible control characters (for example from a copy-paste); remove them and try "
        "again."
    ),
    "not_whole": "{where}: '{value}' is not a whole number.",
    "not_number": "{where}: '{value}' is not a number.",
    "ambiguous_number": (
        "{where}: '{value}' could be read as {plain} or as {point}: write {plain} or {point}, as you mean it."
    ),
    "number_groups": (
        "{where}: '{value}' is not a number: digit groups have three digits (e.g. 1 500 000 or 1,500,000.5)."
    ),
    "number_exponent": "{where}: '{value}' uses exponent notation; write the number in full (e.g. 100000 for 1e5).",
    "too_many_digits": (
        "{where}: '{value}' has more than 15 significant digits, more than can be stored exactly; round it."
    ),
    "not_finite": "{where}: expects a finite number.",
    "not_date": "{where}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2019-12-31.",
    "date_range": "{where}: {value} is outside the years 1900 to 2100.",
    "not_url": "{where}: '{value}' is not a web address; it must start with http:// or https://.",
    "not_email": "{where}: '{value}' is not an e-mail address (like name@example.org).",
    "not_option": "{where}: '{value}' is not one of the options ({options}).",
    "option_unknown": "{where}: '{value}' is not one of the options; the closest are '{first}' and '{second}'.",
    "option_part_unknown": (
        "{where}: '{value}', in the answer '{whole}', is not one of the options; the closest are '{first}' and "
        "'{second}'."
    ),
    "option_ambiguous": "{where}: '{value}' could be '{first}' or '{second}'; write the option as the form words it.",
    "option_part_ambiguous": (
        "{where}: '{value}', in the answer '{whole}', could be '{first}' or '{second}'; write the option as the form "
        "words it."
    ),
    "option_no_range": "{where}: {value} is in none of the ranges offered ({options}).",
    "option_no_year": "{where}: {value} is none of the years offered ({options}).",
    "answer_suggested": "{where}: {readings} (a suggestion: taken only if you confirm it)",
    "reading_loose": "read '{read}' as '{option}'",
    "reading_range": "read {read} as '{option}', the range that holds it",
    "special_not_allowed": "{where}: '{value}' is not an allowed answer here.",
    "not_json_list": "{where}: '{value}' is not a JSON list of options.",
    "expects_list": "{where}: expects a list of options.",
    "not_options": "{where}: {values} not among the options ({options}).",
    "table_json": "{where}: a table is given as a JSON list of rows, e.g. [{{\"title\": \"...\"}}].",
    "table_rows": "{where}: a table is a list of rows, each mapping column names to values.",
    "table_too_many": "{where}: at most {limit} rows fit in a table.",
    "table_no_column": "{where}: no column {names}; the columns are {columns}.",
    "cannot_set": "{where}: this kind of answer ({kind}) cannot be set here.",
    "cell_rule": "{where}: {message}",
    "cell_missing": "{where} is empty; every row needs it.",
    "cell_not_allowed": "{where} breaks the column's rule.",
    "too_deep": "{where}: the value is nested too deeply to be an answer (lists within lists); give a plain list.",
    "unstorable_chars": (
        "{where}: the answer contains characters that cannot be stored (broken text, for example from a damaged file "
        "or a wrongly encoded copy-paste); retype them."
    ),
    "number_too_large": "{where}: the number has more than 18 digits.",
    "stored_unreadable": (
        "{where}: the answer stored in the file cannot be read as an answer to this question; it is kept as it is "
        "until you give a new answer."
    ),
    "stored_invalid": "The stored answer is not valid: {reason}",
}

