"""File > Export PDF…: the choices of the printed report, asked before the file name.

Paper, language (the report's own unless chosen otherwise for this report), a blank
form to fill in by hand, the annex of changes, and the submission details printed on
the cover and by the signature. The choices are remembered; the details are kept in
the report itself, so that every later export (and a colleague's copy) prints them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bsreporter.gui.dialog_size import fit_dialog
from bsreporter.gui.languages import language_name
from bsreporter.gui.settings import Preferences
from bsreporter.report.store import DETAILS, Report

#: Questions of a form that give a detail when answered (the self-assessment asks them in its general part).
ANSWERED_DETAILS = {"submitting_authority": "nfp_organisation", "submission_date": "submission_date"}


@dataclass(frozen=True, slots=True)
class PdfChoices:
    """What the person chose in the export dialog."""

    language: str
    paper: str
    blank: bool
    changes_annex: bool
    details: dict[str, str]


class ExportDialog(QDialog):
    """The printed report's choices; ``choices()`` once accepted."""

    def __init__(self, report: Report, prefs: Preferences, default_paper: str, *, has_previous: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export PDF"))
        self._prefs, self._report = prefs, report
        info = report.info
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for code in report.form.languages:
            suffix = self.tr(" (language of the report)") if code == info.language else ""
            self.language.addItem(language_name(code) + suffix, code)
        remembered = prefs.export_language(report.path)
        chosen = remembered if remembered in report.form.languages else info.language
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        form.addRow(self.tr("&Language:"), self.language)

        self.paper = QComboBox()
        self.paper.setObjectName("exportPaper")
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper.addItem(self.tr("US Letter (8.5 × 11 in)"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(prefs.export_paper() or default_paper)))
        form.addRow(self.tr("&Paper:"), self.paper)

        self.blank = QCheckBox(self.tr("&Blank form: every question and option, no answers, to fill in by hand"))
        self.blank.setObjectName("exportBlank")
        self.blank.setChecked(prefs.export_flag("blank"))
        layout.addWidget(self.blank)
        self.annex = QCheckBox(self.tr("&Annex of the answers changed since the previous report"))
        self.annex.setObjectName("exportChangesAnnex")
        self.annex.setEnabled(has_previous)
        self.annex.setChecked(has_previous and prefs.export_flag("changesAnnex"))
        if not has_previous:
            self.annex.setToolTip(self.tr("This report holds no answers of a previous report."))
        layout.addWidget(self.annex)
        for box in (self.blank, self.annex):
            # As wide as its words: the row's blank space beside them is not part of the box.
            box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.blank.toggled.connect(lambda blank: self.annex.setEnabled(has_previous and not blank))
        self.annex.setEnabled(has_previous and not self.blank.isChecked())

        details = QGroupBox(self.tr("Submission (printed on the cover and by the signature)"))
        details_form = QFormLayout(details)
        layout.addWidget(details)
        answers = report.answers()
        self.details: dict[str, QLineEdit] = {}
        labels = {"submitting_authority": self.tr("Submitting a&uthority:"),
                  "submission_place": self.tr("Pla&ce:"),
                  "submission_date": self.tr("&Date (YYYY-MM-DD):")}
        for key in DETAILS:
            field = QLineEdit(getattr(info, key))
            field.setObjectName(f"export_{key}")
            question_id = ANSWERED_DETAILS.get(key)
            answer = answers.get(question_id) if question_id else None
            if question_id and question_id in report.form.questions and answer is not None \
                    and answer.value is not None:
                # The form asks it and it is answered: the answer is printed; changed where it was given.
                question = report.form.questions[question_id]
                field.setText(str(answer.value))
                field.setReadOnly(True)
                field.setToolTip(self.tr("Answered in question {number}").format(number=question.number))
            elif report.read_only:
                field.setReadOnly(True)
            self.details[key] = field
            details_form.addRow(labels[key], field)
        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setStyleSheet("color: #a11;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose the File…"))
        ok.setObjectName("exportChooseFile")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_dialog(self)

    def accept(self) -> None:
        """Refuse a date that is not one (said in the dialog), then remember the choices."""
        date = self.details["submission_date"]
        text = date.text().strip()
        if text and not date.isReadOnly():
            try:
                dt.date.fromisoformat(text)
            except ValueError:
                self.problem.setText(self.tr("Write the date as YYYY-MM-DD, for example 2026-03-31."))
                self.problem.show()
                date.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        choices = self.choices()
        self._prefs.set_export_language(self._report.path, choices.language)
        self._prefs.set_export_paper(choices.paper)
        self._prefs.set_export_flag("blank", choices.blank)
        if self.annex.isEnabled() or self.blank.isChecked():
            self._prefs.set_export_flag("changesAnnex", self.annex.isChecked())
        super().accept()

    def choices(self) -> PdfChoices:
        """The choices as they stand; details only where they are the report's own (not answers)."""
        details = {key: field.text().strip() for key, field in self.details.items() if not field.isReadOnly()}
        return PdfChoices(language=str(self.language.currentData()), paper=str(self.paper.currentData()),
                          blank=self.blank.isChecked(),
                          changes_annex=self.annex.isEnabled() and self.annex.isChecked(), details=details)
