"""The core's messages in the six UN languages: one catalogue, complete, and errors that render themselves."""

from __future__ import annotations

import errno
import getpass
import socket
import string
import zipfile
from pathlib import Path

import pytest

from bsreporter.atomic import atomic_write
from bsreporter.errors import BsreporterError, ExchangeError, ReportError
from bsreporter.exchange.sources import check_spreadsheet_file
from bsreporter.form.model import UN_LANGUAGES, Questionnaire
from bsreporter.messages import MESSAGES, render
from bsreporter.messages.catalogue import translations
from bsreporter.report.lock import WriterLock
from bsreporter.report.store import Report


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_is_in_the_six_languages_with_the_same_placeholders() -> None:
    assert len(MESSAGES) > 80  # refused answers, report files and spreadsheets all in the one catalogue
    for key, english in MESSAGES.items():
        texts = {"en": english, **translations("messages", key)}
        assert set(texts) == set(UN_LANGUAGES), key
        assert all(isinstance(text, str) and text.strip() for text in texts.values()), key
        assert all(_fields(str(text)) == _fields(english) for text in texts.values()), key


def test_an_unkeyed_error_reads_as_given_in_every_language() -> None:
    error = ReportError("Something plain.")
    assert error.key is None and error.text("fr") == error.text("ar") == "Something plain."


def test_a_language_without_a_text_falls_back_to_english() -> None:
    assert render("already_validated", {}, "de") == "The report is already validated."


def test_a_report_held_open_elsewhere_names_the_holder_in_french_and_arabic(report: Report) -> None:
    # ``report`` holds the writer lock, as another window would.
    with pytest.raises(ReportError) as caught:
        WriterLock(report.path).acquire()
    error = caught.value
    name, user, host = report.path.name, getpass.getuser(), socket.gethostname()
    assert str(error).startswith(f"'{name}' is already open for editing by {user} on computer {host} (since ")
    assert error.text("fr").startswith(f"« {name} » est déjà ouvert pour modification par {user} sur l'ordinateur "
                                       f"{host} (depuis le ")
    assert error.text("fr").endswith("Fermez-le d'abord à cet endroit ou ouvrez-le en lecture seule.")
    assert error.text("ar").startswith(f"«{name}» مفتوح بالفعل للتحرير من قِبل {user} على الحاسوب {host} (منذ ")


def test_a_damaged_report_is_explained_in_french_and_arabic(tmp_path: Path, form: Questionnaire) -> None:
    path = tmp_path / "r.bsr"
    Report.create(path, party="Arcadia", form=form).close()
    path.write_bytes(path.read_bytes()[:60])
    with pytest.raises(ReportError) as caught:
        Report.open(path)
    assert str(caught.value) == "'r.bsr' is damaged (cut short); open a backup copy instead."
    assert caught.value.text("fr") == "« r.bsr » est endommagé (tronqué) ; ouvrez plutôt une copie de sauvegarde."
    assert caught.value.text("ar") == "«r.bsr» تالف (مبتور)؛ افتح نسخة احتياطية بدلًا منه."


def test_a_full_disk_under_a_report_is_explained_in_french_and_arabic(report: Report) -> None:
    pages = report._conn.execute("PRAGMA page_count").fetchone()[0]
    report._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(ReportError) as caught:
        report.set_answer("stakeholders_consulted", "x" * 30_000)
    name = report.path.name
    assert caught.value.key == "disk_full_report"
    assert caught.value.text("fr") == (f"Le disque contenant « {name} » est plein ; la dernière modification n'a pas "
                                       "été enregistrée. Libérez de l'espace et réessayez.")
    assert caught.value.text("ar") == (f"القرص الذي يحتوي على «{name}» ممتلئ؛ لم يُحفظ التغيير الأخير. أفرغ بعض "
                                       "المساحة وحاول مرة أخرى.")


def test_a_full_disk_while_writing_a_file_says_what_was_kept_in_french(tmp_path: Path) -> None:
    destination = tmp_path / "report.pdf"
    with pytest.raises(ExchangeError) as caught, atomic_write(destination):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert str(caught.value) == ("The disk is full while writing 'report.pdf'; nothing was written. Free some space "
                                 "or choose another disk.")
    assert caught.value.text("fr") == ("Le disque est plein pendant l'écriture de « report.pdf » ; rien n'a été "
                                       "écrit. Libérez de l'espace ou choisissez un autre disque.")
    assert caught.value.text("ar") == "امتلأ القرص أثناء كتابة «report.pdf»؛ لم يُكتب أي شيء. أفرغ بعض المساحة أو اختر قرصًا آخر."


def test_a_zip_bomb_is_refused_in_french_and_arabic(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<x/>")
        archive.writestr("big.xml", b"\0" * 30_000_000)
    with pytest.raises(ExchangeError) as caught:
        check_spreadsheet_file(path)
    assert str(caught.value) == ("'bomb.xlsx' would unpack to 30,000,004 bytes, far more than any report; it was not "
                                 "opened. Check that this is the right file.")
    assert caught.value.text("fr").startswith("« bomb.xlsx » occuperait 30,000,004 octets une fois décompressé")
    assert caught.value.text("ar").startswith("سيبلغ حجم «bomb.xlsx» بعد فك ضغطه 30,000,004 بايت")


def test_a_nested_error_is_rendered_in_the_same_language(tmp_path: Path) -> None:
    inner = ReportError.of("report_empty", name="old.bsr")
    outer = ExchangeError.of("import_report_unreadable", reason=inner)
    assert str(outer) == "The report to import from cannot be read: 'old.bsr' is empty; it is not a bsreporter report."
    assert outer.text("fr") == ("Le rapport à partir duquel importer ne peut pas être lu : « old.bsr » est vide ; "
                                "ce n'est pas un rapport bsreporter.")


def test_of_keeps_the_class_and_its_english_text() -> None:
    error = ExchangeError.of("import_from_itself")
    assert type(error) is ExchangeError and isinstance(error, BsreporterError)
    assert str(error) == "That is the report itself; choose the other report."
    assert error.text("zh") == "这就是本报告；请选择另一份报告。"
