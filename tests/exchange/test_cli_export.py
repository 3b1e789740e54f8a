"""``bsreporter export``: the same exports from the command line, errors on one line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bsreporter.cli import main

#: The command opens a report without being handed its form: the small form is installed for each test.
pytestmark = pytest.mark.usefixtures("small_form")


def test_export_writes_pdf_and_xlsx(small_filled_path: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    code = main(["export", str(small_filled_path), "--pdf", str(pdf), "--xlsx", str(xlsx), "--language", "fr",
                 "--paper", "letter"])
    assert code == 0
    assert pdf.read_bytes().startswith(b"%PDF-") and b"/MediaBox [ 0 0 612 792 ]" in pdf.read_bytes()
    assert openpyxl.load_workbook(xlsx).sheetnames[0] == "À propos"
    out = capsys.readouterr().out
    assert f"Wrote {pdf}" in out and f"Wrote {xlsx}" in out


@pytest.mark.parametrize(("extra", "message"), [
    ([], "--pdf FILE, --xlsx FILE or both"),
    (["--pdf", "{report}"], "report file itself"),
    (["--pdf", "{tmp}/missing/out.pdf"], "does not exist"),
    (["--xlsx", "{tmp}/out.xlsx", "--language", "de"], "'de' is not a language"),
])
def test_export_mistakes_are_one_line_errors(extra: list[str], message: str, small_filled_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    args = [a.format(report=small_filled_path, tmp=tmp_path) for a in extra]
    assert main(["export", str(small_filled_path), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_export_never_replaces_another_report(small_filled_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "colleague.bsr"
    other.write_bytes(small_filled_path.read_bytes())
    disguised = tmp_path / "looks-like.pdf"  # a report renamed by hand is still a report
    disguised.write_bytes(small_filled_path.read_bytes())
    for destination in (other, disguised):
        before = destination.read_bytes()
        assert main(["export", str(small_filled_path), "--pdf", str(destination)]) == 2
        err = capsys.readouterr().err
        assert "is a bsreporter report" in err and len(err.strip().splitlines()) == 1
        assert destination.read_bytes() == before


@pytest.mark.parametrize(("option", "existing", "content"), [
    ("--pdf", "figures.xlsx", b"PK\x03\x04 a workbook"),
    ("--pdf", "letter.docx", b"PK\x03\x04 a document"),
    ("--xlsx", "printed.pdf", b"%PDF-1.4 a printout"),
    ("--pdf", "notes.pdf", b"PK\x03\x04 a workbook renamed .pdf"),
])
def test_export_never_replaces_a_file_of_another_kind(option: str, existing: str, content: bytes,
                                                      small_filled_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    destination = tmp_path / existing
    destination.write_bytes(content)
    assert main(["export", str(small_filled_path), option, str(destination)]) == 2
    err = capsys.readouterr().err
    assert "choose another file name" in err and len(err.strip().splitlines()) == 1
    assert destination.read_bytes() == content


def test_export_replaces_its_own_earlier_export(small_filled_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    for _ in range(2):
        assert main(["export", str(small_filled_path), "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert openpyxl.load_workbook(xlsx).sheetnames
    assert capsys.readouterr().err == ""
