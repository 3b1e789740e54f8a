"""The installed forms: where each is, each built once, and the order a person choosing one for a new report
should see them in.

The Secretariat's national report formats come first, the newest reporting cycle first, so the
format a Party reports on now leads; other kinds (bsreporter's own self-assessment) follow. The
order comes from each form's declared kind and cycle, never from a list of ids, so a format
installed later takes its place without a code change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from bsreporter.errors import FormError
from bsreporter.form.cache import cached_questionnaire, form_folders
from bsreporter.form.model import FormKind, Questionnaire

_KIND_ORDER = {kind: rank for rank, kind in enumerate([FormKind.NATIONAL_REPORT,
                                                        *(k for k in FormKind if k is not FormKind.NATIONAL_REPORT)])}
_YEAR = r"\b(\d{4})\b"


def cycle_year(form: Questionnaire) -> int:
    """The year of the form's reporting cycle: the first year its cycle names (0 when it names none)."""
    found = re.search(_YEAR, form.cycle.get("en"))
    return int(found.group(1)) if found else 0


def offer_order(form: Questionnaire) -> tuple[int, int, str]:
    """Sort key: national report formats first, the newest cycle first, then by id."""
    return _KIND_ORDER[form.kind], -cycle_year(form), form.id


def offered_forms(root: Path | None = None) -> tuple[Questionnaire, ...]:
    """Every installed form (or every form under ``root``), in the order they are offered."""
    if root is None:
        forms = [installed_questionnaire(form_id) for form_id in available_forms()]
    else:
        forms = [_build(folder) for folder in available_forms(root).values()]
    return tuple(sorted(forms, key=offer_order))


def new_report_form_id() -> str:
    """The form a new report answers unless the person chooses another: the first one offered."""
    return offered_forms()[0].id


#: The installed forms this process was given by the one that started it (see :func:`use_forms`).
_given_forms: dict[str, Path] | None = None


def use_forms(folders: Mapping[str, Path]) -> None:
    """Take ``folders`` (form id -> folder) as this process's installed forms, in place of the forms folder.

    A child process doing the window's work is given the forms the window sees, so that a report of any
    of them opens there as it does in the window.
    """
    global _given_forms
    _given_forms = dict(folders)
    installed_questionnaire.cache_clear()


def available_forms(root: Path | None = None) -> dict[str, Path]:
    """Installed form folders by form id (a folder is a form when it holds form.yaml)."""
    from bsreporter.resources import forms_dir

    if root is None and _given_forms is not None:
        return dict(_given_forms)
    return form_folders(root or forms_dir())


DEFAULT_FORM_ID = "cpb-sp-2011-2020"


@cache
def installed_questionnaire(form_id: str = DEFAULT_FORM_ID) -> Questionnaire:
    """The installed form with this id, loaded once per process (built once per change of its files)."""
    folders = available_forms()
    if form_id not in folders:
        if not folders:
            raise FormError.of("form_none_installed", form_id=form_id)
        raise FormError.of("form_not_installed", form_id=form_id, installed=", ".join(folders))
    try:
        return cached_questionnaire(folders[form_id], _build)
    except FormError as exc:
        if exc.key is not None:
            raise
        # The loader's findings are written for the questionnaire's authors, in English (docs/forms.md); the
        # person in front of the screen learns, in their language, what it means for them and what to do.
        raise FormError.of("form_installed_broken", form_id=form_id, details=str(exc)) from exc


def _build(folder: Path) -> Questionnaire:
    """The form in ``folder`` built from its files by the loader, imported only when a form is really built."""
    from bsreporter.form.loader import load_questionnaire  # a command whose forms are kept in the cache never needs it

    return load_questionnaire(folder)
