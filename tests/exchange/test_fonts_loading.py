"""Font faces are parsed only when the text of an export needs them, and kept once parsed."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

from bsreporter.exchange.fonts import (
    ARABIC,
    BOLD_CHAIN,
    CJK,
    CJK_BOLD,
    REGULAR_CHAIN,
    SANS,
    SANS_BOLD,
    loaded_faces,
    runs,
)
from bsreporter.form.loader import load_questionnaire
from bsreporter.report.store import Report
from fixture_forms import SMALL_FORM, write_form

# A new process: faces parsed by earlier tests stay loaded in this one. It is given the small form (in English,
# French and Chinese) as its installed form, as the window gives a child process the forms it sees.
_EXPORT_AND_LIST_FACES = """
import json, sys
from pathlib import Path
from reportlab.pdfbase import pdfmetrics
from bsreporter.form.installed import use_forms
use_forms({sys.argv[4]: Path(sys.argv[5])})
from bsreporter.exchange.pdf import export_pdf
from bsreporter.report.store import Report
with Report.open(Path(sys.argv[1]), read_only=True) as report:
    export_pdf(report, Path(sys.argv[2]), language=sys.argv[3])
print(json.dumps(sorted(pdfmetrics.getRegisteredFontNames())))
"""


def _faces_after_export(tmp_path: Path, party: str, language: str) -> set[str]:
    files = copy.deepcopy(SMALL_FORM)
    files["form.yaml"]["languages"] = ["en", "fr", "zh"]  # its texts in Chinese are its English ones
    folder = write_form(tmp_path / "form", files)
    form = load_questionnaire(folder)
    report_path = tmp_path / f"{language}.bsr"
    Report.create(report_path, party=party, language=language, form=form).close()
    done = subprocess.run([sys.executable, "-c", _EXPORT_AND_LIST_FACES, str(report_path),
                           str(tmp_path / f"{language}.pdf"), language, form.id, str(folder)],
                          capture_output=True, text=True, check=True)
    # reportlab's registry: a face is registered when it is parsed.
    return {name for name in json.loads(done.stdout.splitlines()[-1]) if name.startswith("Bsr")}


def test_an_english_export_parses_neither_the_chinese_nor_the_arabic_face(tmp_path: Path) -> None:
    assert _faces_after_export(tmp_path, "Arcadia", "en") == {SANS, SANS_BOLD}


def test_a_chinese_export_parses_the_chinese_face_and_not_the_arabic_one(tmp_path: Path) -> None:
    faces = _faces_after_export(tmp_path, "阿卡迪亚", "zh")
    assert CJK in faces and ARABIC not in faces


def test_loaded_faces_names_what_has_been_parsed() -> None:
    runs("生物安全")
    assert {SANS, SANS_BOLD, CJK} <= loaded_faces()


def test_runs_of_mixed_text_are_the_same_when_asked_again() -> None:
    text = "Biosafety 生物安全 قانون Закон"
    first = runs(text)
    assert runs(text) == first == [(SANS, "Biosafety "), (CJK, "生物安全 "), (ARABIC, "قانون "), (SANS, "Закон")]
    assert runs(text, bold=True)[1] == (CJK_BOLD, "生物安全 ")
    first.clear()  # a caller changing its list does not change what the next caller gets
    assert runs(text)[0] == (SANS, "Biosafety ")


def test_text_the_base_font_covers_is_one_run_and_arabic_letters_never_are() -> None:
    assert runs("Ballot ☐ ☒ and Закон\nline two") == [(REGULAR_CHAIN[0], "Ballot ☐ ☒ and Закон\nline two")]
    assert runs("", bold=True) == []
    # DejaVu Sans has basic Arabic letters too; the Naskh face still sets them.
    assert runs("a ب", bold=True) == [(BOLD_CHAIN[0], "a "), (BOLD_CHAIN[-1], "ب")]
