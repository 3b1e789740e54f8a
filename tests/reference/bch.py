"""The Secretariat's national report formats, read as facts from the public reference beside the project.

The Biosafety Clearing-House keeps its second (2011), third (2015) and fourth (2019) national report
formats as JavaScript modules whose texts live in separate JSON files, plus mappings that carry answers
from one cycle to the next. This module reads them without running any JavaScript and gives back frozen
dataclasses holding only facts: keys, numbers, types, option values, ``multiple``, ``mandatory``,
enable/visible rules, sections, mappings and value remaps. Forms in ``forms/`` carry these facts
exactly; their sentences are written in the project's own words, so texts are reachable only through
:func:`option_names` (the names an importer recognises answers by) and :func:`question_titles`
(for comparison in tests only).

The reference is not part of the repository: it sits in ``<repo>/../shared/reference/bch``. Call
:func:`reference_available` first; tests skip with :data:`MISSING_REASON` when it is absent.

>>> fourth = load_format(4)                                   # doctest: +SKIP
>>> fourth.question("Q014").options[0].value                  # doctest: +SKIP
'implementation.fullInPlace'
"""

from __future__ import annotations

import collections.abc
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

#: Where the Secretariat's public definitions sit, beside the repository (also in a CI clone).
REFERENCE_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "bch"

#: Why tests that need the reference are skipped when it is absent.
MISSING_REASON = f"the Secretariat's format definitions are not beside the project ({REFERENCE_DIR} is absent)"

#: The national report formats this module reads: number -> the cycle it belongs to.
FORMATS: dict[int, str] = {
    2: "second national report (2011)",
    3: "third national report (2015)",
    4: "fourth national report (2019)",
}

#: The UN languages the texts exist in; English is the reference, the others sit under ``i18n/``.
LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")

#: The Secretariat's mappings: (target format, source format) -> file name under ``mapping/``.
MAPPINGS: dict[tuple[int, int], str] = {
    (4, 3): "cpbNationalReport4-3.json",
    (4, 2): "cpbNationalReport4-2.json",
    (3, 2): "cpbNationalReport3-2.json",
}

_SITE = "absch.cbd.int"
_DEFINITIONS = Path(_SITE, "app", "app-data", "bch", "report-analyzer")
_TEXTS = Path("app", "app-text", "report-analyzer")
_OLDER_THIRD_FROM_SECOND = Path(
    "bch.cbd.int-2017", "app", "resources", "national-reports", "mapping", "cpbNationalReport3.json"
)

# A value such as `nr4Data.General_title` is a reference to the key `General_title` of the text file.
_TEXT_REFERENCE = re.compile(r"\bnr\d+Data\.([A-Za-z0-9_]+)")
_TEXT_MARKER = "$text"


class ReferenceFormatError(ValueError):
    """A reference file does not have the shape this reader expects (the reference changed)."""


@dataclass(frozen=True, slots=True)
class ReferenceOption:
    """One answer choice: the stored ``value`` and the key of its name in the text files."""

    value: str
    title_key: str
    #: The type of the extra answer this choice asks for (``lstring`` for "please specify", ``int``
    #: for a figure given per choice); None when the choice asks for nothing more.
    detail_type: str | None = None


@dataclass(frozen=True, slots=True)
class Validation:
    """A rule carried by a question: when its answer matches, the named question is enabled or shown.

    ``type`` is ``@hasValues`` (one of ``values`` chosen; no values: any answer), ``@hasValuesExcept``
    (none of ``values`` chosen), ``@hasAdditionalValues`` or a named rule of the online form starting
    with ``&`` (e.g. ``&is71aOr71b``: either of two answers). ``trigger`` is ``enable`` or ``visible``.
    ``base_question`` names the sub-section that holds ``question`` when it is a sub-question.
    """

    question: str
    values: tuple[str, ...]
    type: str
    trigger: str
    base_question: str | None = None


