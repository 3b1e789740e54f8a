"""The language of the interface (menus, buttons, messages), separate from the language of the questions.

By default it follows the computer's language when that is one of the six UN
languages, else English; Edit > Preferences can choose another. Applying it
installs the program's translation and Qt's own (standard buttons and dialogs),
and mirrors the whole window for Arabic. Widgets take their texts when they are
built, so a change takes effect by rebuilding the main window
(:func:`bsreporter.gui.preferences_dialog.rebuild_window`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from bsreporter.gui.languages import NATIVE_NAMES, is_rtl_language
from bsreporter.gui.translations import compiled_translation

#: The interface languages: the six UN languages.
INTERFACE_LANGUAGES = tuple(NATIVE_NAMES)

#: Qt's standard-button words the program translates itself, so that they match its own buttons:
#: Qt's Arabic for Cancel, "ألغِ", reads as a cut-off "إلغاء", the word of every other Cancel here.
#: Listed here so that the translation tools keep them in the program's translations.
OWN_STANDARD_BUTTON_WORDS = (QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"), QT_TRANSLATE_NOOP("QWizard", "Cancel"))
#: Words of Qt's own file dialog (Open, Save) that Qt's shipped translations miss: they translate "Look in:",
#: while the dialog asks for "&Look in:". Translated by the program, so no English is left in the dialog.
FILE_DIALOG_WORDS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """The computer's preferred UN language (English when none of its languages is one)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def resolve(preference: str) -> str:
    """The language to use for a saved preference ("" or unknown: the computer's)."""
    return preference if preference in INTERFACE_LANGUAGES else system_language()


def current_language() -> str:
    """The interface language applied last."""
    return _current


def apply_language(language: str) -> str:
    """Make ``language`` the interface language of the running application; returns the one applied.

    Removes the translators installed before, installs the program's and Qt's own for
    the language, and sets the application's layout direction (right to left for Arabic).
    Windows built afterwards show the new language.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a running QApplication")
    language = language if language in INTERFACE_LANGUAGES else "en"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        qt_own = QTranslator(app)
        # Qt's translations of its standard buttons (OK, Cancel, Save...) and file dialogs.
        if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt_own)
            _installed.append(qt_own)
        program = QTranslator(app)
        path = compiled_translation(language)
        # Installed last, so it is asked first: where it words a standard button itself, its word wins.
        if path is not None and program.load(str(path)):
            QCoreApplication.installTranslator(program)
            _installed.append(program)
    direction = Qt.LayoutDirection.RightToLeft if is_rtl_language(language) else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)  # type: ignore[attr-defined]
    _current = language
    return language
