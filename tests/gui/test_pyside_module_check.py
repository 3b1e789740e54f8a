"""Qt for Python's check of each imported module (does its source name PySide6?) is answered from the file's
bytes, with the same answers as Qt for Python's own way of reading the source."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import bsreporter.gui  # sets the check up

Check = Callable[[ModuleType], bool]


def _checks() -> tuple[Check, Check]:
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside  # type: ignore[attr-defined]
    return check, check.__wrapped__


def test_the_check_gives_qt_for_pythons_own_answer_for_every_module_loaded() -> None:
    quick, own = _checks()
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    assert len(modules) > 100
    different = [m.__name__ for m in modules if quick(m) != own(m)]
    assert different == []


def test_the_program_s_modules_are_told_apart_by_whether_they_use_qt() -> None:
    import bsreporter.gui.main_window
    import bsreporter.report.store

    quick, _own = _checks()
    assert quick(bsreporter.gui.main_window) is True
    assert quick(bsreporter.report.store) is False
    assert quick(sys) is False  # a built-in module: no source at all


def test_setting_the_check_up_again_keeps_one_layer() -> None:
    quick, own = _checks()
    bsreporter.gui._answer_pyside_module_check_from_bytes()
    assert _checks() == (quick, own)
