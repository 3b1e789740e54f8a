"""Validate and lock a complete report, show that it is validated, and reopen it with a reason.

The rules are the core's (``report.validation``): only a complete report can be
validated; a validated one refuses every change until it is reopened, and the
reopening is recorded with who did it and why.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bsreporter.errors import BsreporterError
from bsreporter.gui.dialog_size import fit_dialog
from bsreporter.gui.dialogs import ask, show_error, show_message
from bsreporter.gui.timestamps import local_time_text
from bsreporter.report.fingerprint import answers_fingerprint
from bsreporter.report.validation import reopen_report, validate_report, validation_state

if TYPE_CHECKING:
    from bsreporter.gui.window_api import ReportWindow


class ValidationBanner(QLabel):
    """The banner above the pages of a validated report: when, by whom, and the frozen fingerprint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("validatedBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("#validatedBanner { background: #e8f5e9; border-bottom: 1px solid #a5d6a7; padding: 6px; }")
        self.hide()

    def show_for(self, window: ReportWindow) -> None:
        """Show the banner when the window's report is validated; hide it otherwise."""
        session = window.session
        if session is None or not session.validated:
            self.hide()
            return
        state = validation_state(session.report)
        self.setText(
            "<b>{head}</b><br>{when}<br>{fingerprint} <code>{value}</code><br>{how}".format(
                head=html.escape(QCoreApplication.translate("Locking", "Validated - read-only")),
                when=html.escape(
                    QCoreApplication.translate("Locking", "Validated on {when} by {who}.").format(
                        when=local_time_text(state.at), who=state.by
                    )
                ),
                fingerprint=html.escape(QCoreApplication.translate("Locking", "Frozen fingerprint (SHA-256):")),
                value=html.escape(state.fingerprint),
                how=html.escape(
                    QCoreApplication.translate(
                        "Locking", "To change an answer, choose File > Reopen for Editing… and give the reason."
                    )
                ),
            )
        )
        self.setAccessibleName(QCoreApplication.translate("Locking", "Validated - read-only"))
        self.show()


def questions_to_finish(window: ReportWindow) -> int:
    """How many questions still stop the report from being validated."""
    session = window.session
    return 0 if session is None else len(session.completeness.blockers)


def ask_validate(window: ReportWindow) -> QMessageBox | None:
    """File > Validate Report…: explain what validating does and ask first.

    Returns the question shown, or None when nothing is asked or entries marked "Not saved"
    are asked about first (the question about validating follows if the person goes on).
    """
    session = window.session
    if session is None or session.read_only:
        return None
    session.flush_pending()
    remaining = questions_to_finish(window)
    if remaining:
        return show_message(
            window.widget(),
            QCoreApplication.translate("Locking", "Validate report"),
            QCoreApplication.translate(
                "Locking",
                "The report cannot be validated yet: {count} questions still need an answer or a correction. "
                "The Completeness panel lists them.",
            ).format(count=remaining),
            icon=QMessageBox.Icon.Information,
        )
    # The pages are built again read-only: entries marked "Not saved" would vanish with them.
    if window.asks_before_leaving(
        lambda: ask_validate(window), onward=QCoreApplication.translate("Locking", "Validate Anyway")
    ):
        return None
    fingerprint = answers_fingerprint(session.form, session.answers)
    return ask(
        window.widget(),
        QCoreApplication.translate("Locking", "Validate report"),
        QCoreApplication.translate(
            "Locking",
            "Mark the report as validated?\n\n"
            "It becomes read-only: no answer can be changed until someone chooses File > Reopen for Editing… "
            "and gives a reason. Its fingerprint is frozen and printed on the PDF:\n\n{fingerprint}",
        ).format(fingerprint=fingerprint),
        [
            (QCoreApplication.translate("Locking", "Validate"), QMessageBox.ButtonRole.AcceptRole),
            (QCoreApplication.translate("Locking", "Cancel"), QMessageBox.ButtonRole.RejectRole),
        ],
        lambda choice: _validate_if(choice == 0, window),
    )


def _validate_if(chosen: bool, window: ReportWindow) -> None:
    if chosen:
        validate(window)


def validate(window: ReportWindow) -> bool:
    """Validate the open report now (the check must pass); the window becomes read-only."""
    session = window.session
    if session is None:
        return False
    try:
        validate_report(session.report, author=session.report.author)
    except BsreporterError as exc:
        show_error(window.widget(), QCoreApplication.translate("Locking", "Validate report"), exc)
        return False
    session.validation_changed()
    window.refresh_lock_state()
    window.show_status(
        QCoreApplication.translate("Locking", "The report is validated; it is now read-only."), 10_000
    )
    return True


class ReopenDialog(QDialog):
    """Asks why a validated report is reopened; the reason is required."""

    def __init__(self, window: ReportWindow) -> None:
        super().__init__(window.widget())
        self.setObjectName("reopenDialog")
        self.setWindowTitle(QCoreApplication.translate("Locking", "Reopen for Editing"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._window = window
        layout = QVBoxLayout(self)
        text = QLabel(
            QCoreApplication.translate(
                "Locking",
                "Why is the validated report reopened? The reason is kept with the report, with your name "
                "and the time. The report must be validated again before it is final.",
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reopenReason")
        self.reason.setAccessibleName(QCoreApplication.translate("Locking", "Reason for reopening"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 14)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reopen_button = self.buttons.addButton(
            QCoreApplication.translate("Locking", "&Reopen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reopen_button.setEnabled(False)
        self.buttons.accepted.connect(self._reopen)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda: self.reopen_button.setEnabled(bool(self.reason.toPlainText().strip())))
        # Room for the explanation on a few lines, and for the whole title.
        fit_dialog(self, QSize(460, self.sizeHint().height()))

    def _reopen(self) -> None:
        if reopen(self._window, self.reason.toPlainText()):
            self.accept()


def reopen(window: ReportWindow, reason: str) -> bool:
    """Make the validated report editable again, recording who and why."""
    session = window.session
    if session is None:
        return False
    try:
        reopen_report(session.report, reason, author=session.report.author)
    except BsreporterError as exc:
        show_error(window.widget(), QCoreApplication.translate("Locking", "Reopen for editing"), exc)
        return False
    session.validation_changed()
    window.refresh_lock_state()
    window.show_status(
        QCoreApplication.translate("Locking", "The report is open for editing again."), 10_000
    )
    return True


def ask_reopen(window: ReportWindow) -> ReopenDialog | None:
    """File > Reopen for Editing…: ask for the reason (without blocking)."""
    session = window.session
    if session is None or not session.validated or session.report.read_only:
        return None
    dialog = ReopenDialog(window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
