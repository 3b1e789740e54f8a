"""Opening a damaged report: say what is wrong and offer to work on a copy of its latest good backup.

The damaged file is never modified or deleted: the backup is copied beside it as a new
file ("… (recovered from …).bsr"), and that copy is opened. Only real damage is treated
so: a sound report on a read-only disk is opened read-only with a note saying why, and a
full disk is named as such; neither is offered a backup in its place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from bsreporter.errors import BsreporterError, ReportError
from bsreporter.gui.dialogs import ask, error_text, show_error, show_message
from bsreporter.gui.interface_language import current_language
from bsreporter.gui.notice import notify
from bsreporter.gui.timestamps import local_time_text
from bsreporter.messages import Phrase
from bsreporter.report.backup import Backup, backup_completeness, latest_good_backup, recover_copy

if TYPE_CHECKING:
    from bsreporter.gui.window_api import ReportWindow


def is_damaged(exc: BaseException) -> bool:
    """True for the core's refusal of a damaged report file (as opposed to a foreign or newer one)."""
    return isinstance(exc, ReportError) and (exc.key or "").startswith("damaged_")


# Refusals to edit a sound report that still let it be read, and what is said when it is opened read-only.
_READ_ONLY_INSTEAD = {"read_only_medium": "read_only_medium_opened", "hard_linked": "hard_linked_opened"}


def open_read_only_instead(window: ReportWindow, path: Path, exc: BaseException, read_only: bool) -> QMessageBox | None:
    """When ``exc`` says ``path`` can be read but not edited here (a read-only disk or folder, a second
    name of the file), open it read-only and say why."""
    if read_only or not isinstance(exc, ReportError) or exc.key not in _READ_ONLY_INSTEAD:
        return None
    window.open_report(path, read_only=True)
    return show_message(
        window.widget(),
        QCoreApplication.translate("Recovery", "Open {name}").format(name=path.name),
        Phrase(_READ_ONLY_INSTEAD[exc.key], {"name": path.name}).text(current_language()),
        icon=QMessageBox.Icon.Information,
    )


def tell_of_set_aside_log(window: ReportWindow, set_aside: Path | None, name: str) -> QMessageBox | None:
    """Say that unsaved changes made to another file were found beside the report and kept apart."""
    if set_aside is None:
        return None
    return show_message(
        window.widget(),
        QCoreApplication.translate("Recovery", "Open {name}").format(name=name),
        Phrase("foreign_log_set_aside", {"name": name, "log": set_aside.name}).text(current_language()),
    )


def offer_recovery(window: ReportWindow, path: Path, exc: BaseException) -> QMessageBox | None:
    """When ``exc`` says ``path`` is damaged, show it and offer its latest good backup; None otherwise."""
    if not is_damaged(exc):
        return None
    title = QCoreApplication.translate("Recovery", "Open {name}").format(name=path.name)
    try:
        backup = latest_good_backup(path)
    except (OSError, BsreporterError):
        backup = None
    if backup is None:
        return show_message(
            window.widget(),
            title,
            QCoreApplication.translate(
                "Recovery",
                "{problem}\n\nNo backup copy of this report was found on this computer. "
                "The file was left exactly as it is.",
            ).format(problem=error_text(exc)),
        )
    percent = backup_completeness(backup)
    about = local_time_text(backup.taken_at)
    if percent is not None:
        about = QCoreApplication.translate("Recovery", "{when}, {percent:.0f}% complete").format(
            when=about, percent=percent
        )
    text = QCoreApplication.translate(
        "Recovery",
        "{problem}\n\nThe latest good backup of this report is from {about}. It can be copied beside the "
        "damaged file as a new report, which is then opened. The damaged file is left exactly as it is.",
    ).format(problem=error_text(exc), about=about)
    return ask(
        window.widget(),
        title,
        text,
        [
            (QCoreApplication.translate("Recovery", "Open the Latest Good Backup"), QMessageBox.ButtonRole.AcceptRole),
            (QCoreApplication.translate("Recovery", "Cancel"), QMessageBox.ButtonRole.RejectRole),
        ],
        lambda choice: _recover_if(choice == 0, window, path, backup),
    )


def _recover_if(chosen: bool, window: ReportWindow, damaged: Path, backup: Backup) -> None:
    if chosen:
        open_recovered_copy(window, damaged, backup)


def open_recovered_copy(window: ReportWindow, damaged: Path, backup: Backup) -> Path | None:
    """Copy ``backup`` beside the damaged report and open the copy; return its path."""
    try:
        copy = recover_copy(damaged, backup)
    except BsreporterError as exc:
        show_error(window.widget(), QCoreApplication.translate("Recovery", "Open the latest good backup"), exc)
        return None
    notify(
        window,
        QCoreApplication.translate(
            "Recovery", "Opened a copy of the backup of {when} as {name}; the damaged file was not changed."
        ).format(when=local_time_text(backup.taken_at), name=copy.name),
        path=copy,
        about=copy,  # shown once the copy is open in the window
    )
    window.open_report(copy)
    return copy
