"""What the window's helpers (exports, imports, backups, validation, preferences…) may ask of the window.

They type against ``ReportWindow``, never against the concrete ``MainWindow``: the window is
the shell above them, and a helper that needs something of it names it here. ``MainWindow``
provides it; a test may hand a helper anything else that does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from bsreporter.gui.section_page import SectionPage
    from bsreporter.gui.session import ReportSession
    from bsreporter.gui.settings import Preferences


class ReportWindow(Protocol):
    """A window that shows one report at a time (or none), as its helpers see it."""

    #: The report this window opens only because it replaces a window (a new interface language):
    #: set by whoever builds the replacement, taken (and cleared) by the backups when it is open.
    reopened_for_rebuild: Path | None

    @property
    def prefs(self) -> Preferences:
        """The preferences the window was built with."""
        ...

    @property
    def session(self) -> ReportSession | None:
        """The open report's session, or None on the start page."""
        ...

    @property
    def language(self) -> str:
        """The language the questions are shown in."""
        ...

    @property
    def current_section(self) -> str | None:
        """The id of the page shown, if a report is open."""
        ...

    @property
    def reportOpened(self) -> SignalInstance:
        """Emitted when a report was opened (or created) and its first page is shown."""
        ...

    def widget(self) -> QWidget:
        """The window as a widget: the parent of the helpers' dialogs, what is shown, raised or closed."""
        ...

    def show_status(self, text: str, timeout_ms: int) -> None:
        """Say something short in the status bar, for ``timeout_ms``."""
        ...

    def show_notice(
        self, text: str, *, path: Path | None = None, report: Path | None = None, warning: bool = False
    ) -> None:
        """Show a result to be read in full over the report (``path``: the file it names)."""
        ...

    def current_page(self) -> SectionPage | None:
        """The page shown, if a report is open."""
        ...

    def go_to_section(self, section_id: str) -> None:
        """Show a page of the open report."""
        ...

    def go_to_question(self, question_id: str) -> None:
        """Show a question's page, scroll to it and put the keyboard focus in its editor."""
        ...

    def open_report(self, path: Path, read_only: bool = False) -> object:
        """Open a report file in this window (in the background)."""
        ...

    def shows_report(self, path: Path) -> bool:
        """Whether this window has the report open, or is opening it now."""
        ...

    def asks_before_leaving(
        self, then: Callable[[], object], *, switching: bool = False, onward: str | None = None
    ) -> bool:
        """If entries marked "Not saved" would be lost, ask (``then`` runs if the person goes on) and return True."""
        ...

    def refresh_lock_state(self) -> None:
        """The report was validated or reopened (or its pages must be built again): rebuild them, keeping the place."""
        ...

    def new_window(self) -> ReportWindow:
        """A new window like this one (its preferences, size and panes), built in the current interface language."""
        ...
