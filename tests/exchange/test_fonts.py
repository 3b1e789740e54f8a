"""Fonts of the PDF: user text shown literally, each script in a font that has it."""

from __future__ import annotations

from bsreporter.exchange.fonts import ARABIC, CJK, CJK_BOLD, SANS, SANS_BOLD, has_cjk, markup, runs
from bsreporter.exchange.pdf_bidi import fit_line, line_width


def test_markup_like_text_is_escaped_so_it_shows_literally() -> None:
    assert markup('<b>&amp;</b> "x"') == '&lt;b&gt;&amp;amp;&lt;/b&gt; "x"'
    assert markup("line one\nline two") == "line one<br/>line two"


def test_each_script_is_set_in_a_font_that_has_it() -> None:
    assert runs("Biosafety 生物安全 Закон") == [(SANS, "Biosafety "), (CJK, "生物安全 "), (SANS, "Закон")]
    assert runs("قانون") == [(ARABIC, "قانون")]
    assert markup("A 中文", bold=True, base=SANS) == (
        f'<font face="{SANS_BOLD}">A </font><font face="{CJK_BOLD}">中文</font>')
    assert has_cjk("报告") and not has_cjk("report")


def test_header_text_is_shortened_to_fit() -> None:
    title = "National report on the implementation of the Cartagena Protocol on Biosafety"
    short = fit_line(title, 8, 120)
    assert short.endswith("…") and line_width(short, 8) <= 120
    assert fit_line("Arcadia", 8, 120) == "Arcadia"
    arabic = fit_line("التقرير الوطني عن تنفيذ بروتوكول قرطاجنة للسلامة الأحيائية", 8, 80)
    assert arabic.startswith("التقرير") and arabic.endswith("…") and line_width(arabic, 8, rtl=True) <= 80


def test_markup_escaping_is_that_of_the_xml_library() -> None:
    from xml.sax.saxutils import escape as xml_escape
    from xml.sax.saxutils import quoteattr

    from bsreporter.exchange.fonts import escape, quote_attribute

    for text in ("", "plain", "a & b < c > d", "&amp;", 'say "hi"', "it's", "both \" and '", "tab\there\nline\r",
                 "https://example.org/?a=1&b=<2>", "مرحبا & 中文"):
        assert escape(text) == xml_escape(text)
        assert quote_attribute(text) == quoteattr(text)
