"""The start page: New report, Open report, the demo report, and the reports opened lately."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from bsreporter.gui.fonts import heading_font
from bsreporter.gui.icons import app_icon

_FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1
_PATH_ROLE = Qt.ItemDataRole.UserRole
_VISIBLE_RECENT = 8


def _folder_text(folder: Path) -> str:
    """A folder as people read it: under the home folder, starting with "~"."""
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)


class _RecentDelegate(QStyledItemDelegate):
    """Two lines per recent report: its name, then (smaller, greyed) the folder it is in."""

    _PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        lines = option.fontMetrics.lineSpacing() * 2 + 2
        return QSize(option.rect.width(), lines + 2 * self._PADDING)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        style = option.widget.style() if option.widget else QApplication.style()
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, base, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(self._PADDING * 2, self._PADDING, -self._PADDING, -self._PADDING)
        line = option.fontMetrics.lineSpacing()
        painter.save()
        name_font = heading_font(option.font, 1.0)
        painter.setFont(name_font)
        painter.setPen(option.palette.color(group, role))
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        folder = index.data(_FOLDER_ROLE) or ""
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(folder, Qt.TextElideMode.ElideMiddle, rect.width()),
        )
        painter.restore()


class StartPage(QWidget):
    """What the window shows when no report is open."""

    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        column.addStretch(2)

        title_row = QHBoxLayout()
        title_row.setSpacing(16)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(64, 64)))
        logo.setFixedSize(68, 68)
        title_row.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        title = QLabel(self.tr("bsreporter"))
        title.setFont(heading_font(self.font(), 2.0))
        subtitle = QLabel(
            self.tr(
                "Prepare your country's national report on the Cartagena Protocol on Biosafety, "
                "offline. Every answer is stored as soon as you give it."
            )
        )
        subtitle.setWordWrap(True)
        titles.addWidget(title)
        titles.addWidget(subtitle)
        title_row.addLayout(titles, 1)
        column.addLayout(title_row)
        column.addSpacing(8)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New report…"))
        self.new_button.setObjectName("startNew")
        self.open_button = QPushButton(self.tr("&Open report…"))
        self.open_button.setObjectName("startOpen")
        self.demo_button = QPushButton(self.tr("Try the &demo report"))
        self.demo_button.setObjectName("startDemo")
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(button.sizeHint().height() + 12)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        column.addLayout(buttons)
        column.addSpacing(12)

        recent_label = QLabel(self.tr("&Recent reports"))
        recent_label.setFont(heading_font(self.font(), 1.1))
        column.addWidget(recent_label)
        self.recent = QListWidget()
        self.recent.setObjectName("recentReports")
        self.recent.setAccessibleName(self.tr("Recent reports"))
        self.recent.setItemDelegate(_RecentDelegate(self.recent))
        self.recent.setUniformItemSizes(True)
        recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._chosen)
        self.recent.itemDoubleClicked.connect(self._chosen)
        column.addWidget(self.recent)
        self.empty_note = QLabel(self.tr("Reports you open will be listed here."))
        self.empty_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(self.empty_note)
        column.addStretch(3)

    def set_recent(self, paths: list[Path]) -> None:
        """List the recent reports (missing files are shown greyed and cannot be opened)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(path.stem)
            item.setData(_PATH_ROLE, str(path))
            item.setData(_FOLDER_ROLE, _folder_text(path.parent))
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{path.stem}, {path.parent}")
            if not path.exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("{path} (no longer there)").format(path=path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.empty_note.setVisible(not paths)
        if paths:
            # As tall as its rows (up to a limit), so the page does not show an empty box.
            rows = min(len(paths), _VISIBLE_RECENT)
            self.recent.setFixedHeight(self.recent.sizeHintForRow(0) * rows + 2 * self.recent.frameWidth() + 4)
            self.recent.setCurrentRow(0)

    def _chosen(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.recentChosen.emit(Path(item.data(_PATH_ROLE)))
