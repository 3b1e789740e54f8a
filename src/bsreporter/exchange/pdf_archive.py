"""The archival form of the exported PDF: PDF/A-2b, with the metadata a records office reads.

reportlab writes the pages; before it saves them, this module gives the document what PDF/A-2
level B asks for and what a ministry's archive indexes: an XMP metadata packet (title, Party,
language, questionnaire id and version, content fingerprint, and the PDF/A claim itself), a
document information dictionary that says the same, the document language, right-to-left
reading for Arabic, an sRGB output intent, and printable link annotations. (It is all written
by reportlab itself: rewriting the PDF with another library cost an export a tenth of a second.)

reportlab (the open-source library) cannot mark content or write a structure tree, so the
PDF is not tagged (PDF/A-2b, not 2a or 2u); docs/export.md says so.
"""

from __future__ import annotations

import datetime as dt
import re

import reportlab
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from bsreporter.exchange.context import ExportData
from bsreporter.exchange.fonts import escape
from bsreporter.exchange.labels import is_rtl_language
from bsreporter.resources import resource_path

#: PDF/A-2 level B: every page looks the same everywhere and forever (no tags).
PDFA_PART, PDFA_CONFORMANCE = 2, "B"
#: Where this program's own XMP properties live (declared in the packet's PDF/A extension schema).
REPORT_NAMESPACE = "urn:bsreporter:report:1.0#"
SRGB_PROFILE = ("resources", "color", "sRGB.icc")
_SRGB_NAME = "sRGB IEC61966-2.1"
#: An annotation's flags: printed (and so neither hidden nor invisible).
_PRINT = 4
#: A language's tag where the bare code says too little: the UN's Chinese is written in mainland script.
_LANGUAGE_TAGS = {"zh": "zh-CN"}
#: Characters XML 1.0 cannot hold at all (a report file comes by e-mail and may contain anything).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: The report's own properties: (name, what it means), in the order they are written.
_REPORT_PROPERTIES = (
    ("party", "The Party whose national report this is"),
    ("formId", "Identifier of the questionnaire the report answers"),
    ("formVersion", "Version of the questionnaire the report answers"),
    ("fingerprint", "SHA-256 content fingerprint of the answers, as printed on every page"),
)


def language_tag(language: str) -> str:
    """The document language as a BCP 47 tag for /Lang and dc:language (``zh`` -> ``zh-CN``)."""
    return _LANGUAGE_TAGS.get(language, language)


def document_title(data: ExportData) -> str:
    """The document title the viewer shows: the report's title and the Party."""
    return f"{data.form.title.get(data.language)} - {data.info.party}"


class ArchivalCanvas(Canvas):
    """reportlab's canvas, with every link it adds printable (PDF/A: no annotation hidden or unprinted)."""

    def _addAnnotation(self, annotation: object, name: str | None = None, addtopage: int = 1) -> None:
        if isinstance(annotation, pdfdoc.LinkAnnotation):
            annotation.otherkw["F"] = _PRINT
        elif isinstance(annotation, pdfdoc.PDFDictionary):  # a web link
            annotation["F"] = _PRINT
        super()._addAnnotation(annotation, name, addtopage)


def make_archival(canvas: Canvas, data: ExportData) -> None:
    """Make the document drawn on ``canvas``, before it is saved, PDF/A-2b: XMP metadata, a document
    information dictionary that says the same, /Lang, the reading direction and an sRGB output intent.

    The canvas must be an :class:`ArchivalCanvas`, so that its links are printable.
    """
    _install_stream_end()
    # Whole seconds in a known zone: a PDF date holds nothing finer, and it must equal the XMP date.
    created = (data.exported_at if data.exported_at.tzinfo else data.exported_at.astimezone()).replace(microsecond=0)
    info = {
        "Title": document_title(data),
        "Author": data.info.party,
        "Subject": data.form.cycle.get(data.language),
        "Keywords": f"{data.form.id} {data.form.version}; SHA-256 {data.fingerprint}",
        "Creator": f"bsreporter {data.program_version}",
        "Producer": f"ReportLab PDF Library {reportlab.Version}",
    }
    info = {key: _clean(value) for key, value in info.items()}
    document = canvas._doc
    catalog = document.Catalog
    catalog.Lang = pdfdoc.PDFString(language_tag(data.language))
    if is_rtl_language(data.language):
        # Viewers then show pages side by side from right to left and read the document that way.
        canvas.setViewerPreference("Direction", "R2L")
    profile = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"N": 3}), resource_path(*SRGB_PROFILE).read_bytes(),
                               filters=[pdfdoc.PDFZCompress])
    catalog.OutputIntents = pdfdoc.PDFArray([pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("OutputIntent"), "S": pdfdoc.PDFName("GTS_PDFA1"),
        "DestOutputProfile": document.Reference(profile), "OutputConditionIdentifier": pdfdoc.PDFString(_SRGB_NAME),
        "Info": pdfdoc.PDFString(_SRGB_NAME), "RegistryName": pdfdoc.PDFString("http://www.color.org"),
    })])
    # reportlab's catalog writes only the entries it knows of; this one names the output intents too.
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
    # Left uncompressed, as PDF/A asks of the XMP packet.
    catalog.Metadata = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}),
        xmp_packet(data, info, created).encode("utf-8"), filters=None)
    document.info = _Information(info | {"CreationDate": _pdf_date(created), "ModDate": _pdf_date(created)})