@dataclass(frozen=True, slots=True)
class ReferenceQuestion:
    """One entry of a format: a question, a sub-section grouping sub-questions, or a legend.

    ``number`` is the printed number ('' for unnumbered entries such as adequacy follow-ups and
    legends; a letter for a sub-question). ``section`` is the section the entry itself names, which
    in a few places differs from the section it is listed in (see :attr:`ReferenceFormat.sections`).
    """

    key: str
    number: str
    section: str
    type: str
    title_key: str
    multiple: bool = False
    mandatory: bool = False
    options: tuple[ReferenceOption, ...] = ()
    validations: tuple[Validation, ...] = ()
    sub_questions: tuple[ReferenceQuestion, ...] = ()
    #: The key of the sub-section this entry belongs to, None for a top-level entry.
    parent: str | None = None
    #: The text key of the placeholder shown in the box for a per-choice figure (e.g. a percentage).
    custom_value_placeholder_key: str | None = None

    @property
    def option_values(self) -> tuple[str, ...]:
        """The stored values of the choices, in the format's order."""
        return tuple(option.value for option in self.options)


@dataclass(frozen=True, slots=True)
class Section:
    """A part of a format (mostly one Article of the Protocol) with its entries in order."""

    key: str
    title_key: str
    questions: tuple[ReferenceQuestion, ...]
    description_key: str | None = None
    footnote_key: str | None = None


@dataclass(frozen=True, slots=True)
class ReferenceFormat:
    """One national report format: its sections, each with its entries."""

    number: int
    sections: tuple[Section, ...]

    def entries(self) -> tuple[ReferenceQuestion, ...]:
        """Every entry in order, each sub-section followed by its sub-questions."""
        flat: list[ReferenceQuestion] = []
        for section in self.sections:
            for question in section.questions:
                flat.append(question)
                flat.extend(question.sub_questions)
        return tuple(flat)

    def top_level_entries(self) -> tuple[ReferenceQuestion, ...]:
        """The entries listed directly in the sections (what the Secretariat's flattened lists show)."""
        return tuple(question for section in self.sections for question in section.questions)

    def question(self, key: str) -> ReferenceQuestion:
        """The entry with this key, at any depth; KeyError when there is none."""
        return self._by_key()[key]

    def question_keys(self) -> frozenset[str]:
        """The keys of all entries, at any depth."""
        return frozenset(self._by_key())

    def _by_key(self) -> dict[str, ReferenceQuestion]:
        return {question.key: question for question in self.entries()}


@dataclass(frozen=True, slots=True)
class Mapping:
    """How an answer of an earlier format is carried into a later one.

    ``value_mapping`` renames answers: old value (source format) -> new value (target format); empty
    when the values are kept as they are.
    """

    target_key: str
    source_key: str
    value_mapping: collections.abc.Mapping[str, str] = field(default_factory=dict, hash=False)


def reference_available() -> bool:
    """Whether the Secretariat's definitions are present beside the project."""
    return (REFERENCE_DIR / _DEFINITIONS).is_dir()


@functools.cache
def load_format(number: int) -> ReferenceFormat:
    """Read format ``number`` (2, 3 or 4) from its JavaScript module, without running it."""
    if number not in FORMATS:
        raise ValueError(f"no national report format {number}; known: {sorted(FORMATS)}")
    path = REFERENCE_DIR / _DEFINITIONS / f"cpbNationalReport{number}.js"
    data = _module_literal(path)
    if not isinstance(data, list):
        raise ReferenceFormatError(f"{path}: the exported value is not a list of sections")
    return ReferenceFormat(number, tuple(_section(item, path) for item in data))


def load_mapping(target: int, source: int) -> tuple[Mapping, ...]:
    """The Secretariat's mapping format ``target`` <- format ``source``, in the file's order.

    The file's ``schema`` entry (the source format's name) is checked and left out.
    """
    if (target, source) not in MAPPINGS:
        raise ValueError(f"no mapping {target} <- {source}; known: {sorted(MAPPINGS)}")
    return _mappings(REFERENCE_DIR / _DEFINITIONS / "mapping" / MAPPINGS[target, source], source)


