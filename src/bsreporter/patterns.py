"""Regular expressions compiled when first used: a run of a command uses few of the program's patterns.

Compiling every pattern when its module is imported costs each command a millisecond or two for
patterns most runs never use (the expression tokenizer, typed numbers, language tags, log marks).
"""

from __future__ import annotations

import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, AnyStr

_METHODS = ("match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split")


class _Pattern:
    """Stands for a ``re.Pattern`` until first used; then hands its calls to the compiled pattern."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled: re.Pattern[Any] = re.compile(*self._source)  # type: ignore[call-overload]
        for method in _METHODS:  # later calls find the compiled pattern's own methods, with nothing in between
            self.__dict__[method] = getattr(compiled, method)
        return getattr(compiled, name)


def lazy_pattern(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return _Pattern(pattern, flags)  # type: ignore[return-value]
