"""The window's menus and their actions, with standard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass(slots=True)
class Actions:
    """Every action of the main window, by what it does."""

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
    window: QMainWindow, text: str, *shortcuts: QKeySequence | QKeySequence.StandardKey | str, tip: str = ""
) -> QAction:
    action = QAction(text, window)
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
    actions = Actions(
        new=_action(
            window,
            QCoreApplication.translate("MainWindow", "&New Report…"),
            std.New,
            tip=QCoreApplication.translate("MainWindow", "Create a new report with a short wizard"),
        ),
        open=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Open Report…"),
            std.Open,
            tip=QCoreApplication.translate("MainWindow", "Open a report file"),
        ),
        recent_menu=QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), window),
        save_copy=_action(
            window,
            QCoreApplication.translate("MainWindow", "Save a &Copy As…"),
            "Ctrl+Shift+S",
            tip=QCoreApplication.translate(
                "MainWindow", "Write a copy of the report file, for example to send or back up"
            ),
        ),
        export_pdf=_action(
            window,
            QCoreApplication.translate("MainWindow", "Export &PDF…"),
            tip=QCoreApplication.translate("MainWindow", "Write the report as a PDF to print and sign"),
        ),
        export_xlsx=_action(
            window,
            QCoreApplication.translate("MainWindow", "Export &XLSX…"),
            tip=QCoreApplication.translate("MainWindow", "Write the report as a spreadsheet"),
        ),
        import_answers=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Import Answers…"),
            tip=QCoreApplication.translate(
                "MainWindow",
                "Take answers from a workbook, a hand-made spreadsheet or the previous report, with a preview",
            ),
        ),
        merge_contribution=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Merge Contribution…"),
            tip=QCoreApplication.translate(
                "MainWindow", "Bring in a colleague's copy of this report or their filled workbook, with a preview"
            ),
        ),
        compare_previous=_action(
            window,
            QCoreApplication.translate("MainWindow", "Compare with &Previous Cycle"),
            tip=QCoreApplication.translate(
                "MainWindow", "List every answer that differs from the previous reporting cycle"
            ),
        ),
        close=_action(window, QCoreApplication.translate("MainWindow", "&Close Report"), std.Close),
        quit=_action(window, QCoreApplication.translate("MainWindow", "&Quit"), std.Quit),
        undo=_action(window, QCoreApplication.translate("MainWindow", "&Undo"), std.Undo),
        redo=_action(window, QCoreApplication.translate("MainWindow", "&Redo"), std.Redo, "Ctrl+Shift+Z", "Ctrl+Y"),
        find=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Find…"),
            std.Find,
            tip=QCoreApplication.translate("MainWindow", "Find questions by text or number"),
        ),
        preferences=_action(
            window,
            QCoreApplication.translate("MainWindow", "Pre&ferences…"),
            std.Preferences,
            tip=QCoreApplication.translate("MainWindow", "Interface language and a second language for the questions"),
        ),
        previous_section=_action(window, QCoreApplication.translate("MainWindow", "&Previous Section"), "Ctrl+PgUp"),
        next_section=_action(window, QCoreApplication.translate("MainWindow", "&Next Section"), "Ctrl+PgDown"),
        next_unanswered=_action(
            window,
            QCoreApplication.translate("MainWindow", "Next &Unanswered Question"),
            "F8",
            "Ctrl+J",
            tip=QCoreApplication.translate("MainWindow", "Go to the next question that still needs an answer"),
        ),
        next_pane=_action(window, QCoreApplication.translate("MainWindow", "Ne&xt Pane"), "F6"),
        previous_pane=_action(window, QCoreApplication.translate("MainWindow", "Pre&vious Pane"), "Shift+F6"),
        language_menu=QMenu(QCoreApplication.translate("MainWindow", "Question &Language"), window),
        view_menu=QMenu(QCoreApplication.translate("MainWindow", "&View"), window),
        language_group=QActionGroup(window),
        about=_action(window, QCoreApplication.translate("MainWindow", "&About bsreporter")),
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

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)

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