def load_older_third_from_second() -> tuple[Mapping, ...]:
    """The earlier (bch.cbd.int, 2017) mapping third <- second, kept to compare with :func:`load_mapping`."""
    return _mappings(REFERENCE_DIR / _OLDER_THIRD_FROM_SECOND, 2)


def option_names(number: int, language: str) -> dict[str, dict[str, str]]:
    """The Secretariat's names of the choices of format ``number`` in ``language``.

    Returns question key -> {stored value: name}, for every entry with choices. These names are
    facts an importer recognises answers by; a key missing from the language's texts is left out.
    """
    texts = _texts(number, language)
    names: dict[str, dict[str, str]] = {}
    for question in load_format(number).entries():
        if question.options:
            names[question.key] = {o.value: texts[o.title_key] for o in question.options if o.title_key in texts}
    return names


def question_titles(number: int, language: str) -> dict[str, str]:
    """The Secretariat's wording of each entry of format ``number``: question key -> text.

    For comparison in tests only (e.g. that a form's question is the one meant). These sentences must
    never be written into the project; forms say the same thing in their own words.
    """
    texts = _texts(number, language)
    return {q.key: texts[q.title_key] for q in load_format(number).entries() if q.title_key in texts}


def text_keys(number: int, language: str) -> frozenset[str]:
    """The text keys present for format ``number`` in ``language`` (to check that every key resolves)."""
    return frozenset(_texts(number, language))


@functools.cache
def _texts(number: int, language: str) -> dict[str, str]:
    if number not in FORMATS:
        raise ValueError(f"no national report format {number}; known: {sorted(FORMATS)}")
    if language not in LANGUAGES:
        raise ValueError(f"no texts in {language!r}; known: {LANGUAGES}")
    name = f"bch-cpbNationalReport{number}.json"
    base = Path(_SITE) if language == "en" else Path(_SITE, "i18n", language)
    path = REFERENCE_DIR / base / _TEXTS / name
    data = _json(path)
    if not isinstance(data, dict):
        raise ReferenceFormatError(f"{path}: not an object of texts")
    # Besides texts, translated files hold bookkeeping entries such as "#meta".
    return {key: value for key, value in data.items() if isinstance(value, str) and not key.startswith("#")}


def _json(path: Path) -> Any:
    # Some of the Secretariat's files begin with a byte-order mark.
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _module_literal(path: Path) -> Any:
    """The value of the module's ``export const X = ...``, with text references turned into markers."""
    source = path.read_text(encoding="utf-8-sig")
    export = re.search(r"^export\s+const\s+\w+\s*=", source, flags=re.MULTILINE)
    if export is None:
        raise ReferenceFormatError(f"{path}: no 'export const' found")
    literal = source[export.end() :].strip().removesuffix(";")
    literal = _TEXT_REFERENCE.sub(lambda match: json.dumps({_TEXT_MARKER: match.group(1)}), literal)
    try:
        return json.loads(literal)
    except json.JSONDecodeError:
        # The literal is not strict JSON (comments, trailing commas, bare keys): tolerate those.
        return json.loads(json_from_javascript_literal(literal))


def json_from_javascript_literal(literal: str) -> str:
    """Turn a plain JavaScript object/array literal into JSON: drop comments and trailing commas, quote keys."""
    pieces: list[str] = []
    # Strings are kept whole so that nothing inside them is touched.
    token = re.compile(
        r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|//[^\n]*|/\*.*?\*/|,(?=\s*[\]}])|\b[A-Za-z_]\w*(?=\s*:)', re.DOTALL
    )
    position = 0
    for match in token.finditer(literal):
        pieces.append(literal[position : match.start()])
        text = match.group(0)
        if text.startswith("'"):
            pieces.append(json.dumps(text[1:-1].replace("\\'", "'")))
        elif text.startswith('"'):
            pieces.append(text)
        elif text.startswith(("//", "/*")) or text == ",":
            pass
        else:
            pieces.append(json.dumps(text))
        position = match.end()
    pieces.append(literal[position:])
    return "".join(pieces)


