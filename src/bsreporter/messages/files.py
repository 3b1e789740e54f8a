"""Messages about writing files and reading spreadsheets or other reports to import, in English under keys."""

from __future__ import annotations

FILE_MESSAGES: dict[str, str] = {
    # --- bsreporter.atomic: writing a file whole or not at all ---
    "folder_missing_choose": "The folder '{folder}' does not exist; choose an existing folder.",
    "destination_not_a_file": (
        "'{name}' is not an ordinary file (it is a named pipe, a device or a socket); give the name of a file."
    ),
    "destination_is_folder": "'{path}' is a folder; give a file name.",
    "destination_read_only": "'{name}' is read-only; choose another file name or make it writable.",
    "disk_full_writing": "The disk is full while writing '{name}'; {kept}. Free some space or choose another disk.",
    "disk_read_only": "The disk holding '{name}' is read-only; {kept}. Choose another folder.",
    "file_in_use": (
        "'{name}' is open in another program (for example a spreadsheet or PDF viewer) or locked; close it and try "
        "again, or choose another file name."
    ),
    "folder_no_permission": "The folder '{folder}' cannot be written (no permission); {kept}. Choose another folder.",
    "file_write_failed": "'{name}' could not be written ({reason}); {kept}.",
    "kept_nothing_written": "nothing was written",
    "kept_existing": "the existing '{name}' was left as it was",
    "export_over_report": (
        "'{name}' is a bsreporter report; an export never replaces a report, so it is kept as it is. Choose another "
        "file name."
    ),
    "export_named_as_report": (
        "'{name}' ends in .bsr, the ending of reports; give the export a name ending in {suffix}."
    ),
    "export_over_input": (
        "'{name}' is one of the files this command reads; it is kept as it is. Choose another file name for the "
        "result."
    ),
    "export_is_report_file": "'{name}' is the report file itself; choose another file name for the export.",
    "export_paper_unknown": "Unknown paper size '{paper}'; use a4 or letter.",
    "export_nothing_asked": "Say what to write: --pdf FILE, --xlsx FILE or both.",
    "export_same_file_twice": "The PDF and the XLSX need two different file names.",
    "pdf_pages_unsettled": (
        "The PDF's page numbers did not settle; export again, and report the problem if it persists."
    ),
    "pdf_layout_failed": (
        "The PDF could not be laid out ({reason}). A very long answer may not fit on a page; shorten it and export "
        "again."
    ),
    "pdf_bidi_failed": "The right-to-left text support could not order a line; reinstall the program.",
    "font_damaged": "The font file '{path}' is missing or damaged; reinstall the program.",
    # --- bsreporter.exchange.aggregate and analysis_db: the Secretariat's analysis across Parties ---
    "analysis_db_over_other_file": (
        "'{name}' already exists and is not an analysis database written by bsreporter aggregate; it is kept as it is. "
        "Choose another file name, or move that file away first."
    ),
    "analysis_db_write_failed": "The analysis database '{name}' could not be made ({reason}); nothing was written.",
    "aggregate_no_output": "Say where to write the analysis: -o SUMMARY.xlsx, --db ANALYSIS.db, or both.",
    "aggregate_same_destination": "-o and --db both name '{name}'; give the workbook and the database a name each.",
    "aggregate_no_files": "Give at least one report file to analyse.",
    "aggregate_nothing_readable": "None of the files could be read: {reasons}",
    "aggregate_workbook_problems": "{count} answers cannot be read, first: {first}",
    "aggregate_same_party_copies": (
        "{party} is given in more than one file holding the same answers ('{kept}', {others}): counted once."
    ),
    "aggregate_same_party_differs": (
        "{party} is given in more than one file and their answers differ: counted once, from '{kept}', whose answers "
        "were changed last ({when}); set aside: {others}."
    ),
    # the summary workbook of ``bsreporter aggregate --output``: sheets, column headers and cells
    "aggregate_sheet_reports": "Reports",
    "aggregate_col_text": "Text",
    "aggregate_col_kind": "Kind",
    "aggregate_col_value": "Value",
    "aggregate_col_counted": "Parties counted",
    "aggregate_col_answered": "Parties answered",
    "aggregate_col_not_answered": "Did not answer",
    "aggregate_col_behind": "Parties behind the figure",
    "aggregate_col_party_or_file": "Party or file",
    "aggregate_col_read": "Read",
    "aggregate_row_read": "yes",
    "aggregate_row_unreadable": "no: {reason}",
    "aggregate_kind_count": "count",
    "aggregate_kind_percentage": "percentage",
    "aggregate_kind_sum": "sum",
    "file_reason": "{name}: {reason}",
    "aggregate_set_aside_row": "no: the same Party as '{kept}', counted once",
    "export_over_other_pdf": (
        "'{name}' already exists and is not a PDF; an export replaces only an earlier PDF, so it is kept as it is. To "
        "export, choose another file name ending in .pdf."
    ),
    "export_over_other_xlsx": (
        "'{name}' already exists and is not an XLSX workbook; an export replaces only an earlier workbook, so it is "
        "kept as it is. To export, choose another file name ending in .xlsx."
    ),
    "background_process_ended": (
        "The work stopped before it finished: the process doing it in the background ended unexpectedly. No file was "
        "written and the report is as it was; try again."
    ),
    # --- bsreporter.exchange.sources: files to import answers from ---
    "source_missing": "'{path}' does not exist.",
    "xlsx_password": (
        "'{name}' is protected by a password. Open it in Excel or LibreOffice, remove the password (File > Info > "
        "Protect Workbook, or File > Properties > Security) and save it again as .xlsx."
    ),
    "xls_old": (
        "'{name}' is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel "
        "Workbook (.xlsx), then import that file."
    ),
    "not_spreadsheet": (
        "'{name}' is not a spreadsheet this program can read; save it as an Excel Workbook (.xlsx) and try again."
    ),
    "ods_spreadsheet": (
        "'{name}' is an OpenDocument spreadsheet (.ods). In LibreOffice choose File > Save As > Excel 2007-365 "
        "(.xlsx), then import that file."
    ),
    "zip_bomb": (
        "'{name}' would unpack to {size} bytes, far more than any report; it was not opened. Check that this is the "
        "right file."
    ),
    "not_workbook": "'{name}' is not an Excel workbook; save it as .xlsx and try again.",
    "damaged_part": "'{name}' is damaged (part '{part}' cannot be read); ask for a new copy.",
    "damaged_incomplete": "'{name}' is damaged or incomplete (perhaps cut short while copying); ask for a new copy.",
    "too_many_rows": (
        "Sheet '{sheet}' of '{name}' has {size}; a report has a few hundred. Remove the extra rows or choose the right "
        "file."
    ),
    "too_many_cells": (
        "Sheet '{sheet}' of '{name}' has or spans more than {limit} cells, the most this program reads; a report's "
        "workbook has a few thousand. It was not opened. Delete the rows and columns that are not answers (or copy the "
        "answers alone into a new workbook) and import that."
    ),
    "sheets_too_big": (
        "The sheets of '{name}' unpack to {size} bytes, more than the {limit} this program reads; a report's workbook "
        "needs well under one megabyte. It was not opened. Copy the answers alone into a new workbook and import that."
    ),
    "rows_count": "{count} rows",
    "rows_more_than": "more than {count} rows",
    "xml_entities": (
        "'{name}' contains XML constructs that spreadsheets never need (entity definitions); it was not read."
    ),
    "spreadsheet_unreadable": "'{name}' cannot be read as a spreadsheet ({kind}); save it again as .xlsx and retry.",
    "import_from_itself": "That is the report itself; choose the other report.",
    "import_report_unreadable": "The report to import from cannot be read: {reason}",
    "mapping_unusable": "The mapping cannot be used: {reason}",
    "no_mapping": (
        "'{name}' answers questionnaire '{found}', and there is no mapping from it to '{expected}'. Ask for the "
        "mapping file and give it with --mapping."
    ),
    "questionnaire_not_installed": (
        "'{name}' answers questionnaire '{found}', which is not installed, so it cannot be read."
    ),
    # --- bsreporter.exchange.merge: a colleague's copy of the report ---
    "merge_from_itself": "That is the report itself; choose your colleague's copy.",
    "merge_unreadable": "The contribution cannot be read: {reason}",
    "merge_not_a_copy": (
        "'{name}' is not a copy of this report (they share no history); use Import to take answers from another "
        "report."
    ),
    "import_rows_not_applicable": "These rows cannot be applied: {rows}; nothing was imported.",
    "import_report_changed": "The report changed since the preview ({reason}); nothing was imported. Preview again.",
    # --- bsreporter.exchange.xlsx_read: a workbook made by the XLSX export ---
    "workbook_problems": "'{name}' has {count} answers that cannot be read: {problems}. Correct them and try again.",
    "workbook_problems_more": "and {more} more",
    "workbook_cell_problem": "sheet '{sheet}', cell {cell}: {problem}",
    "workbook_not_exported": (
        "'{name}' was not exported by this program: its About sheet with the questionnaire id is missing."
    ),
    "workbook_unreadable": "'{name}' is not a spreadsheet this program can read (save it as .xlsx); {reason}",
    # --- bsreporter.exchange.importing / sources: why a row of a preview cannot be imported ---
    "row_unknown_question": "unknown question '{reference}'",
    "row_twice": "the question is also given at {other}; neither row is imported: keep one of them and import again",
    "row_twice_hidden": (
        "the question is also given at {other}; neither row is imported. The sheet '{hidden}' is hidden: unhide it "
        "(right-click a sheet tab, Unhide), delete it or one of the two rows, and import again"
    ),
    "row_id_removed": (
        "the grey question id of this row was removed (or the row was added), so it is not known which question this "
        "answers; put the id back or type the answer in the report"
    ),
    "table_ids_removed": (
        "the grey column ids of the table sheet (row 3) were removed or changed, so this row cannot be matched to the "
        "columns of table {number}; put the ids back (copy them from a new export) or type the row in the report"
    ),
    "cell_outside_answers": (
        "this cell is not in the Answer column nor in a column of a table, so it is not imported; move the answer into "
        "the Answer column (or type it in the report)"
    ),
    "sheet_not_recognised": (
        "the sheet '{sheet}' is not one the export made (or its headings or grey ids were changed), so its {count} "
        "filled cells are not imported; copy the answers into the Report sheet or type them in the report"
    ),
    "row_kept": "kept: already answered this cycle; tick the row to replace it with the previous cycle's answer",
    "row_cleared": "cleared: the cell is now empty; the answer is kept unless you tick the row to clear it",
    "row_party_kept": "the Party stays {ours}: it is never taken from another Party's file",
    "row_kind_kept": "Kept",
    "row_kind_cleared": "Cleared",
    "row_suggestion_not_carried": (
        "{where}: {readings}, but an answer is carried over from another questionnaire only when it is written as one "
        "of its options; correct the cell and import again"
    ),
    "row_kind_suggested": "Suggested",
    "rows_suggested_count": "{n} suggested (applied only if ticked)",
    "rows_kept_count": "{n} kept (already answered this cycle)",
    "rows_cleared_count": "{n} emptied in the file (kept unless ticked)",
    "other_party": (
        "'{name}' is the report of {theirs}, but this report is {ours}'s; nothing was imported. Take its answers only "
        "if you mean to (the Party stays {ours})."
    ),
    "other_party_question": (
        "'{name}' is the report of {theirs}, but this report is {ours}'s. Take answers from {theirs}'s file into "
        "{ours}'s report? The Party stays {ours}, and you choose each row in the preview."
    ),
    "other_party_take": "Take Its Answers",
    "other_party_cancel": "Cancel",
    "row_not_relevant": "not relevant: an earlier answer makes this question not asked",
    "row_not_relevant_after": (
        "not asked yet: it follows question {number}, whose answer in this file is not taken; import it again once "
        "question {number} is answered"
    ),
    "row_not_carried_over": (
        "question {reference} of the {form} is not carried over (it has no counterpart in this questionnaire)"
    ),
    "row_value_not_carried": (
        "the answer “{answer}” to question {reference} of the {form} has no counterpart among this question's options, "
        "and the mapping does not say what it becomes; choose this answer yourself"
    ),
    "row_other_format": (
        "this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit "
        "this report's; nothing is imported as if its numbers were this report's. Import it through the mapping: on "
        "the command line --mapping {mapping}; in the window, choose the format the sheet is numbered in"
    ),
    "row_other_format_no_mapping": (
        "this sheet looks numbered in another format, {other}: {fit} of its {rows} rows fit that format, {ours} fit "
        "this report's; nothing is imported as if its numbers were this report's, and there is no mapping from that "
        "format to this report's, so its answers cannot be carried"
    ),
    "sheet_mapping_not_installed": (
        "The mapping '{name}' reads answers of questionnaire '{found}', which is not installed, so the sheet's "
        "question numbers cannot be read in it; nothing was imported."
    ),
    "sheet_mapping_other_target": (
        "The mapping '{name}' carries answers into questionnaire '{target}', not into this report's questionnaire "
        "'{form}'; give a mapping from forms/{form}/mappings/. Nothing was imported."
    ),
    "sheet_missing": "'{name}' has no sheet '{sheet}'; its sheets are {sheets}.",
    "sheet_column_missing": (
        "Sheet '{sheet}' has no column '{column}' in row {row}; give a column letter (e.g. B) or the exact heading."
    ),
    "row_formula": (
        "the cell holds a formula ({formula}) without a saved result; open the file in Excel or LibreOffice, save it, "
        "and import again (or type the value)"
    ),
    "row_not_a_question": "'{id}' is not a question of this questionnaire; do not change the grey ids.",
    "sheet_two_tables": "the grey ids of this sheet name two tables.",
    "table_column_unknown": "table {number} has no column '{column}'; do not change the grey ids.",
    "row_table_in_cell": "tables cannot be read from a single cell; fill them in the exported workbook's table sheet",
}
