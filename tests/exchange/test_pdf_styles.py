"""A paragraph of plain text is made of the fragments reportlab's parser makes of it, without the parse."""

from __future__ import annotations

import pytest
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from bsreporter.exchange import fonts
from bsreporter.exchange.fonts import register_fonts
from bsreporter.exchange.pdf_styles import CachedParagraph, Styles, _parsed


def _parse(text: str, style: object) -> tuple[object, list[object], object]:
    parser = ParaParser()
    style, frags, bullet = parser.parse(text, style)
    textTransformFrags(frags, style)
    return style, frags, bullet


@pytest.mark.parametrize("text", ["Yes", "National Biosafety Framework, 2019 (draft)", "报告缔约方", "Ω ≤ ✓ ☐",
                                  "  two  spaces  ", "a" * 500])
@pytest.mark.parametrize("cjk", [False, True])
def test_plain_text_gets_the_fragments_reportlabs_parser_makes(text: str, cjk: bool) -> None:
    register_fonts()
    styles = Styles(cjk=cjk)
    for style in (styles.body, styles.question, styles.answer, styles.cell_centre, styles.warning):
        ours, theirs = _parsed(text, style, 0), _parse(text, style)
        assert ours[0] is theirs[0] and ours[2] is None and theirs[2] is None
        assert [vars(fragment) for fragment in ours[1]] == [vars(fragment) for fragment in theirs[1]]
    # Each paragraph's lists are its own, as when each paragraph parses its text.
    first, second = _parsed(text, styles.answer, 0)[1][0], _parsed(text + ".", styles.answer, 0)[1][0]
    assert all(getattr(first, name) is not getattr(second, name) for name, value in vars(first).items()
               if isinstance(value, list))


def test_markup_is_still_parsed() -> None:
    register_fonts()
    styles = Styles(cjk=False)
    markup = fonts.markup("a & b\n中文")
    assert "<br/>" in markup and "<font" in markup and "&amp;" in markup
    ours, theirs = _parsed(markup, styles.body, 0), _parse(markup, styles.body)
    assert [vars(fragment) for fragment in ours[1]] == [vars(fragment) for fragment in theirs[1]]
    assert CachedParagraph(markup, styles.body).wrap(300, 100)[1] > styles.body.leading  # the line break kept
