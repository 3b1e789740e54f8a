"""Find (Ctrl+F): filter the questions by text or number, and jump to any match in the report."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bsreporter.form.model import Questionnaire
from bsreporter.report.navigation import find_questions

_RESULT_ROWS = 6


class FindBar(QWidget):
    """A search field with the matching questions of the whole report below it."""

    queryChanged = Signal(str)
    questionChosen = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.form: Questionnaire | None = None
        self.language = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Find:"))
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Words of a question, or its number (e.g. 1.1.3)"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Find a question"))
        label.setBuddy(self.field)
        self.count = QLabel()
        close = QToolButton()
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close find"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        row.addWidget(self.count)
        row.addWidget(close)
        layout.addLayout(row)
        self.results = QListWidget()
        self.results.setObjectName("findResults")
        self.results.setAccessibleName(self.tr("Questions found"))
        self.results.setUniformItemSizes(True)
        self.results.setMaximumHeight(round(self.fontMetrics().lineSpacing() * 1.3 * _RESULT_ROWS) + 8)
        self.results.hide()
        layout.addWidget(self.results)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self._choose_first)
        self.results.itemActivated.connect(self._choose)
        self.results.itemClicked.connect(self._choose)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)

    def set_form(self, form: Questionnaire | None, language: str) -> None:
        """Search this questionnaire, in this language (and English)."""
        self.form = form
        self.language = language
        self._search(self.field.text())

    def open_bar(self) -> None:
        """Show the bar and put the focus in the field, its text selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Clear the search and hide the bar."""
        self.field.clear()
        self.hide()
        self.closed.emit()

    def query(self) -> str:
        """The text searched for."""
        return self.field.text().strip() if self.isVisible() else ""

    def _search(self, text: str) -> None:
        self.results.clear()
        found = find_questions(self.form, text, self.language) if self.form is not None else ()
        for question in found:
            item = QListWidgetItem(f"{question.number}  {question.label.get(self.language)}")
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            item.setToolTip(question.label.get(self.language))
            self.results.addItem(item)
        has_query = bool(text.strip())
        self.count.setText(self.tr("{count} found").format(count=len(found)) if has_query else "")
        self.results.setVisible(bool(found))
        self.queryChanged.emit(text.strip())

    def _choose_first(self) -> None:
        if self.results.count():
            self._choose(self.results.item(0))

    def _choose(self, item: QListWidgetItem) -> None:
        self.questionChosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if watched is self.field and event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                self.results.setCurrentRow(0)
                return True
        return False
