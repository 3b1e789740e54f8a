"""The archival form of the exported PDF: PDF/A-2b, with the metadata a records office reads.

reportlab writes the pages; this module then adds, in memory and before the atomic write,
what PDF/A-2 level B asks for and what a ministry's archive indexes: an XMP metadata packet
(title, Party, language, questionnaire id and version, content fingerprint, and the PDF/A
claim itself), a document information dictionary that says the same, the document language,
right-to-left reading for Arabic, an sRGB output intent, and printable link annotations.

reportlab (the open-source library) cannot mark content or write a structure tree, so the
PDF is not tagged (PDF/A-2b, not 2a or 2u); docs/export.md says so.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from xml.sax.saxutils import escape

from bsreporter.exchange.context import ExportData
from bsreporter.exchange.labels import is_rtl_language
from bsreporter.resources import resource_path

#: PDF/A-2 level B: every page looks the same everywhere and forever (no tags).
PDFA_PART, PDFA_CONFORMANCE = 2, "B"
#: Where this program's own XMP properties live (declared in the packet's PDF/A extension schema).
REPORT_NAMESPACE = "urn:bsreporter:report:1.0#"
SRGB_PROFILE = ("resources", "color", "sRGB.icc")
_SRGB_NAME = "sRGB IEC61966-2.1"
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


def make_archival(pdf: bytes, data: ExportData) -> bytes:
    """The PDF bytes made PDF/A-2b, with XMP metadata, /Lang, reading direction and an sRGB output intent."""
    # Imported here: it takes a tenth of a second and only an export needs it.
    import pikepdf
    import reportlab

    # Whole seconds in a known zone: a PDF date holds nothing finer, and it must equal the XMP date.
    created = (data.exported_at if data.exported_at.tzinfo else data.exported_at.astimezone()).replace(microsecond=0)
    info = {
        "Title": document_title(data),
        "Author": data.info.party,
        "Subject": data.form.cycle.get(data.language),
        "Keywords": f"{data.form.id} {data.form.version}; SHA-256 {data.fingerprint}",
        "Creator": f"bsreporter {data.program_version}",
        "Producer": f"ReportLab PDF Library {reportlab.Version}; pikepdf {pikepdf.__version__}",
    }
    info = {key: _clean(value) for key, value in info.items()}
    with pikepdf.open(io.BytesIO(pdf)) as document:
        root = document.Root
        root.Lang = pikepdf.String(language_tag(data.language))
        preferences = pikepdf.Dictionary(DisplayDocTitle=True)
        if is_rtl_language(data.language):
            # Viewers then show pages side by side from right to left and read the document that way.
            preferences.Direction = pikepdf.Name.R2L
        root.ViewerPreferences = preferences
        profile = document.make_stream(resource_path(*SRGB_PROFILE).read_bytes())
        profile.N = 3
        root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1, DestOutputProfile=profile,
            OutputConditionIdentifier=pikepdf.String(_SRGB_NAME), Info=pikepdf.String(_SRGB_NAME),
            RegistryName=pikepdf.String("http://www.color.org"),
        )])
        for page in document.pages:
            for annotation in page.obj.get("/Annots", pikepdf.Array()):
                # PDF/A: every annotation is printed and never hidden (contents and web links included).
                annotation.F = 4
        stamp = _pdf_date(created)
        document.trailer.Info = document.make_indirect(pikepdf.Dictionary(
            {f"/{key}": pikepdf.String(value) for key, value in info.items()}
            | {"/CreationDate": pikepdf.String(stamp), "/ModDate": pikepdf.String(stamp)}))
        metadata = document.make_stream(xmp_packet(data, info, created).encode("utf-8"))
        metadata.Type = pikepdf.Name.Metadata
        metadata.Subtype = pikepdf.Name.XML
        root.Metadata = metadata
        out = io.BytesIO()
        # The metadata stream is left uncompressed (PDF/A asks it); qpdf never compresses XMP.
        document.save(out, encryption=False, fix_metadata_version=False)
    return out.getvalue()


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
