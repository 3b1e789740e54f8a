"""The window's safekeeping commands: backups and restore, validate and reopen, author name, answer history.

``Safekeeping(window, actions)`` adds its actions to the File and Edit menus, keeps the
backups of the open report, makes the "Validated" banner (the window places it above the
report), and enables each action when it applies. The work itself is in the modules it calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from bsreporter.gui.actions import Actions
from bsreporter.gui.backups import BackupKeeper
from bsreporter.gui.locking import ValidationBanner, ask_reopen, ask_validate, questions_to_finish
from bsreporter.gui.write_access import Writes

if TYPE_CHECKING:
    from bsreporter.gui.history_dialog import HistoryDialog
    from bsreporter.gui.window_api import ReportWindow


def _menu_of(action: QAction) -> QMenu:
    return next(o for o in action.associatedObjects() if isinstance(o, QMenu))


class Safekeeping(QObject):
    """Actions, banner and backup keeper of one main window (``actions``: its menus' actions)."""

    def __init__(self, window: ReportWindow, actions: Actions) -> None:
        super().__init__(window.widget())
        self._window = window
        self._actions = actions
        self.restore = self._action(
            QCoreApplication.translate("MainWindow", "Restore from &Backup…"),
            QCoreApplication.translate("MainWindow", "Go back to a backup copy of the report (undoable)"),
            Writes.ANSWERS,
        )
        self.validate = self._action(
            QCoreApplication.translate("MainWindow", "&Validate Report…"),
            QCoreApplication.translate("MainWindow", "Mark the complete report as validated: it becomes read-only"),
            Writes.ANSWERS,
        )
        self.reopen = self._action(
            QCoreApplication.translate("MainWindow", "Re&open for Editing…"),
            QCoreApplication.translate("MainWindow", "Make a validated report editable again, recording why"),
            Writes.LOCK,
        )
        self.author = self._action(
            QCoreApplication.translate("MainWindow", "Your &Name…"),
            QCoreApplication.translate("MainWindow", "The name recorded in the history of the answers you change"),
            Writes.NOTHING,  # a preference: the report records it only with a change
        )
        self.history = self._action(
            QCoreApplication.translate("MainWindow", "Answer &History…"),
            QCoreApplication.translate(
                "MainWindow", "Who changed the answer of the current question, when, and from what"
            ),
            Writes.NOTHING,
        )
        self.history.setShortcut("Ctrl+Shift+H")
        self.restore.triggered.connect(self._restore)
        self.validate.triggered.connect(lambda: ask_validate(window))
        self.reopen.triggered.connect(lambda: ask_reopen(window))
        self.author.triggered.connect(self._ask_author)
        self.history.triggered.connect(self.show_history)

        file_menu = _menu_of(actions.close)
        before = actions.close
        file_menu.insertAction(before, self.restore)
        file_menu.insertSeparator(before)
        file_menu.insertAction(before, self.validate)
        file_menu.insertAction(before, self.reopen)
        file_menu.insertSeparator(before)
        file_menu.aboutToShow.connect(self.update_actions)
        edit_menu = _menu_of(actions.undo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.history)
        edit_menu.addSeparator()
        edit_menu.addAction(self.author)
        edit_menu.aboutToShow.connect(self.update_actions)

        self.banner = ValidationBanner()

        self.backups = BackupKeeper(window)
        window.reportOpened.connect(self._report_opened)
        self.update_actions()

    def _action(self, text: str, tip: str, writes: Writes) -> QAction:
        action = self._actions.gate.declare(QAction(text, self._window.widget()), writes)
        action.setStatusTip(tip)
        self._window.widget().addAction(action)
        return action

    # The dialogs are imported when first asked for: the first page shows none of them.
    def _restore(self) -> None:
        from bsreporter.gui.restore_dialog import open_restore_dialog

        open_restore_dialog(self._window)

    def _ask_author(self) -> None:
        from bsreporter.gui.author import ask_author_name

        ask_author_name(self._window)

    def _report_opened(self) -> None:
        session = self._window.session
        if session is not None:
            session.report.author = self._window.prefs.author_name()
            session.completenessChanged.connect(self.update_actions)
        self.refresh()

    def refresh(self) -> None:
        """Show the banner and enable the actions for the report as it is now."""
        self.banner.show_for(self._window)
        self.update_actions()

    def update_actions(self) -> None:
        """Enable each action when it applies; say how many questions remain before validating."""
        session = self._window.session
        editable = session is not None and not session.read_only
        remaining = questions_to_finish(self._window)
        self.restore.setEnabled(editable)
        self.validate.setEnabled(editable and remaining == 0)
        self.validate.setText(
            QCoreApplication.translate("MainWindow", "&Validate Report…")
            if session is None or session.validated or remaining == 0
            else QCoreApplication.translate("MainWindow", "&Validate Report… ({count} questions to finish)").format(
                count=remaining
            )
        )
        self.reopen.setEnabled(session is not None and session.validated and not session.report.read_only)
        self.history.setEnabled(session is not None)

    def show_history(self) -> HistoryDialog | None:
        """Edit > Answer History…: the history of the question holding the keyboard focus."""
        window = self._window
        page = window.current_page()
        question_id = page.focused_question() if page is not None else None
        if window.session is None or question_id is None:
            window.show_status(
                QCoreApplication.translate(
                    "MainWindow", "Put the cursor in a question first (or use the History… button beside it)."
                ),
                8_000,
            )
            return None
        from bsreporter.gui.history_dialog import open_history

        return open_history(window.session, question_id, window.language, window.widget())
