"""Fuzzing the XLSX importer with mutated workbooks: a preview or the program's own error, never a crash.

Whatever the workbook holds, the report is not changed by reading it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from bsreporter.errors import ExchangeError
from bsreporter.exchange import export_xlsx
from bsreporter.exchange.sources import ForeignLayout, plan_import_file
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report, Source

FUZZ = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

cell_values = st.one_of(
    st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), max_size=60), st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
    st.sampled_from(["=1/0", "=A1", "yes", "Oui", "是", "Sans objet", "not_applicable", "1.1.1", "G.2", "",
                     "[]", "{}", "selected(.)", "\u202e", "0" * 40]),
)


class Workbook:
    """An exported workbook's bytes (with a short repr for hypothesis' reports)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"<exported workbook, {len(self.data)} bytes>"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, form: Questionnaire) -> Iterator[Workbook]:
    folder = tmp_path_factory.mktemp("fuzz-source")
    with Report.create(folder / "source.bsr", party="Arcadia", form=form) as source:
        source.set_answers({"nfp_name": "Dr. Okafor", "cna_designated": "yes", "cna_count": 2,
                            "nbf_legislation_in_place": "yes",
                            "nbf_instruments": [{"instrument_title": "Act", "year_adopted": 2012}]},
                           source=Source.TYPED)
        export_xlsx(source, folder / "source.xlsx")
    yield Workbook((folder / "source.xlsx").read_bytes())


def _state(report: Report) -> tuple[Any, ...]:
    return report.answers(), report.history(), report.previous_answers()


def _plan_or_error(report: Report, path: Path, layout: ForeignLayout | None = None) -> None:
    before = _state(report)
    try:
        plan = plan_import_file(report, path, layout=layout)
    except ExchangeError as exc:
        assert str(exc)
    else:
        assert all(row.kind.value in {"new", "same", "changed", "conflict", "rejected"} for row in plan.rows)
    assert _state(report) == before


@FUZZ
@given(changes=st.lists(st.tuples(st.integers(1, 200), st.integers(1, 12), cell_values), min_size=1, max_size=15))
def test_workbook_with_random_cells_is_previewed_or_refused(tmp_path_factory: pytest.TempPathFactory,
                                                            report: Report, exported: Workbook,
                                                            changes: list[tuple[int, int, Any]]) -> None:
    folder = tmp_path_factory.mktemp("fuzz-cells")
    book = load_workbook(io.BytesIO(exported.data))
    for row, column, value in changes:
        sheet = book.worksheets[row % len(book.worksheets)]
        sheet.cell(row=row, column=column, value=value)
    path = folder / "mutated.xlsx"
    book.save(path)
    _plan_or_error(report, path)
    _plan_or_error(report, path, ForeignLayout(None, "A", "E"))


@FUZZ
@given(data=st.data())
def test_workbook_with_damaged_bytes_or_parts_is_refused_cleanly(tmp_path_factory: pytest.TempPathFactory,
                                                                 report: Report, exported: Workbook,
                                                                 data: st.DataObject) -> None:
    folder = tmp_path_factory.mktemp("fuzz-bytes")
    path = folder / "damaged.xlsx"
    if data.draw(st.booleans()):
        raw = bytearray(exported.data)
        for _ in range(data.draw(st.integers(1, 20))):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
        path.write_bytes(bytes(raw))
    else:
        with zipfile.ZipFile(io.BytesIO(exported.data)) as original:
            parts = {name: original.read(name) for name in original.namelist()}
        name = data.draw(st.sampled_from(sorted(parts)))
        if data.draw(st.booleans()):
            del parts[name]
        else:
            content = parts[name]
            cut = data.draw(st.integers(0, len(content)))
            parts[name] = content[:cut] + data.draw(st.binary(max_size=40))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for part, content in parts.items():
                archive.writestr(part, content)
    _plan_or_error(report, path)
