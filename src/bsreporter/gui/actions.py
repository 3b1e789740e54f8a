"""The window's menus and their actions, with standard shortcuts.

Every action declares what it writes to the open report (``Writes``, see ``write_access``);
a ``WriteGate`` disables the writing ones while the report cannot take their change, and
gives them the reason as their tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from bsreporter.gui.session import ReportSession
from bsreporter.gui.write_access import Access, Writes, access_of, allows
from bsreporter.report.store import ReadOnlyReason

#: The dynamic property of an action that holds what it writes (a ``Writes`` value).
_WRITES = "writes"


def writes_of(action: QAction) -> Writes | None:
    """What ``action`` declared it writes; None when it declared nothing (every action must)."""
    value = action.property(_WRITES)
    return Writes(value) if isinstance(value, str) else None


class WriteGate:
    """The one place that enables the window's writing actions only when the open report takes their change.

    A writing action joins the gate's group for what it writes; a disabled group keeps its
    actions (and their shortcuts) disabled whatever else enables them, and a group enabled
    again gives each action back the state its own conditions set (e.g. Undo: something to undo).
    """

    def __init__(self, parent: QObject) -> None:
        self._groups: dict[Writes, QActionGroup] = {}
        for writes in Writes:
            if writes is not Writes.NOTHING:
                group = QActionGroup(parent)
                group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
                self._groups[writes] = group

    def declare(self, action: QAction, writes: Writes) -> QAction:
        """Record what ``action`` writes; a writing action is then enabled only when the report takes it."""
        action.setProperty(_WRITES, writes.value)
        group = self._groups.get(writes)
        if group is not None:
            if action.actionGroup() is not None:
                raise ValueError(f"{action.text()!r} is in another group: the gate could not disable it")
            group.addAction(action)
        return action

    def set_access(self, access: Access, why: str) -> None:
        """Enable each kind of writing action as ``access`` allows; a refused one says ``why`` in its tooltip."""
        for writes, group in self._groups.items():
            allowed = allows(access, writes)
            group.setEnabled(allowed)
            for action in group.actions():
                action.setToolTip("" if allowed else why)


def why_not_writable(access: Access, reason: ReadOnlyReason | None) -> str:
    """Why a command that changes the report is not available, in the interface language ('' when it is)."""
    if access is Access.VALIDATED:
        return QCoreApplication.translate(
            "ReadOnly",
            "Not available: the report is validated and locked. To change it, choose File > Reopen for Editing…",
        )
    if access is not Access.READ_ONLY:
        return ""
    if reason is ReadOnlyReason.HELD_ELSEWHERE:
        return QCoreApplication.translate(
            "ReadOnly", "Not available: the report is open read-only because it is being edited elsewhere."
        )
    if reason is ReadOnlyReason.READ_ONLY_MEDIUM:
        return QCoreApplication.translate(
            "ReadOnly",
            "Not available: the report is open read-only because its disk or folder cannot be written.",
        )
    if reason is ReadOnlyReason.HARD_LINKED:
        return QCoreApplication.translate(
            "ReadOnly",
            "Not available: the report is open read-only because the file also exists under another name.",
        )
    return QCoreApplication.translate("ReadOnly", "Not available: the report is open read-only.")


def session_read_only_why(session: ReportSession) -> str:
    """Why the open report takes no change to its answers ('' when it does), in the interface language."""
    access = access_of(report_open=True, file_read_only=session.report.read_only, validated=session.validated)
    return why_not_writable(access, session.report.read_only_reason if session.report.read_only else None)


@dataclass(slots=True)
class Actions:
    """Every action of the main window, by what it does."""

    #: enables the writing actions (these and those other parts of the window add) by the report's access
    gate: WriteGate
    new: QAction
    open: QAction
    recent_menu: QMenu
    save_copy: QAction
    export_pdf: QAction
    export_xlsx: QAction
    import_answers: QAction
    merge_contribution: QAction
    compare_previous: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    preferences: QAction
    previous_section: QAction
    next_section: QAction
    next_unanswered: QAction
    next_pane: QAction
    previous_pane: QAction
    language_menu: QMenu
    view_menu: QMenu
    language_group: QActionGroup
    about: QAction

    def report_actions(self) -> list[QAction]:
        """Actions that need an open report."""
        return [
            self.save_copy,
            self.export_pdf,
            self.export_xlsx,
            self.import_answers,
            self.merge_contribution,
            self.compare_previous,
            self.close,
            self.find,
            self.previous_section,
            self.next_section,
            self.next_unanswered,
        ]


def _action(
    window: QMainWindow,
    gate: WriteGate,
    writes: Writes,
    text: str,
    *shortcuts: QKeySequence | QKeySequence.StandardKey | str,
    tip: str = "",
) -> QAction:
    action = gate.declare(QAction(text, window), writes)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys += QKeySequence.keyBindings(shortcut)
        else:
            keys.append(QKeySequence(shortcut))
    # Several bindings (e.g. Ctrl+Shift+Z and Ctrl+Y for Redo), without duplicates.
    unique = list({k.toString(): k for k in keys if not k.isEmpty()}.values())
    if unique:
        action.setShortcuts(unique)
    if tip:
        action.setStatusTip(tip)
    window.addAction(action)  # shortcuts work even while the menu bar is hidden
    return action


def build_actions(window: QMainWindow) -> Actions:
    """Create the actions and the menu bar of ``window``; the window connects them."""
    std = QKeySequence.StandardKey
    gate = WriteGate(window)
    actions = Actions(
        gate=gate,
        new=_action(
            window,
            gate,
            Writes.NOTHING,
            QCoreApplication.translate("MainWindow", "&New Report…"),
            std.New,
            tip=QCoreApplication.translate("MainWindow", "Create a new report with a short wizard"),
        ),
        open=_action(
            window,
            gate,
            Writes.NOTHING,
            QCoreApplication.translate("MainWindow", "&Open Report…"),
            std.Open,
            tip=QCoreApplication.translate("MainWindow", "Open a report file"),
        ),
        recent_menu=QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), window),
        save_copy=_action(
            window,
            gate,
            Writes.NOTHING,
            QCoreApplication.translate("MainWindow", "Save a &Copy As…"),
            "Ctrl+Shift+S",
            tip=QCoreApplication.translate(
                "MainWindow", "Write a copy of the report file, for example to send or back up"
            ),
        ),
        export_pdf=_action(
            window,
            gate,
            Writes.NOTHING,
            QCoreApplication.translate("MainWindow", "Export &PDF…"),
            tip=QCoreApplication.translate("MainWindow", "Write the report as a PDF to print and sign"),
        ),
        export_xlsx=_action(
            window,
            gate,
            Writes.NOTHING,
            QCoreApplication.translate("MainWindow", "Export &XLSX…"),
            tip=QCoreApplication.translate("MainWindow", "Write the report as a spreadsheet"),
        ),
        import_answers=_action(
            window,
            gate,
            Writes.ANSWERS,
            QCoreApplication.translate("MainWindow", "&Import Answers…"),
            tip=QCoreApplication.translate(
                "MainWindow",
                "Take answers from a workbook, a hand-made spreadsheet or the previous report, with a preview",
            ),
        ),
        merge_contribution=_action(
            window,
            gate,
            Writes.ANSWERS,
            QCoreApplication.translate("MainWindow", "&Merge Contribution…"),
            tip=QCoreApplication.translate(
                "MainWindow", "Bring in a colleague's copy of this report or their filled workbook, with a preview"
            ),
        ),
        compare_previous=_action(
            window,
            gate,
            Writes.NOTHING,
            QCoreApplication.translate("MainWindow", "Compare with &Previous Cycle"),
            tip=QCoreApplication.translate(
                "MainWindow", "List every answer that differs from the previous reporting cycle"
            ),
        ),
        close=_action(
            window, gate, Writes.NOTHING, QCoreApplication.translate("MainWindow", "&Close Report"), std.Close
        ),
        quit=_action(window, gate, Writes.NOTHING, QCoreApplication.translate("MainWindow", "&Quit"), std.Quit),
        undo=_action(window, gate, Writes.ANSWERS, QCoreApplication.translate("MainWindow", "&Undo"), std.Undo),
        redo=_action(
            window,
            gate,
            Writes.ANSWERS,
            QCoreApplication.translate("MainWindow", "&Redo"),
            std.Redo,
            "Ctrl+Shift+Z",
            "Ctrl+Y",
        ),
        find=_action(
            window,
            gate,
            Writes.NOTHING,
            QCoreApplication.translate("MainWindow", "&Find…"),
            std.Find,
            tip=QCoreApplication.translate("MainWindow", "Find questions by text or number"),
        ),
        preferences=_action(
            window,
            gate,
            Writes.NOTHING,
            QCoreApplication.translate("MainWindow", "Pre&ferences…"),
            std.Preferences,
            tip=QCoreApplication.translate("MainWindow", "Interface language and a second language for the questions"),
        ),
        previous_section=_action(
            window, gate, Writes.NOTHING, QCoreApplication.translate("MainWindow", "&Previous Section"), "Ctrl+PgUp"
        ),
        next_section=_action(
            window, gate, Writes.NOTHING, QCoreApplication.translate("MainWindow", "&Next Section"), "Ctrl+PgDown"
        ),
        next_unanswered=_action(
            window,
            gate,
            Writes.NOTHING,
            QCoreApplication.translate("MainWindow", "Next &Unanswered Question"),
            "F8",
            "Ctrl+J",
            tip=QCoreApplication.translate("MainWindow", "Go to the next question that still needs an answer"),
        ),
        next_pane=_action(window, gate, Writes.NOTHING, QCoreApplication.translate("MainWindow", "Ne&xt Pane"), "F6"),
        previous_pane=_action(
            window, gate, Writes.NOTHING, QCoreApplication.translate("MainWindow", "Pre&vious Pane"), "Shift+F6"
        ),
        language_menu=QMenu(QCoreApplication.translate("MainWindow", "Question &Language"), window),
        view_menu=QMenu(QCoreApplication.translate("MainWindow", "&View"), window),
        language_group=QActionGroup(window),
        about=_action(window, gate, Writes.NOTHING, QCoreApplication.translate("MainWindow", "&About bsreporter")),
    )
    actions.undo.setEnabled(False)
    actions.redo.setEnabled(False)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(actions.new)
    file_menu.addAction(actions.open)
    file_menu.addMenu(actions.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(actions.save_copy)
    file_menu.addAction(actions.export_pdf)
    file_menu.addAction(actions.export_xlsx)
    file_menu.addSeparator()
    file_menu.addAction(actions.import_answers)
    file_menu.addAction(actions.merge_contribution)
    file_menu.addSeparator()
    file_menu.addAction(actions.close)
    file_menu.addAction(actions.quit)
    file_menu.setToolTipsVisible(True)  # a disabled command's tooltip says why (e.g. the report is read-only)

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)
    edit_menu.setToolTipsVisible(True)

    go_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    go_menu.addAction(actions.previous_section)
    go_menu.addAction(actions.next_section)
    go_menu.addAction(actions.next_unanswered)
    go_menu.addSeparator()
    go_menu.addAction(actions.next_pane)
    go_menu.addAction(actions.previous_pane)

    bar.addMenu(actions.view_menu)
    actions.view_menu.addMenu(actions.language_menu)
    actions.view_menu.addAction(actions.compare_previous)
    actions.language_group.setExclusive(True)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.about)
    return actions