def _install_stream_end() -> None:
    """Make reportlab end each stream's data with an end of line before ``endstream``, as PDF/A asks.

    reportlab writes ``endstream`` right after the data; the stream's /Length stays that of the data alone.
    """
    if getattr(pdfdoc.PDFStream.format, "eol_before_end", False):
        return
    original = pdfdoc.PDFStream.format
    end = b"endstream\n"

    def format_stream(self: pdfdoc.PDFStream, document: object) -> bytes:
        written: bytes = original(self, document)
        return written[:-len(end)] + b"\n" + end if written.endswith(end) else written

    format_stream.eol_before_end = True  # type: ignore[attr-defined]
    pdfdoc.PDFStream.format = format_stream  # type: ignore[method-assign]


class _Information(pdfdoc.PDFInfo):
    """The document information dictionary with exactly the entries given (no /Trapped, which XMP lacks)."""

    def __init__(self, entries: dict[str, str]) -> None:
        super().__init__()
        self.entries = entries
        # What reportlab puts into the file identifier.
        self.title, self.author = entries["Title"], entries["Author"]
        self.subject, self.keywords = entries["Subject"], entries["Keywords"]

    def format(self, document: object) -> bytes:
        return pdfdoc.PDFDictionary({key: pdfdoc.PDFString(value) for key, value in self.entries.items()}).format(
            document)


def xmp_packet(data: ExportData, info: dict[str, str], created: dt.datetime) -> str:
    """The XMP packet: Dublin Core, PDF and XMP basic properties equal to ``info``, the PDF/A claim,
    and the report's own properties with the extension schema that PDF/A requires for them."""
    when = created.isoformat()
    report = {"party": data.info.party, "formId": data.form.id, "formVersion": data.form.version,
              "fingerprint": data.fingerprint}
    own = "\n".join(f"   <bsr:{name}>{_text(report[name])}</bsr:{name}>" for name, _ in _REPORT_PROPERTIES)
    declared = "\n".join(
        "       <rdf:li rdf:parseType=\"Resource\">\n"
        f"        <pdfaProperty:name>{name}</pdfaProperty:name>\n"
        "        <pdfaProperty:valueType>Text</pdfaProperty:valueType>\n"
        "        <pdfaProperty:category>external</pdfaProperty:category>\n"
        f"        <pdfaProperty:description>{_text(meaning)}</pdfaProperty:description>\n"
        "       </rdf:li>" for name, meaning in _REPORT_PROPERTIES)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:bsr="{REPORT_NAMESPACE}">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_text(info["Title"])}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{_text(info["Author"])}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_text(info["Subject"])}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{_text(language_tag(data.language))}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{_text(info["Keywords"])}</pdf:Keywords>
   <pdf:Producer>{_text(info["Producer"])}</pdf:Producer>
   <xmp:CreatorTool>{_text(info["Creator"])}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <pdfaid:part>{PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
{own}
  </rdf:Description>
  <rdf:Description rdf:about=""
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>bsreporter national report</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>{REPORT_NAMESPACE}</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>bsr</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
{declared}
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
{_PADDING}<?xpacket end="w"?>"""


#: Room for editors that update the packet in place (the XMP specification suggests about 2 KB).
_PADDING = (" " * 99 + "\n") * 20


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _text(text: str) -> str:
    return escape(_clean(text))


def _pdf_date(moment: dt.datetime) -> str:
    """A PDF date (``D:20261130064108+01'00'``) for the same instant as the XMP date."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"
