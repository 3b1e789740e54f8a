"""Draw the program icon into the files desktop installers need (PNG sizes, .ico, .icns).

The icon is painted by bsreporter.gui.icons (one drawing for every size); installers
and desktop files need it as files, so this script writes them into resources/icons/.
Run it after changing the drawing: `.venv/bin/python packaging/make_icons.py`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from bsreporter.gui.icons import paint_app_icon

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
TARGET = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_app_icon(painter, float(size))
    painter.end()
    return image


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    TARGET.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(size).save(str(TARGET / f"bsreporter-{size}.png"))
    render(256).save(str(TARGET / "bsreporter.ico"))
    render(512).save(str(TARGET / "bsreporter.icns"))
    del app
    print(f"Wrote icons to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
