"""The window's work that a child process does (see :mod:`bsreporter.exchange.child`): exports, reading import files.

The child opens the report file through a read-only connection of its own, so it reads
only committed answers and the window's one writing connection never leaves its thread.
Like everything the child imports, this module is below the window's layer: the child
never loads Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bsreporter.errors import FormError
from bsreporter.form.model import Questionnaire

if TYPE_CHECKING:
    from bsreporter.exchange.importing import ImportPlan, PreparedImport
    from bsreporter.exchange.sheet_layout import ForeignLayout
    from bsreporter.exchange.source_description import SourceDescription
    from bsreporter.report.store import Report, Source


def form_reference(form: Questionnaire) -> str | Questionnaire:
    """What the child needs to have the same questionnaire: its id when installed as it is, else the form itself.

    The child sees the forms the window sees (:func:`bsreporter.exchange.child.serve`), so an installed
    form travels as its id and is built there from its own cache.
    """
    from bsreporter.form.installed import installed_questionnaire  # not the loader: the window's cache answers

    try:
        installed = installed_questionnaire(form.id)
    except FormError:
        return form
    return form.id if installed.content_hash == form.content_hash else form


def _opened(path: Path, form: str | Questionnaire, author: str | None = None) -> Report:
    """The report at ``path``, read-only, with the window's questionnaire (and its author, for what it prepares)."""
    from bsreporter.form.installed import installed_questionnaire
    from bsreporter.report.store import Report

    questionnaire = installed_questionnaire(form) if isinstance(form, str) else form
    return Report.open(Path(path), read_only=True, form=questionnaire, author=author)


def write_pdf(path: Path, form: str | Questionnaire, destination: Path, *, language: str, paper: str,
              changes_annex: bool, blank: bool, progress: Callable[[int, int], None],
              cancelled: Callable[[], bool]) -> None:
    """Write the report at ``path`` as a PDF to ``destination``, with every choice of the export dialog."""
    from bsreporter.exchange import export_pdf

    with _opened(path, form) as report:
        export_pdf(report, Path(destination), language=language, paper=paper, changes_annex=changes_annex,
                   blank=blank, progress=progress, cancelled=cancelled)


def write_xlsx(path: Path, form: str | Questionnaire, destination: Path, *, language: str,
               progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
    """Write the report at ``path`` as an XLSX workbook to ``destination``, in ``language``."""
    from bsreporter.exchange import export_xlsx

    with _opened(path, form) as report:
        export_xlsx(report, Path(destination), language=language, progress=progress, cancelled=cancelled)


def describe_file(path: Path, form: str | Questionnaire, source: Path, *,
                  progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> SourceDescription:
    """What the file ``source`` is, to import into the report at ``path``."""
    from bsreporter.exchange.source_description import describe_source

    with _opened(path, form) as report:
        return describe_source(report, Path(source))


def plan_file(path: Path, form: str | Questionnaire, source: Path, *, merge: bool, previous_cycle: bool,
              layout: ForeignLayout | None, other_party: bool, mapping: Path | None,
              progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ImportPlan:
    """The plan of importing (or merging) ``source`` into the report at ``path``, compared with its stored answers."""
    from bsreporter.exchange.merge import plan_merge_report
    from bsreporter.exchange.sources import plan_import_file
    from bsreporter.report.store import REPORT_SUFFIX

    with _opened(path, form) as report:
        if merge and Path(source).suffix.lower() == REPORT_SUFFIX:
            return plan_merge_report(report, Path(source), other_party=other_party)
        return plan_import_file(report, Path(source), previous_cycle=previous_cycle, layout=layout,
                                other_party=other_party, mapping=mapping)


def prepare_file_import(path: Path, form: str | Questionnaire, author: str, plan: ImportPlan,
                        selected: frozenset[str], source: Source, *, progress: Callable[[int, int], None],
                        cancelled: Callable[[], bool]) -> PreparedImport:
    """Check the chosen rows of ``plan`` against the report at ``path`` and take its backup; write nothing to it.

    The completeness of the tables' rows is worked out here too: the window need not check a long
    table's rows again once the import is stored.
    """
    from dataclasses import replace

    from bsreporter.exchange.importing import prepare_import
    from bsreporter.report.completeness import CompletenessTracker

    with _opened(path, form, author) as report:
        prepared = prepare_import(report, plan, selected, source=source)
        return replace(prepared, table_rows=CompletenessTracker(report.form).table_rows(prepared.answers))
