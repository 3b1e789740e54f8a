"""One page of the demo report's PDF in each of the six UN languages, for the documentation.

Exports a copy of the bundled demo report in each language, renders one page of its
questions with poppler's pdftoppm at 60 dpi, and stores it with a reduced
palette so the six pictures stay small:

    python packaging/pdf_pages.py [--out docs/images] [--page 4]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from bsreporter.demo import bundled_demo_path
from bsreporter.exchange import export_pdf
from bsreporter.report.store import Report

LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")
#: Enough shades for text, the watermark and the table shading at 60 dpi.
COLOURS = 48


def render_pages(out: Path, page: int) -> list[Path]:
    """Write docs images ``pdf-<language>-page.png`` and return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as folder:
        report_path = Path(folder) / "demo.bsr"
        shutil.copyfile(bundled_demo_path(), report_path)
        with Report.open(report_path, read_only=True) as report:
            for language in LANGUAGES:
                pdf = Path(folder) / f"{language}.pdf"
                export_pdf(report, pdf, language=language)
                stem = Path(folder) / language
                subprocess.run(["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-png", "-singlefile",
                                str(pdf), str(stem)], check=True)
                target = out / f"pdf-{language}-page.png"
                with Image.open(stem.with_suffix(".png")) as image:
                    image.convert("RGB").quantize(COLOURS).save(target, optimize=True)
                written.append(target)
    return written


def main() -> None:
    """Command line: where to write and which page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/images"))
    parser.add_argument("--page", type=int, default=4)
    arguments = parser.parse_args()
    for path in render_pages(arguments.out, arguments.page):
        print(f"{path} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
