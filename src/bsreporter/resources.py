"""The one place that finds the program's bundled files (forms, fonts, translations, demo report).

Works from a source checkout or an editable install (files next to ``src/``), from an
installed wheel (files copied into ``bsreporter/_data``) and from a frozen bundle
(files under ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def _data_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    package_dir = Path(__file__).resolve().parent
    wheel_data = package_dir / "_data"
    if (wheel_data / "forms").is_dir():
        return wheel_data
    return package_dir.parents[1]  # src/bsreporter -> repository root


def resource_path(*parts: str) -> Path:
    """Path of a bundled file or folder, e.g. ``resource_path("forms")``."""
    return _data_root().joinpath(*parts)


def forms_dir() -> Path:
    """The folder holding the installed questionnaire definitions."""
    return resource_path("forms")
