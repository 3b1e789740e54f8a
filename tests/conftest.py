"""Fixtures shared by every test folder: an isolated user folder and real report files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bsreporter.form.loader import installed_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test's data, backups and logs out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BSREPORTER_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def form() -> Questionnaire:
    """The installed Strategic Plan questionnaire."""
    return installed_questionnaire()


@pytest.fixture
def report(tmp_path: Path, form: Questionnaire) -> Iterator[Report]:
    """A new, empty report file for the fictional Republic of Arcadia."""
    with Report.create(tmp_path / "arcadia.bsr", party="Republic of Arcadia", form=form, author="tester") as opened:
        yield opened
