"""Answer fields that change only when the person types or picks: numbers, dates and drop-downs.

A number or a date in a report is typed, never found by stepping, and every change is
stored at once. So these fields ignore the mouse wheel (the page scrolls instead), never
step with the arrow keys (those scroll the page too), and take the focus only from a
click or Tab. The number and date fields are lines of text: what is typed is what is handed
to the core, nothing typed is dropped, and an empty field means no answer ("no answer" is not zero).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

#: Keys that step a spin box or a drop-down; in an answer field they scroll the page instead.
_STEP_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


def pass_wheel_to_page(widget: QWidget, event: QWheelEvent) -> None:
    """Scroll the innermost scroll area around ``widget`` that can still move, instead of the field.

    Handed on explicitly rather than only ignored: Qt passes an ignored wheel turn up to the
    parent only when it came from the system, and the page must scroll either way.
    """
    area = widget.parentWidget()
    while area is not None:
        if isinstance(area, QAbstractScrollArea):
            bars = (area.verticalScrollBar(), area.horizontalScrollBar())
            before = [bar.value() for bar in bars]
            viewport = area.viewport()
            where = viewport.mapFromGlobal(event.globalPosition())
            turned = QWheelEvent(
                where,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QApplication.sendEvent(viewport, turned)
            if [bar.value() for bar in bars] != before:
                event.accept()
                return
        area = area.parentWidget()
    event.ignore()


class _HoldsStill:
    """Mixin for spin boxes: no stepping by wheel, arrow keys or buttons; the wheel and keys go to the page."""

    def _hold_still(self) -> None:
        assert isinstance(self, QAbstractSpinBox)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not take the focus
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        return QAbstractSpinBox.StepEnabledFlag.StepNone

    def wheelEvent(self, event: QWheelEvent) -> None:
        assert isinstance(self, QWidget)
        pass_wheel_to_page(self, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _STEP_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)  # type: ignore[misc]


class _SteadyLine(QLineEdit):
    """A text field of an answer: the wheel and the stepping keys scroll the page, never the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not take the focus

    def wheelEvent(self, event: QWheelEvent) -> None:
        pass_wheel_to_page(self, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _STEP_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)


class NumberField(_SteadyLine):
    """A number typed as text: what is typed is shown as typed, and the core reads it.

    Not a spin box: a spin box's validator silently refuses keys it does not expect (a second
    thousands separator, the 'e' of 1e5, a tenth digit) and its range and decimals change
    the number shown. Here every key typed stays on screen; an entry the core cannot read
    is refused with its reason and kept for the person to correct. Empty means no answer.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)


class SteadyDateEdit(_HoldsStill, QDateEdit):
    """A date box (with its calendar) that neither the wheel nor the arrow keys change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hold_still()


class SteadyComboBox(QComboBox):
    """A drop-down that the wheel never changes (the page scrolls); keys and the list still choose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        pass_wheel_to_page(self, event)


class _DateLine(_SteadyLine):
    """The text of a date field: arrow keys scroll the page; Alt+Down or F4 opens the calendar."""

    calendarRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if event.key() == Qt.Key.Key_F4 or (alt and event.key() == Qt.Key.Key_Down):
            self.calendarRequested.emit()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date typed as YYYY-MM-DD, or picked from a calendar; empty means no answer.

    Nothing is filled in for the person: clicking an empty field leaves it empty, and what
    is typed is exactly what is handed on to be checked and stored.
    """

    #: a date was chosen in the calendar (the text now holds it)
    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = _DateLine()
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.line.setMaxLength(40)
        self.line.setInputMethodHints(Qt.InputMethodHint.ImhDate)
        self.line.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.line.calendarRequested.connect(self.show_calendar)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Choose a date from a calendar"))
        self.button.setAccessibleName(self.button.toolTip())
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down or F4 open it from the keyboard
        self.button.clicked.connect(self.show_calendar)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setMinimumDate(QDate(1900, 1, 1))
        self.calendar.setMaximumDate(QDate(2100, 12, 31))
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        self.calendar.installEventFilter(self)

    def text(self) -> str:
        """What is typed, as typed."""
        return self.line.text()

    def set_text(self, text: str) -> None:
        """Show ``text`` without it counting as typed."""
        self.line.setText(text)

    def show_calendar(self) -> None:
        """Open the calendar under the field, on the date typed (or today: nothing is chosen until clicked)."""
        if not self.line.isEnabled() or self.line.isReadOnly():
            return
        shown = QDate.fromString(self.line.text().strip(), "yyyy-MM-dd")
        self.calendar.setSelectedDate(shown if shown.isValid() else QDate.currentDate())
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, date: QDate) -> None:
        self.calendar.hide()
        self.line.setText(date.toString("yyyy-MM-dd"))
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
        self.picked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
        if watched is self.calendar and event.type() == QEvent.Type.KeyPress and escape:
            # Closes the calendar, choosing nothing.
            self.calendar.hide()
            self.line.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        return False
