"""The XLSForm-compatible expression language of `relevant`, `constraint` and `calculation` fields.

An expression is tokenized and parsed once, by a hand-written precedence-climbing
parser, into an immutable tree of records (bsreporter.record); evaluation walks that tree.
Nothing is ever handed to `eval`, `exec` or `compile`, so a questionnaire file
cannot run code. Syntax errors raise `FormError` quoting the expression and the
position; evaluation never raises: unusable operands give NaN, '' or False.
"""

from __future__ import annotations

import datetime
import math
import operator
import re
from collections.abc import Callable, Iterator

from bsreporter.errors import FormError
from bsreporter.patterns import lazy_pattern
from bsreporter.record import record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeAlias

MAX_LENGTH = 10_000
"""Longest accepted source text, in characters."""
MAX_DEPTH = 64
"""Deepest accepted nesting (brackets, calls, operators); keeps every walk far from Python's recursion limit."""

Value: TypeAlias = str | float | int | bool
"""What an expression computes; answers are converted to one of these on entry."""


# --- The tree ---------------------------------------------------------------------------------


@record
class String:
    """A string literal."""
    value: str


@record
class Number:
    """A number literal (never negative: `-1` is `Negate(Number(1))`)."""
    value: int | float


@record
class Reference:
    """`${name}`: the answer of another question."""
    name: str


@record
class Current:
    """`.`: the answer being checked."""


@record
class Negate:
    """Unary minus."""
    operand: Node


@record
class Binary:
    """A binary operator: or and = != < <= > >= + - * div mod."""
    op: str
    left: Node
    right: Node


@record
class Call:
    """A call of one of the known functions."""
    name: str
    args: tuple[Node, ...]


Node: TypeAlias = String | Number | Reference | Current | Negate | Binary | Call

# Binding strength of the binary operators (XPath order); all are left-associative.
_PRECEDENCE = {"or": 1, "and": 2, "=": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4,
               "+": 5, "-": 5, "*": 6, "div": 6, "mod": 6}
_KEYWORDS = frozenset({"and", "or", "div", "mod"})
_ARITY = {"selected": 2, "count-selected": 1, "string-length": 1, "if": 3, "coalesce": 2,
          "today": 0, "regex": 2, "not": 1, "true": 0, "false": 0, "number": 1, "string": 1,
          "int": 1, "round": 2}
# Errors re.compile can raise for hostile patterns (huge repeat counts, thousands of nested groups).
_REGEX_ERRORS = (re.error, OverflowError, RecursionError, ValueError)


@record
class Expression:
    """A parsed expression: its source text and its tree."""
    source: str
    tree: Node

    @property
    def references(self) -> frozenset[str]:
        """Names of the questions the expression reads as `${name}`."""
        return frozenset(node.name for node, _ in _walk(self.tree) if isinstance(node, Reference))

    def evaluate(self, lookup: Callable[[str], object], current: object = None,
                 today: datetime.date | None = None) -> Value:
        """Compute the value; `lookup(name)` gives an answer, `current` is `.`, `today` defaults to today.

        Never raises for any answers (only an exception of `lookup` itself propagates).
        """
        return _Evaluator(lookup, to_value(current), today or datetime.date.today()).value(self.tree)

    def is_true(self, lookup: Callable[[str], object], current: object = None,
                today: datetime.date | None = None) -> bool:
        """The value as a condition (XPath boolean()): for `relevant` and `constraint`."""
        return boolean(self.evaluate(lookup, current, today))


# --- Tokens and parser --------------------------------------------------------------------------


class _Token:
    """One token of an expression's text."""

    __slots__ = ("kind", "pos", "text")

    def __init__(self, kind: str, text: str, pos: int) -> None:
        self.kind = kind  # number, string, ref, name, op, end
        self.text = text
        self.pos = pos  # 0-based; messages show it 1-based


