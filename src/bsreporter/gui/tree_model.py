"""A small read-only tree model over a list of nodes, shared by the navigator and the completeness panel."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
ROOT = -1


@dataclass(slots=True)
class Node:
    """One row: what it stands for (kind, key), where it sits, and its children (node numbers)."""

    kind: str
    key: Any
    parent: int = ROOT
    row: int = 0
    children: list[int] = field(default_factory=list)


class NodeTreeModel(QAbstractItemModel):
    """Tree structure from ``self.nodes``; subclasses say what each node shows (``data``)."""

    def __init__(self, columns: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self.nodes: list[Node] = []
        self.top: list[int] = []

    def add_node(self, kind: str, key: Any, parent: int = ROOT) -> int:
        """Append a node under ``parent``; return its number (call inside a model reset)."""
        siblings = self.top if parent == ROOT else self.nodes[parent].children
        self.nodes.append(Node(kind, key, parent, len(siblings)))
        siblings.append(len(self.nodes) - 1)
        return len(self.nodes) - 1

    def clear_nodes(self) -> None:
        """Forget every node (call inside a model reset)."""
        self.nodes = []
        self.top = []

    def node(self, index: Index) -> Node | None:
        """The node behind ``index`` (None for the invisible root)."""
        return self.nodes[index.internalId()] if index.isValid() else None

    def index_of(self, number: int, column: int = 0) -> QModelIndex:
        """The model index of node ``number``."""
        return self.createIndex(self.nodes[number].row, column, number)

    # -- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self.top if not parent.isValid() else self.nodes[parent.internalId()].children
        if 0 <= row < len(children) and 0 <= column < self._columns:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self.nodes[index.internalId()].parent
        return QModelIndex() if up == ROOT else self.createIndex(self.nodes[up].row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if not parent.isValid():
            return len(self.top)
        if parent.column() != 0:
            return 0
        return len(self.nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return self._columns

    def all_indexes(self, column: int) -> tuple[QModelIndex, QModelIndex]:
        """First and last index of the top level in ``column`` (for a whole-tree dataChanged)."""
        return self.index(0, column), self.index(len(self.top) - 1, column)
