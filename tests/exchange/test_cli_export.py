"""``bsreporter export``: the same exports from the command line, errors on one line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bsreporter.cli import main


def test_export_writes_pdf_and_xlsx(filled_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    code = main(["export", str(filled_path), "--pdf", str(pdf), "--xlsx", str(xlsx), "--language", "zh",
                 "--paper", "letter"])
    assert code == 0
    assert pdf.read_bytes().startswith(b"%PDF-") and b"/MediaBox [ 0 0 612 792 ]" in pdf.read_bytes()
    assert openpyxl.load_workbook(xlsx).sheetnames[0] == "说明"
    out = capsys.readouterr().out
    assert f"Wrote {pdf}" in out and f"Wrote {xlsx}" in out


@pytest.mark.parametrize(("extra", "message"), [
    ([], "--pdf FILE, --xlsx FILE or both"),
    (["--pdf", "{report}"], "report file itself"),
    (["--pdf", "{tmp}/missing/out.pdf"], "does not exist"),
    (["--xlsx", "{tmp}/out.xlsx", "--language", "de"], "'de' is not a language"),
])
def test_export_mistakes_are_one_line_errors(extra: list[str], message: str, filled_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    args = [a.format(report=filled_path, tmp=tmp_path) for a in extra]
    assert main(["export", str(filled_path), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
