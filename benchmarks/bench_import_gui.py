"""Import in the desktop application: the preview of a full workbook, and undo/redo of a whole import.

The preview must open without a noticeable pause (target: under 300 ms for a full
report's rows, shown with their wrapped texts); undoing or redoing a whole import
is one transaction plus one refresh of the window's answers (target: under 200 ms).
Runs offscreen, in-process.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.measure import measure


def run() -> list[dict[str, Any]]:
    """Rows for the benchmark table."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = os.environ.get("BSREPORTER_HOME")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BSREPORTER_HOME"] = tmp  # the import's backup snapshot goes here, not to the user's folder
        try:
            rows = _measure(Path(tmp))
        finally:
            if home is None:
                os.environ.pop("BSREPORTER_HOME", None)
            else:
                os.environ["BSREPORTER_HOME"] = home
    return rows


def _measure(folder: Path) -> list[dict[str, Any]]:
    from PySide6.QtWidgets import QApplication

    from bsreporter.exchange import export_xlsx
    from bsreporter.exchange.sources import plan_import_file
    from bsreporter.form.installed import installed_questionnaire
    from bsreporter.gui.import_preview import ImportPreviewDialog
    from bsreporter.gui.import_undo import ImportCommand, apply_and_record
    from bsreporter.gui.session import ReportSession, load_report
    from bsreporter.report.store import Report, Source
    from bsreporter.report.synthetic import synthetic_answers

    app = QApplication.instance() or QApplication([])
    rows = []
    form = installed_questionnaire()
    with Report.create(folder / "source.bsr", party="Arcadia", form=form) as source:
        answers = synthetic_answers(form, 7, answered_share=1.0)
        answers.pop("party", None)
        source.set_answers(answers, source=Source.TYPED)
        export_xlsx(source, folder / "full.xlsx")
    report = Report.create(folder / "target.bsr", party="Arcadia", form=form)
    plan = plan_import_file(report, folder / "full.xlsx", previous_cycle=True)

    def open_preview() -> None:
        dialog = ImportPreviewDialog(plan, form, "en")
        dialog.show()
        dialog.show_same.setChecked(True)
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    rows.append(measure(f"import preview dialog ({len(plan.rows)} rows)", open_preview, repeat=15))

    session = ReportSession(load_report(report))
    applied = apply_and_record(report, plan, plan.default_selection, Source.IMPORTED)
    session.undo_stack.push(ImportCommand(session, applied))
    session.reload_answers()
    undone = [False]

    def undo_or_redo() -> None:
        if undone[0]:
            session.undo_stack.redo()
        else:
            session.undo_stack.undo()
        undone[0] = not undone[0]

    rows.append(measure(f"undo or redo a whole import ({len(applied.question_ids)} answers)", undo_or_redo, repeat=20))
    session.close()
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
