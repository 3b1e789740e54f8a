"""Entry point of the desktop application: ``run_gui(path_or_None)``.

``BSREPORTER_STARTUP_PROBE`` (the launch time, seconds since the epoch) makes the program
print how long it took until the first page was painted, then quit; the benchmarks use it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from bsreporter import __version__
from bsreporter.gui.settings import APPLICATION, ORGANISATION

PROBE_VARIABLE = "BSREPORTER_STARTUP_PROBE"
PROBE_PREFIX = "bsreporter-first-paint-ms"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the program's names, icon and bundled fonts (made once)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scale factors (125 %, 150 %) stay exact, so text and icons stay sharp.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("bsreporter")
    app.setApplicationVersion(__version__)
    if not app.property("bsreporterReady"):
        from bsreporter.gui.fonts import install_bundled_fonts
        from bsreporter.gui.icons import app_icon

        install_bundled_fonts(app)
        app.setWindowIcon(app_icon())
        from bsreporter.gui.interface_language import apply_language, resolve
        from bsreporter.gui.settings import Preferences

        # The chosen interface language, or the computer's; Arabic mirrors every window.
        apply_language(resolve(Preferences().interface_language()))
        app.setProperty("bsreporterReady", True)
    return app


def _install_excepthook() -> None:
    """A bug in a slot must not pass silently: log the traceback, tell the person."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from bsreporter.gui.dialogs import show_error

        if not isinstance(exc, Exception):
            previous(kind, exc, tb)
            return
        window = QApplication.activeWindow()
        show_error(window, QCoreApplication.translate("App", "Unexpected problem"), exc.with_traceback(tb))

    sys.excepthook = hook


class _FirstPaintProbe(QObject):
    """Prints the time from launch to the first paint of the watched widget, then quits."""

    def __init__(self, launched_at: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._launched_at = launched_at
        self._done = False

    def watch(self, widget: QWidget) -> None:
        """Report when ``widget`` is first painted: itself or, for a scrolling page, its content (a page
        without a frame may paint only what it scrolls)."""
        targets = [widget]
        content = widget.widget() if isinstance(widget, QScrollArea) else None
        if isinstance(widget, QScrollArea) and content is not None:
            targets += [widget.viewport(), content]
        for target in targets:
            target.installEventFilter(self)
            target.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # Report after this paint has finished.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        elapsed = (time.time() - self._launched_at) * 1000.0
        print(f"{PROBE_PREFIX} {elapsed:.1f}", flush=True)
        QApplication.quit()


def _display_available() -> bool:
    """False on a Linux machine with no screen, where Qt would abort instead of explaining."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(report_path: Path | None = None) -> int:
    """Start the desktop application: the start page, or ``report_path`` opened; return the exit status."""
    if not _display_available():
        print("bsreporter: error: no desktop session to show a window in (DISPLAY and WAYLAND_DISPLAY are not set). "
              "Start it from your desktop, or use the command line: 'bsreporter --help'.", file=sys.stderr)
        return 2
    app = create_application()
    from bsreporter.gui.main_window import MainWindow

    _install_excepthook()
    window = MainWindow()
    window.show()
    probe_value = os.environ.get(PROBE_VARIABLE)
    if probe_value:
        probe = _FirstPaintProbe(float(probe_value), window)
        if report_path is None:
            probe.watch(window.start_page)
        else:

            def watch_first_page() -> None:
                page = window.report_view.page_stack.currentWidget()
                if page is not None:
                    probe.watch(page)

            window.reportOpened.connect(watch_first_page)
    if report_path is not None:
        window.open_report(Path(report_path))
    status = app.exec()
    from bsreporter.gui.operations import wait_for_all

    wait_for_all()
    return status
