"""The ``bsreporter`` command: the headless face of the same core the GUI uses.

Every error is one line on stderr and exit status 2; ``check`` exits 0 when the
report is complete and 1 when it is not. Output cut short by its reader (``| head``)
ends the command quietly with status 141, as a Unix tool ended by SIGPIPE. The JSON printed by ``forms show``,
``get`` and ``check --json`` is a stable contract (docs/cli.md).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bsreporter import __version__
from bsreporter.errors import BsreporterError, ReportError
from bsreporter.form.installed import installed_questionnaire
from bsreporter.form.model import FormKind, Note, Section, SpecialAnswer
from bsreporter.form.values import value_to_plain
from bsreporter.messages import Phrase
from bsreporter.report.completeness import Completeness, check_completeness, describe_blocker
from bsreporter.report.store import REPORT_SUFFIX, Report

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

EXIT_COMPLETE, EXIT_INCOMPLETE, EXIT_ERROR = 0, 1, 2
#: What a shell reports for a command ended by SIGPIPE (128 + 13): its reader stopped reading.
EXIT_BROKEN_PIPE = 141
#: Command-line texts stored in the report as they are (answers are checked by the value checks).
#: Every command's name: the first word of a command line that is one of them needs no other command's parser.
_COMMANDS = frozenset({"new", "set", "get", "check", "forms", "import", "merge", "aggregate", "gui", "demo", "export"})
_STORED_ARGUMENTS = {"party": "Party", "author": "author", "authority": "submitting authority",
                     "place": "place of submission"}


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake on one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")

    def _get_formatter(self) -> argparse.HelpFormatter:
        # The width argparse would take, without the shutil (and bz2 and lzma) it loads to find it:
        # argparse makes a formatter for every argument added, so every command would load them.
        return self.formatter_class(prog=self.prog, width=_terminal_columns() - 2)  # type: ignore[call-arg]


def _terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size().columns`` gives it: $COLUMNS, the terminal's, or 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):  # no stdout, or not a terminal
            columns = 0
        columns = columns or 80
    return columns


class _Skipped:
    """Stands for the parser of a command that is not being run: whatever is added to it is dropped."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self


