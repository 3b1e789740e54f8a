"""Tests of the XLSForm expression language: parsing, evaluation, errors and round trips."""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Mapping

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bsreporter.errors import FormError
from bsreporter.form.expression import (
    MAX_DEPTH,
    Binary,
    Call,
    Current,
    Expression,
    Negate,
    Node,
    Number,
    Reference,
    String,
    Value,
    parse_expression,
    unparse,
)

TODAY = datetime.date(2024, 3, 15)
ANSWERS: dict[str, object] = {
    "nfp": "yes",
    "no": "no",
    "empty": None,
    "n": 7,
    "x": 2.5,
    "zero": 0,
    "flag": True,
    "off": False,
    "text": "hello",
    "numtext": " 3 ",
    "measures": ["law", "other"],
    "none_selected": [],
    "rows": [{"a": 1}, {"a": 2}, {"a": 3}],
    "deadline": datetime.date(2024, 1, 31),
    "pattern": "^h",
    "bad_pattern": "(",
}


def ev(source: str, current: object = None, answers: Mapping[str, object] | None = None) -> Value:
    """Evaluate `source` against ANSWERS (or `answers`) with a fixed today."""
    values = ANSWERS if answers is None else answers
    return parse_expression(source).evaluate(values.__getitem__, current, TODAY)


def is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


# --- Literals, references and answer conversion ---------------------------------------------------


@pytest.mark.parametrize(("source", "expected"), [
    ("'single'", "single"), ('"double"', "double"), ('"it\'s"', "it's"), ("'say \"hi\"'", 'say "hi"'),
    ("42", 42), ("1.5", 1.5), (".5", 0.5), ("5.", 5.0), ("''", ""),
])
def test_literals_evaluate_to_their_value(source: str, expected: object) -> None:
    result = ev(source)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize(("name", "expected"), [
    ("empty", ""), ("nfp", "yes"), ("n", 7), ("x", 2.5), ("flag", True),
    ("measures", "law other"), ("none_selected", ""), ("rows", 3), ("deadline", "2024-01-31"),
])
def test_answers_are_converted_to_expression_values(name: str, expected: object) -> None:
    assert ev("${" + name + "}") == expected


def test_datetime_answer_is_converted_to_its_iso_date() -> None:
    assert ev("${t}", answers={"t": datetime.datetime(2024, 5, 6, 7, 8)}) == "2024-05-06"


def test_dot_is_the_current_answer_converted_like_any_answer() -> None:
    assert ev(".", current=None) == ""
    assert ev(".", current=["a", "b"]) == "a b"
    assert ev(". + 1", current=41) == 42


def test_references_collects_every_question_name_once() -> None:
    expression = parse_expression("if(${a} = 'x', ${b}, coalesce(${c}, ${a})) + count-selected(${d}) > .")
    assert expression.references == frozenset({"a", "b", "c", "d"})


def test_references_of_an_expression_without_references_is_empty() -> None:
    assert parse_expression(". >= 0 and today() > '2000-01-01'").references == frozenset()


def test_parsed_expression_is_immutable_and_hashable() -> None:
    expression = parse_expression("${a} = 1")
    with pytest.raises(AttributeError):  # as a frozen dataclass says
        expression.source = "x"  # type: ignore[misc]
    assert hash(expression) == hash(parse_expression("${a} = 1"))


# --- Operators ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "expected"), [
    ("${nfp} = 'yes'", True), ("${nfp} != 'yes'", False), ("${empty} = ''", True), ("${nfp} = ''", False),
    ("${n} = 7", True), ("${n} = 7.0", True), ("${n} = '7'", True), ("${numtext} = 3", True),
    ("'7' = '7.0'", False), ("${n} = 'seven'", False), ("${flag} = 'yes'", True), ("${off} = ''", True),
    ("${flag} = 1", True), ("${off} != 0", False), ("${deadline} = '2024-01-31'", True),
    ("${measures} = 'law other'", True),
])
def test_equality_follows_xpath_type_rules(source: str, expected: bool) -> None:
    assert ev(source) is expected


