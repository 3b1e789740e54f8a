"""A Party's third national report carried into bsreporter: how much comes in without an edit, and how fast.

Built from the Secretariat's definitions beside the project (tests/reference/bch.py reads them): a
Party's own workbook of a third report, one row per answered question, the official number in one
column and the answer in the other, worded as the Secretariat's options (English, Chinese, French),
several choices joined with "; ", free text for text questions. The answers follow the form's rules
(a follow-up answered only when the answers before it ask it), about 166 answered rows as in a real
third report (tests/exchange/previous_report.py answers the form; five Parties, seeds 1-5).

Figures:
- the share of answered rows imported into a new cpb-nr3-2015 report without any edit, per language;
- the share carried into a new cpb-nr4-2019 report, from a third-report file made of the same answers
  (``--previous-cycle``), of the rows the Secretariat's mapping covers (an earlier question it maps);
- each import's whole process (``bsreporter import ...`` applying the rows, a fresh copy of the empty
  report each run): median of runs, and its ratio to ``bsreporter --version`` in the same rounds.
Rows that do not come in are printed, grouped by reason. ``python -m benchmarks.bench_carry_forward``.
"""

from __future__ import annotations

import collections
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_REPO = Path(__file__).resolve().parents[1]
_THIRD, _FOURTH = "cpb-nr3-2015", "cpb-nr4-2019"
_LANGUAGES = ("en", "zh", "fr")
_SEEDS = (1, 2, 3, 4, 5)
_ROUNDS = 7


def _helpers() -> tuple[Any, Any]:
    """The reader of the Secretariat's definitions and the answering of a previous report (from tests/)."""
    sys.path[:0] = [str(_REPO / "tests"), str(_REPO / "tests" / "exchange")]
    try:
        import previous_report

        from reference import bch
    finally:
        del sys.path[:2]
    return bch, previous_report


def party_workbook(bch: Any, form: Any, answers: dict[str, Any], language: str, path: Path) -> Path:
    """A Party's own workbook of a third report: the reference's numbers and option names in ``language``."""
    from openpyxl import Workbook

    reference = bch.load_format(3)
    names = bch.option_names(3, language)
    book = Workbook()
    sheet = book.active
    sheet.append(["No.", {"en": "Answer", "zh": "答复", "fr": "Réponse"}[language]])
    for key, value in answers.items():
        values = value if isinstance(value, list) else [value]
        text = "; ".join(names[key][v] for v in values) if key in names else str(value)
        sheet.append([reference.question(key).number or key, text])
    book.save(path)
    return path


def build(folder: Path, seed: int) -> dict[str, Any]:
    """Everything one Party's figures need, in ``folder``: workbooks, the third report file, empty reports."""
    from bsreporter.form.installed import installed_questionnaire
    from bsreporter.report.store import Report, Source

    bch, previous_report = _helpers()
    third, fourth = installed_questionnaire(_THIRD), installed_questionnaire(_FOURTH)
    answers = previous_report.previous_answers(third, seed=seed)
    built: dict[str, Any] = {"answers": answers, "sheets": {}}
    for language in _LANGUAGES:
        built["sheets"][language] = party_workbook(bch, third, answers, language, folder / f"party-{language}.xlsx")
    with Report.create(folder / "third-2015.bsr", party="Arcadia", form=third) as old:
        old.set_answers(answers, source=Source.TYPED)
    for name, form in (("empty-third.bsr", third), ("empty-fourth.bsr", fourth)):
        with Report.create(folder / name, party="Arcadia", form=form):
            pass
    covered = {m.source_key for m in bch.load_mapping(4, 3)}
    built["covered"] = [key for key in answers if key in covered]
    return built


def shares(folder: Path, built: dict[str, Any]) -> tuple[dict[str, tuple[int, int]], list[tuple[str, str]]]:
    """Per import: (rows that come in without an edit, rows that should); and every refused row's reason."""
    from bsreporter.exchange.importing import RowKind
    from bsreporter.exchange.sources import ForeignLayout, plan_import_file
    from bsreporter.report.store import Report

    figures: dict[str, tuple[int, int]] = {}
    refused: list[tuple[str, str]] = []
    with Report.open(folder / "empty-third.bsr", read_only=True) as report:
        for language, sheet in built["sheets"].items():
            plan = plan_import_file(report, sheet, layout=ForeignLayout(None, "A", "B", 1))
            figures[f"sheet {language} -> {_THIRD}"] = (plan.count(RowKind.NEW), len(built["answers"]))
            refused += [(f"sheet {language}", f"{r.number}: {r.reason}") for r in plan.rows
                        if r.kind is not RowKind.NEW]
    with Report.open(folder / "empty-fourth.bsr", read_only=True) as report:
        plan = plan_import_file(report, folder / "third-2015.bsr", previous_cycle=True)
        covered = set(built["covered"])
        carried = [r for r in plan.rows if r.location.rpartition(": ")[2] in covered]
        figures[f"{_THIRD}.bsr -> {_FOURTH}"] = (sum(r.kind is RowKind.NEW for r in carried), len(covered))
        # bsreporter's proposals where the mapping leaves an answer without an option, once confirmed.
        figures[f"{_THIRD}.bsr -> {_FOURTH}, suggestions confirmed"] = (
            sum(r.kind in (RowKind.NEW, RowKind.SUGGESTED) for r in carried), len(covered))
        refused += [(f"{_THIRD}.bsr", f"{r.location.rpartition(': ')[2]} -> {r.number}: {r.reason}")
                    for r in carried if r.kind is not RowKind.NEW]
    return figures, refused