class _Commands:
    """The sub-commands, of which only those asked for get a parser of their own.

    Making each command's parser costs argparse a look-up of its messages' translations; a run of
    one command needs that command's parser alone (``--help`` and mistakes in the command's name
    ask for them all).
    """

    def __init__(self, commands: Any, wanted: str | None) -> None:
        self._commands, self._wanted = commands, wanted

    def add_parser(self, name: str, **options: Any) -> Any:
        if self._wanted is not None and name != self._wanted:
            return _Skipped()
        return self._commands.add_parser(name, **options)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command-line grammar; with ``command``, only that command's part of it (all a run of it needs)."""
    parser = _Parser(prog="bsreporter", description="Prepare a national report on the Cartagena Protocol on Biosafety.")
    parser.add_argument("--version", action="version", version=f"bsreporter {__version__}")
    commands = _Commands(parser.add_subparsers(dest="command", parser_class=_Parser), command)

    new = commands.add_parser("new", help="create a new, empty report file")
    new.add_argument("file", type=Path)
    new.add_argument("--party", required=True, help="the reporting Party (country)")
    new.add_argument("--language", default="en", help="language of the report (en, zh, fr, es, ru, ar)")
    new.add_argument("--form", help="questionnaire id (see 'bsreporter forms'); default: the first listed there, "
                                    "the Secretariat's newest national report format")

    setp = commands.add_parser("set", help="store one answer")
    setp.add_argument("file", type=Path)
    setp.add_argument("question_id")
    setp.add_argument("value", nargs="?", help="the answer; tables and multiple choices as JSON lists")
    group = setp.add_mutually_exclusive_group()
    group.add_argument("--special", choices=[s.value for s in SpecialAnswer], help="an explicit special answer")
    group.add_argument("--clear", action="store_true", help="remove the answer")
    setp.add_argument("--author", help="name recorded in the history")

    get = commands.add_parser("get", help="print one answer as JSON")
    get.add_argument("file", type=Path)
    get.add_argument("question_id")

    check = commands.add_parser("check", help="completeness: exit 0 complete, 1 incomplete")
    check.add_argument("file", type=Path)
    check.add_argument("--json", action="store_true", help="machine-readable output")

    forms = commands.add_parser("forms", help="list, show or validate questionnaires")
    forms.add_argument("--json", action="store_true", help="machine-readable output")
    forms.add_argument("--validate", type=Path, metavar="DIR", help="check the form definitions in DIR")
    forms_sub = forms.add_subparsers(dest="forms_command", parser_class=_Parser)
    show = forms_sub.add_parser("show", help="the whole questionnaire")
    show.add_argument("form_id")
    show.add_argument("--json", action="store_true", dest="show_json", help="machine-readable output (the default)")
    convert = forms_sub.add_parser("convert", help="keep a form's translations in translations/<lang>.yaml (split), "
                                   "or put them back beside each text (inline); the form built stays the same")
    convert.add_argument("folder", type=Path, help="the form's folder (holding form.yaml)")
    convert.add_argument("--to", choices=("split", "inline"), required=True, dest="layout")

    importp = commands.add_parser("import", help="preview and import answers from a workbook")
    importp.add_argument("file", type=Path)
    importp.add_argument("source", type=Path, help="a workbook exported by bsreporter (any cycle) or a hand-made sheet")
    importp.add_argument("--dry-run", action="store_true", help="only print the preview")
    importp.add_argument("--previous-cycle", action="store_true",
                         help="the answers come from the previous report: flag them 'carried over - review'")
    importp.add_argument("--mapping", type=Path,
                         help="a mapping from an earlier questionnaire: the workbook's, or the one a hand-made sheet "
                              "is numbered in (its answers are then carried over, as with --previous-cycle)")
    importp.add_argument("--sheet", help="hand-made sheet: the sheet holding the answers")
    importp.add_argument("--question-column", help="hand-made sheet: column letter or heading of question numbers")
    importp.add_argument("--answer-column", help="hand-made sheet: column letter or heading of the answers")
    importp.add_argument("--header-row", type=int, default=1, help="hand-made sheet: the row of the headings")
    importp.add_argument("--only", help="comma-separated question ids: import just these rows")
    importp.add_argument("--overwrite", action="store_true",
                         help="previous cycle: also replace answers this cycle already has (kept by default)")
    importp.add_argument("--take-cleared", action="store_true",
                         help="also clear answers whose cell was emptied in the workbook (kept by default)")
    importp.add_argument("--other-party", action="store_true",
                         help="take answers from another Party's file (the Party answer is never taken)")
    importp.add_argument("--accept-suggestions", action="store_true",
                         help="also take the answers recognised only loosely (a typo, a number for a range), "
                              "listed as 'suggested' in the preview")


    merge = commands.add_parser("merge", help="bring in a colleague's contribution (a copy of the report, or a workbook)")
    merge.add_argument("file", type=Path)
    merge.add_argument("contribution", type=Path)
    merge.add_argument("--dry-run", action="store_true", help="only print the preview")
    merge.add_argument("--theirs", action="append", default=[], metavar="QUESTION_ID",
                       help="in a conflict, take the colleague's answer for this question (repeatable)")
    merge.add_argument("--take-cleared", action="store_true",
                       help="also clear the answers the colleague emptied (kept by default)")
    merge.add_argument("--other-party", action="store_true",
                       help="merge a copy that names another Party (the Party answer is never taken)")


    aggregate = commands.add_parser(
        "aggregate", help="compute the Strategic Plan indicators across many reports",
        description="Compute the Strategic Plan indicators across many national reports. A Party given in more "
                    "than one file (copies of its report, or a report and a workbook exported from it) is counted "
                    "once, with a warning naming the files: the same Party is the same Party name (letter case and "
                    "spacing aside) answering the same questionnaire. When those files hold the same answers the "
                    "first given is counted; when their answers differ, the one whose answers were changed last.")
    aggregate.add_argument("reports", type=Path, nargs="+", help="report files (.bsr) or exported workbooks (.xlsx)")
    aggregate.add_argument("-o", "--output", type=Path, metavar="SUMMARY.xlsx",
                           help="write the indicator figures as a workbook")
    aggregate.add_argument("--db", type=Path, metavar="ANALYSIS.db",
                           help="write every Party's answers, the questions and the indicator figures into one SQLite "
                                "database for SQL or Datasette (docs/analysis-database.md); it replaces only a "
                                "database written by this command")
    aggregate.add_argument("--language", default="en", help="language of the indicator texts in the workbook")

    gui = commands.add_parser("gui", help="open the desktop application (on FILE if given)")
    gui.add_argument("file", type=Path, nargs="?")

    demo = commands.add_parser("demo", help="open a copy of the bundled demo report")
    demo.add_argument("--print", action="store_true", dest="print_only", help="print its completeness instead")

    export = commands.add_parser("export", help="write the report as a print-ready PDF and/or a fillable XLSX")
    export.add_argument("file", type=Path)
    export.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the PDF here")
    export.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write the XLSX workbook here")
    export.add_argument("--language", help="language of the export (default: the report's language)")
    export.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size of the PDF")
    export.add_argument("--changes-annex", action="store_true",
                        help="add to the PDF an annex of the answers that differ from the previous report")
    export.add_argument("--blank", action="store_true",
                        help="print the whole questionnaire without answers in the PDF, to fill in by hand")
    export.add_argument("--authority", help="submitting authority printed on the cover and by the signature "
                                            "(kept in the report for the next export)")
    export.add_argument("--place", help="place of submission (kept in the report)")
    export.add_argument("--date", metavar="YYYY-MM-DD", help="date of submission (kept in the report; \"\" clears it)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``bsreporter`` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].lower().endswith(REPORT_SUFFIX) and not argv[0].startswith("-"):
        argv.insert(0, "gui")  # `bsreporter FILE.bsr` opens the report, like double-clicking it
    try:
        args = build_parser(argv[0] if argv and argv[0] in _COMMANDS else None).parse_args(argv)
        _refuse_unstorable_arguments(args)
        code = _dispatch(args)
        sys.stdout.flush()  # a reader that went away shows here, not as an error at exit
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except UnicodeEncodeError as exc:  # a lone surrogate reached SQLite's encoder: nothing was written
        if "surrogate" not in str(exc):
            return _unexpected(exc)
        print(f"bsreporter: error: {ReportError.of('unstorable_argument', what='input')}", file=sys.stderr)
        return EXIT_ERROR
    except BsreporterError as exc:
        exc = _for_command_line(exc)
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"bsreporter: error: {first_line}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("bsreporter: interrupted; every answer stored so far is kept.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        return _unexpected(exc)


def _for_command_line(exc: BsreporterError) -> BsreporterError:
    """The command line's own wording of an error whose usual wording names a command of the window."""
    if exc.key == "report_validated_locked":
        return ReportError.of("report_validated_locked_cli", **exc.params)
    return exc


def _unexpected(exc: Exception) -> int:
    from bsreporter.logs import log_exception

    log_file = log_exception(exc)
    print(f"bsreporter: error: unexpected problem ({type(exc).__name__}); details were written to {log_file}",
          file=sys.stderr)
    return EXIT_ERROR


def _silence_stdout() -> None:
    """Point stdout at the null device: Python flushes it at exit, which would fail again on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a real file (an embedding program, a test)
        pass


def _refuse_unstorable_arguments(args: argparse.Namespace) -> None:
    """Refuse texts that would be stored but cannot be (lone surrogates from undecodable bytes)."""
    for name, what in _STORED_ARGUMENTS.items():
        text = getattr(args, name, None)
        if isinstance(text, str):
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise ReportError.of("unstorable_argument", what=what) from None


def _open_report(path: Path, **options: Any) -> Report:
    """Open a report; say on stderr when changes left beside it for another file were set aside."""
    report = Report.open(path, **options)
    # What the command has loaded by now (modules, the questionnaire's thousands of objects) stays until it
    # ends: the cycle collector need not walk it again, nor in the pass Python makes at exit.
    gc.freeze()
    if report.set_aside_log is not None:
        note = Phrase("foreign_log_set_aside", {"name": report.path.name, "log": report.set_aside_log.name})
        print(f"bsreporter: warning: {note}", file=sys.stderr)
    return report


def _dispatch(args: argparse.Namespace) -> int:
    match args.command:
        case "new":
            from bsreporter.form.installed import new_report_form_id

            form = installed_questionnaire(args.form or new_report_form_id())
            with Report.create(args.file, party=args.party, language=args.language, form=form):
                print(f"Created {args.file} for {args.party} ({form.id} {form.version}).")
            return 0
        case "set":
            return _set(args)
        case "get":
            with _open_report(args.file, read_only=True) as report:
                _print_json(answer_json(report, args.question_id))
            return 0
        case "check":
            with _open_report(args.file, read_only=True) as report:
                result = check_completeness(report.form, report.answers())
                if args.json:
                    _print_json(completeness_json(report, result))
                else:
                    _print_completeness(report, result)
            return EXIT_COMPLETE if result.is_complete else EXIT_INCOMPLETE
        case "forms":
            return _forms(args)
        case "aggregate":
            return _aggregate(args)
        case "import":
            return _import(args)
        case "merge":
            return _merge(args)
        case "demo":
            return _demo(print_only=args.print_only)
        case "export":
            from bsreporter.exchange.command import export_report_file

            details = {key: value for key, value in (("submitting_authority", args.authority),
                                                     ("submission_place", args.place),
                                                     ("submission_date", args.date)) if value is not None}
            # What an export builds (fonts, pages, their layout) lives until the documents are written, and
            # almost none of it is garbage in cycles: the cycle collector's passes over it are wasted work
            # (7-15% of an export; the peak memory is the same without them). Left frozen after, for the
            # pass Python makes at exit.
            gc.disable()
            try:
                for line in export_report_file(args.file, pdf=args.pdf, xlsx=args.xlsx, language=args.language,
                                               paper=args.paper, changes_annex=args.changes_annex, blank=args.blank,
                                               details=details):
                    print(line)
            finally:
                gc.freeze()
                gc.enable()
            return 0
        case _:  # "gui", or no command at all: the desktop application
            from bsreporter.gui.app import run_gui

            return run_gui(getattr(args, "file", None))


def _demo(*, print_only: bool) -> int:
    """Open the user's copy of the demo report in the desktop application (or print its completeness)."""
    from bsreporter.demo import user_demo_copy

    copy = user_demo_copy()
    if print_only:
        return main(["check", str(copy)])
    try:
        from bsreporter.gui.app import run_gui
    except ImportError:  # an installation without the desktop part: show the state of the demo instead
        return main(["check", str(copy)])
    return run_gui(copy)


def _import(args: argparse.Namespace) -> int:
    from bsreporter.exchange.importing import apply_import
    from bsreporter.exchange.sources import ForeignLayout, plan_import_file

    layout = None
    if args.sheet or args.question_column or args.answer_column:
        if not (args.question_column and args.answer_column):
            raise BsreporterError.of("cli_sheet_columns_both")
        layout = ForeignLayout(args.sheet, args.question_column, args.answer_column, args.header_row)
    with _open_report(args.file, read_only=args.dry_run) as report:
        if layout is None and args.source.suffix.lower() != ".bsr":
            layout = _detected_layout(report, args.source)
        with _other_party_hint():
            plan = plan_import_file(report, args.source, previous_cycle=args.previous_cycle, mapping=args.mapping,
                                    layout=layout, other_party=args.other_party)
        _print_plan(report, plan)
        if args.dry_run:
            return 0
        selected = ([q.strip() for q in args.only.split(",")] if args.only
                    else _with_chosen_kinds(plan, overwrite=args.overwrite, take_cleared=args.take_cleared)
                    | (plan.suggested if args.accept_suggestions else frozenset()))
        outcome = apply_import(report, plan, selected)
        print(f"Imported {outcome.changed} answers from {args.source.name}. A copy of the report as it was is at "
              f"{outcome.backup.path}.")
        left = len(plan.suggested - set(selected))
        if left:
            print(f"{left} suggested answers were not taken; check them above and give --accept-suggestions to "
                  "take them.")
    return 0


def _detected_layout(report: Report, source: Path) -> Any:
    """For a hand-made sheet, where its question numbers and answers are (said, so it can be corrected);
    None for a workbook this program exported, which says so itself."""
    from bsreporter.exchange.source_description import SourceKind, describe_source, guess_sheet_layout

    described = describe_source(report, source)
    if described.kind is not SourceKind.SHEET:
        return None
    layout = guess_sheet_layout(report.form, described.sheets)
    if layout is None:
        raise BsreporterError.of("cli_sheet_not_found", name=source.name)
    print(f"Reading sheet '{layout.sheet}': question numbers in column {layout.question_column}, answers in column "
          f"{layout.answer_column}, headings in row {layout.header_row} (choose others with --sheet, "
          "--question-column, --answer-column and --header-row).")
    return layout


def _merge(args: argparse.Namespace) -> int:
    from bsreporter.exchange.importing import RowKind, apply_import
    from bsreporter.exchange.merge import plan_merge_report
    from bsreporter.exchange.sources import plan_import_file
    from bsreporter.report.store import Source

    with _open_report(args.file, read_only=args.dry_run) as report, _other_party_hint():
        if args.contribution.suffix.lower() == ".xlsx":
            plan = plan_import_file(report, args.contribution, other_party=args.other_party)
        else:
            plan = plan_merge_report(report, args.contribution, other_party=args.other_party)
        _print_plan(report, plan)
        if args.dry_run:
            return 0
        conflicts = {r.question_id for r in plan.rows if r.kind is RowKind.CONFLICT}
        unknown = set(args.theirs) - conflicts
        if unknown:
            raise BsreporterError.of("cli_theirs_not_in_conflict", questions=", ".join(sorted(unknown)))
        chosen = _with_chosen_kinds(plan, overwrite=False, take_cleared=args.take_cleared) | set(args.theirs)
        outcome = apply_import(report, plan, chosen, source=Source.MERGED)
        left = len(conflicts) - len(args.theirs)
        print(f"Merged {outcome.changed} answers from {args.contribution.name}"
              + (f"; {left} conflicts kept your answer (take theirs with --theirs QUESTION_ID)" if left else "") + ".")
    return 0


@contextmanager
def _other_party_hint() -> Iterator[None]:
    """Another Party's file is refused with the flag that takes it anyway."""
    from bsreporter.exchange.importing import OtherPartyError

    try:
        yield
    except OtherPartyError as exc:
        raise BsreporterError.of("cli_other_party", reason=exc) from exc


def _with_chosen_kinds(plan: Any, *, overwrite: bool, take_cleared: bool) -> frozenset[str]:
    """The default rows, plus kept previous-cycle rows and emptied cells when their flags ask for them."""
    from bsreporter.exchange.importing import RowKind

    extra = {RowKind.KEPT} if overwrite else set()
    extra |= {RowKind.CLEARED} if take_cleared else set()
    return plan.default_selection | {r.question_id for r in plan.rows if r.question_id and r.kind in extra}


def _print_plan(report: Report, plan: Any) -> None:
    """The import preview, one line per row, then the totals."""
    from bsreporter.exchange.importing import RowKind
    from bsreporter.report.display import special_answer_text, value_text

    language = report.info.language

    def show(question_id: str | None, pair: tuple[Any, Any]) -> str:
        value, special = pair
        if special is not None:
            return special_answer_text(special, language)
        if value is None or question_id is None or question_id not in report.form.questions:
            return "(blank)"
        text = value_text(report.form.question(question_id), value, language).replace("\n", " ")
        return text if len(text) <= 50 else text[:49] + "…"

    for row in plan.rows:
        if row.kind is RowKind.SAME:
            continue
        line = f"{row.kind.value:<9} {row.number:<8} {row.question_id or '-':<36}"
        if row.kind is RowKind.REJECTED:
            line += f" {row.location}: {row.reason}"
        elif row.kind in (RowKind.KEPT, RowKind.CLEARED, RowKind.SUGGESTED):
            line += f" {show(row.question_id, row.current)} -> {show(row.question_id, row.incoming)} ({row.reason})"
        elif row.kind is RowKind.NEW:
            line += f" {show(row.question_id, row.incoming)}"
        else:
            line += f" {show(row.question_id, row.current)} -> {show(row.question_id, row.incoming)}"
            if row.kind is RowKind.CONFLICT:
                line += f" (yours by {row.current_author or '?'}, theirs by {row.incoming_author or '?'})"
        print(line)
    counts = ", ".join(f"{plan.count(kind)} {kind.value}" for kind in RowKind)
    print(f"Preview of {plan.source.name}: {counts}" + (" (previous cycle: flagged for review)" if plan.carried_over else ""))


def _aggregate(args: argparse.Namespace) -> int:
    from bsreporter.atomic import XLSX, check_writable
    from bsreporter.errors import ExchangeError
    from bsreporter.exchange.aggregate import aggregate_reports, write_summary

    if args.output is None and args.db is None:
        raise ExchangeError.of("aggregate_no_output")
    if args.output is not None and args.db is not None and args.output.resolve() == args.db.resolve():
        raise ExchangeError.of("aggregate_same_destination", name=args.db.name)
    # Both destinations are checked before every report is read.
    if args.output is not None:
        check_writable(args.output, kind=XLSX, inputs=args.reports)
    if args.db is not None:
        from bsreporter.exchange.analysis_db import check_database_destination

        check_database_destination(args.db, tuple(args.reports))
    result = aggregate_reports(args.reports)
    for same in result.same_party:
        print(f"bsreporter: warning: {same.warning()}", file=sys.stderr)
    written = []
    if args.output is not None:
        write_summary(result, args.output, language=args.language)
        written.append(str(args.output))
    if args.db is not None:
        from bsreporter.exchange.analysis_db import write_analysis_database

        write_analysis_database(result, args.db)
        written.append(str(args.db))
    set_aside = sum(len(same.set_aside) for same in result.same_party)
    print(f"Read {len(result.parties)} reports ({len(result.unreadable)} unreadable"
          + (f", {set_aside} set aside as the same Party" if set_aside else "")
          + f"); {len(result.figures)} indicators written to {' and '.join(written)}.")
    for path, reason in result.unreadable:
        print(f"  not read: {path}: {str(reason).splitlines()[0]}")
    return 0


def _set(args: argparse.Namespace) -> int:
    if args.clear:
        raw: Any = None
    elif args.special:
        raw = SpecialAnswer(args.special)
    elif args.value is None:
        raise BsreporterError.of("cli_set_nothing")
    else:
        raw = args.value
    with _open_report(args.file, author=args.author) as report:
        # An empty value (an unset shell variable, a table of empty rows) would clear the answer
        # without a word: clearing is asked for by name.
        if isinstance(raw, str) and not isinstance(raw, SpecialAnswer) \
                and report.check_answer(args.question_id, raw)[0] is None:
            raise ReportError.of("set_empty_value", question=args.question_id)
        report.set_answer(args.question_id, raw)
    return 0


def _forms(args: argparse.Namespace) -> int:
    from bsreporter.form.installed import offered_forms
    from bsreporter.form.loader import FormProblems, load_questionnaire

    if args.forms_command == "show":
        _print_json(questionnaire_json(installed_questionnaire(args.form_id)))
        return 0
    if args.forms_command == "convert":
        return _convert_form(args.folder, args.layout)
    if args.validate:
        folders = [args.validate] if (args.validate / "form.yaml").exists() else sorted(
            p for p in args.validate.iterdir() if (p / "form.yaml").exists()
        ) if args.validate.is_dir() else []
        if not folders:
            raise BsreporterError.of("cli_no_forms_found", folder=args.validate)
        failed = False
        for folder in folders:
            try:
                form = load_questionnaire(folder)
                print(f"{folder}: OK ({form.id} {form.version}: {len(form.objectives)} objectives, "
                      f"{len(form.indicators)} indicators, {len(form.questions)} questions)")
            except FormProblems as exc:
                failed = True
                for problem in exc.problems:
                    print(f"{folder}/{problem}")
                continue
            failed = not _validate_mappings(folder, form) or failed
            _report_translations(folder)
        return EXIT_ERROR if failed else 0
    # The order 'new' and the window offer them in: the first is what 'new' creates by default.
    forms = offered_forms()
    if args.json:
        _print_json([{"id": form.id, "version": form.version, "title": dict(form.title.by_language),
                      "kind": form.kind.value, "cycle": dict(form.cycle.by_language)} for form in forms])
    else:
        for form in forms:
            print(f"{form.id}  {form.version}  {form.kind.value}  {form.title.get('en')}")
    return 0


def _convert_form(folder: Path, layout: str) -> int:
    """Convert a form between its layouts, and prove that it still builds into the same questionnaire."""
    from bsreporter.form import loader
    from bsreporter.form.layout import convert

    before = loader.load_questionnaire(folder)
    done = convert(folder, layout)
    after = loader.load_questionnaire(folder)
    if after != before:  # the conversion checks every file's data first: this is only the last word
        raise BsreporterError.of("cli_convert_differs", folder=folder)
    moved = ", ".join(f"{lang} {count}" for lang, count in done.texts.items())
    where = "into translations/" if layout == "split" else "back beside each text"
    print(f"{folder}: {len(done.files)} files converted to the {layout} layout, texts moved {where} ({moved}); "
          f"the same form ({after.id} {after.version}, content hash {after.content_hash[:12]}).")
    for name in done.rewritten:
        print(f"{folder}/{name}: written anew from its data (only the comments at its top were kept).")
    return 0


def _report_translations(folder: Path) -> None:
    """For a form whose translations are kept apart: how far each language is, and the keys left to translate."""
    from bsreporter.form.layout import is_split, translation_status

    if not is_split(folder):
        return
    for status in translation_status(folder):
        done = status.total - len(status.missing)
        print(f"{folder}/translations/{status.language}.yaml: {done} of {status.total} texts translated")
        for key, text in status.missing:
            print(f"  missing {key}: {text}")
        for key in status.extra:
            print(f"  extra {key}: matches no text of the form")


def _validate_mappings(folder: Path, form: Any) -> bool:
    """Check every mapping of a form against it and, when it sits beside it, the earlier form."""
    from bsreporter.errors import FormError
    from bsreporter.form.installed import available_forms
    from bsreporter.form.loader import load_questionnaire
    from bsreporter.form.mapping import load_mapping, mapping_folder

    siblings = available_forms(folder.parent)
    ok = True
    for path in sorted(mapping_folder(folder).glob("*.yaml")):
        earlier = load_questionnaire(siblings[path.stem]) if path.stem in siblings else None
        try:
            load_mapping(path, form, earlier)
            print(f"{path}: OK (mapping from {path.stem}{'' if earlier else ', earlier form not present'})")
        except FormError as exc:
            ok = False
            for line in str(exc).splitlines():
                print(f"{mapping_folder(folder)}/{line}")
    return ok


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _text_json(text: Any) -> dict[str, str]:
    return dict(text.by_language)


def questionnaire_json(form: Any) -> dict[str, Any]:
    """The whole questionnaire as plain data (the shape documented in docs/cli.md)."""

    def question(q: Any) -> dict[str, Any]:
        return {
            "id": q.id,
            "number": q.number,
            "type": q.type.value,
            "appearance": q.appearance,
            "required": q.required,
            "label": _text_json(q.label),
            "hint": _text_json(q.hint),
            "relevant": q.relevant.source if q.relevant else None,
            "constraint": q.constraint.source if q.constraint else None,
            "constraint_message": _text_json(q.constraint_message),
            "official_number": q.official_number,
            "indicators": list(q.indicator_ids),
            "objectives": [o.number for o in form.objectives_of(q)],
            "detail_of": list(q.detail_of) if q.detail_of else None,
            "special_answers": [s.value for s in q.special_answers],
            "choices": [{"value": c.value, "label": _text_json(c.label)} for c in q.choices.choices]
            if q.choices else None,
            "columns": [
                {"name": c.name, "type": c.type.value, "required": c.required, "label": _text_json(c.label),
                 "constraint": c.constraint.source if c.constraint else None,
                 "choices": [{"value": ch.value, "label": _text_json(ch.label)} for ch in c.choices.choices]
                 if c.choices else None}
                for c in q.columns
            ],
        }

    def group(g: Any) -> dict[str, Any]:
        items: list[dict[str, Any]] = []
        for item in g.items:
            if isinstance(item, Section):
                items.append({"group": group(item)})
            elif isinstance(item, Note):
                items.append({"note": {"id": item.id, "text": _text_json(item.text)}})
            else:
                items.append({"question": question(item)})
        return {"id": g.id, "number": g.number, "title": _text_json(g.title),
                "relevant": g.relevant.source if g.relevant else None, "items": items}

    return {
        "id": form.id,
        "version": form.version,
        "kind": form.kind.value,
        "content_hash": form.content_hash,
        "title": _text_json(form.title),
        "cycle": _text_json(form.cycle),
        "about": _text_json(form.about),
        "languages": list(form.languages),
        "general": {"id": form.general.id, "title": _text_json(form.general.title),
                    "questions": [question(q) for q in form.general.questions]},
        "groups": [group(g) for g in form.groups],
        "measured_elsewhere": {i: _text_json(t) for i, t in form.measured_elsewhere.items()},
        "focal_areas": [
            {
                "number": fa.number,
                "title": _text_json(fa.title),
                "strategic_objective": _text_json(fa.strategic_objective),
                "expected_impacts": [_text_json(t) for t in fa.expected_impacts],
                "objectives": [
                    {
                        "number": o.number,
                        "id": o.id,
                        "title": _text_json(o.title),
                        "description": _text_json(o.description),
                        "outcomes": [_text_json(t) for t in o.outcomes],
                        "indicators": [{"id": i.id, "text": _text_json(i.text)} for i in o.indicators],
                        "questions": [question(q) for q in form.informing[o.id]],
                    }
                    for o in fa.objectives
                ],
            }
            for fa in form.focal_areas
        ],
    }


def answer_json(report: Report, question_id: str) -> dict[str, Any]:
    """One answer as plain data (docs/cli.md)."""
    question = report.form.questions.get(question_id)
    if question is None:
        raise BsreporterError.of("no_such_question", question=question_id)
    answer = report.answer(question_id)
    status = check_completeness(report.form, report.answers()).questions[question_id]
    return {
        "question_id": question_id,
        "number": question.number,
        "type": question.type.value,
        "value": value_to_plain(answer.value) if answer else None,
        "special": answer.special.value if answer and answer.special else None,
        "needs_review": bool(answer and answer.needs_review),
        "status": status.status.value,
        "updated_at": answer.updated_at if answer else None,
        "author": answer.author if answer else None,
    }


def completeness_json(report: Report, result: Completeness) -> dict[str, Any]:
    """The completeness check as plain data (docs/cli.md)."""

    def progress(p: Any) -> dict[str, Any]:
        return {"done": p.done, "required": p.required, "blockers": p.blockers,
                "percent": round(p.percent, 1), "complete": p.complete}

    form = report.form
    info = report.info
    return {
        "file": str(report.path),
        "form_id": info.form_id,
        "form_version": info.form_version,
        "party": info.party,
        "complete": result.is_complete,
        "report": progress(result.report),
        "general": progress(result.sections[form.general.id]),
        "focal_areas": [{"number": fa.number, **progress(result.focal_areas[fa.number])} for fa in form.focal_areas],
        "sections": [{"id": s.id, "number": s.number, **progress(result.sections[s.id])} for s in form.sections],
        "objectives": [{"number": o.number, **progress(result.objectives[o.id])} for o in form.objectives],
        "indicators": [{"id": i, **progress(p)} for i, p in result.indicators.items()],
        "blockers": [
            {"question_id": b.question_id, "number": b.number, "status": b.status.value,
             "reason": describe_blocker(b)}
            for b in result.blockers
        ],
    }


def _print_completeness(report: Report, result: Completeness) -> None:
    form = report.form
    info = report.info
    r = result.report
    print(f"{info.party}: {form.title.get('en')} ({info.form_id} {info.form_version})")
    print(f"Overall: {r.done}/{r.required} required answers ({r.percent:.0f}%), {r.blockers} blocking"
          f" - {'COMPLETE' if result.is_complete else 'INCOMPLETE'}")
    if form.kind is FormKind.SELF_ASSESSMENT:
        g = result.sections[form.general.id]
        print(f"  G    {form.general.title.get('en'):<60} {g.done:>3}/{g.required:<3} {g.percent:5.0f}%")
    else:
        print("By section of the format:")
        for section in form.sections:
            p = result.sections[section.id]
            print(f"  {section.title.get('en')[:65]:<65} {p.done:>3}/{p.required:<3} {p.percent:5.0f}%")
        print("By focal area and operational objective of the Strategic Plan:")
    for fa in form.focal_areas:
        p = result.focal_areas[fa.number]
        print(f"  {fa.number}    {fa.title.get('en')[:60]:<60} {p.done:>3}/{p.required:<3} {p.percent:5.0f}%")
        for o in fa.objectives:
            p = result.objectives[o.id]
            if not form.informing[o.id]:  # its indicators are measured by the Secretariat, not by this form
                print(f"    {o.number:<4} {o.title.get('en')[:58]:<58} {'measured elsewhere':>19}")
                continue
            print(f"    {o.number:<4} {o.title.get('en')[:58]:<58} {p.done:>3}/{p.required:<3} {p.percent:5.0f}%")
    if result.blockers:
        print(f"Blocking ({len(result.blockers)}):")
        for b in result.blockers[:50]:
            print(f"  {b.number:<8} {b.question_id:<40} {describe_blocker(b)}")
        if len(result.blockers) > 50:
            print(f"  ... and {len(result.blockers) - 50} more ('bsreporter check --json' lists them all)")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
