"""The Reporting Party chooser: the Parties to the Protocol by name, and any other name kept as typed.

The list comes from the Qt-free core (``report.parties``); this widget only shows it in the
interface language, in that language's alphabetical order, and finds a Party from any part
of its name typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QVBoxLayout, QWidget

from bsreporter.gui.interface_language import current_language
from bsreporter.report.parties import Party, find_party, fold, parties

#: Where a Party's code is kept on its item.
CODE_ROLE = Qt.ItemDataRole.UserRole


class PartyChooser(QWidget):
    """An editable list of the Parties, with a note when the name typed is not one of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("wizardPartyChoice")
        self.combo.setEditable(True)
        # Typing never adds to the list: a name that is not a Party's stays what was typed.
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.setToolTip(
            self.tr("Type part of a Party's name to find it. A name that is not in the list is kept as typed.")
        )
        language = current_language()
        collator = QCollator(QLocale(language))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        for party in sorted(parties(), key=lambda p: collator.sortKey(p.name(language))):
            self.combo.addItem(party.name(language), party.code)
        self.combo.setCurrentIndex(-1)
        line = self.combo.lineEdit()
        assert line is not None  # an editable combo box always has one
        self.line = line
        line.setObjectName("wizardParty")  # the text typed or chosen
        line.setPlaceholderText(self.tr("Choose from the list, or type a name"))
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "llem" finds "Allemagne"
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        layout.addWidget(self.combo)
        self.note = QLabel()
        self.note.setObjectName("wizardPartyNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        layout.addWidget(self.note)
        self._searchable = tuple(
            fold(name) for party in parties() for name in (*party.names.values(), *party.also)
        )
        # While typing, the note waits until no Party's name holds what is typed; once the entry is
        # left, any name that is not a Party's is pointed out.
        line.textChanged.connect(lambda: self._show_note(finished=False))
        line.editingFinished.connect(lambda: self._show_note(finished=True))

    def text(self) -> str:
        """The name as shown (chosen or typed), without surrounding spaces."""
        return self.combo.currentText().strip()

    def party(self) -> Party | None:
        """The Party chosen or typed (in any of the six languages); None for any other name."""
        return find_party(self.text())

    def recorded_name(self, language: str) -> str:
        """What the report records: a Party's name in the report's language, or the name exactly as typed."""
        party = self.party()
        return party.name(language) if party is not None else self.text()

    def _show_note(self, *, finished: bool) -> None:
        typed = self.text()
        outside = bool(typed) and self.party() is None
        if outside and not finished:
            outside = not any(fold(typed) in name for name in self._searchable)
        if outside:
            self.note.setText(
                self.tr(
                    "“{name}” is not in the list of Parties to the Protocol. It is kept as typed: a State that "
                    "is not a Party may also fill in the report."
                ).format(name=typed)
            )
        self.note.setVisible(outside)
