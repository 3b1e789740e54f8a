"""Edit > Preferences: the interface language and a second language shown under each question.

A new interface language takes effect at once: the main window is built again in
that language and the open report is opened again where it was (the undo history
of the session is not carried over; every answer is already saved).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from bsreporter.gui.dialog_size import fit_dialog
from bsreporter.gui.interface_language import (
    INTERFACE_LANGUAGES,
    apply_language,
    current_language,
    resolve,
    system_language,
)
from bsreporter.gui.languages import language_name
from bsreporter.gui.settings import Preferences

if TYPE_CHECKING:
    from bsreporter.gui.window_api import ReportWindow

#: Windows rebuilt in another language; kept here so Python does not collect them.
_windows: list[QWidget] = []


class PreferencesDialog(QDialog):
    """The program's preferences; today, the languages."""

    def __init__(self, prefs: Preferences, question_languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.interface = QComboBox()
        self.interface.setObjectName("interfaceLanguage")
        self.interface.addItem(
            self.tr("Same as the computer ({language})").format(language=language_name(system_language())), ""
        )
        for code in INTERFACE_LANGUAGES:
            self.interface.addItem(language_name(code), code)
        self.interface.setCurrentIndex(max(0, self.interface.findData(prefs.interface_language())))
        form.addRow(self.tr("&Interface language:"), self.interface)

        self.second = QComboBox()
        self.second.setObjectName("secondLanguage")
        self.second.addItem(self.tr("None"), "")
        for code in question_languages:
            self.second.addItem(language_name(code), code)
        self.second.setCurrentIndex(max(0, self.second.findData(prefs.second_language())))
        form.addRow(self.tr("&Second language of the questions:"), self.second)

        note = QLabel(
            self.tr(
                "The language of the questions themselves is chosen in View > Question Language. "
                "A second language is shown under each question, for teams that work in two "
                "languages."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_dialog(self)

    def interface_language(self) -> str:
        """The interface language chosen ("" follows the computer)."""
        return str(self.interface.currentData() or "")

    def second_language(self) -> str:
        """The second question language chosen ("" for none)."""
        return str(self.second.currentData() or "")


def edit_preferences(window: ReportWindow) -> ReportWindow:
    """Show the preferences over ``window`` and apply them; returns the window now in use."""
    prefs = window.prefs
    languages = window.session.form.languages if window.session is not None else INTERFACE_LANGUAGES
    dialog = PreferencesDialog(prefs, tuple(languages), window.widget())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return window
    return apply_preferences(window, dialog.interface_language(), dialog.second_language())


def apply_preferences(window: ReportWindow, interface: str, second: str) -> ReportWindow:
    """Store the language choices and apply them to ``window``; returns the window now in use.

    A new interface language builds the window again, a new second language its pages: entries
    marked "Not saved" would not survive either, so the person is asked first (and nothing is
    changed unless they go on).
    """
    prefs = window.prefs
    second_changed = second != prefs.second_language()
    rebuilt = resolve(interface) != current_language() or second_changed
    if rebuilt and window.asks_before_leaving(lambda: apply_preferences(window, interface, second), switching=True):
        return window
    prefs.set_interface_language(interface)
    prefs.set_second_language(second)
    prefs.sync()
    if resolve(interface) != current_language():
        return rebuild_window(window)
    if second_changed:
        window.refresh_lock_state()  # builds the pages again, keeping the place
    return window


def rebuild_window(window: ReportWindow) -> ReportWindow:
    """Build the main window again in the interface language of the preferences, with the same report open."""
    apply_language(resolve(window.prefs.interface_language()))
    session = window.session
    place: tuple[str | None, str | None] = (None, None)
    path, read_only = None, False
    if session is not None:
        session.flush_pending()
        page = window.current_page()
        place = (window.current_section, page.focused_question() if page is not None else None)
        path, read_only = session.report.path, session.read_only
    replacement = window.new_window()  # the window builds its like: this module knows none
    # Show the new window before the old one closes: closing the last window would end the program.
    replacement.widget().show()
    window.widget().close()  # closes the report there, so the new window can open it
    # A window already deleted (by whoever held it last) is dropped, not asked whether it shows.
    _windows[:] = [w for w in _windows if shiboken6.isValid(w) and w.isVisible()] + [replacement.widget()]
    if path is not None:
        section, question = place

        def back_in_place() -> None:
            replacement.reportOpened.disconnect(back_in_place)
            if section:
                replacement.go_to_section(section)
            if question:
                replacement.go_to_question(question)

        replacement.reportOpened.connect(back_in_place)
        # Opened again only to be shown in the new language: no new "opened" copy, which would
        # push an older one out of those kept.
        replacement.reopened_for_rebuild = path
        replacement.open_report(path, read_only=read_only)
    QCoreApplication.processEvents()
    return replacement
