"""Report files written by every released file format open (migrated); a newer one is refused clearly."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bsreporter.errors import ReportError
from bsreporter.report import schema
from bsreporter.report.store import Report, Source

FIXTURES = Path(__file__).parent / "fixtures"


def test_there_is_a_fixture_for_every_released_file_format() -> None:
    versions = sorted(int(p.stem.rsplit("-v", 1)[1]) for p in FIXTURES.glob("report-schema-v*.bsr"))
    assert versions == list(range(1, schema.SCHEMA_VERSION + 1)), (
        "add tests/reliability/fixtures/report-schema-vN.bsr, written by the release that introduced format N"
    )


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("report-schema-v*.bsr")), ids=lambda p: p.stem)
def test_report_of_each_released_format_opens_with_its_answers(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with Report.open(path) as report:
        assert report.info.party == "Republic of Arcadia"
        assert report.answer("nfp_name").value == "Dr. Amina Okafor-Lindqvist"
        report.set_answer("nfp_title", "Director")  # and it can be edited
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    conn.close()


def test_report_from_a_newer_format_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "future.bsr"
    shutil.copyfile(FIXTURES / "report-schema-v1.bsr", path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ReportError, match=r"newer version of bsreporter .* Install the latest"):
        Report.open(path)
    assert path.read_bytes() == before


def test_migration_1_to_2_adds_the_previous_cycle_answers(tmp_path: Path) -> None:
    path = tmp_path / "v1.bsr"
    shutil.copyfile(FIXTURES / "report-schema-v1.bsr", path)
    with Report.open(path, read_only=True) as report:  # read-only: not migrated, still readable
        assert report.previous_answers() == {}
    with Report.open(path) as report:
        assert report.previous_answers() == {}
        report.set_answers({"nfp_title": "Director"}, source=Source.IMPORTED, source_detail="r2.xlsx",
                           keep_as_previous=True)
        assert report.previous_answers() == {"nfp_title": ("Director", None, "r2.xlsx")}
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2