def test_nan_is_unequal_to_everything_including_nan() -> None:
    assert ev("(1 div 0) = (1 div 0)") is False
    assert ev("(1 div 0) != (1 div 0)") is True


@pytest.mark.parametrize(("source", "expected"), [
    ("${n} < 10", True), ("${n} <= 7", True), ("${n} > 7", False), ("${n} >= 7.0", True),
    ("'10' > '9'", True), ("${numtext} < 4", True), ("${x} > 2", True),
    ("${deadline} < '2024-02-01'", True), ("${deadline} >= today()", False), ("'b' > 'a'", True),
])
def test_relational_comparison_is_numeric_else_string(source: str, expected: bool) -> None:
    assert ev(source) is expected


@pytest.mark.parametrize("source", [
    "${empty} < 5", "${empty} >= 0", "5 > ${empty}", "${empty} <= ${empty}", "'abc' > 1", "${deadline} < 5",
])
def test_relational_comparison_with_empty_or_mixed_operand_is_false(source: str) -> None:
    assert ev(source) is False


@pytest.mark.parametrize(("source", "expected"), [
    ("2 + 3", 5), ("2 - 3", -1), ("2 * 3", 6), ("7 div 2", 3.5), ("6 div 3", 2.0), ("7 mod 3", 1.0),
    ("5 mod -2", 1.0), ("-5 mod 2", -1.0), ("1.5 + 1", 2.5), ("'2' + 2", 4.0), ("${flag} + 1", 2),
    ("${numtext} * 2", 6.0), ("-${n}", -7), ("--3", 3), ("- 2.5", -2.5),
])
def test_arithmetic_gives_numbers_ints_only_for_int_add_subtract_multiply(source: str, expected: object) -> None:
    result = ev(source)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize("source", [
    "1 div 0", "1 mod 0", "${zero} div ${zero}", "${text} + 1", "${empty} * 2", "'1e5' + 0", "'nan' + 0",
    "'inf' - 1", "'0x10' * 1", "-${text}",
])
def test_arithmetic_on_zero_divisor_or_non_number_gives_nan(source: str) -> None:
    assert is_nan(ev(source))


def test_arithmetic_on_huge_integers_does_not_overflow() -> None:
    answers = {"big": 10**400, "small": 3, "half": 2**62}
    assert ev("${big} div ${small}", answers=answers) == math.inf
    assert ev("${half} + ${half}", answers=answers) == 2.0**63  # beyond 64 bits an int becomes a float
    assert ev("string(${big} * ${big})", answers=answers) == "Infinity"


def test_and_or_return_booleans_and_short_circuit() -> None:
    asked: list[str] = []

    def lookup(name: str) -> object:
        asked.append(name)
        return ANSWERS[name]

    assert parse_expression("${zero} and ${n}").evaluate(lookup) is False
    assert parse_expression("${n} or ${zero}").evaluate(lookup) is True
    assert asked == ["zero", "n"]
    assert ev("${n} and ${text}") is True
    assert ev("${empty} or ${zero}") is False


# --- Precedence and associativity ----------------------------------------------------------------


@pytest.mark.parametrize(("source", "expected"), [
    ("1 + 2 * 3", 7), ("(1 + 2) * 3", 9), ("10 - 4 - 3", 3), ("10 - (4 - 3)", 9), ("8 div 4 div 2", 1.0),
    ("2 * 3 mod 4", 2.0), ("-2 * 3", -6), ("1 + 1 = 2", True), ("1 < 2 = 2 > 1", True),
    ("1 = 1 or 1 = 2 and 1 = 2", True), ("(1 = 1 or 1 = 2) and 1 = 2", False),
    ("if(${nfp} = 'yes', 1, 0) + 2", 3),
])
def test_operators_bind_in_xpath_precedence_and_associate_left(source: str, expected: object) -> None:
    assert ev(source) == expected


