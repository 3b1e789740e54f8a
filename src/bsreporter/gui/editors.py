"""One editor widget per kind of question; each shows a stored value and emits what the person entered.

Editors hold no rule: they hand the raw entry to the session, which asks the core to
check and store it. Text-like editors wait for a short pause in typing (and store on
focus loss); choices are stored as soon as they are made.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bsreporter.errors import AnswerError
from bsreporter.form.model import UN_LANGUAGES, Question, QuestionType
from bsreporter.form.values import number_text, parse_number
from bsreporter.gui.languages import direction_of, language_name
from bsreporter.gui.spinboxes import DateField, NumberField, SteadyComboBox

#: Pause in typing after which a text entry is stored: with the store's own few milliseconds,
#: typed text is in the file within 300 ms of the last key (leaving the field stores it at once).
SAVE_DELAY_MS = 200
#: A date as the core reads it; eight digits (20150101) are the same date written without hyphens.
_FULL_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")


def _undo_keys() -> list[QKeySequence]:
    # Built on use: standard key bindings need the running application's platform theme.
    keys = [
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
    ]
    return [*keys, QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]


class _LeaveUndoToTheWindow(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's Undo/Redo instead of a text field's own undo.

    One undo history for every kind of answer: the window first stores the text being
    typed, then undoes whole stored changes.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination())
            if any(combo.matches(keys) == QKeySequence.SequenceMatch.ExactMatch for keys in _undo_keys()):
                # Not for the field: the override goes on to the window's shortcut, and the key
                # press (if the window's Undo is unavailable) does nothing rather than a local undo.
                event.ignore()
                return True
        return False


_UNDO_FILTER: _LeaveUndoToTheWindow | None = None


def leave_undo_to_window(widget: QWidget) -> None:
    """Install the filter that routes undo keys to the window."""
    global _UNDO_FILTER
    if _UNDO_FILTER is None:
        _UNDO_FILTER = _LeaveUndoToTheWindow()
    widget.installEventFilter(_UNDO_FILTER)


class _ClickableLabel(QLabel):
    """A word-wrapped label that clicks its button when its text is clicked, like a button's own text.

    The label spans the page so that long options wrap at the page's width; only the text
    itself answers a click, so a click in the blank space beside a short option changes nothing.
    """

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self._button = button
        self.setObjectName("choiceLabel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)

    def text_rect(self) -> QRect:
        """Where the (wrapped) text is drawn, in the label's coordinates."""
        # Right-aligned in right-to-left languages, as QLabel draws it.
        align = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        area = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        return self.fontMetrics().boundingRect(area, align.value | Qt.TextFlag.TextWordWrap.value, self.text())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        on_text = self.text_rect().adjusted(-2, -2, 2, 2).contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and on_text and self._button.isEnabled():
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
            self._button.click()
        super().mouseReleaseEvent(event)


