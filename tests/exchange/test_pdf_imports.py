"""A PDF export loads HarfBuzz only for text it shapes, reportlab's web-address pattern only when used, Pillow
and reportlab's preformatted text never, and the comparison of answers only for the changes annex; the DRAFT
mark kept in the cache folder is the mark HarfBuzz draws.

The reports exported are of the small fixture form in six languages, given to the child process as the window
gives its forms (``installed.use_forms``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bsreporter.exchange.fonts import register_fonts
from bsreporter.exchange.pdf import draw_outlines
from bsreporter.form import installed
from bsreporter.form.model import Questionnaire
from bsreporter.paths import user_cache_dir
from bsreporter.report.store import Report

# A new process: modules imported by earlier tests stay imported in this one. It is given the small form's
# folder as its last argument, and takes it as its only installed form.
_GIVEN_FORM = """
import sys
from pathlib import Path
from bsreporter.form import installed
installed.use_forms({"small-world": Path(sys.argv.pop())})
"""


def _run(script: str, form: Questionnaire, *arguments: object) -> str:
    """What ``script`` prints, run in a new process given the small form's folder."""
    folder = installed.available_forms()[form.id]
    done = subprocess.run([sys.executable, "-c", _GIVEN_FORM + script, *map(str, arguments), str(folder)],
                          capture_output=True, text=True, check=True)
    return done.stdout


def _new_report(path: Path, form: Questionnaire) -> Path:
    """A new report of ``form`` with nothing answered: a draft, with its mark."""
    Report.create(path, party="Arcadia", form=form).close()
    return path


_EXPORT_AND_SAY_WHAT_LOADED = """
import sys
from pathlib import Path
from bsreporter.exchange.command import export_report_file
export_report_file(Path(sys.argv[1]), pdf=Path(sys.argv[2]), language=sys.argv[3])
from reportlab.lib import textsplit
from reportlab.platypus import paragraph
compiled = type(paragraph._hy_shy_pat)
print("harfbuzz" if "uharfbuzz._harfbuzz" in sys.modules else "no-harfbuzz",
      "deferred" if not isinstance(paragraph.uri_pat, compiled) and not isinstance(textsplit.rx, compiled)
      else "compiled")
"""


def _export(report_path: Path, pdf: Path, language: str, form: Questionnaire) -> list[str]:
    return _run(_EXPORT_AND_SAY_WHAT_LOADED, form, report_path, pdf, language).split()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_draft_in_english_or_chinese_loads_no_harfbuzz_once_its_mark_is_kept(
        tmp_path: Path, language: str, small_world_form: Questionnaire) -> None:
    report_path = _new_report(tmp_path / "report.bsr", small_world_form)
    first = _export(report_path, tmp_path / "first.pdf", language, small_world_form)
    assert first == ["harfbuzz", "deferred"]  # the mark's outlines are drawn once, then kept
    assert _export(report_path, tmp_path / "second.pdf", language, small_world_form) == ["no-harfbuzz", "deferred"]
    assert (tmp_path / "first.pdf").stat().st_size == (tmp_path / "second.pdf").stat().st_size


def test_an_arabic_export_loads_harfbuzz_to_shape_its_text(tmp_path: Path, small_world_form: Questionnaire) -> None:
    report_path = _new_report(tmp_path / "report.bsr", small_world_form)
    assert _export(report_path, tmp_path / "report.pdf", "ar", small_world_form)[0] == "harfbuzz"


_EXPORT_AND_SAY_IF_PILLOW_LOADED = """
import sys
from pathlib import Path
from bsreporter.exchange.command import export_report_file
export_report_file(Path(sys.argv[1]), pdf=Path(sys.argv[2]), language=sys.argv[3])
print("pillow" if "PIL.ExifTags" in sys.modules or type(sys.modules["PIL.Image"]).__name__ == "module"
      else "no-pillow")
import PIL.Image
from reportlab.lib.utils import ImageReader
print(ImageReader(PIL.Image.new("RGB", (3, 2))).getSize())
"""


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_export_loads_no_pillow_and_pillow_still_works_when_asked_for(tmp_path: Path, language: str,
                                                                         small_world_form: Questionnaire) -> None:
    report_path = _new_report(tmp_path / "report.bsr", small_world_form)
    said = _run(_EXPORT_AND_SAY_IF_PILLOW_LOADED, small_world_form, report_path, tmp_path / "report.pdf", language)
    assert said.split("\n")[:2] == ["no-pillow", "(3, 2)"]


