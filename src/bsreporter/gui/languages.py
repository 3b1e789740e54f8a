"""Names of the languages a questionnaire may be shown in, each written in its own language."""

from __future__ import annotations

#: The six UN languages, as a speaker of each would look for it in a menu.
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "zh": "中文",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
}


def language_name(code: str) -> str:
    """The language's own name for itself (the code when unknown)."""
    return NATIVE_NAMES.get(code, code)
