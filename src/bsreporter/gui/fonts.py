"""Fonts bundled in resources/fonts, so Chinese and Arabic questions show on any machine.

Offscreen and minimal installations often have no font with CJK or Arabic glyphs; the
bundled TrueType fonts are registered with Qt and appended to the application font's
fallback list. Missing fonts are not an error: Qt then uses whatever the system has.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from bsreporter.resources import resource_path

_logger = logging.getLogger("bsreporter")
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def install_bundled_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and use them as fallbacks; return the families added."""
    folder = resource_path("resources", "fonts")
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in _FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            _logger.warning("The font %s could not be loaded; some characters may show as boxes.", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if families:
        font = app.font()
        chain = [font.family(), *(f for f in font.families() if f != font.family())]
        # The system's own font stays first (it suits the platform); bundled ones fill the gaps.
        font.setFamilies(chain + [f for f in families if f not in chain])
        app.setFont(font)
    return families


def heading_font(base: QFont, scale: float = 1.35, bold: bool = True) -> QFont:
    """A larger (optionally bold) variant of ``base`` for titles."""
    font = QFont(base)
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    font.setBold(bold)
    return font
