"""The first step of an import: what the chosen file is, whether its answers are last cycle's, and
for a hand-made sheet, where its question numbers and answers are (with a live preview)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bsreporter.exchange.sheet_layout import ForeignLayout
from bsreporter.exchange.source_description import (
    PREVIEW_ROWS,
    SheetFormat,
    SheetPreview,
    SourceDescription,
    SourceKind,
    column_letter,
    guess_layout,
    likely_format,
    match_reference,
    question_references,
)
from bsreporter.form.model import Questionnaire
from bsreporter.gui.dialog_size import fit_dialog

#: Rows shown in the live preview of a hand-made sheet.
PREVIEW_LINES = 12


def describe_kind(description: SourceDescription) -> str:
    """One sentence on what the file is."""
    party = description.party or QCoreApplication.translate("ImportSource", "an unnamed Party")
    match description.kind:
        case SourceKind.REPORT:
            return QCoreApplication.translate("ImportSource", "Another report file, for {party}.").format(party=party)
        case SourceKind.WORKBOOK:
            return QCoreApplication.translate("ImportSource", "A workbook exported by bsreporter, for {party}.").format(
                party=party
            )
        case SourceKind.PRIOR_WORKBOOK:
            return QCoreApplication.translate(
                "ImportSource",
                "A workbook of the earlier questionnaire “{form}”, for {party}. Its answers are read through "
                "the mapping to this questionnaire, as the previous cycle's.",
            ).format(form=description.form_id, party=party)
    return QCoreApplication.translate(
        "ImportSource", "A spreadsheet not made by bsreporter. Show where its question numbers and answers are."
    )


class ImportSourceDialog(QDialog):
    """Says what the file is, asks whether it is last cycle's, and maps a hand-made sheet."""

    def __init__(
        self, description: SourceDescription, form: Questionnaire, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importSource")
        self.description = description
        self.form = form
        self.language = language
        self._references = question_references(form)
        self.setWindowTitle(
            QCoreApplication.translate("ImportSource", "Import answers from {name}").format(name=description.path.name)
        )

        layout = QVBoxLayout(self)
        what = QLabel(describe_kind(description))
        what.setObjectName("sourceKind")
        what.setWordWrap(True)
        layout.addWidget(what)

        self.mapping: QGroupBox | None = None
        if description.kind is SourceKind.SHEET:
            layout.addWidget(self._build_mapping(), 1)

        self.previous_cycle = QCheckBox(
            QCoreApplication.translate("ImportSource", "These answers come from the previous reporting cycle")
        )
        self.previous_cycle.setObjectName("previousCycle")
        self.previous_cycle.setChecked(description.previous_cycle_default)
        self.previous_cycle.setEnabled(not description.previous_cycle_fixed)
        # As wide as its words: the row's blank space beside them is not part of the box.
        self.previous_cycle.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.previous_cycle)
        note = QLabel(
            QCoreApplication.translate(
                "ImportSource",
                "Answers from the previous cycle are marked “Carried over – review” until you confirm each one, "
                "and are kept to compare with. Leave this off for answers a colleague gave for this report.",
            )
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("ImportSource", "Preview…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.mapping is not None:
            self._apply_guess()
        fit_dialog(self, QSize(820, 560) if self.mapping is not None else None)

    # -- the mapping of a hand-made sheet ------------------------------------------------------

    def _build_mapping(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("ImportSource", "Where the answers are"))
        self.mapping = box
        form = QFormLayout()
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("sheetFormat")
        for index, entry in enumerate(self.description.formats or ()):
            title = entry.form.title.get(self.language)
            if entry.mapping is None:
                title = QCoreApplication.translate("ImportSource", "{title} (this report)").format(title=title)
            self.format_combo.addItem(title, index)
        self.format_combo.setToolTip(
            QCoreApplication.translate(
                "ImportSource",
                "The format whose question numbers the sheet uses. A sheet of an earlier report is read in that "
                "format and carried into this report through the mapping, as the previous cycle's answers.",
            )
        )
        self.format_combo.setVisible(self.format_combo.count() > 1)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetChoice")
        for sheet in self.description.sheets:
            self.sheet_combo.addItem(sheet.name)
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setRange(0, 200)
        self.header_spin.setSpecialValueText(QCoreApplication.translate("ImportSource", "none"))
        self.header_spin.setToolTip(
            QCoreApplication.translate(
                "ImportSource", "The row holding the column headings; the answers start below it"
            )
        )
        self.question_combo = QComboBox()
        self.question_combo.setObjectName("questionColumn")
        self.answer_combo = QComboBox()
        self.answer_combo.setObjectName("answerColumn")
        if self.format_combo.count() > 1:
            form.addRow(QCoreApplication.translate("ImportSource", "Numbered &in:"), self.format_combo)
        form.addRow(QCoreApplication.translate("ImportSource", "&Sheet:"), self.sheet_combo)
        form.addRow(QCoreApplication.translate("ImportSource", "&Header row:"), self.header_spin)
        form.addRow(QCoreApplication.translate("ImportSource", "&Question numbers in column:"), self.question_combo)
        form.addRow(QCoreApplication.translate("ImportSource", "&Answers in column:"), self.answer_combo)

        self.preview_model = QStandardItemModel(0, 4, self)
        self.preview_model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportSource", "Row"),
                QCoreApplication.translate("ImportSource", "Question number"),
                QCoreApplication.translate("ImportSource", "Answer"),
                QCoreApplication.translate("ImportSource", "Question"),
            ]
        )
        self.preview = QTableView()
        self.preview.setObjectName("sheetPreview")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setColumnWidth(0, 50)
        self.preview.setColumnWidth(1, 120)
        self.preview.setColumnWidth(2, 260)
        self.preview.setAccessibleName(QCoreApplication.translate("ImportSource", "Preview of the first rows"))
        self.match_label = QLabel()
        self.match_label.setObjectName("matchCount")
        self.match_label.setWordWrap(True)

        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(self.preview, 1)
        column.addWidget(self.match_label)

        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.question_combo.currentIndexChanged.connect(self._refresh_preview)
        self.answer_combo.currentIndexChanged.connect(self._refresh_preview)
        return box

    def sheet(self) -> SheetPreview:
        """The sheet chosen."""
        return self.description.sheets[max(0, self.sheet_combo.currentIndex())]

    def _apply_guess(self) -> None:
        self._sheet_changed()

    def _sheet_changed(self) -> None:
        guess = guess_layout(self.form, self.sheet())
        widgets = (self.header_spin, self.question_combo, self.answer_combo)
        for widget in widgets:
            widget.blockSignals(True)
        self.header_spin.setValue(guess.header_row)
        self._fill_columns()
        self.question_combo.setCurrentIndex(max(0, self.question_combo.findData(guess.question_column)))
        self.answer_combo.setCurrentIndex(max(0, self.answer_combo.findData(guess.answer_column)))
        for widget in widgets:
            widget.blockSignals(False)
        if self.description.formats:
            # A sheet numbered in an earlier report is offered in that format from the start.
            self.format_combo.setCurrentIndex(likely_format(self.description.formats, self.sheet(), guess))
        self._format_changed()

    def _format_changed(self) -> None:
        """Read the sheet's numbers in the format chosen; an earlier format's answers can only be last cycle's."""
        chosen = self._chosen_format()
        self._references = question_references(chosen.form if chosen is not None else self.form)
        earlier = self.chosen_mapping() is not None
        self.previous_cycle.setChecked(earlier or self.description.previous_cycle_default)
        self.previous_cycle.setEnabled(not earlier and not self.description.previous_cycle_fixed)
        self._refresh_preview()

    def _header_changed(self) -> None:
        for combo in (self.question_combo, self.answer_combo):
            combo.blockSignals(True)
        self._fill_columns()
        for combo in (self.question_combo, self.answer_combo):
            combo.blockSignals(False)
        self._refresh_preview()

    def _fill_columns(self) -> None:
        """Column choices named by letter and, when there is a header row, by heading."""
        sheet = self.sheet()
        header = self.header_spin.value()
        for combo in (self.question_combo, self.answer_combo):
            chosen = combo.currentData()
            combo.clear()
            for index in range(1, max(sheet.width, 2) + 1):
                letter = column_letter(index)
                heading = sheet.cell(header, index) if header else ""
                combo.addItem(f"{letter} – {heading}" if heading else letter, letter)
            if chosen is not None and combo.findData(chosen) >= 0:
                combo.setCurrentIndex(combo.findData(chosen))

    def _column(self, combo: QComboBox) -> int:
        return max(0, combo.currentIndex()) + 1

    def _refresh_preview(self) -> None:
        sheet = self.sheet()
        header = self.header_spin.value()
        question_col, answer_col = self._column(self.question_combo), self._column(self.answer_combo)
        self.preview_model.removeRows(0, self.preview_model.rowCount())
        shown = matched = named = 0
        for row in range(header + 1, len(sheet.rows) + 1):
            reference = sheet.cell(row, question_col)
            if not reference:
                continue  # the import skips rows without a question number too
            named += 1
            question = match_reference(self._references, reference)
            matched += question is not None
            if shown >= PREVIEW_LINES:
                continue
            shown += 1
            found = (
                f"{question.number}  {question.label.get(self.language)}"
                if question is not None
                else QCoreApplication.translate("ImportSource", "not a question of this questionnaire")
            )
            items = [
                QStandardItem(str(row)),
                QStandardItem(reference),
                QStandardItem(sheet.cell(row, answer_col)),
                QStandardItem(found),
            ]
            if question is None:
                items[3].setForeground(Qt.GlobalColor.darkRed)
            for item in items:
                item.setToolTip(item.text())
            self.preview_model.appendRow(items)
        same = question_col == answer_col
        if same:
            text = QCoreApplication.translate(
                "ImportSource", "The question numbers and the answers must be in different columns."
            )
        else:
            text = QCoreApplication.translate(
                "ImportSource", "{matched} of {named} rows name a question of this questionnaire."
            ).format(matched=matched, named=named)
            if len(sheet.rows) >= PREVIEW_ROWS:
                text += " " + QCoreApplication.translate("ImportSource", "(Counted in the first {n} rows.)").format(
                    n=PREVIEW_ROWS
                )
        self.match_label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not same and matched > 0)

    # -- the answers -----------------------------------------------------------------------------

    def chosen_layout(self) -> ForeignLayout | None:
        """Where the answers are in a hand-made sheet (None for a workbook or report)."""
        if self.mapping is None:
            return None
        return ForeignLayout(
            self.sheet().name,
            column_letter(self._column(self.question_combo)),
            column_letter(self._column(self.answer_combo)),
            self.header_spin.value(),
        )

    def _chosen_format(self) -> SheetFormat | None:
        if self.mapping is None or not self.description.formats:
            return None
        return self.description.formats[max(0, self.format_combo.currentIndex())]

    def chosen_mapping(self) -> Path | None:
        """The mapping a hand-made sheet numbered in an earlier format is carried through (None: this format)."""
        chosen = self._chosen_format()
        return chosen.mapping if chosen is not None else None

    def previous_cycle_chosen(self) -> bool:
        """True when the answers are to be taken as the previous cycle's."""
        return self.previous_cycle.isChecked()
