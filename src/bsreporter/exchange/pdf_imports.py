"""What reportlab loads at import time and a PDF export seldom needs, loaded when first used instead.

Imported by every PDF module before reportlab, it changes no result, only when two things happen:

- **HarfBuzz** (``uharfbuzz``, ~15 ms to load its library): reportlab's TrueType module imports it on
  the chance that text is shaped. Only Arabic text is, so the module is loaded when first used:
  an English or Chinese export never loads it.
- **Pillow** (``PIL.Image``, 8-15 ms with the EXIF tables it loads): reportlab's utilities import it
  for pictures; the report draws none, so it is loaded the first time one of its names is used.
- **The web-address pattern** of reportlab's paragraph module (``uri_pat``, 30-60 ms to compile: its
  letter classes span most of Unicode, case-insensitively): it only serves reportlab's option to break
  long web addresses at slashes (``uriWasteReduce``), which the report leaves off. It is compiled the
  first time it is used; so is the pattern of ``cjkwrap``, which the report does not use either.
- **Preformatted text** (``reportlab.platypus.xpreformatted``, ~2 ms with the Python source colouring it
  imports): reportlab's ``platypus`` package imports it for its namespace; the report lays out none. Its
  names (``XPreformatted``, ``PythonPreformatted``) are loaded from the package when first asked for.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

#: How reportlab's pattern for web addresses begins (the rest is too long to repeat here).
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
#: The pattern of reportlab's ``textsplit.cjkwrap`` (~4 ms to compile), a function the report never calls.
_CJK_WRAP_PATTERN = "([\u2e80-\uffff])"


class _LazyPattern:
    """A regular expression compiled the first time it is used, then used as the compiled one."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        with self._lock:
            if self._compiled is None:
                self._compiled = re.compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


class _DeferredModule(ModuleType):
    """Stands for a module in ``sys.modules`` until one of its names is asked for, then takes on its names.

    (importlib's LazyLoader does not do here: a later ``import`` of the module asks for its ``__spec__``,
    which makes it load at once.)
    """

    _lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        with _DeferredModule._lock:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
                try:
                    real = importlib.import_module(self.__name__)
                except BaseException:
                    sys.modules[self.__name__] = self
                    raise
                self.__dict__.update(real.__dict__)
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}") from None


def _defer(name: str) -> None:
    """Stand in for module ``name`` until it is used (nothing when it is loaded already or not installed)."""
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:  # its package is not installed
        return
    if spec is None:
        return  # its importers then fail or do without it, as they would have anyway
    module = _DeferredModule(name)
    module.__spec__ = spec
    module.__file__ = spec.origin
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent in sys.modules:  # as an import sets it: ``import PIL.Image`` then ``PIL.Image.open``
        setattr(sys.modules[parent], child, module)


def harfbuzz_release() -> str:
    """Which HarfBuzz binding is installed (its version file), without loading it; empty when unknown."""
    spec = importlib.util.find_spec("uharfbuzz") if "uharfbuzz" not in sys.modules else sys.modules["uharfbuzz"].__spec__
    if spec is None or spec.origin is None:
        return ""
    try:
        return (Path(spec.origin).parent / "_version.py").read_text(encoding="utf-8")
    except (OSError, ValueError):
        return ""


def _import_paragraph_with_lazy_uri_pattern() -> None:
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    compile_now = re.compile

    def compile_or_defer(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and (pattern.startswith(_URI_PATTERN_START) or pattern == _CJK_WRAP_PATTERN):
            return _LazyPattern(pattern, flags)
        return compile_now(pattern, flags)

    re.compile = compile_or_defer  # type: ignore[assignment]
    try:
        _import_platypus_without_preformatted()
        import reportlab.platypus.paragraph  # noqa: F401
    finally:
        re.compile = compile_now


_PREFORMATTED = "reportlab.platypus.xpreformatted"


def _import_platypus_without_preformatted() -> None:
    """Import reportlab's ``platypus`` package, its preformatted text left to be loaded when first asked for."""
    if "reportlab.platypus" in sys.modules or _PREFORMATTED in sys.modules:
        return
    # The package's ``from .xpreformatted import *`` takes nothing from this stand-in.
    stand_in = ModuleType(_PREFORMATTED)
    stand_in.__all__ = []  # type: ignore[attr-defined]
    sys.modules[_PREFORMATTED] = stand_in
    try:
        import reportlab.platypus
    finally:
        if sys.modules.get(_PREFORMATTED) is stand_in:
            del sys.modules[_PREFORMATTED]
    reportlab.platypus.__getattr__ = _preformatted_name  # type: ignore[attr-defined]


def _preformatted_name(name: str) -> Any:
    """A name of reportlab's ``platypus`` package that its preformatted text gives, loaded now."""
    module = importlib.import_module(_PREFORMATTED)
    if name == "xpreformatted":
        return module
    if name in getattr(module, "__all__", ()):
        return getattr(module, name)
    raise AttributeError(f"module 'reportlab.platypus' has no attribute {name!r}")


_defer("uharfbuzz")
# Before reportlab's utilities ``from PIL import Image``: they then get the stand-in.
_defer("PIL.Image")
_import_paragraph_with_lazy_uri_pattern()
