"""Every error a person reads names a message of the catalogue, so it can say why in their language."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import bsreporter
from bsreporter.messages import MESSAGES

SOURCE = Path(bsreporter.__file__).parent

#: Modules whose errors are read only by questionnaire authors, who write forms in English (docs/forms.md):
#: the loader's checks of a form folder, ``bsreporter forms`` converting its layout, prior-cycle mappings,
#: indicator formulas and expressions. Every installed form passes these checks before it ships (its tests
#: load it); should one be damaged on a person's disk, they are told in their language what to do, the
#: findings kept for its authors (``form_installed_broken``), as for a questionnaire missing from the
#: installation (``form_not_installed``, ``questionnaire_not_installed``, ``questionnaire_missing``).
AUTHORING_MODULES = {
    "form/analysis.py",
    "form/expression.py",
    "form/layout.py",
    "form/loader.py",
    "form/mapping.py",
}


def _modules(source: Path) -> dict[str, ast.Module]:
    return {path.relative_to(source).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(source.rglob("*.py"))}


def _error_classes(trees: dict[str, ast.Module]) -> set[str]:
    """The project's error classes by name: BsreporterError and everything that derives from it."""
    names = {"BsreporterError"}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {base.id if isinstance(base, ast.Name) else getattr(base, "attr", "") for base in node.bases}
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


def unkeyed_errors(source: Path = SOURCE) -> list[str]:
    """Each place that makes one of the project's errors from a text of its own instead of a catalogue key.

    ``ExchangeError("...")`` reads in English in an Arabic window; ``ExchangeError.of(key, ...)`` does not.
    """
    trees = _modules(source)
    classes = _error_classes(trees)
    found = []
    for module, tree in trees.items():
        if module in AUTHORING_MODULES:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in classes
                    and (node.args or node.keywords)):
                found.append(f"{module}:{node.lineno}: {ast.unparse(node)[:100]}")
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def unknown_keys(source: Path = SOURCE) -> list[str]:
    """Each ``X.of("key", ...)`` or ``Phrase("key", {...})`` naming no message, or not giving all its parameters.

    More may be given: a caller may read one back (``where``) to say the message again with another.
    """
    found = []
    for module, tree in _modules(source).items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            key = node.args[0].value
            if isinstance(node.func, ast.Attribute) and node.func.attr == "of":
                given = {keyword.arg for keyword in node.keywords}
            elif isinstance(node.func, ast.Name) and node.func.id == "Phrase":
                params = node.args[1] if len(node.args) > 1 else None
                if params is not None and not isinstance(params, ast.Dict):
                    continue  # parameters built elsewhere: checked where the message is rendered
                given = {k.value for k in params.keys if isinstance(k, ast.Constant)} if params else set()
            else:
                continue
            if None in given:
                continue  # ``**params`` passed on from another error
            if key not in MESSAGES:
                found.append(f"{module}:{node.lineno}: no message '{key}'")
            elif not _fields(MESSAGES[key]) <= given:
                found.append(f"{module}:{node.lineno}: '{key}' needs {sorted(_fields(MESSAGES[key]))}, "
                             f"given {sorted(given)}")
    return found


def test_every_error_for_a_person_is_raised_with_a_catalogue_key() -> None:
    assert unkeyed_errors() == []


def test_every_key_raised_names_a_message_and_gives_its_parameters() -> None:
    assert unknown_keys() == []


def test_the_authoring_allowlist_names_real_modules() -> None:
    assert all((SOURCE / module).is_file() for module in AUTHORING_MODULES)
