"""Records behave as the frozen dataclasses they stand for: made, compared, shown, copied and pickled alike."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from collections.abc import Mapping

import pytest

from bsreporter.record import field, field_names, record


@record
class _Point:
    """A record with a required field, a plain default, a default made anew and a field left out of comparisons."""

    x: int
    y: int = 0
    tags: Mapping[str, str] = field(default_factory=dict)
    note: str = field(default_factory=str, compare=False)


def test_made_from_positional_and_keyword_arguments_with_defaults() -> None:
    assert vars(_Point(1)) == {"x": 1, "y": 0, "tags": {}, "note": ""}
    assert vars(_Point(1, 2, {"a": "b"}, "n")) == {"x": 1, "y": 2, "tags": {"a": "b"}, "note": "n"}
    assert vars(_Point(y=3, x=4)) == {"x": 4, "y": 3, "tags": {}, "note": ""}
    assert _Point(1).tags is not _Point(1).tags  # made anew, never shared


@pytest.mark.parametrize(("args", "kwargs", "says"), [
    pytest.param((), {}, "missing required arguments: 'x'", id="missing"),
    pytest.param((1, 2, {}, "", 5), {}, "takes 4 positional arguments but 5 were given", id="too many"),
    pytest.param((1,), {"x": 2}, "multiple values for argument 'x'", id="twice"),
    pytest.param((1,), {"z": 2}, "unexpected keyword argument 'z'", id="unknown"),
])
def test_wrong_arguments_are_refused_as_a_dataclass_refuses_them(args: tuple[object, ...], kwargs: dict[str, object],
                                                                  says: str) -> None:
    with pytest.raises(TypeError, match=says):
        _Point(*args, **kwargs)  # type: ignore[arg-type]


def test_a_record_cannot_be_changed() -> None:
    point = _Point(1)
    with pytest.raises(AttributeError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del point.y  # type: ignore[misc]
    with pytest.raises(AttributeError):
        point.other = 1  # type: ignore[attr-defined]
    assert point.x == 1


def test_equal_and_hashed_by_the_fields_compared() -> None:
    assert _Point(1, 2, note="a") == _Point(1, 2, note="b")
    assert _Point(1, 2) != _Point(1, 3)
    assert _Point(1) != (1, 0)
    frozen = _Point(1, 2, tags=())  # type: ignore[arg-type]
    assert hash(frozen) == hash(_Point(1, 2, tags=(), note="other"))  # type: ignore[arg-type]
    assert repr(_Point(1, tags={"a": "b"})) == "_Point(x=1, y=0, tags={'a': 'b'}, note='')"


def test_dataclass_functions_take_a_record_for_the_dataclass_it_stands_for() -> None:
    point = _Point(1, 2, {"a": "b"}, "n")
    assert dataclasses.is_dataclass(point)
    assert [f.name for f in dataclasses.fields(point)] == list(field_names(_Point)) == ["x", "y", "tags", "note"]
    changed = dataclasses.replace(point, y=5)
    assert vars(changed) == {"x": 1, "y": 5, "tags": {"a": "b"}, "note": "n"}
    assert vars(point)["y"] == 2
    assert dataclasses.asdict(point) == {"x": 1, "y": 2, "tags": {"a": "b"}, "note": "n"}


def test_pickled_and_copied_whole() -> None:
    point = _Point(1, 2, {"a": "b"}, "n")
    for again in (pickle.loads(pickle.dumps(point)), copy.copy(point), copy.deepcopy(point)):
        assert type(again) is _Point
        assert vars(again) == vars(point)


def test_a_field_without_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError, match="without a default follows one with a default"):
        @record
        class _Wrong:
            first: int = 0
            second: int
