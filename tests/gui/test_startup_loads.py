"""What the program loads to show its first page: nothing that only a later command (export, import,
comparison, a dialog) uses, so that the window is painted as soon as possible."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bsreporter.demo import bundled_demo_path
from bsreporter.gui.app import PROBE_PREFIX, PROBE_VARIABLE

#: Loaded only when the person uses the command that needs them.
_NOT_FOR_THE_FIRST_PAGE = (
    "openpyxl", "reportlab", "uharfbuzz", "pikepdf",
    "bsreporter.exchange.xlsx", "bsreporter.exchange.xlsx_read", "bsreporter.exchange.pdf",
    "bsreporter.exchange.importing", "bsreporter.exchange.sources", "bsreporter.exchange.source_description",
    "bsreporter.exchange.merge",
    "bsreporter.gui.wizard", "bsreporter.gui.exports", "bsreporter.gui.export_dialog", "bsreporter.gui.importer",
    "bsreporter.gui.import_preview", "bsreporter.gui.import_source", "bsreporter.gui.import_undo",
    "bsreporter.gui.compare_view", "bsreporter.gui.preferences_dialog", "bsreporter.gui.recovery",
    "bsreporter.gui.child_process", "bsreporter.exchange.jobs",
    "bsreporter.gui.history_dialog", "bsreporter.gui.author", "bsreporter.gui.restore_dialog",
)
#: Loaded only where a table question is shown (the demo's first page holds none).
_NOT_FOR_A_PAGE_WITHOUT_A_TABLE = ("bsreporter.gui.table_editor",)
# The program started as from the command line, on a report or not; once it has painted its first page and
# quit, the modules it had loaded.
_RUN = (
    "import sys; from bsreporter.cli import main; code = main(sys.argv[1:]); "
    "print('MODULES', *sorted(sys.modules)); sys.exit(code)"
)


def _modules_loaded_at_start(home: Path, *argv: str) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BSREPORTER_HOME": str(home),
           PROBE_VARIABLE: repr(time.time())}
    done = subprocess.run([sys.executable, "-c", _RUN, *argv], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert any(line.startswith(PROBE_PREFIX) for line in done.stdout.splitlines())  # the first page was painted
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return set(line.split()[1:])


def _not_for_the_first_page(modules: set[str]) -> list[str]:
    names = (*_NOT_FOR_THE_FIRST_PAGE, *_NOT_FOR_A_PAGE_WITHOUT_A_TABLE)
    return sorted(m for m in modules if any(m == name or m.startswith(name + ".") for name in names))


def test_opening_a_report_at_start_loads_no_export_import_comparison_or_dialog_modules(
    tmp_path: Path, isolated_home: Path
) -> None:
    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    assert _not_for_the_first_page(_modules_loaded_at_start(isolated_home, str(demo))) == []


def test_the_start_page_loads_no_export_import_comparison_or_dialog_modules(isolated_home: Path) -> None:
    assert _not_for_the_first_page(_modules_loaded_at_start(isolated_home)) == []


# A window opens a report; what it has loaded once its first page is painted, and once it has been idle a while
# (no export or import asked for).
_IDLE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject
from bsreporter.gui.app import create_application
create_application()
from bsreporter.gui.main_window import MainWindow
MACHINERY = ("bsreporter.gui.child_process", "bsreporter.exchange.jobs", "bsreporter.gui.exports")
window = MainWindow()
window.show()
window.open_report(Path(sys.argv[1]))
painted = []
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append([m for m in MACHINERY if m in sys.modules])
        return False
watch = Watch()
def turn(until):
    deadline = time.monotonic() + 10
    while not until() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
turn(lambda: window.current_page() is not None)
for widget in (window.current_page(), window.current_page().viewport(), window.current_page().widget()):
    widget.installEventFilter(watch)
turn(lambda: bool(painted))
turn(lambda: all(m in sys.modules for m in MACHINERY))
print("AT FIRST PAINT", *painted[0])
print("IDLE", *[m for m in MACHINERY if m in sys.modules])
"""


def test_the_child_process_machinery_is_loaded_after_the_first_paint_before_any_export(
    tmp_path: Path, isolated_home: Path
) -> None:
    # Exports and imports run in a child process; the window's first one would otherwise import the
    # machinery that starts it on the window's thread.
    demo = tmp_path / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BSREPORTER_HOME": str(isolated_home)}
    done = subprocess.run([sys.executable, "-c", _IDLE, str(demo)], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    lines = dict(line.partition(" ")[::2] for line in done.stdout.splitlines() if line.startswith(("AT", "IDLE")))
    assert lines["AT"] == "FIRST PAINT"
    assert lines["IDLE"].split() == ["bsreporter.gui.child_process", "bsreporter.exchange.jobs", "bsreporter.gui.exports"]
