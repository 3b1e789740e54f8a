"""Words of a form in a message travel from the process that plans an import to the window without the
spreadsheet and YAML readers: the window unpickles a plan and loads none of them."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

from bsreporter.exchange.sources import plan_import_file
from bsreporter.form.installed import installed_questionnaire
from bsreporter.report.store import Report, Source

FOURTH, THIRD = "cpb-nr4-2019", "cpb-nr3-2015"
_READERS = ("openpyxl", "lxml", "PIL", "yaml", "bsreporter.exchange.xlsx", "bsreporter.exchange.xlsx_read",
            "bsreporter.exchange.sources", "bsreporter.form.loader", "bsreporter.form.mapping")
# A fresh interpreter, as the window is: the plan unpickled, a refused row's reason said in French.
_UNPICKLE = """
import pickle, sys
plan = pickle.loads(open(sys.argv[1], "rb").read())
print("REASON", next(row for row in plan.rows if row.number == "20").reason_in("fr"))
print("MODULES", *sorted(sys.modules))
"""


def test_a_plan_carried_from_an_earlier_report_unpickles_without_the_readers(tmp_path: Path) -> None:
    """A real third report carried into the fourth: the refused row is worded from the real formats' French texts."""
    with Report.create(tmp_path / "third.bsr", party="Arcadia", form=installed_questionnaire(THIRD)) as old:
        old.set_answers({"Q020": "true"}, source=Source.TYPED)  # a question the fourth report has no counterpart of
    with Report.create(tmp_path / "fourth.bsr", party="Arcadia", form=installed_questionnaire(FOURTH)) as report:
        plan = plan_import_file(report, tmp_path / "third.bsr", previous_cycle=True)
    (tmp_path / "plan.pickle").write_bytes(pickle.dumps(plan))
    done = subprocess.run([sys.executable, "-c", _UNPICKLE, str(tmp_path / "plan.pickle")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = {line.partition(" ")[0]: line.partition(" ")[2] for line in done.stdout.splitlines()}
    # The question and the earlier report are named in the reader's language, quoted the French way.
    assert "question 20 « Votre pays a-t-il communiqué" in lines["REASON"]
    assert "du « Troisième rapport national" in lines["REASON"]
    modules = lines["MODULES"].split()
    assert sorted(m for m in modules if any(m == name or m.startswith(name + ".") for name in _READERS)) == []
