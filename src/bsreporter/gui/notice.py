"""A result the person reads in full: a panel at the top of the report, wrapped, until they close it.

The status bar cuts a long message to one line and clears it after a few seconds; what
an import, a merge, a restore or an export has to say (where the backup or the file
is) goes here instead, with a button that opens the folder holding that file. The
panel takes no keyboard focus away from an answer being typed; it is in the window's
Tab order, its buttons answer Enter and Space, and Escape closes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

if TYPE_CHECKING:
    from bsreporter.gui.window_api import ReportWindow

_STYLES = {
    False: "#noticeBar { background: #e3f2fd; border-bottom: 1px solid #90caf9; }",
    True: "#noticeBar { background: #fff3e0; border-bottom: 1px solid #ffb74d; }",
}


class NoticeBar(QFrame):
    """One message at a time, wrapped to the window's width, with "Show in Folder" when it names a file."""

    #: the person closed the panel
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(QCoreApplication.translate("Notice", "Notification"))
        self.path: Path | None = None
        #: the report the message is about: another report opened in the window hides it
        self.report: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        # Selectable, so a path can be copied; paths break at their separators, and the label asks no width
        # of its own, so a long one never widens the window.
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.text, 1)
        self.show_folder_button = QPushButton(QCoreApplication.translate("Notice", "Show in &Folder"))
        self.show_folder_button.setObjectName("noticeShowFolder")
        self.show_folder_button.clicked.connect(self.show_in_folder)
        layout.addWidget(self.show_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button = QPushButton(QCoreApplication.translate("Notice", "Close"))
        self.close_button.setObjectName("noticeClose")
        self.close_button.setToolTip(QCoreApplication.translate("Notice", "Close this message (Escape)"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notice(self, text: str, *, path: Path | None = None, report: Path | None = None,
                    warning: bool = False) -> None:
        """Show ``text`` whole; ``path`` is the file whose folder "Show in Folder" opens."""
        self.path = Path(path) if path is not None else None
        self.report = Path(report) if report is not None else None
        if self.path is not None and self.isRightToLeft():
            # Isolated as left-to-right: in Arabic text a path's slashes would otherwise move to its other end.
            text = text.replace(str(self.path), f"\u2066{self.path}\u2069")
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.setStyleSheet(_STYLES[warning])
        self.show_folder_button.setVisible(self.path is not None)
        if self.path is not None:
            self.show_folder_button.setToolTip(
                QCoreApplication.translate("Notice", "Open the folder {folder}").format(folder=self.path.parent)
            )
        self.show()
        # After a dialog (the import's preview, the restore), the keyboard comes here; never away from typing.
        focus = QApplication.focusWidget()
        if focus is None or not focus.isVisible() or focus.window() is not self.window():
            (self.show_folder_button if self.path is not None else self.close_button).setFocus()

    def full_text(self) -> str:
        """The message shown."""
        return self.text.text()

    def show_in_folder(self) -> bool:
        """Open the folder holding the file the message names, in the system's file manager."""
        if self.path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def dismiss(self) -> None:
        """Close the message."""
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self.hide()
        self.path = self.report = None
        parent = self.parentWidget()
        if had_focus and parent is not None:
            parent.focusNextChild()  # the keyboard goes on to the report, not nowhere
        self.closed.emit()

    def report_opened(self, path: Path) -> None:
        """A report was opened in the window: a message about another report no longer applies."""
        if self.isVisible() and self.report != Path(path):
            self.hide()
            self.path = self.report = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the message."""
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)


def notify(window: ReportWindow, text: str, *, path: Path | None = None, warning: bool = False,
           about: Path | None = None) -> None:
    """Tell the person ``text`` in the window's notice panel.

    The message is about ``about`` (the report open in the window unless given): opening
    another report in the window hides it.
    """
    session = window.session
    if about is None and session is not None:
        about = session.report.path
    window.show_notice(text, path=path, report=about, warning=warning)
