"""Fuzzing: hostile or random input to the form loader and the value checks never crashes them.

Each either succeeds or fails with the program's own error type and a message; nothing else.
"""

from __future__ import annotations

import copy
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bsreporter.errors import AnswerError, FormError
from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.form.values import coerce_value, value_from_json, value_to_json

sys.path.insert(0, str(Path(__file__).parents[1] / "unit" / "form"))
from test_loader import _minimal

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40),
    st.dates(), st.lists(st.text(max_size=8), max_size=4),
)
yaml_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                             st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                           max_leaves=8)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


@FUZZ
@given(data=st.data())
def test_mutated_form_either_loads_or_names_its_problems(tmp_path_factory: Any, data: st.DataObject) -> None:
    files = _minimal()
    name = data.draw(st.sampled_from(sorted(files)))
    paths = _paths(files[name])
    target = data.draw(st.sampled_from(paths))
    mutated = copy.deepcopy(files)
    node = mutated[name]
    for step in target[:-1]:
        node = node[step]
    if data.draw(st.booleans()):
        node[target[-1]] = data.draw(yaml_values)
    elif isinstance(node, dict):
        del node[target[-1]]
    else:
        node.pop(target[-1])
    folder = tmp_path_factory.mktemp("fuzzform")
    for file_name, content in mutated.items():
        (folder / file_name).write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    try:
        load_questionnaire(folder)
    except FormError as exc:
        assert str(exc)


@FUZZ
@given(text=st.text(max_size=300))
def test_arbitrary_file_content_is_a_form_error(tmp_path_factory: Any, text: str) -> None:
    folder = tmp_path_factory.mktemp("fuzztext")
    files = _minimal()
    for file_name, content in files.items():
        (folder / file_name).write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    (folder / "fa1.yaml").write_text(text, encoding="utf-8")
    try:
        load_questionnaire(folder)
    except FormError as exc:
        assert str(exc)


raw_answers = st.one_of(
    scalars, st.datetimes(), st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.lists(st.dictionaries(st.text(max_size=12), scalars, max_size=4), max_size=3),
    st.sampled_from(["1e5", "nan", "inf", "-0", "0x10", "  12 ", "1,5", "2019-13-01", "https://", "a@b", "[1]",
                     '[{"year_adopted": "x"}]', "=SUM(A1)", "\u202eevil", "😀" * 10]),
)


@FUZZ
@given(data=st.data())
def test_any_input_to_any_question_is_a_typed_value_or_an_answer_error(form: Questionnaire,
                                                                      data: st.DataObject) -> None:
    question = data.draw(st.sampled_from(list(form.iter_questions())))
    raw = data.draw(raw_answers)
    try:
        value = coerce_value(question, raw)
    except AnswerError as exc:
        assert str(exc).startswith(f"question {question.number}")
        return
    if value is not None:
        assert value_from_json(question, value_to_json(value)) == value
        assert not isinstance(value, bool)
        if isinstance(value, dt.datetime):
            raise AssertionError("datetimes are stored as dates")
