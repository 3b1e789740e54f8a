"""“Show previous answer”: beside a question, the answer given in the previous reporting cycle, on demand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from bsreporter.form.model import Question
from bsreporter.report.compare import PreviousAnswer
from bsreporter.report.display import special_answer_text, value_text


def previous_text(question: Question, previous: PreviousAnswer, language: str) -> str:
    """The previous cycle's answer as display text ("(blank)" when it had none)."""
    value, special, _origin = previous
    if special is not None:
        return special_answer_text(special, language)
    return value_text(question, value, language) or QCoreApplication.translate("PreviousAnswer", "(blank)")


class PreviousAnswerView:
    """A toggle for the question's header and the panel it opens; both hidden when there is no previous answer."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        self.question = question
        self.language = language
        self._previous: PreviousAnswer | None = None
        self.button = QToolButton(parent)
        self.button.setObjectName("showPreviousAnswer")
        self.button.setText(QCoreApplication.translate("PreviousAnswer", "Show previous answer"))
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.setAccessibleName(
            QCoreApplication.translate(
                "PreviousAnswer", "Show the previous cycle's answer to question {number}"
            ).format(number=question.number)
        )
        self.button.toggled.connect(self._toggled)

        self.panel = QFrame(parent)
        self.panel.setObjectName("previousAnswer")
        self.panel.setStyleSheet("#previousAnswer { background: #f5f5f5; border-left: 3px solid #90a4ae; }")
        column = QVBoxLayout(self.panel)
        column.setContentsMargins(8, 2, 4, 2)
        column.setSpacing(2)
        self.source_label = QLabel()
        self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.value_label = QLabel()
        self.value_label.setObjectName("previousValue")
        self.value_label.setWordWrap(True)
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.source_label)
        column.addWidget(self.value_label)
        self.panel.hide()
        self.button.hide()

    def set_previous(self, previous: PreviousAnswer | None) -> None:
        """Show the toggle when there is a previous answer; keep the panel's text up to date."""
        self._previous = previous
        self.button.setVisible(previous is not None)
        if previous is None:
            self.button.setChecked(False)
            self.panel.hide()
            return
        origin = previous[2]
        self.source_label.setText(
            QCoreApplication.translate("PreviousAnswer", "Previous report ({source}):").format(source=origin)
            if origin
            else QCoreApplication.translate("PreviousAnswer", "Previous report:")
        )
        self.value_label.setText(previous_text(self.question, previous, self.language))
        self.panel.setVisible(self.button.isChecked())

    def _toggled(self, shown: bool) -> None:
        self.button.setText(
            QCoreApplication.translate("PreviousAnswer", "Hide previous answer")
            if shown
            else QCoreApplication.translate("PreviousAnswer", "Show previous answer")
        )
        self.panel.setVisible(shown and self._previous is not None)
