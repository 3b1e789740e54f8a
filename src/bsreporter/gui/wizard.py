"""The New report wizard: Party and questionnaire, reporting period, focal point, language and file.

Every entry is checked with the questionnaire's own rules (the core's ``coerce_value`` and
constraint) before the wizard lets the person go on, so creating the report cannot fail
half-way over a typing mistake.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bsreporter.errors import AnswerError
from bsreporter.form.installed import installed_questionnaire, offered_forms
from bsreporter.form.model import Questionnaire
from bsreporter.form.rules import RuleEvaluation
from bsreporter.form.values import coerce_value
from bsreporter.gui.dialog_size import fit_dialog
from bsreporter.gui.interface_language import current_language
from bsreporter.gui.languages import language_name
from bsreporter.gui.party_chooser import PartyChooser
from bsreporter.gui.spinboxes import SteadyDateEdit
from bsreporter.report.store import REPORT_SUFFIX, Report

#: General-information questions the wizard asks for, when the questionnaire has them.
PERIOD_QUESTIONS = ("period_start", "period_end")
FOCAL_POINT_QUESTIONS = ("nfp_name", "nfp_title", "nfp_organisation", "nfp_email", "nfp_phone")


@dataclass(frozen=True, slots=True)
class NewReportRequest:
    """What the wizard collected: enough to create the report file and its first answers."""

    path: Path
    party: str
    form_id: str
    language: str
    answers: dict[str, Any] = field(default_factory=dict)


def create_report(request: NewReportRequest, author: str | None = None) -> Report:
    """Create the report file and store the wizard's answers; leave no file behind on failure."""
    form = installed_questionnaire(request.form_id)
    report = Report.create(request.path, party=request.party, language=request.language, form=form, author=author)
    try:
        for question_id, value in request.answers.items():
            report.set_answer(question_id, value)
    except BaseException:
        report.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(request.path) + suffix).unlink(missing_ok=True)
        raise
    return report


def check_entry(form: Questionnaire, question_id: str, raw: Any, others: dict[str, Any]) -> str | None:
    """The core's verdict on one entry: None when it fits, else the message to show."""
    question = form.question(question_id)
    try:
        value = coerce_value(question, raw)
    except AnswerError as exc:
        return exc.text(current_language())
    if value is not None and not RuleEvaluation(form, {**others, question_id: value}).constraint_holds(question, value):
        return question.constraint_message.get(current_language()) or QCoreApplication.translate(
            "Wizard", "This answer is not allowed here."
        )
    return None


def _safe_file_name(party: str) -> str:
    """The file name a new report is offered, in the interface language (the Party first, so reports sort by it)."""
    cleaned = re.sub(r'[\\/:*?"<>|]+', " ", party).strip()
    if not cleaned:
        return QCoreApplication.translate("Wizard", "national report") + REPORT_SUFFIX
    return QCoreApplication.translate("Wizard", "{party} national report").format(party=cleaned) + REPORT_SUFFIX


