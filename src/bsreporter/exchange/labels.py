"""Fixed words of the exported documents (cover, headings, column headers) in the six UN languages.

Everything about the questionnaire itself (titles, questions, choices) comes from
the form; only the frame of the documents is kept here, in English under keys. Their
translations are in the one catalogue of the program's words, the Qt Linguist files
``resources/translations/*.ts`` (context ``documents``, the key as each entry's comment);
every phrase has all six languages (a test checks it), and :func:`phrase` still falls back
to English for a language code it does not know. The wording follows the register of
United Nations documents: "Party", "national focal point", "operational objective".
Counts are placed so that no phrase needs a plural form ("... : {count}").
"""

from __future__ import annotations

from typing import Any

from bsreporter.messages.catalogue import translation, translations

#: The languages every phrase is written in.
LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")
#: Languages written from right to left: their documents are laid out mirrored.
RTL_LANGUAGES = frozenset({"ar"})

#: Each phrase in English (the translations: context "documents" of resources/translations/*.ts).
_PHRASES: dict[str, str] = {
    # Cover page
    "party": "Party",
    "cycle": "Reporting cycle",
    "period": "Period covered",
    "period_range": "{start} to {end}",
    "focal_point": "National focal point",
    "document_date": "Date of this document",
    "completeness": "Completeness",
    "completeness_value": "{done} of {required} required answers given ({percent})",
    "complete": "Complete",
    "measured_elsewhere": "Not asked in this report",
    "informed_by": "Questions: {numbers}",
    "question_indicators": "Indicators: {ids}",
    "answer_if": "Answer if the answer to {number} is: {answers}",
    "answer_if_answered": "Answer if {number} is answered",
    "continued": "{number} (continued)",
    "blank_form": "Blank form, to be filled in by hand",
    "incomplete": "Incomplete",
    "incomplete_blockers": "Incomplete: {count} questions still need an answer or a correction",
    "questionnaire": "Questionnaire",
    "questionnaire_version": "Questionnaire version",
    "fingerprint": "Content fingerprint (SHA-256)",
    "history_mark": "Place in the report's history (do not change)",
    "fingerprint_note": (
        "The same fingerprint appears on every page and in the spreadsheet export of these answers; it changes when "
        "any answer changes."
    ),
    # Validated report (cover and page footer)
    "validated": "Validated",
    "validated_on_by": "Validated on {date} at {time} UTC by {author}",
    "frozen_fingerprint": "Fingerprint frozen at validation (SHA-256)",
    "validated_mismatch": "The answers have changed since the report was validated; this is not the validated report.",
    # Contents and headings
    "contents": "Contents",
    "focal_area": "Focal area {number}: {title}",
    "objective": "Operational objective {number}: {title}",
    "indicator_summary": "Indicator summary",
    "signature": "Signature of the national focal point",
    # Annex: changes since the previous report
    "changes_annex": "Annex: changes since the previous report",
    "changes_intro": "Questions whose answer differs from the answer given in the previous report ({source}).",
    "no_changes": "No answer differs from the previous report.",
    "col_previous_answer": "Previous report",
    "col_current_answer": "This report",
    # Answers
    "no_answer": "No answer given",
    "needs_review": "Carried over from the previous report; not yet reviewed.",
    "invalid": "This answer does not meet the question's rules.",
    "no_rows": "No rows",
    # Indicator summary table
    "indicator": "Indicator",
    "answers_given": "Required answers given",
    "status": "Status",
    # Signature block
    "name": "Name",
    "title": "Title",
    "place_date": "Place and date",
    "submitting_authority": "Submitting authority",
    "submission_date": "Date of submission",
    "submission_place": "Place of submission",
    "printed_on": "Printed on",
    "place": "Place",
    "date": "Date",
    "official_stamp": "Official stamp",
    "signature_line": "Signature",
    "certify": (
        "I confirm that this report gives the information available to the national focal point for the period it "
        "covers."
    ),
    # Page frame
    "page_of": "Page {page} of {pages}",
    "draft": "DRAFT - incomplete",
    # Workbook sheets and columns (sheet names stay within Excel's 31 characters)
    "sheet_about": "About",
    "sheet_report": "Report",
    "indicators": "Indicators",  # the sheet, and the column of a question's indicators
    "sheet_lists": "Lists",
    "col_number": "No.",
    "col_focal_area": "Focal area",
    "col_objective": "Operational objective",
    "col_section": "Section",
    "col_objectives": "Operational objectives informed",
    "col_question": "Question",
    "col_answer": "Answer",
    "col_allowed": "Allowed values",
    "col_question_id": "Question id",
    "col_objective_number": "Objective",
    "col_indicator_text": "Indicator text",
    "col_done": "Answers given",
    "col_required": "Answers required",
    "col_percent": "Percent",
    "general_information": "General information",
    # About sheet
    "language": "Language",
    "exported_at": "Exported at",
    "answers_as_of": "Answers as of (UTC)",
    "program_version": "Program version",
    "report_file": "Report file",
    "about_note": (
        "Fill in or correct the Answer column of the Report sheet and the rows of the table sheets, then import this "
        "workbook into the report. Do not change the grey id columns and rows."
    ),
    "see_sheet": "See sheet '{sheet}' ({rows})",
    # Allowed values column
    "allowed_text": "Text",
    "allowed_multiline": "Text (several lines allowed)",
    "allowed_integer": "Whole number",
    "allowed_decimal": "Number",
    "allowed_percent": "Percentage (number from 0 to 100)",
    "allowed_date": "Date (YYYY-MM-DD)",
    "allowed_url": "Web address starting with http:// or https://",
    "allowed_email": "E-mail address",
    "allowed_one": "One of: {labels}",
    "allowed_many": "One or more of: {labels} (separate them with '{separator}')",
    "allowed_table": "Table (see its sheet)",
    "allowed_or": "{allowed}; or: {specials}",
    # Workbook data validation: what a cell takes, said when it is selected and when a typed value is refused
    "valid_whole": "A whole number",
    "valid_decimal": "A number",
    "valid_year": "A year",
    "valid_date": "A date (YYYY-MM-DD)",
    "valid_between": "{kind} from {low} to {high}",
    "valid_at_least": "{kind} of at least {low}",
    "valid_at_most": "{kind} of at most {high}",
    "valid_not_after_today": "{kind}, not after today",
    "valid_choose": "Choose a value from the list",
    "valid_refused": "Value not accepted",
}


def is_rtl_language(language: str) -> bool:
    """True for a language written from right to left (Arabic)."""
    return language in RTL_LANGUAGES


def phrase(key: str, language: str, **values: Any) -> str:
    """The phrase ``key`` in ``language`` (English when it has none), filled with ``values``."""
    text = _PHRASES[key]
    translated = translation("documents", key, language)
    text = translated if isinstance(translated, str) else text
    return text.format(**values) if values else text


def all_translations(key: str) -> set[str]:
    """Every language's text of a phrase (a reader recognises a header in any of them)."""
    return {_PHRASES[key], *(text for text in translations("documents", key).values() if isinstance(text, str))}


def english_phrases() -> dict[str, str]:
    """Every phrase in English, by key (what the translation files must hold)."""
    return dict(_PHRASES)


def phrase_keys() -> tuple[str, ...]:
    """The keys of every phrase (for the test that each has all six languages)."""
    return tuple(_PHRASES)


def phrase_languages(key: str) -> frozenset[str]:
    """The languages a phrase is written in (English, the code's own, and those with a finished translation)."""
    english = {"en"} if _PHRASES[key] else set()
    return frozenset(english | set(translations("documents", key)))
