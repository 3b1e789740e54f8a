"""The desktop application: a thin PySide6 layer over the Qt-free core (form, report, exchange).

Widgets only show data and forward what the person did to the core; no business rule
lives here. ``bsreporter.gui.app.run_gui`` is the entry point.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (Qt for Python installs its import hook with its first module)


def _answer_pyside_module_check_from_bytes() -> None:
    """Let Qt for Python learn from a module file's bytes whether the module names PySide6.

    To know whether a module may switch its opt-in features (``from __feature__ import ...``), Qt for
    Python asks of every module imported after it whether its source says "PySide6", and reads that
    source through ``inspect``, which detects its encoding, splits it into lines and searches the loaded
    modules for it: tenths of a millisecond a module, for the hundred-odd modules the window imports tens
    of milliseconds before its first page is painted. Searching the file's bytes gives the same answer
    (the name is ASCII) for a fraction of that; a module without a source file is still asked about Qt
    for Python's own way. If Qt for Python no longer has that check, nothing is changed.
    """
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check) or hasattr(check, "__wrapped__"):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(check(module))

    uses_pyside.__wrapped__ = check  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


_answer_pyside_module_check_from_bytes()