def choice_row(button: QAbstractButton, text: str) -> QWidget:
    """A radio button or check box with a label that wraps (long options, narrow windows)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    button.setAccessibleName(text)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(_ClickableLabel(text, button), 1)
    return row


class AnswerEditor(QWidget):
    """Base of every editor: ``committed`` carries the raw entry to store."""

    committed = Signal(object)
    #: typing started: an entry will be stored after a pause (or on focus loss)
    pendingChanged = Signal(bool)
    #: A refused entry stays on screen (marked "not saved") so the person can correct what was
    #: typed; editors of discrete choices set False: a refused choice is replaced by the stored one.
    keeps_refused_entry = True

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)

    # -- what subclasses provide -----------------------------------------------------

    def value(self) -> Any:
        """The raw entry as shown (what would be stored)."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored value (None: blank) without storing anything."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The widget that takes the keyboard focus when the question is jumped to."""
        return self

    # -- shared behaviour ------------------------------------------------------------

    def focus_editor(self) -> None:
        """Put the keyboard focus in this editor."""
        self.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def has_pending(self) -> bool:
        """True when typed text waits to be stored."""
        return self._pending

    def _schedule(self) -> None:
        """Typing: store after a pause, restarting the pause at each keystroke."""
        self._timer.start()
        if not self._pending:
            self._pending = True
            self.pendingChanged.emit(True)

    def flush(self) -> None:
        """Store the pending entry now."""
        self._timer.stop()
        if self._pending:
            self._pending = False
            self.pendingChanged.emit(False)
            self.committed.emit(self.value())

    def discard_pending(self) -> None:
        """Forget the pending entry (a stored value is about to be shown instead)."""
        self._timer.stop()
        if self._pending:
            self._pending = False
            self.pendingChanged.emit(False)

    def _commit_now(self) -> None:
        """A discrete choice: store at once."""
        self.committed.emit(self.value())

    def _name(self, widget: QWidget) -> None:
        widget.setAccessibleName(f"{self.question.number} {self.question.label.get(self.language)}")
        if self.question.hint:
            widget.setAccessibleDescription(self.question.hint.get(self.language))


class LineEditor(AnswerEditor):
    """One line of text, a web address or an e-mail address."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.edit = QLineEdit()
        self.edit.setMaxLength(32_767)
        if question.type is QuestionType.URL:
            self.edit.setPlaceholderText(self.tr("https://…"))
            self.edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        elif question.type is QuestionType.EMAIL:
            self.edit.setPlaceholderText(self.tr("name@example.org"))
            self.edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.edit.setClearButtonEnabled(True)
        self._name(self.edit)
        leave_undo_to_window(self.edit)
        self.edit.textEdited.connect(self._schedule)
        self.edit.editingFinished.connect(self.flush)
        self._layout.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.discard_pending()
        self.edit.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class _PlainText(QPlainTextEdit):
    """Multi-line text that tells its editor when it loses the focus."""

    focusLost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class MultilineEditor(AnswerEditor):
    """Several lines of text; Tab moves on to the next field (keyboard use)."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.edit = _PlainText()
        self.edit.setTabChangesFocus(True)
        lines = 5
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)
        self._name(self.edit)
        leave_undo_to_window(self.edit)
        self.edit.textChanged.connect(self._schedule)
        self.edit.focusLost.connect(self.flush)
        self._layout.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.discard_pending()
        self.edit.blockSignals(True)
        self.edit.setPlainText("" if value is None else str(value))
        self.edit.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.edit


class _LanguageBox(QWidget):
    """The text of a multilingual answer in one language: its name, a remove button, the text."""

    def __init__(self, code: str, removable: bool) -> None:
        super().__init__()
        self.code = code
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QHBoxLayout()
        header.setSpacing(6)
        self.name = QLabel(language_name(code))
        self.name.setObjectName("languageName")
        self.name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header.addWidget(self.name)
        header.addStretch(1)
        self.remove: QToolButton | None = None
        if removable:
            self.remove = QToolButton()
            self.remove.setAutoRaise(True)
            header.addWidget(self.remove)
        layout.addLayout(header)
        self.edit = _PlainText()
        self.edit.setTabChangesFocus(True)
        # Each text reads and aligns in its own language's direction (Arabic from the right).
        self.edit.setLayoutDirection(direction_of(code))
        option = self.edit.document().defaultTextOption()
        option.setTextDirection(direction_of(code))
        # A text edit aligns to the left whatever its direction unless told where its lines start.
        rtl = direction_of(code) == Qt.LayoutDirection.RightToLeft
        option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                            | Qt.AlignmentFlag.AlignAbsolute)
        self.edit.document().setDefaultTextOption(option)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 14)
        self.name.setBuddy(self.edit)
        leave_undo_to_window(self.edit)
        layout.addWidget(self.edit)


class MultilingualEditor(AnswerEditor):
    """Text in the report's language, and translations of it in other UN languages, one box each.

    The answer is a mapping language -> text; "Add a translation" opens a box for another
    language, and a translation's box can be removed (its text goes with it).
    """

    def __init__(self, question: Question, language: str, report_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.report_language = report_language if report_language in UN_LANGUAGES else "en"
        self.boxes: dict[str, _LanguageBox] = {}
        self._boxes_layout = QVBoxLayout()
        self._boxes_layout.setSpacing(6)
        self._layout.addLayout(self._boxes_layout)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add a translation"))
        self.add_button.setToolTip(self.tr("Give this answer in another UN language as well"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.languages_menu = QMenu(self.add_button)
        for code in UN_LANGUAGES:
            action = self.languages_menu.addAction(language_name(code))
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.add_language(code))
        self.add_button.setMenu(self.languages_menu)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._show_texts({})

    # -- the boxes -------------------------------------------------------------------

    def add_language(self, code: str) -> QPlainTextEdit:
        """Open a box for ``code`` (or go to the one open) and put the keyboard focus in it."""
        box = self.boxes.get(code) or self._add_box(code)
        box.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return box.edit

    def remove_language(self, code: str) -> None:
        """Close the box of a translation; a text it held is removed from the answer at once."""
        box = self.boxes.get(code)
        if box is None or code == self.report_language:
            return
        had_text = bool(box.edit.toPlainText().strip())
        del self.boxes[code]
        box.hide()
        box.deleteLater()
        self._update_menu()
        if had_text:
            self.discard_pending()
            self._commit_now()
        self.boxes[self.report_language].edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_box(self, code: str) -> _LanguageBox:
        box = _LanguageBox(code, removable=code != self.report_language)
        name = f"{self.question.number} {self.question.label.get(self.language)}"
        box.edit.setAccessibleName(f"{name} ({language_name(code)})")
        if box.remove is not None:
            box.remove.setText(self.tr("Remove"))
            box.remove.setToolTip(self.tr("Remove the text in {language}").format(language=language_name(code)))
            box.remove.setAccessibleName(box.remove.toolTip())
            box.remove.clicked.connect(lambda _checked=False, code=code: self.remove_language(code))
        box.edit.textChanged.connect(self._schedule)
        box.edit.focusLost.connect(self.flush)
        self.boxes[code] = box
        # The report's language first, then the others in the UN order.
        order = [c for c in UN_LANGUAGES if c in self.boxes]
        order.sort(key=lambda c: c != self.report_language)
        self._boxes_layout.insertWidget(order.index(code), box)
        self._update_menu()
        return box

    def _update_menu(self) -> None:
        for action in self.languages_menu.actions():
            action.setVisible(action.data() not in self.boxes)
        self.add_button.setEnabled(len(self.boxes) < len(UN_LANGUAGES))

    def _show_texts(self, texts: dict[str, str]) -> None:
        wanted = {self.report_language, *texts}
        for code in [c for c in self.boxes if c not in wanted]:
            box = self.boxes.pop(code)
            box.hide()
            box.deleteLater()
        for code in UN_LANGUAGES:
            if code in wanted and code not in self.boxes:
                self._add_box(code)
        for code, box in self.boxes.items():
            box.edit.blockSignals(True)
            box.edit.setPlainText(texts.get(code, ""))
            box.edit.blockSignals(False)
        self._update_menu()

    # -- the answer ------------------------------------------------------------------

    def value(self) -> Any:
        return {code: box.edit.toPlainText() for code, box in self.boxes.items()}

    def set_value(self, value: Any) -> None:
        self.discard_pending()
        if isinstance(value, dict):
            texts = {code: text for code, text in value.items() if isinstance(text, str)}
        elif isinstance(value, str):
            texts = {self.report_language: value}
        else:
            texts = {}
        self._show_texts(texts)

    def focus_target(self) -> QWidget:
        return self.boxes[self.report_language].edit


class NumberEditor(AnswerEditor):
    """A whole number or a decimal (a percentage shows % beside it), blank allowed.

    Typed as text and read by the core's one number reader: every key typed stays on screen,
    and an entry the core cannot read (say "250,000", which could be 250000 or 250.000) is
    refused with its reason and stays there to be corrected. A stored number is shown in full.
    """

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.field = NumberField()
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance("0" * 22) + 16)
        self.field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._name(self.field)
        leave_undo_to_window(self.field)
        self.field.textEdited.connect(self._schedule)
        self.field.editingFinished.connect(self.flush)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.field)
        self.unit: QLabel | None = None
        if question.appearance == "percent":
            self.unit = QLabel("%")
            self.unit.setBuddy(self.field)
            row.addWidget(self.unit)
        row.addStretch(1)
        self._layout.addLayout(row)

    def value(self) -> Any:
        text = self.field.text().strip()
        if not text:
            return None
        try:
            return parse_number(text, whole=self.question.type is QuestionType.INTEGER,
                                percent=self.question.appearance == "percent")
        except AnswerError:
            return text  # the core refuses it again, with the reason shown beside the field

    def set_value(self, value: Any) -> None:
        self.discard_pending()
        number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
        self.field.setText("" if number is None else number_text(number))
        self.field.setCursorPosition(0)

    def focus_target(self) -> QWidget:
        return self.field


class DateEditor(AnswerEditor):
    """A date typed as YYYY-MM-DD or picked in a calendar; empty until a date is entered.

    What was typed is handed on as typed: a full date is stored, anything else (a partial
    date) is refused by the core and stays on screen marked "not saved".
    """

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.edit = DateField()
        self.edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.edit.line.setMinimumWidth(self.edit.line.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self._name(self.edit.line)
        leave_undo_to_window(self.edit.line)
        self.edit.line.textEdited.connect(self._schedule)
        self.edit.line.editingFinished.connect(self.flush)
        self.edit.picked.connect(self._picked)
        self._layout.addWidget(self.edit)

    def _picked(self) -> None:
        self.discard_pending()
        self._commit_now()

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        whole = _FULL_DATE.match(text)
        if whole:
            try:
                return dt.date(int(whole[1]), int(whole[2]), int(whole[3]))
            except ValueError:
                pass  # 2019-02-30: the core says why it is not a date
        return text

    def set_value(self, value: Any) -> None:
        self.discard_pending()
        self.edit.set_text(value.isoformat() if isinstance(value, dt.date) else "")

    def focus_target(self) -> QWidget:
        return self.edit.line


class RadioEditor(AnswerEditor):
    """One choice among a few: radio buttons (arrow keys move between them)."""

    keeps_refused_entry = False

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        assert question.choices is not None
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        for index, choice in enumerate(question.choices.choices):
            button = QRadioButton()
            button.setAccessibleDescription(f"{question.number} {question.label.get(language)}")
            self.group.addButton(button, index)
            self.buttons[choice.value] = button
            self._layout.addWidget(choice_row(button, choice.label.get(language)))
        self._values = list(question.choices.values)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._commit_now()

    def value(self) -> Any:
        checked = self.group.checkedId()
        return self._values[checked] if checked >= 0 else None

    def set_value(self, value: Any) -> None:
        self.group.blockSignals(True)
        target = self.buttons.get(value) if isinstance(value, str) else None
        if target is None:
            # An exclusive group cannot be emptied directly.
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            target.setChecked(True)
        self.group.blockSignals(False)

    def focus_target(self) -> QWidget:
        checked: QAbstractButton | None = self.group.checkedButton()
        return checked or next(iter(self.buttons.values()))


class ComboEditor(AnswerEditor):
    """One choice from a long list: a drop-down with a blank first entry (the wheel scrolls the page)."""

    keeps_refused_entry = False

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        assert question.choices is not None
        self.combo = SteadyComboBox()
        self.combo.addItem(self.tr("(no answer)"), None)
        for choice in question.choices.choices:
            self.combo.addItem(choice.label.get(language), choice.value)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._name(self.combo)
        self.combo.currentIndexChanged.connect(self._commit_now)
        row = QHBoxLayout()
        row.addWidget(self.combo)
        row.addStretch(1)
        self._layout.addLayout(row)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.combo


class CheckListEditor(AnswerEditor):
    """Several choices: check boxes; the answer is the list of checked options."""

    keeps_refused_entry = False

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        assert question.choices is not None
        self.boxes: dict[str, QCheckBox] = {}
        #: the option the person has just ticked (None: the last change was an untick)
        self.just_ticked: str | None = None
        for choice in question.choices.choices:
            box = QCheckBox()
            box.setAccessibleDescription(f"{question.number} {question.label.get(language)}")
            box.toggled.connect(lambda checked, name=choice.value: self._toggled(name, checked))
            self.boxes[choice.value] = box
            self._layout.addWidget(choice_row(box, choice.label.get(language)))

    def _toggled(self, name: str, checked: bool) -> None:
        self.just_ticked = name if checked else None
        self._commit_now()

    def value(self) -> Any:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name in chosen)
            box.blockSignals(False)

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()))