def _run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=_REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=120, check=False)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.decode(errors='replace').strip()[-300:]}")
    return elapsed


def timings(folder: Path, built: dict[str, Any], rounds: int = _ROUNDS) -> list[dict[str, Any]]:
    """Whole-process import times (applied, into a fresh copy of an empty report), against the floor."""
    cli = str(Path(sys.executable).with_name("bsreporter"))
    sheet = ["--question-column", "A", "--answer-column", "B"]
    imports: dict[str, tuple[str, list[str]]] = {"floor: bsreporter --version": ("", ["--version"])}
    for language, path in built["sheets"].items():
        imports[f"import party sheet ({language}) into {_THIRD}"] = ("empty-third.bsr", [str(path), *sheet])
    imports[f"import {_THIRD}.bsr into {_FOURTH} --previous-cycle"] = (
        "empty-fourth.bsr", [str(folder / "third-2015.bsr"), "--previous-cycle"])
    imports[f"import party sheet (en) into {_FOURTH} --mapping"] = (
        "empty-fourth.bsr", [str(built["sheets"]["en"]), *sheet, "--mapping",
                             str(_REPO / "forms" / _FOURTH / "mappings" / f"{_THIRD}.yaml")])
    times: dict[str, list[float]] = {label: [] for label in imports}
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "BSREPORTER_HOME": home}
        for round_ in range(rounds + 1):  # the first round warms the disk caches and is not counted
            for label, (empty, arguments) in imports.items():
                if not empty:
                    elapsed = _run([cli, *arguments], env)
                else:
                    target = folder / f"target-{round_}-{len(times[label])}-{empty}"
                    shutil.copyfile(folder / empty, target)
                    elapsed = _run([cli, "import", str(target), *arguments], env)
                if round_:
                    times[label].append(elapsed)
    floor = statistics.median(times["floor: bsreporter --version"])
    return [{"operation": label, "median_ms": statistics.median(values), "p99_ms": max(values),
             "peak_mb": float("nan"), "ratio": statistics.median(values) / floor} for label, values in times.items()]


def run() -> list[dict[str, Any]]:
    """Rows for the benchmark table: the whole-process import timings (shares are printed by main())."""
    bch, _ = _helpers()
    if not bch.reference_available():
        print(f"bench_carry_forward: skipped: {bch.MISSING_REASON}")
        return []
    with tempfile.TemporaryDirectory() as folder:
        rows = timings(Path(folder), build(Path(folder), _SEEDS[0]))
    return [row if row["operation"].startswith("floor") else
            {**row, "operation": f"{row['operation']} [x{row['ratio']:.2f} of floor]"} for row in rows]


def main() -> None:
    """Print the shares for five Parties, the refused rows by reason, then the timings."""
    bch, _ = _helpers()
    if not bch.reference_available():
        print(f"skipped: {bch.MISSING_REASON}")
        return
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    reasons: collections.Counter[tuple[str, str]] = collections.Counter()
    answered = []
    for seed in _SEEDS:
        with tempfile.TemporaryDirectory() as folder:
            built = build(Path(folder), seed)
            answered.append(len(built["answers"]))
            figures, refused = shares(Path(folder), built)
        for name, (came, due) in figures.items():
            totals[name][0] += came
            totals[name][1] += due
        reasons.update(refused)
    print(f"{len(_SEEDS)} Parties' third reports, {min(answered)}-{max(answered)} answered rows each")
    for name, (came, due) in totals.items():
        print(f"  {name:<40} {came:>4} of {due:>4} rows without an edit: {100 * came / due:5.1f}%")
    print("rows that did not come in (times seen over the five Parties):")
    for (where, reason), count in sorted(reasons.items()):
        print(f"  {count:>2}x {where}: {reason}")
    print()
    with tempfile.TemporaryDirectory() as folder:
        rows = timings(Path(folder), build(Path(folder), _SEEDS[0]))
    print(f"{'whole process (applied)':<62} {'median ms':>9} {'max ms':>8} {'x floor':>8}")
    for row in rows:
        print(f"{row['operation']:<62} {row['median_ms']:>9.1f} {row['p99_ms']:>8.1f} {row['ratio']:>8.2f}")


if __name__ == "__main__":
    main()