def _text_key(value: Any, where: str) -> str:
    if isinstance(value, dict) and set(value) == {_TEXT_MARKER}:
        return str(value[_TEXT_MARKER])
    if isinstance(value, str):
        # A few entries name their text key as a plain string instead of a reference.
        return value
    raise ReferenceFormatError(f"{where}: expected a text reference, found {value!r}")


_SECTION_FIELDS = {"key", "title", "description", "footnote", "questions"}
_QUESTION_FIELDS = {
    "key", "number", "section", "type", "title", "multiple", "mandatory",
    "options", "validations", "questions", "customValuePlaceholder",
}  # fmt: skip
_OPTION_FIELDS = {"value", "title", "type"}
_VALIDATION_FIELDS = {"question", "values", "type", "trigger", "baseQuestion"}


def _check_fields(item: Any, known: set[str], where: str) -> dict[str, Any]:
    # An unknown field would be a fact this reader drops silently; refuse instead.
    if not isinstance(item, dict):
        raise ReferenceFormatError(f"{where}: expected an object, found {item!r}")
    unknown = set(item) - known
    if unknown:
        raise ReferenceFormatError(f"{where}: fields this reader does not know: {sorted(unknown)}")
    return item


def _section(item: Any, path: Path) -> Section:
    data = _check_fields(item, _SECTION_FIELDS, f"{path}: section")
    where = f"{path}: section {data.get('key')!r}"
    return Section(
        key=data["key"],
        title_key=_text_key(data["title"], where),
        questions=tuple(_question(q, None, where) for q in data["questions"]),
        description_key=_text_key(data["description"], where) if "description" in data else None,
        footnote_key=_text_key(data["footnote"], where) if "footnote" in data else None,
    )


def _question(item: Any, parent: str | None, where: str) -> ReferenceQuestion:
    data = _check_fields(item, _QUESTION_FIELDS, f"{where}: entry")
    where = f"{where}: entry {data.get('key')!r}"
    options = tuple(
        ReferenceOption(o["value"], _text_key(o["title"], where), o.get("type"))
        for o in (_check_fields(o, _OPTION_FIELDS, f"{where}: option") for o in data.get("options", ()))
    )
    validations = tuple(
        Validation(v["question"], tuple(v.get("values", ())), v["type"], v["trigger"], v.get("baseQuestion"))
        for v in (_check_fields(v, _VALIDATION_FIELDS, f"{where}: validation") for v in data.get("validations", ()))
    )
    placeholder = data.get("customValuePlaceholder")
    return ReferenceQuestion(
        key=data["key"],
        number=data["number"],
        section=data["section"],
        type=data["type"],
        title_key=_text_key(data["title"], where),
        multiple=bool(data.get("multiple", False)),
        mandatory=bool(data.get("mandatory", False)),
        options=options,
        validations=validations,
        sub_questions=tuple(_question(q, data["key"], where) for q in data.get("questions", ())),
        parent=parent,
        custom_value_placeholder_key=_text_key(placeholder, where) if placeholder is not None else None,
    )


def _mappings(path: Path, source_format: int) -> tuple[Mapping, ...]:
    data = _json(path)
    if not isinstance(data, dict):
        raise ReferenceFormatError(f"{path}: not an object of mappings")
    # One entry names the format answers come from rather than a question.
    schema = data.pop("schema", None)
    if schema != f"cpbNationalReport{source_format}":
        raise ReferenceFormatError(f"{path}: maps from {schema!r}, expected cpbNationalReport{source_format}")
    result: list[Mapping] = []
    for target, source in data.items():
        if isinstance(source, str):
            result.append(Mapping(target, source))
        elif isinstance(source, dict) and set(source) <= {"question", "valueMapping"} and "question" in source:
            result.append(Mapping(target, source["question"], MappingProxyType(dict(source.get("valueMapping", {})))))
        else:
            raise ReferenceFormatError(f"{path}: {target!r}: unexpected mapping {source!r}")
    return tuple(result)