# [0-9] rather than \d: \d also matches Arabic-Indic and other digits, which XLSForm does not.
_TOKEN = lazy_pattern(r"""
    (?P<space>\s+)
  | (?P<number>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)
  | (?P<ref>\$\{[A-Za-z_][A-Za-z0-9_]*\})
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z_][A-Za-z0-9_]*)*)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op><=|>=|!=|[=<>+\-*(),.])
""", re.VERBOSE)


def _error(source: str, message: str, pos: int | None = None) -> FormError:
    shown = source if len(source) <= 200 else source[:200] + "…"
    where = "" if pos is None else f" (position {pos + 1})"
    return FormError(f'Expression "{shown}" {message}{where}.')


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(source):
        match = _TOKEN.match(source, pos)
        if match is None:
            char = source[pos]
            if char in "'\"":
                raise _error(source, f"has a quoted text that is never closed; add the closing {char}", pos)
            if char == "$":
                raise _error(source, "has a '$' that does not start a reference like ${question_name}", pos)
            raise _error(source, f"has the character {char!r}, which is not part of the expression language", pos)
        kind, text = match.lastgroup or "", match.group()
        if kind == "name" and text in _KEYWORDS:
            kind = "op"
        if kind != "space":
            tokens.append(_Token(kind, text, pos))
        pos = match.end()
    # The end is reported just after the last thing written, not after trailing blanks.
    tokens.append(_Token("end", "", len(source.rstrip())))
    return tokens


