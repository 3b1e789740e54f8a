"""Whole-process cost of a PDF export, as a person or a script meets it.

Each row is the median wall-clock time of a new process: ``bsreporter export DEMO --pdf OUT`` in English,
Chinese and Arabic, beside two things measured in the same interleaved rounds:

- the floor, a plain reportlab "hello world" (a ``python -c`` that writes a one-page PDF), so that the
  figure says what the export adds to the least a PDF made in Python costs, whatever the machine;
- a lower bound, the least any reportlab export of this report must cost (:mod:`benchmarks.pdf_lines`): a
  process that opens the report and reads it as the export does, then draws every line of text the exported
  PDF holds at its place with reportlab's canvas, every layout decision already made (the lines are taken
  from the real export's layout, untimed), and saves it with the export's fonts, subsets and PDF/A settings;
  Arabic lines go through the export's own bidi ordering and shaping, Chinese through its font choice per
  character;
- the alternative, LibreOffice starting cold and converting the same report as a Word document to PDF
  (``soffice --headless --convert-to pdf``, a fresh user profile for every run). The Word document is
  written here by hand (a minimal .docx made with zipfile, no extra package): the text of the PDF that
  bsreporter exported, page by page (``pdftotext``), each block of lines a paragraph and a page break
  where the PDF starts a page, in the report's language (right to left in Arabic).

``python -m benchmarks.bench_export_process`` prints the ratios to the floor, the lower bound's share of each
export's time, and how many times faster than LibreOffice each export is; ``--tree NAME=SRC`` (repeatable) adds the same exports run from another
source tree (e.g. a checkout of an earlier commit's ``src``) to the same rounds, for before/after figures
from one run.
``python -m benchmarks`` prints the rows. Without LibreOffice or pdftotext the LibreOffice rows are left out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from benchmarks.measure import compare_processes, print_ratios

_ROUNDS = 9
_LANGUAGES = ("en", "zh", "ar")
_CLI = "import sys; from bsreporter.cli import main; sys.exit(main())"
#: The same command run from another source tree: its ``src`` first on the path, and a home (cache folder)
#: of its own. The trees' programs would otherwise throw away each other's kept questionnaire at every turn
#: (it is kept for the code that built it), and each export would build it anew: an installed program keeps
#: its own.
_CLI_FROM = ("import os, sys; os.environ['BSREPORTER_HOME'] = sys.argv.pop(1); sys.path.insert(0, sys.argv.pop(1)); "
             "from bsreporter.cli import main; sys.exit(main())")
_FLOOR = "reportlab hello-world PDF (floor)"
_ROOT = Path(__file__).resolve().parents[1]
#: The lower bound's process: the benchmarks' folder first on the path, then only what it draws with.
_LINES = ("import sys; sys.path.insert(0, sys.argv.pop(1)); from benchmarks.pdf_lines import main; "
          "sys.exit(main())")
_HELLO = ("import sys; from reportlab.pdfgen.canvas import Canvas; c = Canvas(sys.argv[1]); "
          "c.drawString(72, 770, 'Hello world'); c.showPage(); c.save()")
#: A cold LibreOffice: a user profile made anew for each run (and removed after it, a few ms of the time).
#: soffice says 0 even when it could not load the document (e.g. without its Writer): the PDF must be there.
_SOFFICE = ('rm -f "$3"; profile=$(mktemp -d) && soffice "-env:UserInstallation=file://$profile" --headless '
            '--convert-to pdf --outdir "$2" "$1" >/dev/null 2>&1; rm -rf "$profile"; test -s "$3"')


def _export_name(language: str, tree: str = "") -> str:
    return f"bsreporter export DEMO --pdf OUT ({language}){tree}"


def _lower_name(language: str) -> str:
    return f"lower bound: the report's lines drawn with no layout ({language})"


def _office_name(language: str) -> str:
    return f"LibreOffice cold: equivalent .docx -> PDF ({language})"


def _commands(folder: Path, trees: dict[str, Path]) -> dict[str, list[str]]:
    from bsreporter.demo import bundled_demo_path

    demo = folder / "demo.bsr"
    shutil.copyfile(bundled_demo_path(), demo)
    python = [sys.executable]
    commands = {_FLOOR: [*python, "-c", _HELLO, str(folder / "hello.pdf")]}
    for language in _LANGUAGES:
        arguments = ["export", str(demo), "--pdf", str(folder / f"demo-{language}.pdf"), "--language", language]
        commands[_export_name(language)] = [*python, "-c", _CLI, *arguments]
        for tree, source in trees.items():
            commands[_export_name(language, f" {tree}")] = [
                *python, "-c", _CLI_FROM, str(folder / f"home-{tree}"), str(source), *arguments[:3],
                str(folder / f"{tree}-{language}.pdf"), *arguments[4:]]
    env = _environment(folder)
    for language in _LANGUAGES:
        # The lines and their places, from the real export's layout (untimed).
        lines = folder / f"demo-{language}.lines"
        subprocess.run([*python, "-m", "benchmarks.pdf_lines", "record", str(demo), language, str(lines)],
                       env=env, cwd=_ROOT, check=True, capture_output=True)
        commands[_lower_name(language)] = [*python, "-c", _LINES, str(_ROOT), "draw", str(lines), str(demo),
                                           language, str(folder / f"lower-{language}.pdf")]
    if shutil.which("soffice") and shutil.which("pdftotext"):
        for language in _LANGUAGES:
            # The Word document holds what the exported PDF shows.
            subprocess.run(commands[_export_name(language)], env=env, check=True, capture_output=True)
            document = folder / f"word-{language}" / f"demo-{language}.docx"
            document.parent.mkdir()
            write_docx(document, pdf_pages(folder / f"demo-{language}.pdf"), language)
            commands[_office_name(language)] = ["sh", "-c", _SOFFICE, "soffice", str(document),
                                                str(document.parent), str(document.with_suffix(".pdf"))]
    return commands


def _environment(folder: Path) -> dict[str, str]:
    """The commands' environment: their own home folder, and Python's compiled modules kept.

    An installed program has its modules compiled (pip compiles them; the bundle holds them), even where
    this shell says not to write them: without them every run would compile the program and reportlab
    anew, the floor too. They go to the temporary folder, not the tree.
    """
    return {**{key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
            "BSREPORTER_HOME": str(folder / "home"), "PYTHONPYCACHEPREFIX": str(folder / "pycache")}


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of ``pdf``, in reading order (poppler's pdftotext)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return text.decode("utf-8").split("\f")[:-1]


def write_docx(path: Path, pages: list[str], language: str) -> None:
    """A minimal Word document: each block of lines of a page one paragraph, a page break between pages."""
    rtl = language == "ar"
    paragraph_properties = "<w:pPr><w:bidi/><w:jc w:val=\"right\"/></w:pPr>" if rtl else ""
    run_properties = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body: list[str] = []
    for number, page in enumerate(pages):
        blocks = [" ".join(block.split("\n")) for block in page.split("\n\n") if block.strip()]
        for index, block in enumerate(blocks):
            brk = '<w:r><w:br w:type="page"/></w:r>' if number and not index else ""
            body.append(f"<w:p>{paragraph_properties}{brk}<w:r>{run_properties}"
                        f"<w:t xml:space=\"preserve\">{escape(block)}</w:t></w:r></w:p>")
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {namespace}><w:body>'
                + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1247" '
                'w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>'
                "</w:sectPr></w:body></w:document>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {namespace}><w:docDefaults>'
              '<w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" '
              'w:eastAsia="Droid Sans Fallback" w:cs="Noto Naskh Arabic"/><w:sz w:val="19"/>'
              f'<w:lang w:val="{language}" w:eastAsia="{language}" w:bidi="{language}"/></w:rPr></w:rPrDefault>'
              "</w:docDefaults></w:styles>")
    word = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types '
            'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{word}.document.main+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{word}.styles+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{relationships}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"))
        archive.writestr("word/_rels/document.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{relationships}/styles" Target="styles.xml"/></Relationships>'))
        archive.writestr("word/document.xml", document)
        archive.writestr("word/styles.xml", styles)


def process_figures(rounds: int = _ROUNDS, trees: dict[str, Path] | None = None) -> list[dict[str, Any]]:
    """Median whole-process time of each command and its ratio to the floor, all measured in the same rounds,
    then for each language the lower bound's share of the export's time and how many times faster than
    LibreOffice each export is."""
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = _environment(home)
        commands = _commands(home, trees or {})
        rows = compare_processes(commands, _FLOOR, env, rounds=rounds, accepted=(0,))
    medians = {name: row["median_ms"] for name, row in zip(commands, rows, strict=True)}
    cpus = {name: row.get("cpu_ms", float("nan")) for name, row in zip(commands, rows, strict=True)}
    for language in _LANGUAGES:
        export, lower = _export_name(language), _lower_name(language)
        ratio, cpu_ratio = medians[lower] / medians[export], cpus[lower] / cpus[export]
        rows.append({"operation": f"lower bound / export ({language}): {ratio:.2f} of its time "
                                  f"(CPU time: {cpu_ratio:.2f})",
                     "median_ms": medians[lower], "p99_ms": float("nan"), "peak_mb": float("nan"),
                     "runs": rounds, "ratio": ratio, "export_ms": medians[export], "cpu_ratio": cpu_ratio})
    for language in _LANGUAGES:
        office = _office_name(language)
        if office not in medians:
            continue
        for tree in ["", *(f" {name}" for name in trees or {})]:
            export = _export_name(language, tree)
            ratio, cpu_ratio = medians[office] / medians[export], cpus[office] / cpus[export]
            rows.append({"operation": f"LibreOffice / export ({language}){tree}: {ratio:.1f}x faster "
                                      f"(CPU time: {cpu_ratio:.1f}x less)",
                         "median_ms": medians[export], "p99_ms": float("nan"), "peak_mb": float("nan"),
                         "runs": rounds, "ratio": ratio, "office_ms": medians[office], "cpu_ratio": cpu_ratio})
    return rows


def run() -> list[dict[str, Any]]:
    """Rows for ``python -m benchmarks``."""
    return process_figures()


def main(argv: list[str] | None = None) -> int:
    """Print each command's median and its ratio to the floor, and the speed-up over LibreOffice, from one run."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=_ROUNDS)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=SRC",
                        help="also time the export from this source tree (repeatable)")
    args = parser.parse_args(argv)
    trees = {name: Path(source) for name, _, source in (tree.partition("=") for tree in args.tree)}
    rows = process_figures(args.rounds, trees)
    print_ratios([row for row in rows if not row["operation"].startswith(("LibreOffice / ", "lower bound / "))])
    print()
    for row in rows:
        if row["operation"].startswith("lower bound / "):
            print(f"{row['operation']}  (lower bound {row['median_ms']:.0f} ms, export {row['export_ms']:.0f} ms)")
    for row in rows:
        if row["operation"].startswith("LibreOffice / "):
            print(f"{row['operation']}  (export {row['median_ms']:.0f} ms, LibreOffice {row['office_ms']:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
