"""Messages about report files (opening, locking, storing, backups, validation), in English under keys."""

from __future__ import annotations

REPORT_MESSAGES: dict[str, str] = {
    # --- bsreporter.report.lock: one writer per report ---
    "lock_folder_not_writable": (
        "Cannot open '{name}' for editing: its folder is not writable ({reason}). Copy the report to a folder of "
        "yours, or open it read-only."
    ),
    "lock_held": "'{name}' is already open for editing by {holder}. Close it there first, or open it read-only.",
    "lock_holder": "{user} on computer {host} (since {since})",
    "lock_holder_unknown": "another bsreporter window",
    "lock_holder_partial": "{user} (since {since}; the computer was not recorded)",
    "read_only_medium": (
        "'{name}' is on a read-only disk or in a folder that cannot be written, so it can only be opened read-only. To "
        "edit it, copy it to a folder of yours."
    ),
    "read_only_medium_opened": (
        "'{name}' is on a read-only disk or in a folder that cannot be written; it was opened read-only. The file is "
        "sound. To edit it, copy it to a folder of yours."
    ),
    "hard_linked": (
        "'{name}' also exists under another name (a hard link), so it can only be opened read-only: a file with two "
        "names cannot be edited safely. To edit it, make a copy of it and edit the copy."
    ),
    "hard_linked_opened": (
        "'{name}' also exists under another name (a hard link); it was opened read-only. The file is sound. To edit "
        "it, make a copy of it and edit the copy."
    ),
    "odd_companion": (
        "'{name}' cannot be opened: beside it, '{odd}' is {kind}, not an ordinary file. bsreporter keeps its own "
        "working files under that name. Remove or rename '{odd}' and try again."
    ),
    "file_kind_folder": "a folder",
    "file_kind_link": "a link",
    "file_kind_pipe": "a named pipe",
    "file_kind_socket": "a socket",
    "file_kind_device": "a device",
    "report_name_too_long": (
        "The name of '{name}' is too long for this disk (bsreporter keeps its working files beside a report under "
        "slightly longer names). Choose a shorter name, or rename the file."
    ),
    "file_name_too_long": "The name '{name}' is too long for this disk. Choose a shorter name.",
    # --- bsreporter.report.schema: is this a sound report file? ---
    "no_file": "There is no file '{path}'.",
    "is_folder_not_report": "'{path}' is a folder, not a report file.",
    "not_a_regular_file": "'{path}' is {kind}, not a file; it is not a report file.",
    "cannot_read": "'{name}' cannot be read ({reason}).",
    "report_empty": "'{name}' is empty; it is not a bsreporter report.",
    "not_a_report": "'{name}' is not a bsreporter report (it is some other kind of file).",
    "damaged_cut_short": "'{name}' is damaged (cut short); open a backup copy instead.",
    "damaged_header": "'{name}' is damaged (its header is unreadable); open a backup copy instead.",
    "damaged_size": "'{name}' is damaged (cut short: {size} of {expected} bytes); open a backup copy instead.",
    "database_not_report": "'{name}' is a database but not a bsreporter report.",
    "cannot_open_reason": "'{name}' cannot be opened ({reason}).",
    "newer_version": (
        "'{name}' was saved by a newer version of bsreporter (file format {version}, this program reads up to "
        "{supported}). Install the latest bsreporter to open it."
    ),
    "not_complete_report": "'{name}' is not a complete bsreporter report (no file format version).",
    "damaged_problem": "'{name}' is damaged ({problem}); open a backup copy instead. The file was not changed.",
    "damaged_tables": "'{name}' is damaged (tables are missing); open a backup copy instead.",
    "report_foreign_content": (
        "'{name}' was refused: it holds database content that bsreporter never makes ({what}), which could change "
        "answers without anyone knowing. The file was not changed. Ask the sender for the report again, or open one of "
        "its backup copies."
    ),
    "disk_full_open": (
        "'{name}' cannot be opened because its disk is full. The file is sound; free some space and open it again."
    ),
    "foreign_log_set_aside": (
        "Beside '{name}' lay unsaved changes from a session that ended abruptly, but they were made to another file "
        "than the one there now (it was replaced). They were not applied; they were kept aside as '{log}'. The answers "
        "shown are those of the file itself."
    ),
    "foreign_log_cannot_move": (
        "'{name}' was not opened: beside it lie unsaved changes made to another file, and they could not be moved "
        "aside ({reason}). Nothing was changed."
    ),
    # --- bsreporter.report.store: creating, opening and changing a report ---
    "party_missing": "Give the name of the reporting Party.",
    "language_not_in_form": "'{language}' is not a language of this questionnaire; use one of {languages}.",
    "report_exists": "'{path}' already exists; choose another file name (an existing report is never overwritten).",
    "folder_does_not_exist": "The folder '{folder}' does not exist.",
    "cannot_create_report": "Cannot create '{name}': {reason}. Check the disk has space and the folder is writable.",
    "reason_not_writable": "its disk or folder cannot be written",
    "reason_busy": "another program is writing it; try again in a moment",
    "reason_disk_full": "the disk is full",
    "disk_full_create": (
        "The disk is full: '{name}' could not be created, and nothing was left behind. Free some space and try again."
    ),
    "questionnaire_missing": "'{name}' answers a questionnaire this program does not have: {reason}",
    "other_questionnaire": "'{name}' answers questionnaire '{found}', not '{expected}'.",
    "report_cannot_be_opened": "'{name}' cannot be opened: {reason}.",
    "special_not_accepted": "Question {number} does not accept '{special}' (allowed: {allowed}).",
    # the special answers named inside a message (the same words as the window and the exports use)
    "special_not_applicable": "Not applicable",
    "special_not_available": "Information not available",
    "special_no_longer_allowed": "'{special}' is no longer allowed for this question",
    "none_allowed": "none",
    "unstorable_argument": (
        "The {what} contains characters that cannot be stored (broken text, for example from a wrongly encoded "
        "terminal or file); retype it. Nothing was changed."
    ),
    "constraint_failed": "Question {number}: {message}",
    "answer_not_allowed": "the answer is not allowed here",
    "nothing_to_confirm": "Question {number} has no carried-over answer to confirm.",
    "no_such_question": "This questionnaire has no question '{question}'.",
    "restore_other_questionnaire": "'{name}' answers another questionnaire ({form}); nothing was restored.",
    "report_read_only": "'{name}' is open read-only; nothing was changed.",
    "report_validated_locked": "'{name}' is validated and locked; choose \"Reopen for editing\" to change it.",
    "report_validated_locked_cli": (
        "'{name}' is validated and locked; to change it, reopen it in the desktop application (File > Reopen for "
        "Editing…) and give the reason."
    ),
    "detail_date_invalid": "'{value}' is not a date of submission; write it as YYYY-MM-DD (for example 2026-03-31).",
    "set_empty_value": (
        "The value given for '{question}' is empty (no text, or only empty rows), so the answer was kept; to remove "
        "the answer, use --clear."
    ),
    "disk_full_report": (
        "The disk holding '{name}' is full; the last change was not stored. Free some space and try again."
    ),
    "report_not_writable": "'{name}' cannot be written (read-only disk or file); the last change was not stored.",
    "report_busy": "'{name}' is busy in another program; the last change was not stored. Try again.",
    "report_damaged_writing": (
        "'{name}' turned out to be damaged while the last change was stored; that change was not stored. Close it and "
        "open one of its backup copies."
    ),
    "report_write_failed": "'{name}' could not be written ({reason}); the last change was not stored.",
    # --- bsreporter.report.backup ---
    "backup_failed": (
        "A backup copy of '{name}' could not be made ({reason}); your report itself is unchanged. Free some disk "
        "space."
    ),
    "backup_copy_failed": "The backup could not be copied next to '{name}' ({reason}).",
    "backup_folder_not_writable": (
        "No backup copy of '{name}' was made: the backup folder {folder} cannot be written. Your report itself is "
        "unchanged and can be edited."
    ),
    # --- a copy of the open report (File > Save a Copy), the demo report, the file format ---
    "copy_over_itself": "A copy cannot replace the report it is copied from; choose another file name.",
    "copy_write_failed": (
        "The copy '{name}' could not be written ({reason}). Check the disk has space and the folder is writable."
    ),
    "demo_missing": "The demo report is missing from this installation ({path}).",
    "no_migration": "No way to update a report from file format {version}; this is a bug, please report it.",
    "meta_unknown": "Cannot change {names} of a report.",
    "details_unknown": "Cannot keep {names} as a detail of a report.",
    "form_not_installed": "No questionnaire with id '{form_id}' is installed; installed: {installed}.",
    "form_none_installed": (
        "No questionnaire with id '{form_id}' is installed; no questionnaire is installed at all. Reinstall the "
        "program."
    ),
    "form_installed_broken": (
        "The questionnaire '{form_id}' installed with this program has mistakes, so its reports cannot be opened; "
        "reinstall the program. For the questionnaire's authors: {details}"
    ),
    # --- bsreporter.cli: arguments of a command ---
    "cli_sheet_columns_both": "A hand-made sheet needs both --question-column and --answer-column.",
    "cli_sheet_not_found": (
        "No sheet of '{name}' names this questionnaire's question numbers in a column; point them out with --sheet, "
        "--question-column and --answer-column."
    ),
    "cli_theirs_not_in_conflict": "--theirs names questions that are not in conflict: {questions}.",
    "cli_other_party": "{reason} To take them anyway, give --other-party.",
    "cli_set_nothing": "Give a value, --special or --clear.",
    "cli_no_forms_found": "No form definitions (form.yaml) found in '{folder}'.",
    "cli_convert_differs": "{folder}: the converted form differs from the original; put back the files from git.",
    # the history of an answer: what the program records as where a change came from (History dialog)
    "history_undo": "undo",
    "history_redo": "redo",
    "history_undo_restore": "undo: restore",
    "history_undo_of": "undo of {name}",
    "history_backup_of": "backup of {when}",
    "history_redo_backup_of": "redo: backup of {when}",
    "history_value_of": "value of {when}",
    # --- bsreporter.report.validation ---
    "already_validated": "The report is already validated.",
    "cannot_validate_yet": (
        "The report cannot be validated yet: {count} questions still need an answer or a correction (see the "
        "completeness check)."
    ),
    "not_validated": "The report is not validated; it is already open for editing.",
    "reopen_reason_missing": "Say why the report is reopened; the reason is kept with the report.",
}
