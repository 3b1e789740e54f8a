"""What the window loads for an import: reading and checking the workbook is the child process's work, so the
window's own process never loads the libraries that read spreadsheets (openpyxl, lxml, PIL) or YAML."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bsreporter.exchange import export_xlsx
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report, Source

#: Only the child process that reads, plans and checks an import needs them.
_READERS = ("openpyxl", "lxml", "PIL", "yaml", "bsreporter.exchange.xlsx", "bsreporter.exchange.xlsx_read",
            "bsreporter.exchange.sources", "bsreporter.form.loader", "bsreporter.form.mapping")

# A window opens a report (the modules it then holds), File > Import Answers… (or Merge Contribution…) is chosen,
# the file picked in the file chooser, its description accepted (an import) and every answer of the preview
# applied; then the modules the window's process holds.
_IMPORT = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QFileDialog
from bsreporter.gui.app import create_application
create_application()
from bsreporter.gui.main_window import MainWindow
def turn(until):
    deadline = time.monotonic() + 60
    while not until() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    assert until()
window = MainWindow()
window.show()
window.open_report(Path(sys.argv[1]))
turn(lambda: window.current_page() is not None)
print("OPENED", *sorted(sys.modules))
QFileDialog.getOpenFileName = staticmethod(lambda *args, **kwargs: (sys.argv[2], ""))
from bsreporter.gui import importer
runs = []
start, start_merge = importer.start_import, importer.start_merge
importer.start_import = lambda *args: runs.append(start(*args)) or runs[-1]
importer.start_merge = lambda *args: runs.append(start_merge(*args)) or runs[-1]
merge = sys.argv[3] == "merge"
(window.menu_actions.merge_contribution if merge else window.menu_actions.import_answers).trigger()
run = runs[0]
if not merge:
    turn(lambda: run.source_dialog is not None or run.over)
    assert run.source_dialog is not None, run.error
    run.source_dialog.accept()
turn(lambda: run.preview_dialog is not None or run.over)
assert run.preview_dialog is not None, run.error
run.preview_dialog.apply_all_button.click()
turn(lambda: run.over)
assert run.error is None, run.error
turn(lambda: window.session.report.answer("nfp_name") is not None)
print("MODULES", *sorted(sys.modules))
window.close()
"""


def _loaded_by(home: Path, ours: Path, source: Path, command: str) -> set[str]:
    """The modules the window's process holds at the end of the import (or merge) of ``source`` into ``ours``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BSREPORTER_HOME": str(home)}
    # As on every start but the first after installing: the questionnaire is read from its cache, not its YAML.
    warm = "from bsreporter.form.installed import installed_questionnaire; installed_questionnaire()"
    assert subprocess.run([sys.executable, "-c", warm], env=env, timeout=120).returncode == 0
    done = subprocess.run([sys.executable, "-c", _IMPORT, str(ours), str(source), command], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = {line.partition(" ")[0]: set(line.split()[1:]) for line in done.stdout.splitlines()}
    assert _readers(lines["OPENED"]) == []  # nor did opening the report
    assert "bsreporter.gui.import_preview" in lines["MODULES"] - lines["OPENED"]  # the window showed the preview
    return lines["MODULES"]


def _readers(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == name or m.startswith(name + ".") for name in _READERS))


def test_an_import_of_a_workbook_loads_no_spreadsheet_or_yaml_reader_in_the_window(
    tmp_path: Path, isolated_home: Path, form: Questionnaire
) -> None:
    ours = tmp_path / "arcadia.bsr"
    Report.create(ours, party="Republic of Arcadia", form=form, author="tester").close()
    with Report.create(tmp_path / "colleague.bsr", party="Republic of Arcadia", form=form) as theirs:
        theirs.set_answers({"nfp_name": "Dr. Adaeze Okafor", "nbf_legislation_in_place": "yes"}, source=Source.TYPED)
        export_xlsx(theirs, tmp_path / "colleague.xlsx")
    assert _readers(_loaded_by(isolated_home, ours, tmp_path / "colleague.xlsx", "import")) == []


def test_a_merge_of_a_colleagues_copy_loads_no_spreadsheet_or_yaml_reader_in_the_window(
    tmp_path: Path, isolated_home: Path, form: Questionnaire
) -> None:
    ours = tmp_path / "arcadia.bsr"
    Report.create(ours, party="Republic of Arcadia", form=form, author="tester").close()
    shutil.copyfile(ours, tmp_path / "li-wei.bsr")
    with Report.open(tmp_path / "li-wei.bsr", author="Li Wei") as theirs:
        theirs.set_answers({"nfp_name": "Dr. Adaeze Okafor", "nbf_legislation_in_place": "yes"}, source=Source.TYPED)
    assert _readers(_loaded_by(isolated_home, ours, tmp_path / "li-wei.bsr", "merge")) == []
