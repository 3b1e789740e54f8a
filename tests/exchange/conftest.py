"""Shared fixtures of the export tests: realistically filled report files, built once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from filled_report import build_filled_report, build_small_report

from bsreporter.form.loader import load_questionnaire
from bsreporter.form.model import Questionnaire
from bsreporter.report.store import Report
from fixture_forms import SMALL_WORLD_FORM, install_form, write_form


@pytest.fixture(scope="session")
def filled_path(tmp_path_factory: pytest.TempPathFactory, form: Questionnaire) -> Path:
    """An English report, answered throughout, with a few gaps (so: incomplete)."""
    return build_filled_report(tmp_path_factory.mktemp("filled") / "filled.bsr", form)


@pytest.fixture(scope="session")
def complete_path(tmp_path_factory: pytest.TempPathFactory, form: Questionnaire) -> Path:
    """An English report with every relevant question answered (complete)."""
    return build_filled_report(tmp_path_factory.mktemp("complete") / "complete.bsr", form, complete=True)


@pytest.fixture(scope="session")
def chinese_path(tmp_path_factory: pytest.TempPathFactory, form: Questionnaire) -> Path:
    """A report in Chinese, answered like the English one."""
    return build_filled_report(tmp_path_factory.mktemp("zh") / "zh.bsr", form, language="zh")


@pytest.fixture
def filled(filled_path: Path, form: Questionnaire) -> Iterator[Report]:
    """The filled English report, open read-only."""
    with Report.open(filled_path, read_only=True, form=form) as report:
        yield report


@pytest.fixture
def complete(complete_path: Path, form: Questionnaire) -> Iterator[Report]:
    """The complete English report, open read-only."""
    with Report.open(complete_path, read_only=True, form=form) as report:
        yield report


@pytest.fixture
def chinese(chinese_path: Path, form: Questionnaire) -> Iterator[Report]:
    """The filled Chinese report, open read-only."""
    with Report.open(chinese_path, read_only=True, form=form) as report:
        yield report


@pytest.fixture(scope="session")
def small_filled_path(tmp_path_factory: pytest.TempPathFactory, small_form_folder: Path) -> Path:
    """A report of the small form in English, answered throughout, with a gap, a special and a carried answer."""
    return build_small_report(tmp_path_factory.mktemp("small-filled") / "filled.bsr",
                              load_questionnaire(small_form_folder))


@pytest.fixture(scope="session")
def small_complete_path(tmp_path_factory: pytest.TempPathFactory, small_form_folder: Path) -> Path:
    """A report of the small form in English with every relevant question answered (complete)."""
    return build_small_report(tmp_path_factory.mktemp("small-complete") / "complete.bsr",
                              load_questionnaire(small_form_folder), complete=True)


@pytest.fixture(scope="session")
def small_french_path(tmp_path_factory: pytest.TempPathFactory, small_form_folder: Path) -> Path:
    """A report of the small form in French, answered like the English one."""
    return build_small_report(tmp_path_factory.mktemp("small-fr") / "fr.bsr", load_questionnaire(small_form_folder),
                              language="fr")


@pytest.fixture(scope="session")
def small_world_form_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the small form in the six UN languages (see fixture_forms.SMALL_WORLD_FORM)."""
    return write_form(tmp_path_factory.mktemp("small-world-form"), SMALL_WORLD_FORM)


@pytest.fixture
def small_world_form(monkeypatch: pytest.MonkeyPatch, small_world_form_folder: Path) -> Questionnaire:
    """The small form in six languages, installed for this test so that a report of it opens like any other."""
    return install_form(monkeypatch, small_world_form_folder)


@pytest.fixture(scope="session")
def small_chinese_path(tmp_path_factory: pytest.TempPathFactory, small_world_form_folder: Path) -> Path:
    """A report of the six-language small form in Chinese, answered like the small English one."""
    return build_small_report(tmp_path_factory.mktemp("small-zh") / "zh.bsr",
                              load_questionnaire(small_world_form_folder), language="zh")


@pytest.fixture(scope="session")
def small_world_filled_path(tmp_path_factory: pytest.TempPathFactory, small_world_form_folder: Path) -> Path:
    """A report of the six-language small form in English, answered like the small English one."""
    return build_small_report(tmp_path_factory.mktemp("small-world") / "en.bsr",
                              load_questionnaire(small_world_form_folder))
