"""The package keeps its layers: read from every module's imports, with ``ast``, not by importing it.

Layers, lowest first (docs: DESIGN.md, "Shape"): the foundation (errors, messages, paths…),
``form``, ``report``, ``exchange`` (with ``demo``), the window's helpers in ``gui``, the
window's shell (``gui.main_window``, ``gui.app``), and ``cli`` on top, which starts the window.
A module imports only its own layer or lower ones; nothing outside ``gui`` imports Qt; and no
modules import each other in a circle. Every import counts as an arrow, including one inside a
function or under ``TYPE_CHECKING``: each is a module that has to be understood with this one.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

PACKAGE = "bsreporter"
SOURCE = Path(__file__).resolve().parents[2] / "src"

#: Each layer, lowest first, as the module names (or package prefixes, ending in ".") it holds.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("foundation", ("bsreporter", "bsreporter.atomic", "bsreporter.digest", "bsreporter.errors", "bsreporter.logs",
                    "bsreporter.paths", "bsreporter.patterns", "bsreporter.record", "bsreporter.resources",
                    "bsreporter.messages", "bsreporter.messages.")),
    ("form", ("bsreporter.form", "bsreporter.form.")),
    ("report", ("bsreporter.report", "bsreporter.report.")),
    # demo builds the demo report through the core; both faces open it.
    ("exchange", ("bsreporter.exchange", "bsreporter.exchange.", "bsreporter.demo")),
    ("gui helpers", ("bsreporter.gui", "bsreporter.gui.")),
    ("gui shell", ("bsreporter.gui.app", "bsreporter.gui.main_window")),
    # The command line starts the window (`bsreporter`, `bsreporter demo`): the one arrow from one face to the other.
    ("cli", ("bsreporter.cli", "bsreporter.__main__")),
)

QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy")

#: Arrows known to break the rules, each kept only until the work named beside it is done.
#: The list only shrinks: an arrow that is gone must be taken off it (see the last test).
KNOWN_ARROWS: Mapping[tuple[str, str], str] = {}


def _module_files() -> dict[str, tuple[Path, bool]]:
    """Every module of the package: its dotted name -> (file, whether it is a package's __init__)."""
    modules: dict[str, tuple[Path, bool]] = {}
    for path in sorted((SOURCE / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(SOURCE).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        modules[".".join(parts)] = (path, is_package)
    return modules


def _imported_names(tree: ast.AST, package: str) -> Iterable[str]:
    """The dotted names an AST imports, anywhere in it (a lazy import is still an arrow)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            # `from package import module` is an arrow to that module; `from module import name`, to the module.
            yield from (f"{origin}.{alias.name}" for alias in node.names)


@cache
def import_graph() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The arrows between the package's modules, and each module's imports of anything outside it."""
    modules = _module_files()
    arrows: dict[str, frozenset[str]] = {}
    outside: dict[str, frozenset[str]] = {}
    for name, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        package = name if is_package else name.rpartition(".")[0]
        inner: set[str] = set()
        outer: set[str] = set()
        for imported in _imported_names(tree, package):
            if imported == PACKAGE or imported.startswith(PACKAGE + "."):
                target = imported
                while target not in modules:  # an attribute of a module: the arrow goes to the module
                    target = target.rpartition(".")[0]
                if target != name:
                    inner.add(target)
            else:
                outer.add(imported)
        arrows[name] = frozenset(inner)
        outside[name] = frozenset(outer)
    return arrows, outside


def layer_of(module: str) -> int | None:
    """The index of the highest layer that names the module (a shell module is also in the gui package)."""
    found = None
    for index, (_name, members) in enumerate(LAYERS):
        if any(module == member or (member.endswith(".") and module.startswith(member)) for member in members):
            found = index
    return found


def upward_arrows(arrows: Mapping[str, Iterable[str]]) -> list[tuple[str, str]]:
    """The arrows from a module to one in a higher layer."""
    found = []
    for source, targets in arrows.items():
        for target in targets:
            low, high = layer_of(source), layer_of(target)
            if low is not None and high is not None and high > low:
                found.append((source, target))
    return sorted(found)


def circles(arrows: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The groups of modules that import one another in a circle (strongly connected, more than one module)."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        # Tarjan's algorithm, iterative: the import chains are deeper than a test should recurse.
        work = [(start, iter(sorted(arrows.get(start, ()))))]
        index[start] = lowest[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = lowest[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(arrows.get(target, ())))))
                    break
                if target in on_stack:
                    lowest[node] = min(lowest[node], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    lowest[parent] = min(lowest[parent], lowest[node])
                if lowest[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))

    for module in sorted(arrows):
        if module not in index:
            visit(module)
    return sorted(found)


def _without_known(arrows: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    return {source: frozenset(t for t in targets if (source, t) not in KNOWN_ARROWS) for source, targets in arrows.items()}


def _describe(group: list[str], arrows: Mapping[str, Iterable[str]]) -> str:
    inside = sorted((s, t) for s in group for t in arrows.get(s, ()) if t in group)
    return f"{len(group)} modules: " + ", ".join(f"{s} -> {t}" for s, t in inside)


def test_every_module_has_a_layer() -> None:
    arrows, _ = import_graph()
    assert PACKAGE + ".form.model" in arrows and PACKAGE + ".gui.main_window" in arrows  # the graph was read
    unplaced = sorted(module for module in arrows if layer_of(module) is None)
    assert not unplaced, f"put these modules in a layer of LAYERS in {__file__}: {unplaced}"


def test_nothing_outside_gui_imports_qt() -> None:
    _, outside = import_graph()
    offending = sorted(
        f"{module} imports {name}"
        for module, names in outside.items()
        if not (module + ".").startswith(PACKAGE + ".gui.")
        for name in names
        if name.split(".")[0] in QT_PACKAGES
    )
    assert not offending, "Qt is imported below the gui package:\n" + "\n".join(offending)


def test_no_module_imports_from_a_higher_layer() -> None:
    arrows, _ = import_graph()
    offending = [arrow for arrow in upward_arrows(arrows) if arrow not in KNOWN_ARROWS]
    names = [name for name, _members in LAYERS]
    assert not offending, "imports from a lower layer to a higher one:\n" + "\n".join(
        f"{source} ({names[layer_of(source) or 0]}) -> {target} ({names[layer_of(target) or 0]})"
        for source, target in offending
    )


def test_no_import_circles() -> None:
    arrows, _ = import_graph()
    remaining = _without_known(arrows)
    found = circles(remaining)
    assert not found, "modules that import one another in a circle:\n" + "\n".join(
        _describe(group, remaining) for group in found
    )


def test_every_known_arrow_is_still_there() -> None:
    arrows, _ = import_graph()
    gone = sorted(arrow for arrow in KNOWN_ARROWS if arrow[1] not in arrows.get(arrow[0], ()))
    assert not gone, f"take these arrows off KNOWN_ARROWS in {__file__}, they are gone:\n" + "\n".join(
        f"{source} -> {target}" for source, target in gone
    )


def test_the_checks_find_an_upward_arrow_and_a_circle() -> None:
    arrows = {"bsreporter.form.model": frozenset({"bsreporter.report.store"}),
              "bsreporter.report.store": frozenset({"bsreporter.form.model"}),
              "bsreporter.gui.notice": frozenset()}
    assert upward_arrows(arrows) == [("bsreporter.form.model", "bsreporter.report.store")]
    assert circles(arrows) == [["bsreporter.form.model", "bsreporter.report.store"]]
    assert layer_of("bsreporter.gui.main_window") == 5 and layer_of("bsreporter.gui.notice") == 4
