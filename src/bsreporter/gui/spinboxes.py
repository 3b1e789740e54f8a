"""Spin boxes and a date edit that can also be blank: "no answer" is not zero and not today.

Each keeps a sentinel value just below its range and shows it as empty text; deleting
the text makes the editor blank again.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QDoubleSpinBox, QSpinBox

_INTEGER_LIMIT = 999_999_999
_DECIMAL_LIMIT = 1e12
_PARTIAL_NUMBER = re.compile(r"^[+-]?\d*([.,]\d*)?$")


class BlankableSpinBox(QSpinBox):
    """A whole-number spin box whose empty text means "no answer"."""

    BLANK = -_INTEGER_LIMIT - 1

    def __init__(self) -> None:
        super().__init__()
        self.setRange(self.BLANK, _INTEGER_LIMIT)
        self.setGroupSeparatorShown(False)
        self.setValue(self.BLANK)

    def number(self) -> int | None:
        """The number shown, or None when blank."""
        return None if self.value() == self.BLANK else self.value()

    def set_number(self, value: float | None) -> None:
        """Show ``value`` (None: blank)."""
        self.setValue(self.BLANK if value is None else max(self.BLANK + 1, min(_INTEGER_LIMIT, int(value))))

    def textFromValue(self, value: int) -> str:
        return "" if value == self.BLANK else str(value)

    def valueFromText(self, text: str) -> int:
        text = text.strip()
        try:
            return int(text) if text else self.BLANK
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        stripped = text.strip()
        if not stripped:
            return QValidator.State.Acceptable, text, pos
        if stripped in ("+", "-"):
            return QValidator.State.Intermediate, text, pos
        if re.fullmatch(r"[+-]?\d{1,9}", stripped):
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Invalid, text, pos

    def stepBy(self, steps: int) -> None:
        if self.value() == self.BLANK:
            # From blank the first step lands on zero, not on the sentinel's neighbour.
            self.setValue(0)
            steps = steps - 1 if steps > 0 else 0
        if steps:
            super().stepBy(steps)


class BlankableDoubleSpinBox(QDoubleSpinBox):
    """A decimal spin box whose empty text means "no answer"; shows no needless zeros."""

    BLANK = -_DECIMAL_LIMIT - 1

    def __init__(self, *, percent: bool = False) -> None:
        super().__init__()
        self.setDecimals(6)
        self.setRange(self.BLANK, _DECIMAL_LIMIT)
        self.setGroupSeparatorShown(False)
        if percent:
            self.setSuffix(" %")
        self.setValue(self.BLANK)

    def number(self) -> float | None:
        """The number shown, or None when blank."""
        return None if self.value() <= self.BLANK else self.value()

    def set_number(self, value: float | None) -> None:
        """Show ``value`` (None: blank)."""
        self.setValue(self.BLANK if value is None else float(value))

    def _core(self, text: str) -> str:
        return text.removesuffix(self.suffix()).strip() if self.suffix() else text.strip()

    def textFromValue(self, value: float) -> str:
        if value <= self.BLANK:
            return ""
        return f"{value:.6f}".rstrip("0").rstrip(".")

    def valueFromText(self, text: str) -> float:
        core = self._core(text).rstrip("%").strip()
        if not core:
            return self.BLANK
        try:
            return float(core.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        core = self._core(text).rstrip("%").strip()
        if not core:
            return QValidator.State.Acceptable, text, pos
        if not _PARTIAL_NUMBER.match(core):
            return QValidator.State.Invalid, text, pos
        try:
            float(core.replace(",", "."))
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def stepBy(self, steps: int) -> None:
        if self.value() <= self.BLANK:
            self.setValue(0.0)
            steps = steps - 1 if steps > 0 else 0
        if steps:
            super().stepBy(steps)


class BlankableDateEdit(QDateEdit):
    """A date edit that can be blank; focusing a blank one offers today until something is typed."""

    BLANK = QDate(1899, 12, 31)

    def __init__(self) -> None:
        super().__init__()
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(self.BLANK)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(" ")  # the sentinel shows as empty
        self.setCalendarPopup(True)
        self.setDate(self.BLANK)
        self._offered = False  # showing today's date on focus, not chosen by the person
        self.dateChanged.connect(self._chosen)

    def day(self) -> dt.date | None:
        """The date shown, or None when blank (or only offered)."""
        if self.date() == self.BLANK or self._offered:
            return None
        value = self.date().toPython()
        assert isinstance(value, dt.date)
        return value

    def set_day(self, value: dt.date | None) -> None:
        """Show ``value`` (None: blank)."""
        self._offered = False
        self.setDate(self.BLANK if value is None else QDate(value.year, value.month, value.day))

    def _chosen(self, _date: QDate) -> None:
        self._offered = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.date() == self.BLANK:
            # Typing into the empty special text does not work; start from today instead.
            self.blockSignals(True)
            self.setDate(QDate.currentDate())
            self.blockSignals(False)
            self._offered = True
            self.calendarWidget().setSelectedDate(QDate.currentDate())
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._offered and not self.calendarWidget().isVisible():
            self.blockSignals(True)
            self.setDate(self.BLANK)
            self.blockSignals(False)
            self._offered = False
