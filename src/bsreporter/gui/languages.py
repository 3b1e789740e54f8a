"""The languages a questionnaire may be shown in: their own names, their direction, a second-language label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

#: The six UN languages, as a speaker of each would look for it in a menu.
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "zh": "中文",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
}

#: Languages written from right to left.
RTL_LANGUAGES = frozenset({"ar"})


def language_name(code: str) -> str:
    """The language's own name for itself (the code when unknown)."""
    return NATIVE_NAMES.get(code, code)


def is_rtl_language(code: str) -> bool:
    """True for a language written from right to left (Arabic)."""
    return code in RTL_LANGUAGES


def direction_of(code: str) -> Qt.LayoutDirection:
    """The layout direction of text in ``code``: questions in Arabic are laid out right to left."""
    return Qt.LayoutDirection.RightToLeft if is_rtl_language(code) else Qt.LayoutDirection.LeftToRight


def second_language_label(text: str, language: str) -> QLabel:
    """A question's text in a second language, set under it in a quieter colour, in that language's direction."""
    label = QLabel(text)
    label.setObjectName("secondLanguage")
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    # Arabic under a French question still reads and aligns from the right, and the other way round.
    label.setLayoutDirection(direction_of(language))
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
