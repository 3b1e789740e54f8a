"""Another Party's file is refused, but one Party recorded in two languages is the same Party."""

from __future__ import annotations

from pathlib import Path

from bsreporter.exchange.importing import RowKind
from bsreporter.exchange.sources import plan_import_file
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report


def test_one_party_named_in_another_language_is_not_another_party(tmp_path: Path, small_form: Questionnaire) -> None:
    with Report.create(tmp_path / "theirs-en.bsr", party="Germany", form=small_form) as theirs:
        theirs.set_answer("needs_assessed", "yes")
    with Report.create(tmp_path / "ours-fr.bsr", party="Allemagne", form=small_form) as ours:
        plan = plan_import_file(ours, tmp_path / "theirs-en.bsr")
        rows = {row.question_id: row for row in plan.rows}
        assert rows["needs_assessed"].kind is RowKind.NEW
        assert ours.info.party == "Allemagne"  # the file keeps its own name for the Party
