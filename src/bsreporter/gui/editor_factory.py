"""The editor for a question: the factory that picks an answer editor by the question's type and appearance.

It sits above ``editors`` and ``table_editor``, which both build on ``AnswerEditor``: a table's
editor is one more answer editor, chosen here like the others.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bsreporter.form.model import Question, QuestionType
from bsreporter.form.values import is_multilingual
from bsreporter.gui.editors import (
    AnswerEditor,
    CheckListEditor,
    ComboEditor,
    DateEditor,
    LineEditor,
    MultilineEditor,
    MultilingualEditor,
    NumberEditor,
    RadioEditor,
)

#: Choice lists longer than this get a drop-down instead of radio buttons.
COMBO_THRESHOLD = 7


def make_editor(
    question: Question, language: str, parent: QWidget | None = None, *, report_language: str = "en"
) -> AnswerEditor:
    """The editor for ``question``'s type and appearance (``report_language``: a multilingual answer's first box)."""
    match question.type:
        case QuestionType.TEXT:
            if is_multilingual(question):
                return MultilingualEditor(question, language, report_language, parent)
            if question.appearance == "multiline":
                return MultilineEditor(question, language, parent)
            return LineEditor(question, language, parent)
        case QuestionType.URL | QuestionType.EMAIL:
            return LineEditor(question, language, parent)
        case QuestionType.INTEGER | QuestionType.DECIMAL:
            return NumberEditor(question, language, parent)
        case QuestionType.DATE:
            return DateEditor(question, language, parent)
        case QuestionType.SELECT_ONE:
            assert question.choices is not None
            if question.appearance == "minimal" or len(question.choices.choices) > COMBO_THRESHOLD:
                return ComboEditor(question, language, parent)
            return RadioEditor(question, language, parent)
        case QuestionType.SELECT_MULTIPLE:
            return CheckListEditor(question, language, parent)
        case QuestionType.TABLE:
            from bsreporter.gui.table_editor import TableEditor

            return TableEditor(question, language, parent)
    raise ValueError(f"no editor for question type {question.type}")