def test_parse_tree_shows_precedence_and_left_associativity() -> None:
    assert parse_expression("1 - 2 - 3 * 4").tree == Binary(
        "-", Binary("-", Number(1), Number(2)), Binary("*", Number(3), Number(4)))
    assert parse_expression("-. or .").tree == Binary("or", Negate(Current()), Current())


@pytest.mark.parametrize(("source", "canonical"), [
    ("(1+2)*3", "(1 + 2) * 3"), ("1-(2-3)", "1 - (2 - 3)"), ("(1-2)-3", "1 - 2 - 3"),
    ("-(1+2)", "-(1 + 2)"), ("${a}=\"it's\"", "${a} = \"it's\""), ("round(.5,0)", "round(0.5, 0)"),
    ("1 div 0.0000001", "1 div 0.0000001"), ("(((.)))", "."),
])
def test_unparse_writes_canonical_text_with_only_needed_brackets(source: str, canonical: str) -> None:
    assert unparse(parse_expression(source).tree) == canonical


# --- Functions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "expected"), [
    ("selected(${measures}, 'other')", True), ("selected(${measures}, 'oth')", False),
    ("selected(${measures}, '')", False), ("selected(${empty}, 'other')", False),
    ("count-selected(${measures})", 2), ("count-selected(${none_selected})", 0),
    ("string-length(${text})", 5), ("string-length(${empty})", 0), ("string-length(${n})", 1),
    ("if(${flag}, 'a', 'b')", "a"), ("if(${empty}, 'a', 'b')", "b"),
    ("coalesce(${empty}, 'fallback')", "fallback"), ("coalesce(${nfp}, 'fallback')", "yes"),
    ("coalesce(${zero}, 5)", 0), ("coalesce(number(${text}), 5)", 5),
    ("today()", "2024-03-15"),
    ("regex(${text}, '^h.l+o$')", True), ("regex(${text}, '^x')", False), ("regex(${n}, '^[0-9]+$')", True),
    ("regex(${text}, ${pattern})", True), ("regex(${text}, ${bad_pattern})", False),
    ("not(${flag})", False), ("not(${empty})", True), ("true()", True), ("false()", False),
    ("number(' 12.5 ')", 12.5), ("number(${flag})", 1), ("number(${n})", 7),
    ("string(${flag})", "true"), ("string(3.0)", "3"), ("string(0.1)", "0.1"), ("string(1 div 0)", "NaN"),
    ("string(0.0000001)", "0.0000001"), ("string(${n})", "7"),
    ("int(7.9)", 7), ("int(-7.9)", -7), ("int('3.5')", 3),
    ("round(2.5, 0)", 3.0), ("round(-2.5, 0)", -3.0), ("round(2.675, 2)", 2.68), ("round(1234, -2)", 1200.0),
])
def test_functions_compute_xlsform_results(source: str, expected: object) -> None:
    result = ev(source)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize("source", ["number('abc')", "int(${text})", "round(${text}, 1)", "round(1, ${text})"])
def test_number_functions_of_non_numbers_give_nan(source: str) -> None:
    assert is_nan(ev(source))


def test_if_and_coalesce_evaluate_only_the_branch_needed() -> None:
    asked: list[str] = []

    def lookup(name: str) -> object:
        asked.append(name)
        return "value"

    assert parse_expression("if(true(), ${a}, ${b})").evaluate(lookup) == "value"
    assert parse_expression("coalesce(${c}, ${d})").evaluate(lookup) == "value"
    assert asked == ["a", "c"]


def test_today_defaults_to_the_real_date() -> None:
    assert parse_expression("today()").evaluate(ANSWERS.__getitem__) == datetime.date.today().isoformat()