_EXPORT_AND_SAY_IF_PREFORMATTED_LOADED = """
import sys
from pathlib import Path
from bsreporter.exchange.command import export_report_file
export_report_file(Path(sys.argv[1]), pdf=Path(sys.argv[2]), language="en")
print("preformatted" if "reportlab.platypus.xpreformatted" in sys.modules else "no-preformatted")
from reportlab.platypus import PythonPreformatted, XPreformatted
from reportlab.platypus.xpreformatted import XPreformatted as loaded
print(XPreformatted is loaded and PythonPreformatted.__name__ == "PythonPreformatted")
"""


def test_an_export_loads_no_preformatted_text_and_its_names_still_work_when_asked_for(
        tmp_path: Path, small_world_form: Questionnaire) -> None:
    report_path = _new_report(tmp_path / "report.bsr", small_world_form)
    said = _run(_EXPORT_AND_SAY_IF_PREFORMATTED_LOADED, small_world_form, report_path, tmp_path / "report.pdf")
    assert said.split() == ["no-preformatted", "True"]


_EXPORT_AND_SAY_IF_COMPARED = """
import sys
from pathlib import Path
from bsreporter.exchange.command import export_report_file
export_report_file(Path(sys.argv[1]), pdf=Path(sys.argv[2]), changes_annex=sys.argv[3] == "annex")
print("compared" if "bsreporter.report.compare" in sys.modules else "not-compared",
      "difflib" if "difflib" in sys.modules else "no-difflib")
"""


@pytest.mark.parametrize(("annex", "loaded"), [("", ["not-compared", "no-difflib"]),
                                               ("annex", ["compared", "difflib"])])
def test_only_an_export_with_the_changes_annex_loads_the_comparison(tmp_path: Path, annex: str, loaded: list[str],
                                                                    small_world_form: Questionnaire) -> None:
    report_path = _new_report(tmp_path / "report.bsr", small_world_form)
    said = _run(_EXPORT_AND_SAY_IF_COMPARED, small_world_form, report_path, tmp_path / "report.pdf", annex)
    assert said.split() == loaded
    assert (tmp_path / "report.pdf").stat().st_size > 0


def test_reportlab_breaks_a_web_address_and_splits_chinese_with_its_deferred_patterns() -> None:
    from reportlab.lib.textsplit import rx
    from reportlab.platypus.paragraph import _uri_split_pairs

    assert rx.sub(r"\1\0 ", "中文 a") == "中\0 文\0  a"

    # Where reportlab may break the address: after each slash (what it found with the pattern compiled at once).
    assert _uri_split_pairs("https://bch.cbd.int/protocol/") == [
        ("https://bch.cbd.int/", "protocol/"), ("https://", "bch.cbd.int/protocol/")]
    assert _uri_split_pairs("not a web address") is None


def _mark(text: str, rtl: bool = False) -> str:
    page = Canvas("unused.pdf")
    draw_outlines(page, text, 54, rtl=rtl)
    return " ".join(page._code)


@pytest.mark.parametrize(("text", "rtl"), [("DRAFT - incomplete", False), ("草稿 - 不完整", False),
                                           ("مسودة - غير مكتملة", True)])
def test_the_kept_draft_mark_is_the_mark_harfbuzz_draws(text: str, rtl: bool) -> None:
    register_fonts()
    drawn = _mark(text, rtl)
    kept = list((user_cache_dir() / "fonts").glob("*.outline"))
    assert len(kept) == 1 and " m " in drawn and drawn.endswith(" f*")
    kept[0].write_bytes(kept[0].read_bytes().replace(b" m", b" l", 1))  # damaged: its digest no longer matches
    assert _mark(text, rtl) == drawn  # drawn again
    assert _mark(text, rtl) == drawn  # and from the cache folder
    assert _mark("DRAFT", False) != drawn
