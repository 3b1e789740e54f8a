"""A pattern compiled at its first use finds what the compiled pattern finds."""

from __future__ import annotations

import re

from bsreporter.patterns import lazy_pattern


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source = r"""
        (?P<word>[a-z]+)   # a word
      | (?P<number>[0-9]+)
    """
    lazy, compiled = lazy_pattern(source, re.VERBOSE), re.compile(source, re.VERBOSE)
    for text in ("abc 12", "12 abc", "", "!"):
        assert bool(lazy.match(text)) == bool(compiled.match(text))
        assert lazy.findall(text) == compiled.findall(text)
        assert lazy.sub("-", text) == compiled.sub("-", text)
    assert lazy.pattern == compiled.pattern
    assert lazy.flags == compiled.flags


def test_a_lazy_bytes_pattern_finds_bytes() -> None:
    marks = lazy_pattern(rb"mark:[0-9a-f]{4}")
    assert marks.findall(b"x mark:00ff y mark:beef") == [b"mark:00ff", b"mark:beef"]
    assert marks.fullmatch(b"mark:zzzz") is None