# --- XLSForm examples ------------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "current", "answers", "expected"), [
    ("${nfp} = 'yes'", None, {"nfp": "yes"}, True),
    ("${nfp} = 'yes'", None, {"nfp": None}, False),
    ("selected(${measures}, 'other')", None, {"measures": ["law", "other"]}, True),
    ("selected(${measures}, 'other')", None, {"measures": ["law"]}, False),
    (". >= 0 and . <= 100", 55, {}, True),
    (". >= 0 and . <= 100", 101, {}, False),
    (". >= 0 and . <= 100", None, {}, False),
    ("count-selected(${m}) > 1", None, {"m": ["a", "b"]}, True),
    ("count-selected(${m}) > 1", None, {"m": ["a"]}, False),
    ("string-length(.) <= 200", "x" * 200, {}, True),
    ("string-length(.) <= 200", "x" * 201, {}, False),
    ("regex(., '^https?://')", "https://bch.cbd.int", {}, True),
    ("regex(., '^https?://')", "ftp://example.org", {}, False),
    ("if(${a} = 'yes', 1, 0) + 2", None, {"a": "yes"}, True),
])
def test_xlsform_examples_decide_as_a_form_author_expects(
        source: str, current: object, answers: dict[str, object], expected: bool) -> None:
    assert parse_expression(source).is_true(answers.__getitem__, current, TODAY) is expected


# --- Syntax errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "says"), [
    ("${a} = ", "ends where a value was expected (position 7)"),
    ("${a} = 'yes", "never closed"),
    ("frobnicate(${a})", "unknown function frobnicate()"),
    ("__import__('os')", "unknown function __import__()"),
    ("if(${a}, 1)", "if() with 2 argument(s), but it takes 3"),
    ("today(1)", "takes 0"),
    ("${a} = 1 2", "'2' where an operator or the end was expected"),
    ("(1 + 2", "ends before the ')' that closes the '(' at position 1"),
    ("if(1 2, 3)", "where ',' or ')' was expected"),
    ("", "is empty"),
    ("   ", "is empty"),
    ("regex(., '[a-')", "invalid regular expression"),
    ("not ${a}", "functions are called like not(...)"),
    ("$a = 1", "does not start a reference"),
    ("${a} & 1", "'&'"),
    ("${a} == 1", "'=' where a value was expected"),
    ("${ a } = 1", "does not start a reference"),
    ("1e5", "'e5'"),
    ("and", "'and' where a value was expected"),
    ("(" * (MAX_DEPTH + 1) + "1" + ")" * (MAX_DEPTH + 1), f"more than {MAX_DEPTH} levels"),
    ("-" * 200 + "1", f"more than {MAX_DEPTH} levels"),
    ("1" + " + 1" * (MAX_DEPTH + 1), f"more than {MAX_DEPTH} levels"),
    ("'" + "x" * 10_001 + "'", "the limit is 10000"),
    ("9" * 400 + ".0", "too large"),
])
def test_syntax_error_raises_form_error_quoting_the_expression(source: str, says: str) -> None:
    with pytest.raises(FormError) as raised:
        parse_expression(source)
    message = str(raised.value)
    assert says in message
    assert message.startswith('Expression "' + source[:200])


def test_deepest_allowed_nesting_parses_and_evaluates() -> None:
    assert ev("(" * MAX_DEPTH + "1" + ")" * MAX_DEPTH) == 1
    assert ev("-" * MAX_DEPTH + "1") == 1
    assert ev("1" + " + 1" * MAX_DEPTH) == MAX_DEPTH + 1


def test_extremely_deep_nesting_is_a_form_error_not_a_recursion_error() -> None:
    with pytest.raises(FormError):
        parse_expression("(" * 5000 + ")" * 5000)
    with pytest.raises(FormError):
        parse_expression("regex(., '" + "(" * 4000 + ")" * 4000 + "')")


def test_unparse_refuses_text_holding_both_quote_characters() -> None:
    with pytest.raises(FormError):
        unparse(String("it's \"quoted\""))


# --- Properties ------------------------------------------------------------------------------------