class _PartyPage(QWizardPage):
    def __init__(self, wizard: NewReportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Party and questionnaire"))
        self.setSubTitle(self.tr("Who reports, and on which questionnaire."))
        self.wiz = wizard
        layout = QVBoxLayout(self)
        party_row = QFormLayout()
        # The list of Parties, and any other name (a State that is not a Party) kept as typed.
        self.party = PartyChooser()
        self.party.combo.setAccessibleName(self.tr("Reporting Party"))
        self.registerField("party*", self.party.line)
        party_label = QLabel(self.tr("Reporting &Party:"))
        party_label.setBuddy(self.party.combo)
        party_row.addRow(party_label, self.party)
        layout.addLayout(party_row)
        # A list rather than a drop-down: every questionnaire shows its whole title and cycle at once,
        # so the choice between the Secretariat's formats and the self-assessment is made knowingly.
        self.form_choice = QListWidget()
        self.form_choice.setObjectName("wizardForm")
        self.form_choice.setAccessibleName(self.tr("Questionnaire and reporting cycle"))
        self.form_choice.setWordWrap(True)
        self.form_choice.setResizeMode(QListView.ResizeMode.Adjust)
        self.form_choice.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_choice.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.form_choice.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.form_choice.setAlternatingRowColors(True)  # two lines per questionnaire: keep them apart
        self.form_choice.setSpacing(2)
        shown = current_language()  # the questionnaire's own titles, in the interface language
        self._about: dict[str, str] = {}
        for form in offered_forms():
            item = QListWidgetItem(f"{form.title.get(shown)}\n{form.cycle.get(shown)}")
            item.setData(Qt.ItemDataRole.UserRole, form.id)
            item.setToolTip(f"{form.id} {form.version}")
            self.form_choice.addItem(item)
            self._about[form.id] = form.about.get(shown) if form.about else ""
        choose = QLabel(self.tr("&Questionnaire:"))
        choose.setBuddy(self.form_choice)
        layout.addWidget(choose)
        layout.addWidget(self.form_choice, 1)
        self.about = QLabel()
        self.about.setObjectName("wizardFormAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setFrameShape(QFrame.Shape.StyledPanel)
        self.about.setMargin(6)
        layout.addWidget(self.about)
        self.form_choice.currentItemChanged.connect(self._show_about)
        # The first offered is the format a Party reports on now.
        self.form_choice.setCurrentRow(0)

    def chosen_form_id(self) -> str:
        """The id of the questionnaire chosen."""
        item = self.form_choice.currentItem() or self.form_choice.item(0)
        return str(item.data(Qt.ItemDataRole.UserRole))

    def _show_about(self) -> None:
        about = self._about.get(self.chosen_form_id(), "")
        self.about.setText(about)
        self.about.setVisible(bool(about))
        if self.form_choice.currentItem() is not None:
            self.form_choice.scrollToItem(self.form_choice.currentItem())

    def validatePage(self) -> bool:
        return bool(self.party.text())


class _EntriesPage(QWizardPage):
    """Entries that answer general-information questions, each checked by the core."""

    def __init__(self, wizard: NewReportWizard, question_ids: tuple[str, ...]) -> None:
        super().__init__()
        self.wiz = wizard
        self.question_ids = question_ids
        self.layout_ = QFormLayout(self)
        # Each label on one line over its entry, with the page's whole width: a long label (or its
        # translation) beside its entry was wrapped and cut to the entry's height.
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.inputs: dict[str, QWidget] = {}
        self.error = QLabel()

    def asks(self, form: Questionnaire) -> bool:
        """Whether the questionnaire has any question this page asks."""
        return any(question_id in form.questions for question_id in self.question_ids)

    def _build(self) -> None:
        form = self.wiz.form()
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.inputs = {}
        for question_id in self.question_ids:
            if question_id not in form.questions:
                continue
            question = form.question(question_id)
            editor = self._make_input(question_id)
            words = question.label.get(current_language())
            editor.setAccessibleName(words)
            self.inputs[question_id] = editor
            # The colon as each language writes it (French puts a space before it).
            label = QLabel(QCoreApplication.translate("Wizard", "{label}:").format(label=words))
            label.setBuddy(editor)
            self.layout_.addRow(label, editor)
        self.error = QLabel()
        self.error.setObjectName("wizardError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("#wizardError { color: #b71c1c; }")
        self.layout_.addRow(self.error)

    def _make_input(self, question_id: str) -> QWidget:
        edit = QLineEdit()
        edit.setObjectName(f"wizard_{question_id}")
        return edit

    def entries(self) -> dict[str, Any]:
        """The non-blank entries by question id."""
        result: dict[str, Any] = {}
        for question_id, editor in self.inputs.items():
            if isinstance(editor, QDateEdit):
                result[question_id] = editor.date().toPython()
            elif isinstance(editor, QLineEdit) and editor.text().strip():
                result[question_id] = editor.text().strip()
        return result

    def validatePage(self) -> bool:
        form = self.wiz.form()
        entries = self.entries()
        for question_id, raw in entries.items():
            message = check_entry(form, question_id, raw, {k: v for k, v in entries.items() if k != question_id})
            if message:
                self.error.setText(message)
                self.inputs[question_id].setFocus(Qt.FocusReason.OtherFocusReason)
                return False
        self.error.clear()
        return True


class _PeriodPage(_EntriesPage):
    def __init__(self, wizard: NewReportWizard) -> None:
        super().__init__(wizard, PERIOD_QUESTIONS)
        self.setTitle(self.tr("Reporting period"))
        self.setSubTitle(self.tr("The period this report covers. You can change it later."))

    def initializePage(self) -> None:
        self._build()

    def _make_input(self, question_id: str) -> QWidget:
        edit = SteadyDateEdit()
        edit.setObjectName(f"wizard_{question_id}")
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        period = self.wiz.form().period
        if period is not None:  # the years the questionnaire's cycle covers
            default = dt.date.fromisoformat(period[0] if question_id == "period_start" else period[1])
        else:
            today = dt.date.today()
            default = dt.date(today.year - 4, 1, 1) if question_id == "period_start" else dt.date(today.year - 1, 12, 31)
        edit.setDate(QDate(default.year, default.month, default.day))
        return edit


class _FocalPointPage(_EntriesPage):
    def __init__(self, wizard: NewReportWizard) -> None:
        super().__init__(wizard, FOCAL_POINT_QUESTIONS)
        self.setTitle(self.tr("National focal point"))
        self.setSubTitle(self.tr("Who prepares the report. Leave blank what you will fill in later."))

    def initializePage(self) -> None:
        self._build()


class _FilePage(QWizardPage):
    def __init__(self, wizard: NewReportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Language and file"))
        self.setSubTitle(self.tr("The language of the report, and where to keep the report file."))
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("wizardLanguage")
        self.language.setAccessibleName(self.tr("Language of the report"))
        form_layout.addRow(self.tr("&Language of the report:"), self.language)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("wizardPath")
        self.path.setAccessibleName(self.tr("Report file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form_layout.addRow(self.tr("Report &file:"), holder)
        layout.addLayout(form_layout)
        self.error = QLabel()
        self.error.setObjectName("wizardError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("#wizardError { color: #b71c1c; }")
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        form = self.wiz.form()
        self.language.clear()
        for code in form.languages:
            self.language.addItem(language_name(code), code)
        # A report is most often written in the language its author works in.
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        if not self.path.text():
            folder = self.wiz.default_folder()
            self.path.setText(str(folder / _safe_file_name(self.field("party"))))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Report file"), self.path.text(), self.tr("Reports (*.bsr)")
        )
        if chosen:
            self.path.setText(chosen)

    def chosen_path(self) -> Path:
        """The report file to create (with the report suffix)."""
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == REPORT_SUFFIX else path.with_name(path.name + REPORT_SUFFIX)

    def validatePage(self) -> bool:
        if not self.path.text().strip():
            self.error.setText(self.tr("Choose where to keep the report file."))
            return False
        path = self.chosen_path()
        if path.exists():
            self.error.setText(
                self.tr(
                    "'{path}' already exists; choose another name (an existing report is never overwritten)."
                ).format(path=path)
            )
            return False
        if not path.parent.is_dir():
            self.error.setText(self.tr("The folder '{folder}' does not exist.").format(folder=path.parent))
            return False
        self.error.clear()
        return True


class NewReportWizard(QWizard):
    """Collects a ``NewReportRequest``; the window creates the report from it."""

    def __init__(self, parent: QWidget | None = None, default_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newReportWizard")
        self.setWindowTitle(self.tr("New report"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self._default_folder = default_folder
        self.party_page = _PartyPage(self)
        self.period_page = _PeriodPage(self)
        self.focal_point_page = _FocalPointPage(self)
        self.file_page = _FilePage(self)
        self._entry_pages: dict[int, _EntriesPage] = {}
        for page in (self.party_page, self.period_page, self.focal_point_page, self.file_page):
            page_id = self.addPage(page)
            if isinstance(page, _EntriesPage):
                self._entry_pages[page_id] = page
        # Room for a questionnaire's note under the choice, still within a 1024x600 netbook screen.
        fit_dialog(self, QSize(680, 520))

    def form(self) -> Questionnaire:
        """The questionnaire chosen on the first page."""
        return installed_questionnaire(self.party_page.chosen_form_id())

    def nextId(self) -> int:
        """The next page, passing over pages that ask nothing of the chosen questionnaire."""
        following = super().nextId()
        while following in self._entry_pages and not self._entry_pages[following].asks(self.form()):
            ids = self.pageIds()
            position = ids.index(following) + 1
            following = ids[position] if position < len(ids) else -1
        return following

    def default_folder(self) -> Path:
        """Where a new report goes unless the person chooses otherwise."""
        if self._default_folder is not None:
            return self._default_folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def request(self) -> NewReportRequest:
        """What was entered (valid once the wizard was accepted)."""
        form = self.form()
        answers: dict[str, Any] = {}
        # Only pages on the way taken: a page seen for another questionnaire before going back keeps
        # entries that are not this questionnaire's.
        for page_id in self.visitedIds():
            if page_id in self._entry_pages:
                answers.update(self._entry_pages[page_id].entries())
        language = self.file_page.language.currentData() or "en"
        return NewReportRequest(
            path=self.file_page.chosen_path(),
            # A Party is recorded by its name in the report's language; any other name as typed.
            party=self.party_page.party.recorded_name(language),
            form_id=form.id,
            language=language,
            answers={qid: value for qid, value in answers.items() if qid in form.questions},
        )
