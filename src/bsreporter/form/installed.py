"""The installed forms in the order a person choosing one for a new report should see them.

The Secretariat's national report formats come first, the newest reporting cycle first, so the
format a Party reports on now leads; other kinds (bsreporter's own self-assessment) follow. The
order comes from each form's declared kind and cycle, never from a list of ids, so a format
installed later takes its place without a code change.
"""

from __future__ import annotations

import re
from pathlib import Path

from bsreporter.form.loader import available_forms, installed_questionnaire, load_questionnaire
from bsreporter.form.model import FormKind, Questionnaire

_KIND_ORDER = {kind: rank for rank, kind in enumerate([FormKind.NATIONAL_REPORT,
                                                        *(k for k in FormKind if k is not FormKind.NATIONAL_REPORT)])}
_YEAR = re.compile(r"\b(\d{4})\b")


def cycle_year(form: Questionnaire) -> int:
    """The year of the form's reporting cycle: the first year its cycle names (0 when it names none)."""
    found = _YEAR.search(form.cycle.get("en"))
    return int(found.group(1)) if found else 0


def offer_order(form: Questionnaire) -> tuple[int, int, str]:
    """Sort key: national report formats first, the newest cycle first, then by id."""
    return _KIND_ORDER[form.kind], -cycle_year(form), form.id


def offered_forms(root: Path | None = None) -> tuple[Questionnaire, ...]:
    """Every installed form (or every form under ``root``), in the order they are offered."""
    if root is None:
        forms = [installed_questionnaire(form_id) for form_id in available_forms()]
    else:
        forms = [load_questionnaire(folder) for folder in available_forms(root).values()]
    return tuple(sorted(forms, key=offer_order))


def new_report_form_id() -> str:
    """The form a new report answers unless the person chooses another: the first one offered."""
    return offered_forms()[0].id