class _Parser:
    """Precedence climbing over the token list; recursion is bounded by the `_depth` guard."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _tokenize(source)
        self.index = 0
        self.depth = 0

    def parse(self) -> Node:
        tree = self._expr(1)
        token = self._peek()
        if token.kind != "end":
            raise _error(self.source, f"has {token.text!r} where an operator or the end was expected",
                         token.pos)
        return tree

    def _peek(self) -> _Token:
        return self.tokens[self.index]

    def _next(self) -> _Token:
        token = self.tokens[self.index]
        self.index += min(1, len(self.tokens) - 1 - self.index)  # never step past "end"
        return token

    def _at(self, text: str) -> bool:
        token = self._peek()
        return token.kind == "op" and token.text == text

    def _close(self, opener: _Token, wanted: str = "')'") -> None:
        token = self._next()
        if token.kind == "op" and token.text == ")":
            return
        if token.kind == "end":
            raise _error(self.source, f"ends before the ')' that closes the '(' at position {opener.pos + 1}",
                         token.pos)
        raise _error(self.source, f"has {token.text!r} where {wanted} was expected", token.pos)

    def _nested(self, parse: Callable[..., Node], *args: int) -> Node:
        # Every recursion goes through here, so hostile input meets a FormError, not a RecursionError.
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _error(self.source, f"is nested more than {MAX_DEPTH} levels deep; "
                                      "split it into simpler expressions", self._peek().pos)
        node = parse(*args)
        self.depth -= 1
        return node

    def _expr(self, min_precedence: int) -> Node:
        left = self._unary()
        while True:
            token = self._peek()
            precedence = _PRECEDENCE.get(token.text, 0) if token.kind == "op" else 0
            if precedence < min_precedence:  # also stops at non-operators (0)
                return left
            self._next()
            # precedence + 1 for the right operand makes every operator left-associative.
            left = Binary(token.text, left, self._nested(self._expr, precedence + 1))

    def _unary(self) -> Node:
        if self._at("-"):
            self._next()
            return Negate(self._nested(self._unary))
        return self._primary()

    def _primary(self) -> Node:
        token = self._next()
        if token.kind == "number":
            return Number(self._number(token))
        if token.kind == "string":
            return String(token.text[1:-1])
        if token.kind == "ref":
            return Reference(token.text[2:-1])
        if token.kind == "name":
            return self._call(token)
        if token.kind == "op" and token.text == ".":
            return Current()
        if token.kind == "op" and token.text == "(":
            node = self._nested(self._expr, 1)
            self._close(token)
            return node
        found = "ends" if token.kind == "end" else f"has {token.text!r}"
        raise _error(self.source, f"{found} where a value was expected", token.pos)

    def _number(self, token: _Token) -> int | float:
        # Long integers become floats so values stay small enough to print (int has a digit limit).
        if "." not in token.text and len(token.text) <= 18:
            return int(token.text)
        value = float(token.text)
        if not math.isfinite(value):
            raise _error(self.source, f"has the number {token.text[:20]}…, which is too large", token.pos)
        return value

    def _call(self, name: _Token) -> Node:
        if not self._at("("):
            raise _error(self.source, f"has the word {name.text!r} where a value was expected; functions are "
                                      f"called like {name.text}(...) and answers are written ${{{name.text}}}",
                         name.pos)
        if name.text not in _ARITY:
            known = ", ".join(f"{fname}()" for fname in sorted(_ARITY))
            raise _error(self.source, f"calls the unknown function {name.text}(); known functions: {known}",
                         name.pos)
        opener = self._next()
        args: list[Node] = []
        if not self._at(")"):
            args.append(self._nested(self._expr, 1))
            while self._at(","):
                self._next()
                args.append(self._nested(self._expr, 1))
        self._close(opener, "',' or ')'")
        arity = _ARITY[name.text]
        if len(args) != arity:
            raise _error(self.source, f"calls {name.text}() with {len(args)} argument(s), "
                                      f"but it takes {arity}", name.pos)
        if name.text == "regex" and isinstance(args[1], String):
            try:  # A literal pattern is checked now so the form author hears of a mistake at load time.
                re.compile(args[1].value)
            except _REGEX_ERRORS as exc:
                raise _error(self.source, f"has an invalid regular expression {args[1].value[:60]!r} in regex(): "
                                          f"{getattr(exc, 'msg', None) or exc}", name.pos) from None
        return Call(name.text, tuple(args))


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, Negate):
        return (node.operand,)
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, Call):
        return node.args
    return ()


def _walk(tree: Node) -> Iterator[tuple[Node, int]]:
    """Every node with its nesting level (the root is 0)."""
    # An explicit stack: a long flat chain (a + b + c + ...) is deep on its left side.
    stack = [(tree, 0)]
    while stack:
        node, level = stack.pop()
        yield node, level
        stack.extend((child, level + 1) for child in _children(node))


def parse_expression(source: str) -> Expression:
    """Parse `source` once; raise `FormError` saying what is wrong and where."""
    if len(source) > MAX_LENGTH:
        raise _error(source, f"is {len(source)} characters long; the limit is {MAX_LENGTH}")
    if not source.strip():
        raise _error(source, "is empty; write a value or a condition such as ${question} = 'yes'")
    tree = _Parser(source).parse()
    # Flat operator chains are built by a loop, so their height is checked here, once.
    if max(level for _, level in _walk(tree)) > MAX_DEPTH:
        raise _error(source, f"is nested more than {MAX_DEPTH} levels deep (counting chained operators); "
                             "split it into simpler expressions")
    return Expression(source, tree)


def _decimal_text(value: float) -> str:
    # Plain decimal, never '1e-07': that is valid expression syntax and number() reads it back.
    import decimal  # only for numbers written out: not every command needs it

    return format(decimal.Decimal(repr(value)), "f")


def unparse(node: Node) -> str:
    """Canonical text of a tree; `parse_expression(unparse(tree)).tree == tree`."""
    if isinstance(node, String):
        for quote in "'\"":
            if quote not in node.value:
                return f"{quote}{node.value}{quote}"
        raise FormError(f"The text {node.value!r} holds both quote characters and cannot be written "
                        "in an expression.")
    if isinstance(node, Number):
        if isinstance(node.value, int):
            return str(node.value)
        if not math.isfinite(node.value):
            raise FormError(f"The number {node.value} cannot be written in an expression.")
        text = _decimal_text(node.value)
        return text if "." in text else text + ".0"  # the '.' keeps it a float when parsed back
    if isinstance(node, Reference):
        return "${" + node.name + "}"
    if isinstance(node, Current):
        return "."
    if isinstance(node, Negate):
        text = unparse(node.operand)
        return f"-({text})" if isinstance(node.operand, Binary) else "-" + text
    if isinstance(node, Binary):
        precedence = _PRECEDENCE[node.op]
        left, right = unparse(node.left), unparse(node.right)
        # Brackets only where precedence or left-associativity needs them.
        if isinstance(node.left, Binary) and _PRECEDENCE[node.left.op] < precedence:
            left = f"({left})"
        if isinstance(node.right, Binary) and _PRECEDENCE[node.right.op] <= precedence:
            right = f"({right})"
        return f"{left} {node.op} {right}"
    return f"{node.name}({', '.join(unparse(arg) for arg in node.args)})"


# --- Values -------------------------------------------------------------------------------------

_INT_LIMIT = 2**63
# What number() accepts in a string: XPath's plain decimals, not 'nan', 'inf', '1e5', '0x1f' or '1_000'.
_DECIMAL = lazy_pattern(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def _clamp(value: int) -> int | float:
    # Big integers become floats, so products cannot grow without bound or exceed str()'s digit limit.
    if -_INT_LIMIT < value < _INT_LIMIT:
        return value
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def to_value(answer: object) -> Value:
    """Convert a Python answer to an expression value (None is '', a list of choices is space-joined)."""
    if answer is None:
        return ""
    if isinstance(answer, (bool, str, float)):
        return answer
    if isinstance(answer, int):
        return _clamp(answer)
    if isinstance(answer, datetime.date):  # a datetime keeps only its date, as a date question does
        return (answer.date() if isinstance(answer, datetime.datetime) else answer).isoformat()
    if isinstance(answer, (list, tuple)):
        if any(isinstance(item, dict) for item in answer):
            return len(answer)  # a table: its number of rows
        # A select_multiple answer, as XLSForm stores it; an empty list is an empty answer.
        return " ".join(str(item) for item in answer if item is not None)
    return str(answer)


def _is_number(value: Value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def boolean(value: Value) -> bool:
    """XPath boolean(): non-zero, non-NaN numbers and non-empty strings are true."""
    if isinstance(value, str):
        return value != ""
    if isinstance(value, float):
        return value != 0 and not math.isnan(value)
    return bool(value)


def number(value: Value) -> int | float:
    """XPath number(): a plain decimal string gives a float, anything else that is not a number NaN."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    text = value.strip()
    return float(text) if _DECIMAL.fullmatch(text) else math.nan


