"""File > Restore from Backup…: the report's backup copies with time, reason and completeness; restore one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from bsreporter.gui.backups import reason_text, restore_from_backup
from bsreporter.gui.dialog_size import fit_dialog
from bsreporter.gui.dialogs import ask
from bsreporter.gui.operations import Operation, Progress, run_in_background
from bsreporter.gui.timestamps import local_time_text
from bsreporter.report.backup import Backup, backup_completeness, backup_folder, list_backups

if TYPE_CHECKING:
    from bsreporter.gui.window_api import ReportWindow

_Index = QModelIndex | QPersistentModelIndex


class BackupListModel(QAbstractTableModel):
    """The backups of one report, newest first: when, why, how complete."""

    COLUMNS = ("taken", "reason", "complete")

    def __init__(self, backups: list[Backup]) -> None:
        super().__init__()
        self.backups = backups
        self._percent: dict[Path, float | None] = {}

    def set_completeness(self, percent: dict[Path, float | None]) -> None:
        """Show how complete each backup is (None: the copy cannot be read)."""
        self._percent = dict(percent)
        if self.backups:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.backups) - 1, 2))

    def completeness(self, backup: Backup) -> float | None:
        """The completeness of one backup, once read."""
        return self._percent.get(backup.path)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("RestoreDialog", "Taken"),
                QCoreApplication.translate("RestoreDialog", "Why"),
                QCoreApplication.translate("RestoreDialog", "Complete"),
            )[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            match index.column():
                case 0:
                    return local_time_text(backup.taken_at, seconds=True)
                case 1:
                    return reason_text(backup.reason)
                case _:
                    if backup.path not in self._percent:
                        return "…"
                    percent = self._percent[backup.path]
                    return (
                        QCoreApplication.translate("RestoreDialog", "cannot be read")
                        if percent is None
                        else f"{percent:.0f}%"
                    )
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _read_completeness(backups: list[Backup], progress: Progress) -> dict[Path, float | None]:
    result: dict[Path, float | None] = {}
    for number, backup in enumerate(backups, start=1):
        if progress.cancelled():
            break
        result[backup.path] = backup_completeness(backup)
        progress(number, len(backups))
    return result


class RestoreDialog(QDialog):
    """Lists the backups of the open report; "Restore…" asks first, then restores (undoable)."""

    #: a backup was restored: the copy made of the state just before
    restored = Signal(object)

    def __init__(self, window: ReportWindow) -> None:
        super().__init__(window.widget())
        assert window.session is not None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Restore from Backup"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._window = window
        report_path = window.session.report.path
        self.model = BackupListModel(list_backups(report_path))

        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "RestoreDialog",
                "Copies of “{name}” are made when it is opened, every 10 minutes while it changes, and before "
                "an import or a restore. They are kept in {folder}.",
            ).format(name=report_path.name, folder=backup_folder(report_path))
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.view = QTableView()
        self.view.setObjectName("backupList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self.ask_restore)
        layout.addWidget(self.view, 1)
        self.empty_note = QLabel(QCoreApplication.translate("RestoreDialog", "There is no backup of this report yet."))
        self.empty_note.setVisible(not self.model.backups)
        layout.addWidget(self.empty_note)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(QCoreApplication.translate("RestoreDialog", "&Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.ask_restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        if self.model.backups:
            self.view.selectRow(0)
        fit_dialog(self, QSize(620, 420))

        self.loading: Operation[dict[Path, float | None]] | None = None
        if self.model.backups:
            backups = list(self.model.backups)
            self.loading = run_in_background(
                self,
                QCoreApplication.translate("RestoreDialog", "Reading the backups…"),
                lambda progress: _read_completeness(backups, progress),
                self.model.set_completeness,
            )

    def selected_backup(self) -> Backup | None:
        """The backup chosen in the list."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def select(self, backup_path: Path) -> None:
        """Choose a backup in the list by its file."""
        for row, backup in enumerate(self.model.backups):
            if backup.path == backup_path:
                self.view.selectRow(row)

    def _selection_changed(self) -> None:
        session = self._window.session
        self.restore_button.setEnabled(
            self.selected_backup() is not None and session is not None and not session.read_only
        )

    def ask_restore(self) -> QMessageBox | None:
        """Ask before restoring the chosen backup."""
        backup = self.selected_backup()
        if backup is None or not self.restore_button.isEnabled():
            return None
        percent = self.model.completeness(backup)
        when = local_time_text(backup.taken_at, seconds=True)
        about = (
            QCoreApplication.translate("RestoreDialog", "{when}, {percent:.0f}% complete").format(
                when=when, percent=percent
            )
            if percent is not None
            else when
        )
        text = QCoreApplication.translate(
            "RestoreDialog",
            "Replace the current answers with those of the backup of {about}?\n\n"
            "The current answers are first saved as a backup (“Before a restore”, listed here), and "
            "Edit > Undo takes the restore back. The history of every answer is kept.",
        ).format(about=about)
        return ask(
            self,
            QCoreApplication.translate("RestoreDialog", "Restore from Backup"),
            text,
            [
                (QCoreApplication.translate("RestoreDialog", "Restore"), QMessageBox.ButtonRole.AcceptRole),
                (QCoreApplication.translate("RestoreDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole),
            ],
            lambda choice: self._restore(backup) if choice == 0 else None,
        )

    def _restore(self, backup: Backup) -> None:
        before = restore_from_backup(self._window, backup)
        if before is not None:
            self.restored.emit(before)
            self.accept()


def open_restore_dialog(window: ReportWindow) -> RestoreDialog | None:
    """Show the backups of the open report (window-modal, without blocking)."""
    if window.session is None:
        return None
    window.session.flush_pending()
    dialog = RestoreDialog(window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
