"""Immutable records: what the model objects are made with, a frozen dataclass at a fraction of its cost.

A record class is declared as a frozen dataclass is (annotated fields, in order, with defaults, and
``field(default_factory=...)`` for a default made anew each time) and behaves as one: made from
positional or keyword arguments, equal and hashed by the values of its fields, shown as
``Name(field=value, ...)``, never changed once made (``dataclasses.replace`` makes a changed copy). Why not
``dataclasses`` itself: it writes and compiles six methods one by one for every class, and imports
``inspect`` (with ``ast``, ``dis`` and ``tokenize``) to do so; for the thirty classes an everyday
command loads that cost more than all the rest of its work. A record compiles nothing. It keeps its fields in its ``__dict__``, so that pickle rebuilds one without running any of
its code, and a class may cache what it derives (``functools.cached_property``).
"""

from __future__ import annotations

from operator import attrgetter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform

    _T = TypeVar("_T")
else:
    def dataclass_transform(**_options: object) -> object:
        """Tells a type checker that ``record`` makes dataclass-like classes; nothing at run time."""
        return lambda decorated: decorated


#: Marks a parameter not given, for a field whose default is made anew each time.
_NO_DEFAULT = object()


class FrozenRecordError(AttributeError):
    """An attempt to change a record (or a field of it) after it was made."""


class _Field:
    """What ``field(...)`` declares: a default made anew for each record, or a field left out of comparisons."""

    __slots__ = ("compare", "make")

    def __init__(self, make: Callable[[], object] | None, compare: bool) -> None:
        self.make, self.compare = make, compare


def field(*, default_factory: Callable[[], _T] | None = None, compare: bool = True) -> Any:
    """A field whose default ``default_factory`` makes anew for each record (e.g. ``dict``), or which
    equality and hashing ignore (``compare=False``)."""
    return _Field(default_factory, compare)


def _refuse_change(self: object, *args: object) -> None:
    raise FrozenRecordError(f"cannot change a field of {type(self).__qualname__}: it is immutable")


def _equal(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        values = self.__class__.__record_values__
        return values(self) == values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self.__class__.__record_values__(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__class__.__record_fields__)
    return f"{self.__class__.__qualname__}({shown})"


def _no_values(item: object) -> tuple[()]:
    return ()


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[_T]) -> type[_T]:
    """Make ``cls`` an immutable record of the fields it annotates (see the module's description)."""
    fields = tuple(name for name, annotation in vars(cls).get("__annotations__", {}).items()
                   if not str(annotation).startswith(("ClassVar", "typing.ClassVar")))
    declared: dict[str, Any] = {}
    for name in fields:
        default = vars(cls).get(name, _NO_DEFAULT)
        if isinstance(default, _Field):
            delattr(cls, name)  # made anew for each record, or required: never a class attribute
        if not _has_default(default) and any(_has_default(earlier) for earlier in declared.values()):
            raise TypeError(f"{cls.__qualname__}: field {name!r} without a default follows one with a default")
        declared[name] = default
    compared = [name for name, default in declared.items() if not (isinstance(default, _Field) and not default.compare)]
    cls.__record_fields__ = fields  # type: ignore[attr-defined]
    cls.__match_args__ = fields  # type: ignore[attr-defined,misc]
    cls.__record_values__ = attrgetter(*compared) if compared else _no_values  # type: ignore[attr-defined]
    cls.__record_declared__ = declared  # type: ignore[attr-defined]
    cls.__dataclass_fields__ = _DATACLASS_FIELDS  # type: ignore[attr-defined]
    cls.__init__ = _constructor(cls, declared)  # type: ignore[method-assign]
    cls.__eq__ = _equal  # type: ignore[method-assign,assignment]
    cls.__hash__ = _hash  # type: ignore[method-assign,assignment]
    cls.__repr__ = _repr  # type: ignore[method-assign,assignment]
    cls.__setattr__ = _refuse_change  # type: ignore[method-assign,assignment]
    cls.__delattr__ = _refuse_change  # type: ignore[method-assign,assignment]
    return cls


class _DataclassFields:
    """A record class's ``__dataclass_fields__``, made when first asked for.

    With it ``dataclasses.replace``, ``fields``, ``asdict`` and ``is_dataclass`` take a record for the
    frozen dataclass it stands for, while a command that never calls them never loads ``dataclasses``.
    """

    def __get__(self, item: object, owner: type) -> dict[str, Any]:
        import dataclasses

        made: dict[str, Any] = {}
        for name, default in owner.__record_declared__.items():  # type: ignore[attr-defined]
            spec: Any
            if isinstance(default, _Field):
                if default.make is not None:
                    spec = dataclasses.field(default_factory=default.make, compare=default.compare)
                else:
                    spec = dataclasses.field(compare=default.compare)
            else:
                spec = dataclasses.field() if default is _NO_DEFAULT else dataclasses.field(default=default)
            spec.name = name
            spec._field_type = dataclasses._FIELD  # type: ignore[attr-defined]  # what dataclass() sets
            made[name] = spec
        owner.__dataclass_fields__ = made  # type: ignore[attr-defined]  # made once per class
        return made


_DATACLASS_FIELDS = _DataclassFields()


def _has_default(default: object) -> bool:
    return default is not _NO_DEFAULT and not (isinstance(default, _Field) and default.make is None)


def _constructor(cls: type, declared: dict[str, Any]) -> Callable[..., None]:
    """The constructor of a record class: each field from its argument, or from its default.

    One function for every class, rather than one compiled for each: compiling costs more than
    a command saves by it.
    """
    names = tuple(declared)
    count = len(names)
    defaults = {name: default for name, default in declared.items() if _has_default(default)}
    qualname = cls.__qualname__

    def __init__(self: object, *args: object, **kwargs: object) -> None:
        if len(args) == count and not kwargs:  # every field given in order: the common case, made quickest
            self.__dict__.update(zip(names, args, strict=True))
            return
        if len(args) > count:
            raise TypeError(f"{qualname}() takes {count} positional arguments but {len(args)} were given")
        values = dict(zip(names, args, strict=False))  # the first fields, from the arguments given
        if kwargs:
            for name in kwargs:
                if name in values:
                    raise TypeError(f"{qualname}() got multiple values for argument {name!r}")
                if name not in declared:
                    raise TypeError(f"{qualname}() got an unexpected keyword argument {name!r}")
            values.update(kwargs)
        if len(values) < count:
            missing = [name for name in names if name not in values and name not in defaults]
            if missing:
                raise TypeError(f"{qualname}() missing required arguments: {', '.join(map(repr, missing))}")
            for name, default in defaults.items():
                if name not in values:
                    values[name] = default.make() if isinstance(default, _Field) else default  # type: ignore[misc]
        self.__dict__.update(values)

    __init__.__qualname__ = f"{qualname}.__init__"
    return __init__


def field_names(cls: type) -> tuple[str, ...]:
    """The fields of a record class, in order."""
    return cls.__record_fields__  # type: ignore[attr-defined, no-any-return]

