"""Edit > Your Name…: the name recorded in the history as the author of each change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit

from bsreporter.gui.dialog_size import fit_dialog

if TYPE_CHECKING:
    from bsreporter.gui.window_api import ReportWindow


def apply_author_name(window: ReportWindow, name: str) -> str:
    """Remember ``name`` and record the open report's next changes under it; return the name in use."""
    window.prefs.set_author_name(name)
    window.prefs.sync()
    in_use = window.prefs.author_name()
    if window.session is not None:
        window.session.report.author = in_use
    window.show_status(
        QCoreApplication.translate("Author", "Changes are now recorded as made by {name}.").format(name=in_use), 10_000
    )
    return in_use


def ask_author_name(window: ReportWindow) -> QInputDialog:
    """Ask for the author name (without blocking); it applies when the dialog is accepted."""
    dialog = QInputDialog(window.widget())
    dialog.setObjectName("authorDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Author", "Your Name"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "Author",
            "Your name, recorded in the history of each answer you change\n(empty: the computer account's name):",
        )
    )
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(window.prefs.author_name())
    dialog.textValueSelected.connect(lambda name: apply_author_name(window, name))
    fit_dialog(dialog)
    dialog.open()
    return dialog