def string(value: Value) -> str:
    """XPath string(): 'true'/'false', '3' rather than '3.0', 'NaN', plain decimals."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return str(int(value)) if value.is_integer() else _decimal_text(value)
    return value


def _present(value: Value) -> bool:
    return value != "" if isinstance(value, str) else not (isinstance(value, float) and math.isnan(value))


def _equal(a: Value, b: Value) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return boolean(a) == boolean(b)
    a_numeric = _is_number(a) or (isinstance(a, str) and _is_number(b) and _DECIMAL.fullmatch(a.strip()))
    b_numeric = _is_number(b) or (isinstance(b, str) and _is_number(a) and _DECIMAL.fullmatch(b.strip()))
    if a_numeric and b_numeric:
        return number(a) == number(b)
    return string(a) == string(b)


_RELATIONAL = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_ARITHMETIC = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def _compare(op: str, a: Value, b: Value) -> bool:
    x, y = number(a), number(b)
    if not (math.isnan(x) or math.isnan(y)):
        return bool(_RELATIONAL[op](x, y))
    if isinstance(a, str) and isinstance(b, str) and a and b:
        return bool(_RELATIONAL[op](a, b))  # ISO dates compare correctly as strings
    return False


def _arithmetic(op: str, a: Value, b: Value) -> int | float:
    x, y = number(a), number(b)
    try:
        if op in _ARITHMETIC:
            if isinstance(x, int) and isinstance(y, int):
                return _clamp(_ARITHMETIC[op](x, y))
            return float(_ARITHMETIC[op](float(x), float(y)))
        if y == 0:
            return math.nan
        # mod truncates like XPath (5 mod -2 = 1), which fmod does and Python's % does not.
        return float(x) / float(y) if op == "div" else math.fmod(float(x), float(y))
    except (OverflowError, ValueError):  # fmod(inf, y) and similar
        return math.nan


def _round(value: Value, digits: Value) -> float:
    import decimal  # only when round() is evaluated

    x, places = number(value), number(digits)
    if math.isnan(x) or math.isnan(places) or math.isinf(places):
        return math.nan
    try:
        # Decimal of the shortest repr rounds 2.675 to 2.68 (half away from zero), as a person expects.
        exponent = decimal.Decimal(1).scaleb(-int(places))
        return float(decimal.Decimal(repr(float(x))).quantize(exponent, rounding=decimal.ROUND_HALF_UP))
    except (decimal.DecimalException, OverflowError, ValueError):
        return float(x)  # more places than a float holds: already rounded


def _regex(text: Value, pattern: Value) -> bool:
    try:
        return re.search(string(pattern), string(text)) is not None
    except _REGEX_ERRORS:
        return False  # a pattern taken from an answer may be invalid: that is simply no match


class _Evaluator:
    """One evaluation: the answers, `.` and today's date."""

    __slots__ = ("current", "lookup", "today")

    def __init__(self, lookup: Callable[[str], object], current: Value, today: datetime.date) -> None:
        self.lookup, self.current, self.today = lookup, current, today

    def value(self, node: Node) -> Value:
        if isinstance(node, (String, Number)):
            return node.value
        if isinstance(node, Reference):
            return to_value(self.lookup(node.name))
        if isinstance(node, Current):
            return self.current
        if isinstance(node, Negate):
            return _arithmetic("-", 0, self.value(node.operand))
        if isinstance(node, Binary):
            if node.op == "and":
                return boolean(self.value(node.left)) and boolean(self.value(node.right))
            if node.op == "or":
                return boolean(self.value(node.left)) or boolean(self.value(node.right))
            a, b = self.value(node.left), self.value(node.right)
            if node.op in ("=", "!="):
                return _equal(a, b) == (node.op == "=")
            if node.op in _RELATIONAL:
                return _compare(node.op, a, b)
            return _arithmetic(node.op, a, b)
        if isinstance(node, Call) and _ARITY.get(node.name) == len(node.args):
            return self._call(node.name, node.args)
        return ""  # only a hand-built tree gets here

    def _call(self, name: str, args: tuple[Node, ...]) -> Value:
        if name == "if":  # only the chosen branch is evaluated
            return self.value(args[1] if boolean(self.value(args[0])) else args[2])
        if name == "coalesce":
            first = self.value(args[0])
            return first if _present(first) else self.value(args[1])
        values = [self.value(arg) for arg in args]
        if name == "selected":
            return string(values[1]).strip() in string(values[0]).split()
        if name == "count-selected":
            return len(string(values[0]).split())
        if name == "string-length":
            return len(string(values[0]))
        if name == "today":
            return self.today.isoformat()
        if name == "regex":
            return _regex(values[0], values[1])
        if name in ("true", "false", "not"):
            return name == "true" or (name == "not" and not boolean(values[0]))
        if name == "number":
            return number(values[0])
        if name == "string":
            return string(values[0])
        if name == "int":
            n = number(values[0])
            return _clamp(math.trunc(n)) if math.isfinite(n) else math.nan
        return _round(values[0], values[1])