PROPERTY_SETTINGS = settings(max_examples=200, deadline=None)
NAMES = st.builds(lambda first, rest: first + rest, st.sampled_from("abcxyz_AZ"),
                  st.text("abcz09_", max_size=6))
PATTERNS = ["^a", "[0-9]+", "x|y", "^https?://", ""]
_BINARY_OPS = ["or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod"]
_FUNCTIONS = {"selected": 2, "count-selected": 1, "string-length": 1, "if": 3, "coalesce": 2, "today": 0,
              "not": 1, "true": 0, "false": 0, "number": 1, "string": 1, "int": 1, "round": 2}


def call_of(name: str) -> Callable[[tuple[Node, ...]], Node]:
    """A maker of calls of `name` (a function, so each strategy keeps its own name)."""
    return lambda args: Call(name, args)


def trees(names: st.SearchStrategy[str]) -> st.SearchStrategy[Node]:
    """Well-formed trees: every literal writable, regex literals valid, references from `names`."""
    leaves = st.one_of(
        st.text(max_size=8).filter(lambda s: "'" not in s or '"' not in s).map(String),
        st.integers(min_value=0, max_value=10**12).map(Number),
        st.floats(min_value=0, max_value=1e15, allow_nan=False, allow_infinity=False).map(Number),
        names.map(Reference),
        st.just(Current()),
    )

    def extend(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
        calls = [st.tuples(*[children] * arity).map(call_of(name)) for name, arity in _FUNCTIONS.items()]
        pattern = st.one_of(st.sampled_from(PATTERNS).map(String),
                            children.filter(lambda node: not isinstance(node, String)))
        return st.one_of(
            children.map(Negate),
            st.builds(Binary, st.sampled_from(_BINARY_OPS), children, children),
            st.builds(lambda text, pat: Call("regex", (text, pat)), children, pattern),
            *calls,
        )

    return st.recursive(leaves, extend, max_leaves=12)


ANSWER_VALUES = st.one_of(
    st.none(), st.text(max_size=10), st.integers(), st.floats(), st.booleans(), st.dates(),
    st.lists(st.text(max_size=5), max_size=3), st.lists(st.just({"a": 1}), max_size=3),
)


def depth(node: Node) -> int:
    children: tuple[Node, ...] = ()
    if isinstance(node, Negate):
        children = (node.operand,)
    elif isinstance(node, Binary):
        children = (node.left, node.right)
    elif isinstance(node, Call):
        children = node.args
    return 1 + max((depth(child) for child in children), default=0)


@PROPERTY_SETTINGS
@given(trees(NAMES))
def test_unparsed_tree_parses_back_to_the_same_tree(tree: Node) -> None:
    assume(depth(tree) <= MAX_DEPTH + 1)  # depth counts the leaf too
    text = unparse(tree)
    assert parse_expression(text).tree == tree
    assert unparse(parse_expression(text).tree) == text


@PROPERTY_SETTINGS
@given(st.one_of(st.text(), st.text("${}().,'\" <>=!+-*/abcdeilmnorstvx_0123456789", max_size=40)))
def test_any_text_parses_or_raises_form_error(source: str) -> None:
    try:
        expression = parse_expression(source)
    except FormError as error:
        assert source[:50] in str(error)
    else:
        assert isinstance(expression, Expression)
        assert parse_expression(unparse(expression.tree)).tree == expression.tree


@PROPERTY_SETTINGS
@given(trees(st.sampled_from(["a", "b", "c"])),
       st.fixed_dictionaries({"a": ANSWER_VALUES, "b": ANSWER_VALUES, "c": ANSWER_VALUES}),
       ANSWER_VALUES, st.dates())
def test_evaluating_any_tree_on_any_answers_never_raises(
        tree: Node, answers: dict[str, object], current: object, today: datetime.date) -> None:
    expression = Expression(unparse(tree), tree)
    result = expression.evaluate(answers.__getitem__, current, today)
    assert isinstance(result, (str, float, int, bool))
    assert isinstance(expression.is_true(answers.__getitem__, current, today), bool)
