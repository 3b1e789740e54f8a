"""Messages to the person in front of the screen: the program's errors in a dialog, details in the log.

Dialogs are opened window-modal with ``open()`` rather than ``exec()``, so no nested
event loop runs and the window keeps painting (and tests can read them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from bsreporter.errors import BsreporterError
from bsreporter.gui.interface_language import current_language
from bsreporter.logs import log_exception

ERROR_DIALOG_NAME = "errorDialog"


def show_message(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    details: str = "",
) -> QMessageBox:
    """Show a message without blocking; return the dialog (it deletes itself when closed)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(ERROR_DIALOG_NAME if icon in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical) else "")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def error_text(exc: BaseException) -> str:
    """The program's own message of ``exc`` in the interface language (English when it has no key)."""
    return exc.text(current_language()) if isinstance(exc, BsreporterError) else str(exc)


def show_error(parent: QWidget | None, action: str, exc: BaseException) -> QMessageBox:
    """Show why ``action`` failed: the program's own message, or a pointer to the log for a bug."""
    if isinstance(exc, BsreporterError):
        return show_message(parent, action, error_text(exc))
    log = log_exception(exc)
    text = QCoreApplication.translate(
        "Dialogs",
        "An unexpected problem stopped this ({kind}). Your answers stored so far are safe.\n\n"
        "Details were written to {log}.",
    ).format(kind=type(exc).__name__, log=log)
    return show_message(parent, action, text, icon=QMessageBox.Icon.Critical)


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: list[tuple[str, QMessageBox.ButtonRole]],
    on_choice: Callable[[int], None],
    *,
    default: int | None = None,
) -> QMessageBox:
    """Ask a question without blocking; ``on_choice`` gets the index of the chosen button (-1: closed).

    ``default`` is the button Enter presses: give the safe one when the question risks answers.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("questionDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    buttons = [box.addButton(label, role) for label, role in choices]
    if default is not None:
        box.setDefaultButton(buttons[default])

    def finished() -> None:
        clicked = box.clickedButton()
        on_choice(buttons.index(clicked) if clicked in buttons else -1)

    box.finished.connect(finished)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
