"""Report details (submitting authority, place and date of submission) are kept in the file, old files included."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bsreporter.errors import ReportError
from bsreporter.report.store import Report

FIXTURES = Path(__file__).parents[2] / "reliability" / "fixtures"


def test_details_are_kept_for_the_next_opening_and_recorded_as_an_event(tmp_path: Path) -> None:
    path = tmp_path / "r.bsr"
    Report.create(path, party="Republic of Arcadia", author="tester").close()
    with Report.open(path, author="tester") as report:
        report.set_details({"submitting_authority": "  Ministry of  Environment ", "submission_place": "Arcadia City",
                            "submission_date": "2026-03-31"})
    with Report.open(path, read_only=True) as report:
        info = report.info
        assert (info.submitting_authority, info.submission_place, info.submission_date) == (
            "Ministry of Environment", "Arcadia City", "2026-03-31")
        assert report.events()[-1][2] == "details"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("report-schema-v*.bsr")), ids=lambda p: p.stem)
def test_a_file_made_before_details_existed_reads_them_empty_and_takes_them(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with Report.open(path, read_only=True) as report:
        assert (report.info.submitting_authority, report.info.submission_place, report.info.submission_date) == (
            "", "", "")
    with Report.open(path) as report:
        report.set_details({"submission_place": "Arcadia City"})
        assert report.info.submission_place == "Arcadia City"
        assert report.answer("nfp_name").value == "Dr. Amina Okafor-Lindqvist"


def test_a_date_that_is_not_a_date_is_refused_and_nothing_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.bsr"
    Report.create(path, party="Republic of Arcadia", author="tester").close()
    with Report.open(path, author="tester") as report:
        with pytest.raises(ReportError, match="YYYY-MM-DD"):
            report.set_details({"submission_place": "Arcadia City", "submission_date": "31 March"})
        assert report.info.submission_place == ""
        assert report.events() == []
        with pytest.raises(ReportError):
            report.set_details({"party": "Another Party"})  # not a detail: the Party is changed elsewhere
        assert report.info.party == "Republic of Arcadia"


def test_a_validated_report_still_takes_its_submission_details(tmp_path: Path) -> None:
    path = tmp_path / "r.bsr"
    Report.create(path, party="Republic of Arcadia", author="tester").close()
    with Report.open(path, author="tester") as report:
        report.record_event("validated", "", meta={"state": "validated"})  # answers locked
        report.set_details({"submission_date": "2026-03-31"})  # a report is submitted after it is validated
        assert report.info.submission_date == "2026-03-31"
