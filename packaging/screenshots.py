"""Screenshots for the README: start page, an objective page with follow-up questions, the completeness panel.

Runs the real program offscreen (no display needed) on a fresh copy of the demo report,
in a temporary user folder so no real settings are read or written:

    python packaging/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

WINDOW_SIZE = (1440, 900)


def _wait(app: object, condition: object, limit_s: float = 20.0) -> None:
    """Let the event loop run until ``condition()`` holds (the window opens reports in the background)."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + limit_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("the report did not open in time")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def _settle(app: object) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()


def take(out: Path) -> list[Path]:
    """Start the program, show the three views and save them as PNG files in ``out``."""
    home = Path(tempfile.mkdtemp(prefix="bsreporter-shots-"))
    os.environ["BSREPORTER_HOME"] = str(home)
    os.environ["HOME"] = str(home)  # recent reports then read "~/Documents/...", as on a real machine
    from bsreporter.demo import build_demo_report
    from bsreporter.gui.app import create_application
    from bsreporter.report.store import Report

    app = create_application()
    from bsreporter.gui.main_window import MainWindow
    from bsreporter.gui.navigator import plan_page_id

    reports = home / "Documents" / "National reports"
    reports.mkdir(parents=True)
    demo = reports / "Republic of Arcadia national report 2019.bsr"
    build_demo_report(demo)
    Report.create(reports / "Republic of Arcadia national report 2023 (draft).bsr", party="Republic of Arcadia").close()

    window = MainWindow()
    window.prefs.add_recent_report(demo)
    window.prefs.add_recent_report(reports / "Republic of Arcadia national report 2023 (draft).bsr")
    window.resize(*WINDOW_SIZE)
    window.close_report()  # refreshes the start page's recent list
    window.show()
    _settle(app)
    out.mkdir(parents=True, exist_ok=True)
    saved = []

    def save(widget: object, name: str) -> None:
        path = out / name
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        saved.append(path)

    save(window, "start-page.png")

    window.open_report(demo)
    _wait(app, lambda: window.session is not None)
    window.go_to_question("Q018")  # its answer "Yes" brings two follow-ups
    page = window.current_page()
    assert page is not None
    page.verticalScrollBar().setValue(0)
    window.navigator.setFocus()
    _settle(app)
    save(window, "objective-page.png")

    from PySide6.QtCore import Qt

    window.resizeDocks([window.completeness_dock], [560], Qt.Orientation.Horizontal)
    panel = window.completeness_panel
    model = panel.tree.model()
    indicators = model.index(1, 0)
    panel.tree.setExpanded(model.index(0, 0), False)
    panel.tree.setExpanded(model.index(0, 0, indicators), True)
    panel.tree.setCurrentIndex(model.index(0, 0, model.index(0, 0, indicators)))
    _settle(app)
    save(window.completeness_dock, "completeness-panel.png")
    window.resizeDocks([window.completeness_dock], [360], Qt.Orientation.Horizontal)

    window.set_language("zh")
    window.go_to_section(plan_page_id(window.session.form.objectives[1]))
    _settle(app)
    save(window, "objective-page-zh.png")
    window.close()

    # The whole interface in Arabic: the window mirrors, the questions read right to left.
    from bsreporter.gui.interface_language import apply_language

    apply_language("ar")
    arabic = MainWindow()
    arabic.resize(*WINDOW_SIZE)
    arabic.show()
    arabic.open_report(demo)
    _wait(app, lambda: arabic.session is not None)
    arabic.set_language("ar")
    arabic.go_to_section(plan_page_id(arabic.session.form.objectives[0]))
    _settle(app)
    save(arabic, "objective-page-ar.png")
    arabic.close()
    apply_language("en")
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    args = parser.parse_args(argv)
    for path in take(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
