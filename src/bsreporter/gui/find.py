"""Find (Ctrl+F): the questions matching a text or number, highlighted on the page and stepped through
one by one (Enter / F3, Shift+Enter / Shift+F3) across the report; hiding the others is a separate
choice ("Show only matching questions")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
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
    """A search field, the count of matches and the current one, steps, and the filter toggle.

    The matches of the whole report are listed below the field; the window highlights those
    of the page shown and follows ``matchShown`` to the current one.
    """

    #: The text searched for changed (the page highlights, or filters, what matches).
    queryChanged = Signal(str)
    #: "Show only matching questions" was switched on or off.
    onlyMatchingToggled = Signal(bool)
    #: Step to this match: show its page and scroll to it, the keyboard staying in the bar.
    matchShown = Signal(str)
    #: A match was picked from the list: go to the question and into its editor.
    questionChosen = Signal(str)
    #: The bar closed; carries the match shown last ("" when none), where the person goes on.
    closed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.form: Questionnaire | None = None
        self.language = "en"
        #: The questions of the page shown, in order: stepping starts there (set by the window).
        self.questions_here: Callable[[], Sequence[str]] = tuple
        self._matches: tuple[str, ...] = ()
        self._current = -1
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
        self.count.setObjectName("findCount")
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.previous_button.setAutoRaise(True)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.setToolTip(self.tr("Next match (F3 or Enter)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.next_button.setAutoRaise(True)
        self.next_button.clicked.connect(self.find_next)
        self.only_matching = QCheckBox(self.tr("Show &only matching questions"))
        self.only_matching.setObjectName("findOnlyMatching")
        self.only_matching.toggled.connect(self.onlyMatchingToggled)
        close = QToolButton()
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close find"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        row.addWidget(self.count)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.only_matching)
        row.addWidget(close)
        layout.addLayout(row)
        self.results = QListWidget()
        self.results.setObjectName("findResults")
        self.results.setAccessibleName(self.tr("Questions found"))
        self.results.setUniformItemSizes(True)
        # A long question is cut short with "…" (the whole text is its tooltip): a sideways scroll bar would take
        # the height of the list's rows, and with one match leave nothing of it to see.
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.hide()
        layout.addWidget(self.results)
        self.field.textChanged.connect(self._search)
        self.results.itemActivated.connect(self._choose)
        self.results.itemClicked.connect(self._choose)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)
        # F3 steps wherever the keyboard is in the window, while the bar is open.
        for keys, step in ((QKeySequence(Qt.Key.Key_F3), self.find_next),
                           (QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F3), self.find_previous)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(step)
        self._show_count()

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
        current = self.current_match()
        self.field.clear()
        self.hide()
        self.closed.emit(current)

    def query(self) -> str:
        """The text searched for."""
        return self.field.text().strip() if self.isVisible() else ""

    def only_matching_shown(self) -> bool:
        """True when the page shows only the questions that match."""
        return self.only_matching.isChecked() and bool(self.query())

    def matches(self) -> tuple[str, ...]:
        """The questions matching, in report order."""
        return self._matches

    def current_match(self) -> str:
        """The match stepped to last ("" when none yet)."""
        return self._matches[self._current] if 0 <= self._current < len(self._matches) else ""

    def find_next(self) -> None:
        """Step to the next match (after the page shown, the first time), round to the first."""
        self._step(1)

    def find_previous(self) -> None:
        """Step to the previous match (before the page shown, the first time), round to the last."""
        self._step(-1)

    def _search(self, text: str) -> None:
        self.results.clear()
        found = find_questions(self.form, text, self.language) if self.form is not None else ()
        self._matches = tuple(q.id for q in found)
        self._current = -1
        for question in found:
            item = QListWidgetItem(f"{question.number}  {question.label.get(self.language)}")
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            item.setToolTip(question.label.get(self.language))
            self.results.addItem(item)
        if found:
            # As high as its matches, up to a few rows: the page keeps the room on a small screen.
            rows = min(len(found), _RESULT_ROWS)
            self.results.setFixedHeight(rows * self.results.sizeHintForRow(0) + 2 * self.results.frameWidth())
        self.results.setVisible(bool(found))
        self.queryChanged.emit(text.strip())
        # As in a browser: the first match on the page shown is the current one at once.
        here = set(self.questions_here())
        first = next((n for n, question_id in enumerate(self._matches) if question_id in here), -1)
        if first >= 0:
            self._go(first)
        else:
            self._show_count()

    def _step(self, step: int) -> None:
        if not self._matches or not self.isVisible():
            return
        if self._current >= 0:
            self._go((self._current + step) % len(self._matches))
            return
        # Nothing matches on the page shown: the next match after it (or the one before it).
        order = {question.id: n for n, question in enumerate(self.form.iter_questions())} if self.form else {}
        here = [order[q] for q in self.questions_here() if q in order]
        places = [order.get(q, 0) for q in self._matches]
        if step > 0:
            after = max(here, default=-1)
            self._go(next((n for n, place in enumerate(places) if place > after), 0))
        else:
            before = min(here, default=len(order))
            self._go(next((n for n in reversed(range(len(places))) if places[n] < before), len(places) - 1))

    def _go(self, number: int) -> None:
        self._current = number
        self.results.setCurrentRow(number)
        self._show_count()
        self.matchShown.emit(self._matches[number])

    def _show_count(self) -> None:
        has_query = bool(self.field.text().strip())
        total = len(self._matches)
        if not has_query:
            text = ""
        elif not total:
            text = self.tr("No match")
        elif self._current >= 0:
            text = self.tr("{number} of {count}").format(number=self._current + 1, count=total)
        else:
            text = self.tr("{count} found").format(count=total)
        self.count.setText(text)
        self.count.setAccessibleName(text)
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def _choose(self, item: QListWidgetItem) -> None:
        self._current = self.results.row(item)
        self._show_count()
        self.questionChosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if watched is self.field and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if watched is self.field and event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                self.results.setCurrentRow(max(self._current, 0))
                return True
        return False
