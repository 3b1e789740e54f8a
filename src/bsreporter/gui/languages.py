"""Names of the languages a questionnaire may be shown in, each written in its own language."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
