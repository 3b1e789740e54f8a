"""Preferences and remembered state, kept with QSettings (organisation "bsreporter").

With ``BSREPORTER_HOME`` set (tests, portable use) the settings are an INI file in that
folder, so nothing is written to the real user's settings.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "bsreporter"
APPLICATION = "bsreporter"
MAX_RECENT = 8


def open_settings() -> QSettings:
    """The settings store: native per-user settings, or an INI file under ``BSREPORTER_HOME``."""
    home = os.environ.get("BSREPORTER_HOME")
    if home:
        return QSettings(str(Path(home) / "settings" / "bsreporter.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def _report_key(path: Path) -> str:
    # Paths can hold characters QSettings treats as separators; a digest is a safe key.
    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


class Preferences:
    """Typed access to every preference and remembered window state."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or open_settings()

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._settings.sync()

    # -- recent reports --------------------------------------------------------------

    def recent_reports(self) -> list[Path]:
        """Reports opened lately, most recent first."""
        raw = self._settings.value("recent/reports", "[]")
        try:
            items = json.loads(str(raw))
        except ValueError:
            items = []
        return [Path(p) for p in items if isinstance(p, str)]

    def add_recent_report(self, path: Path) -> None:
        """Put ``path`` first in the recent reports."""
        resolved = Path(path).resolve()
        items = [resolved, *(p for p in self.recent_reports() if p != resolved)][:MAX_RECENT]
        self._settings.setValue("recent/reports", json.dumps([str(p) for p in items]))

    def remove_recent_report(self, path: Path) -> None:
        """Forget ``path`` (it was moved or deleted)."""
        resolved = Path(path).resolve()
        self._settings.setValue("recent/reports", json.dumps([str(p) for p in self.recent_reports() if p != resolved]))

    # -- window ----------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        """The main window's saved geometry, if any."""
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        """Remember the main window's geometry."""
        self._settings.setValue("window/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        """The main window's saved dock/toolbar layout, if any."""
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, state: QByteArray) -> None:
        """Remember the main window's dock/toolbar layout."""
        self._settings.setValue("window/state", state)

    def splitter_state(self) -> QByteArray | None:
        """The saved sizes of navigator and page."""
        value = self._settings.value("window/splitter")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_splitter_state(self, state: QByteArray) -> None:
        """Remember the sizes of navigator and page."""
        self._settings.setValue("window/splitter", state)

    def completeness_shown(self) -> bool | None:
        """Whether the person last showed (True) or hid (False) the completeness panel; None if never."""
        value = self._settings.value("window/completenessShown")
        return None if value is None else str(value).lower() == "true"

    def set_completeness_shown(self, shown: bool) -> None:
        """Remember whether the completeness panel is shown with an open report."""
        self._settings.setValue("window/completenessShown", "true" if shown else "false")

    # -- per report ------------------------------------------------------------------

    def last_section(self, report_path: Path) -> str | None:
        """The section shown when ``report_path`` was last closed."""
        value = self._settings.value(f"reports/{_report_key(report_path)}/section")
        return str(value) if value else None

    def set_last_section(self, report_path: Path, section_id: str) -> None:
        """Remember the section shown for ``report_path``."""
        self._settings.setValue(f"reports/{_report_key(report_path)}/section", section_id)

    def question_language(self, report_path: Path) -> str | None:
        """The language the questions of ``report_path`` were last shown in."""
        value = self._settings.value(f"reports/{_report_key(report_path)}/language")
        return str(value) if value else None

    def set_question_language(self, report_path: Path, language: str) -> None:
        """Remember the language of the questions for ``report_path``."""
        self._settings.setValue(f"reports/{_report_key(report_path)}/language", language)

    # -- small choices ---------------------------------------------------------------

    def context_expanded(self) -> bool:
        """Whether the expected outcomes and indicators of an objective are shown."""
        return str(self._settings.value("view/contextExpanded", "false")).lower() == "true"

    def set_context_expanded(self, expanded: bool) -> None:
        """Remember whether objective context is shown."""
        self._settings.setValue("view/contextExpanded", "true" if expanded else "false")

    def navigator_view(self) -> str:
        """How the navigator shows a report: "sections" (the form's own) or "plan" (by Strategic Plan)."""
        value = str(self._settings.value("view/navigator", "sections") or "sections")
        return value if value in ("sections", "plan") else "sections"

    def set_navigator_view(self, view: str) -> None:
        """Remember how the navigator shows a report ("sections" or "plan")."""
        self._settings.setValue("view/navigator", view)

    def last_folder(self) -> Path | None:
        """The folder of the last file chosen in a file dialog."""
        value = self._settings.value("files/lastFolder")
        return Path(str(value)) if value else None

    def set_last_folder(self, folder: Path) -> None:
        """Remember the folder of a file chosen in a file dialog."""
        self._settings.setValue("files/lastFolder", str(folder))

    # -- printed report --------------------------------------------------------------

    def export_paper(self) -> str | None:
        """The paper last chosen for the printed report ("a4" or "letter"; None when never chosen)."""
        value = str(self._settings.value("export/paper", "") or "")
        return value if value in ("a4", "letter") else None

    def set_export_paper(self, paper: str) -> None:
        """Remember the paper of the printed report."""
        self._settings.setValue("export/paper", paper)

    def export_flag(self, name: str) -> bool:
        """A remembered tick of the export dialog ("blank", "changesAnnex")."""
        return str(self._settings.value(f"export/{name}", "false")).lower() == "true"

    def set_export_flag(self, name: str, value: bool) -> None:
        """Remember a tick of the export dialog."""
        self._settings.setValue(f"export/{name}", "true" if value else "false")

    def export_language(self, report_path: Path) -> str | None:
        """The language last chosen for the printed report of ``report_path`` (None: the report's own)."""
        value = self._settings.value(f"reports/{_report_key(report_path)}/exportLanguage")
        return str(value) if value else None

    def set_export_language(self, report_path: Path, language: str) -> None:
        """Remember the language of the printed report of ``report_path``."""
        self._settings.setValue(f"reports/{_report_key(report_path)}/exportLanguage", language)

    # -- languages -------------------------------------------------------------------

    def interface_language(self) -> str:
        """The chosen language of menus and messages ("" follows the computer's language)."""
        return str(self._settings.value("languages/interface", "") or "")

    def set_interface_language(self, language: str) -> None:
        """Choose the interface language ("" to follow the computer's language)."""
        self._settings.setValue("languages/interface", language)

    def second_language(self) -> str:
        """A second language shown under each question for bilingual teams ("" for none)."""
        return str(self._settings.value("languages/second", "") or "")

    def set_second_language(self, language: str) -> None:
        """Choose the second language shown under each question ("" for none)."""
        self._settings.setValue("languages/second", language)

    # -- safety and authorship -------------------------------------------------------

    def author_name(self) -> str:
        """The name recorded in the history as the author of changes (default: the computer account's)."""
        from bsreporter.report.store import default_author

        value = str(self._settings.value("author/name", "") or "").strip()
        return value or default_author()

    def set_author_name(self, name: str) -> None:
        """Remember the author name ("" goes back to the computer account's name)."""
        self._settings.setValue("author/name", name.strip())

    def backups_to_keep(self) -> int:
        """How many automatic backup copies of each report are kept (at least 1)."""
        from bsreporter.report.backup import DEFAULT_KEEP

        try:
            return max(1, int(str(self._settings.value("backups/keep", DEFAULT_KEEP))))
        except ValueError:
            return DEFAULT_KEEP

    def set_backups_to_keep(self, count: int) -> None:
        """Set how many automatic backup copies of each report are kept."""
        self._settings.setValue("backups/keep", max(1, int(count)))
