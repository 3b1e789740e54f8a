"""Screenshots for the README, as a person sees the window on a 1366x768 laptop screen.

Runs the real program offscreen (no display needed) on a screen of that size, so the window
takes the size and panes it gives itself there; works on fresh copies of the demo report in a
temporary user folder, so no real settings are read or written:

    .venv/bin/python packaging/screenshots.py [--out docs/screenshots]

Takes the start page, a section page with follow-up questions, the completeness panel, questions
in Chinese, the interface in Arabic (mirrored), Find stepping through matches, the new-report
wizard choosing the Party, the import preview of a workbook whose table was edited (row by row,
cell by cell), the notice after that import, and the window on a 1024x600 netbook screen. The
PNG files are made smaller with optipng when it is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

LAPTOP = (1366, 768)
NETBOOK = (1024, 600)


def _use_screen(size: tuple[int, int]) -> None:
    """Make Qt's offscreen platform one screen of ``size`` (before Qt starts)."""
    config = Path(tempfile.mkdtemp(prefix="bsreporter-screen-")) / "screen.json"
    width, height = size
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = "1"


def _wait(condition: Callable[[], object], limit_s: float = 30.0) -> None:
    """Let the event loop run until ``condition()`` holds (the window opens reports in the background)."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("the window did not get there in time")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def _settle() -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    loop.exec()


class _Shots:
    """Saves grabs of widgets as PNG files in one folder."""

    def __init__(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.saved: list[Path] = []

    def save(self, widget: Any, name: str, *, popup: Any = None) -> None:
        """Save ``widget`` as it shows; ``popup`` (a list dropped from it) is drawn over it where it is."""
        from PySide6.QtGui import QPainter

        _settle()
        image = widget.grab()
        if popup is not None and popup.isVisible():
            painter = QPainter(image)
            painter.drawPixmap(widget.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft())), popup.grab())
            painter.end()
        path = self.out / name
        image.save(str(path))
        self.saved.append(path)


def _home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="bsreporter-shots-"))
    os.environ["BSREPORTER_HOME"] = str(home)
    os.environ["HOME"] = str(home)  # recent reports then read "~/Documents/...", as on a real machine
    return home


def _instrument(title: str, kind: str, status: str = "in_force", year: int | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {"instrument_title": title, "instrument_type": kind, "instrument_status": status}
    if year is not None:
        row["year_adopted"] = year
    return row


def _self_assessment_and_workbook(folder: Path) -> tuple[Path, Path]:
    """A self-assessment listing three instruments, and its workbook as a colleague sends it back edited:
    one year corrected and an instrument added in the middle of the table."""
    from openpyxl import load_workbook

    from bsreporter.exchange import export_xlsx
    from bsreporter.report.store import Report

    path = folder / "Republic of Arcadia self-assessment.bsr"
    with Report.create(path, party="Republic of Arcadia", author="Amara Okafor") as report:
        report.set_answer("nbf_legislation_in_place", "yes")
        report.set_answer("nbf_instruments", [
            _instrument("Biosafety Act", "law", year=2001),
            _instrument("Decree on contained use", "regulation", year=2006),
            _instrument("Labelling guidelines", "guidelines", "draft"),
        ])
        workbook = folder / "instruments (Li Wei).xlsx"
        export_xlsx(report, workbook)
    book = load_workbook(workbook)
    sheet = next(s for s in book.worksheets if s.title.endswith("nbf_instruments"))
    first = next(row[0].row for row in sheet.iter_rows() if row[0].value == "Biosafety Act")
    sheet.cell(first, 4).value = 2004  # the year the Act was adopted, corrected
    sheet.insert_rows(first + 1)
    for column, value in enumerate(("Order on field trials", "Regulation or decree", "In force", 2019), start=1):
        sheet.cell(first + 1, column).value = value
    book.save(workbook)
    return path, workbook


def take(out: Path) -> list[Path]:
    """Start the program on a 1366x768 screen, show each view and save it as a PNG file in ``out``."""
    home = _home()
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from bsreporter.demo import build_demo_report
    from bsreporter.gui import importer
    from bsreporter.gui.app import create_application
    from bsreporter.report.store import Report

    create_application()
    from bsreporter.gui.main_window import MainWindow
    from bsreporter.gui.navigator import plan_page_id

    shots = _Shots(out)
    reports = home / "Documents" / "National reports"
    reports.mkdir(parents=True)
    demo = reports / "Republic of Arcadia national report 2019.bsr"
    build_demo_report(demo)
    draft = reports / "Republic of Arcadia national report 2023 (draft).bsr"
    Report.create(draft, party="Republic of Arcadia").close()
    own, workbook = _self_assessment_and_workbook(reports)

    window = MainWindow()
    for path in (own, demo, draft):
        window.prefs.add_recent_report(path)
    window.close_report()  # refreshes the start page's recent list
    window.show()
    shots.save(window, "start-page.png")

    window.open_report(demo)
    _wait(lambda: window.session is not None)
    window.go_to_question("Q018")  # its answer "Yes" brings two follow-ups
    _settle()  # the page scrolls to the question once laid out: back to its top after that
    page = window.current_page()
    assert page is not None
    page.verticalScrollBar().setValue(0)
    window.report_view.navigator.setFocus()
    shots.save(window, "objective-page.png")

    # The completeness panel widened, as its edge can be dragged, with an indicator's questions open.
    window.resizeDocks([window.completeness_dock], [520], Qt.Orientation.Horizontal)
    panel = window.report_view.completeness_panel
    model = panel.tree.model()
    indicators = model.index(1, 0)
    panel.tree.setExpanded(model.index(0, 0), False)
    panel.tree.setExpanded(model.index(0, 0, indicators), True)
    panel.tree.setCurrentIndex(model.index(0, 0, model.index(0, 0, indicators)))
    panel.tree.setFocus()
    shots.save(window, "completeness-panel.png")
    window.resizeDocks([window.completeness_dock], [300], Qt.Orientation.Horizontal)

    # Find: every match highlighted, Enter steps to the next one.
    window.menu_actions.find.trigger()
    window.report_view.find_bar.field.setText("risk")
    window.report_view.find_bar.find_next()
    window.report_view.find_bar.find_next()
    shots.save(window, "find.png")
    window.report_view.find_bar.close_bar()

    window.set_language("zh")
    window.go_to_section(plan_page_id(window.session.form.objectives[1]))
    shots.save(window, "objective-page-zh.png")
    window.set_language("en")

    # A colleague's workbook: the table's rows changed, added, cell by cell; then the notice.
    window.open_report(own)
    _wait(lambda: window.session is not None and window.session.report.path == own)
    run = importer.start_import(window, workbook)
    assert run is not None
    _wait(lambda: run.source_dialog is not None or run.over)
    assert run.source_dialog is not None, run.error
    run.source_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _wait(lambda: run.preview_dialog is not None or run.over)
    preview = run.preview_dialog
    assert preview is not None, run.error
    row = preview.model.row_of("nbf_instruments")
    preview.table.setFocus()
    preview.table.selectionModel().setCurrentIndex(
        preview.model.index(row, 1),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    _wait(preview.rows_fitted)
    shots.save(preview, "import-preview.png")
    preview.apply_all_button.click()
    _wait(lambda: run.over)
    window.go_to_question("nbf_instruments")
    shots.save(window, "import-notice.png")

    # The new-report wizard: the Party found by typing part of its name.
    window.prefs.set_last_folder(reports)
    wizard = window.new_report()
    assert wizard is not None
    _settle()
    chooser = wizard.party_page.party
    chooser.combo.lineEdit().setFocus()
    chooser.combo.lineEdit().setText("")
    from PySide6.QtTest import QTest

    QTest.keyClicks(chooser.combo.lineEdit(), "rep")
    popup = chooser.combo.completer().popup()
    _wait(popup.isVisible)
    shots.save(wizard, "wizard-party.png", popup=popup)
    popup.hide()
    wizard.reject()
    window.close()

    # The whole interface in Arabic: the window mirrors, the questions read right to left.
    from bsreporter.gui.interface_language import apply_language

    apply_language("ar")
    arabic = MainWindow()
    arabic.show()
    arabic.open_report(demo)
    _wait(lambda: arabic.session is not None)
    arabic.set_language("ar")
    arabic.go_to_section(plan_page_id(arabic.session.form.objectives[0]))
    shots.save(arabic, "objective-page-ar.png")
    arabic.close()
    apply_language("en")
    return shots.saved


def take_small(out: Path) -> list[Path]:
    """The window on a 1024x600 netbook screen: the completeness panel starts hidden."""
    home = _home()
    from bsreporter.demo import build_demo_report
    from bsreporter.gui.app import create_application

    create_application()
    from bsreporter.gui.main_window import MainWindow

    shots = _Shots(out)
    demo = home / "Republic of Arcadia national report 2019.bsr"
    build_demo_report(demo)
    window = MainWindow()
    window.show()
    window.open_report(demo)
    _wait(lambda: window.session is not None)
    window.go_to_question("Q018")
    _settle()
    page = window.current_page()
    assert page is not None
    page.verticalScrollBar().setValue(0)
    window.report_view.navigator.setFocus()
    shots.save(window, "small-screen.png")
    window.close()
    return shots.saved


def _optimise(paths: list[Path]) -> None:
    optipng = shutil.which("optipng")
    if optipng is None:
        print("optipng is not installed: the images are left as Qt wrote them", file=sys.stderr)
        return
    subprocess.run([optipng, "-quiet", "-o2", "-strip", "all", *map(str, paths)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    parser.add_argument("--small-screen-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if args.small_screen_only:
        _use_screen(NETBOOK)
        for path in take_small(out):
            print(path)
        return 0
    # Qt's screen is chosen once per process: the netbook's window is taken by a second one.
    subprocess.run([sys.executable, __file__, "--out", str(out), "--small-screen-only"], check=True)
    _use_screen(LAPTOP)
    saved = take(out)
    for path in saved:
        print(path)
    _optimise([*saved, out / "small-screen.png"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
