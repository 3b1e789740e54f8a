"""The exported PDF is archival and says so: PDF/A-2b, XMP metadata, document language, reading direction.

Proved on reports of the small fixture form in six languages (fixture_forms.SMALL_WORLD_FORM)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pikepdf
import pytest

from bsreporter.exchange import export_pdf
from bsreporter.exchange.context import gather
from bsreporter.exchange.pdf_archive import REPORT_NAMESPACE, SRGB_PROFILE, ArchivalCanvas, make_archival
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.fingerprint import answers_fingerprint
from bsreporter.report.store import Report
from bsreporter.resources import resource_path

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "bsr": REPORT_NAMESPACE,
}


def export(report_path: Path, form: Questionnaire, out: Path, **options: object) -> Path:
    with Report.open(report_path, read_only=True, form=form) as report:
        export_pdf(report, out, **options)  # type: ignore[arg-type]
    return out


def fingerprint_of(report_path: Path, form: Questionnaire) -> str:
    with Report.open(report_path, read_only=True, form=form) as report:
        return answers_fingerprint(form, report.answers())


def xmp_of(pdf: pikepdf.Pdf) -> ET.Element:
    """The XMP packet of the catalog, parsed as XML (it must be well-formed)."""
    return ET.fromstring(pdf.Root.Metadata.read_bytes())


def xmp_value(xmp: ET.Element, path: str) -> str:
    element = xmp.find(f".//rdf:Description/{path}", NS)
    assert element is not None, f"{path} missing from the XMP packet"
    return (element.text or "").strip()


@pytest.fixture(scope="module")
def form(small_world_form_folder: Path) -> Questionnaire:
    """The small form in six languages (in place of the installed questionnaire the shared fixture gives)."""
    return load_questionnaire(small_world_form_folder)


@pytest.fixture(scope="module")
def filled_path(small_world_filled_path: Path) -> Path:
    """An English report of the small form in six languages, answered throughout."""
    return small_world_filled_path


@pytest.fixture(scope="module")
def english_pdf(filled_path: Path, form: Questionnaire, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(filled_path, form, tmp_path_factory.mktemp("pdfa") / "en.pdf")


@pytest.fixture(scope="module")
def arabic_pdf(filled_path: Path, form: Questionnaire, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(filled_path, form, tmp_path_factory.mktemp("pdfa") / "ar.pdf", language="ar")


def test_pdf_declares_pdfa_2b_with_the_report_in_its_xmp_metadata(english_pdf: Path, filled_path: Path,
                                                                  form: Questionnaire) -> None:
    with pikepdf.open(english_pdf) as pdf:
        xmp = xmp_of(pdf)
        assert xmp_value(xmp, "pdfaid:part") == "2"
        assert xmp_value(xmp, "pdfaid:conformance") == "B"
        assert pdf.open_metadata().pdfa_status == "2B"
        title = xmp_value(xmp, "dc:title/rdf:Alt/rdf:li")
        assert title.startswith(form.title.get("en")) and title.endswith("Republic of Arcadia")
        assert xmp_value(xmp, "dc:language/rdf:Bag/rdf:li") == "en"
        assert xmp_value(xmp, "dc:creator/rdf:Seq/rdf:li") == "Republic of Arcadia"
        fingerprint = fingerprint_of(filled_path, form)
        assert xmp_value(xmp, "bsr:fingerprint") == fingerprint
        assert xmp_value(xmp, "bsr:party") == "Republic of Arcadia"
        assert xmp_value(xmp, "bsr:formId") == form.id
        assert xmp_value(xmp, "bsr:formVersion") == form.version
        assert fingerprint in xmp_value(xmp, "pdf:Keywords")
        assert xmp_value(xmp, "pdf:Producer")
        assert xmp_value(xmp, "xmp:CreateDate")
        # PDF/A: a property outside the standard schemas is declared in an extension schema.
        declared = xmp.find(".//pdfaSchema:namespaceURI", NS)
        assert declared is not None and declared.text == REPORT_NAMESPACE
        # PDF/A: the metadata stream is not compressed, so any tool can read it.
        assert "/Filter" not in pdf.Root.Metadata


def test_document_information_says_what_the_xmp_says(english_pdf: Path) -> None:
    with pikepdf.open(english_pdf) as pdf:
        xmp, info = xmp_of(pdf), pdf.docinfo
        assert str(info.Title) == xmp_value(xmp, "dc:title/rdf:Alt/rdf:li")
        assert str(info.Author) == xmp_value(xmp, "dc:creator/rdf:Seq/rdf:li")
        assert str(info.Subject) == xmp_value(xmp, "dc:description/rdf:Alt/rdf:li")
        assert str(info.Keywords) == xmp_value(xmp, "pdf:Keywords")
        assert str(info.Producer) == xmp_value(xmp, "pdf:Producer")
        assert str(info.Creator) == xmp_value(xmp, "xmp:CreatorTool")
        created = xmp_value(xmp, "xmp:CreateDate")  # 2026-11-30T06:42:59+01:00 = D:20261130064259+01'00'
        pdf_date = "D:" + created[:19].translate(str.maketrans("", "", "-T:")) + created[19:22] + "'" + created[23:] + "'"
        assert str(info.CreationDate) == pdf_date == str(info.ModDate)
        assert "/Trapped" not in info  # it has no standard XMP property here, so it is left out


def test_dates_name_the_same_instant_in_a_zone_with_minutes(filled_path: Path, form: Questionnaire) -> None:
    with Report.open(filled_path, read_only=True, form=form) as report:
        data = gather(report, None)
    moment = dt.datetime(2026, 3, 31, 23, 59, 58, 999999, tzinfo=dt.timezone(-dt.timedelta(hours=3, minutes=30)))
    buffer = io.BytesIO()
    page = ArchivalCanvas(buffer)
    page.showPage()
    make_archival(page, dataclasses.replace(data, exported_at=moment))
    page.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        assert str(pdf.docinfo.CreationDate) == "D:20260331235958-03'30'"
        assert xmp_value(xmp_of(pdf), "xmp:CreateDate") == "2026-03-31T23:59:58-03:30"


def test_pdf_has_an_srgb_output_intent_language_and_no_encryption(english_pdf: Path) -> None:
    with pikepdf.open(english_pdf) as pdf:
        assert not pdf.is_encrypted
        assert str(pdf.Root.Lang) == "en"
        assert pdf.Root.ViewerPreferences.get("/Direction") is None
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert intent.DestOutputProfile.N == 3
        assert intent.DestOutputProfile.read_bytes() == resource_path(*SRGB_PROFILE).read_bytes()


def test_arabic_pdf_reads_from_right_to_left(arabic_pdf: Path) -> None:
    with pikepdf.open(arabic_pdf) as pdf:
        assert pdf.Root.ViewerPreferences.Direction == pikepdf.Name.R2L
        assert str(pdf.Root.Lang) == "ar"
        assert xmp_value(xmp_of(pdf), "dc:language/rdf:Bag/rdf:li") == "ar"


def test_chinese_pdf_names_its_language_with_region(small_chinese_path: Path, form: Questionnaire,
                                                    tmp_path: Path) -> None:
    with pikepdf.open(export(small_chinese_path, form, tmp_path / "zh.pdf")) as pdf:
        assert str(pdf.Root.Lang) == "zh-CN"
        xmp = xmp_of(pdf)
        assert xmp_value(xmp, "dc:language/rdf:Bag/rdf:li") == "zh-CN"
        assert xmp_value(xmp, "dc:title/rdf:Alt/rdf:li").startswith(form.title.get("zh"))


def test_every_annotation_is_printable(english_pdf: Path) -> None:
    with pikepdf.open(english_pdf) as pdf:
        annotations = [annotation for page in pdf.pages for annotation in page.obj.get("/Annots", [])]
        assert annotations  # the contents links to its pages
        assert all(int(annotation.F) == 4 for annotation in annotations)


def test_markup_in_the_party_keeps_the_xmp_well_formed(form: Questionnaire, tmp_path: Path) -> None:
    party = "Arcadia <b>&amp; \"Co\" ]]>"
    with Report.create(tmp_path / "odd.bsr", party=party, language="en", form=form, author="tester"):
        pass
    with pikepdf.open(export(tmp_path / "odd.bsr", form, tmp_path / "odd.pdf")) as pdf:
        xmp = xmp_of(pdf)
        assert xmp_value(xmp, "bsr:party") == party
        assert str(pdf.docinfo.Author) == xmp_value(xmp, "dc:creator/rdf:Seq/rdf:li")


def test_pdf_structure_passes_qpdf_checks(english_pdf: Path, arabic_pdf: Path) -> None:
    for path in (english_pdf, arabic_pdf):
        with pikepdf.open(path) as pdf:
            assert pdf.check_pdf_syntax() == []  # qpdf's own checks, through the library


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="the qpdf command is not installed (apt-get install qpdf)")
def test_qpdf_command_finds_no_error(english_pdf: Path, arabic_pdf: Path) -> None:
    for path in (english_pdf, arabic_pdf):
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "No syntax or stream encoding errors found" in result.stdout


@pytest.mark.skipif(shutil.which("verapdf") is None,
                    reason="veraPDF, the PDF/A validator, is not installed: it is in none of the package "
                           "registries this project installs from (PyPI, Debian, npm)")
def test_verapdf_validates_the_pdfa_2b_claim(english_pdf: Path, arabic_pdf: Path) -> None:
    for path in (english_pdf, arabic_pdf):
        result = subprocess.run(["verapdf", "--flavour", "2b", "--format", "text", str(path)],
                                capture_output=True, text=True)
        assert result.stdout.startswith("PASS"), result.stdout + result.stderr


def test_pdf_keeps_the_pdfa_rules_that_can_be_checked_without_a_validator(english_pdf: Path, arabic_pdf: Path) -> None:
    for path in (english_pdf, arabic_pdf):
        assert path.read_bytes()[:7] == b"%PDF-1."
        with pikepdf.open(path) as pdf:
            assert "/ID" in pdf.trailer and "/Encrypt" not in pdf.trailer
            packet = pdf.Root.Metadata.read_bytes()
            assert packet.startswith(b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>')
            assert packet.endswith(b'<?xpacket end="w"?>')
            for content in drawn_content(pdf):
                fonts = content.get("/Resources", {}).get("/Font", {})
                assert all("/FontFile2" in font.FontDescriptor for font in fonts.values())  # all embedded
                operators = {str(operator) for _, operator in pikepdf.parse_content_stream(content)}
                # Colours only as RGB (the output intent's space) or grey: no CMYK, no named spaces.
                assert not operators & {"k", "K", "cs", "CS", "sc", "SC", "scn", "SCN"}
                for state in content.get("/Resources", {}).get("/ExtGState", {}).values():
                    assert state.get("/BM", pikepdf.Name.Normal) == pikepdf.Name.Normal
                    assert "/TR" not in state and "/TR2" not in state


def drawn_content(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    """Every page and every form XObject a page draws (the draft mark is one)."""
    found: list[pikepdf.Object] = []
    pending = [page.obj for page in pdf.pages]
    while pending:
        content = pending.pop()
        found.append(content)
        for xobject in content.get("/Resources", {}).get("/XObject", {}).values():
            if xobject.get("/Subtype") == pikepdf.Name.Form and all(xobject.objgen != seen.objgen for seen in found):
                pending.append(xobject)
    return found
