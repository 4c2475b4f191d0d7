"""The window in the writer's language: which language, and its translations installed.

The language is the writer's choice in Preferences ("Language of the window"), else the first of
the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: ``QLocale.system().uiLanguages()``)
that Slidewright ships, else English, the language of the sources. The translations are every
``resources/i18n/window/*_<lang>.qm`` (one per area of the window: see packaging/translations.py)
and Qt's own ``qtbase_<lang>.qm``, so that standard buttons (OK, Cancel) and dialogs speak the
same language. They are installed once, after the QApplication exists and before any widget is
made (ui/app.py: run): a widget takes its texts when it is made, so a change of language in
Preferences shows from the next start.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from slidewright.packagedata import as_file, resource

if TYPE_CHECKING:
    from slidewright.ui.session.settings import Settings

SETTING = "preferences/windowLanguage"  # "" : follow the system
SOURCE_LANGUAGE = "en"
INSTALLED = "slidewrightWindowLanguage"  # the application's property: the language installed
# Each language by its own name: a writer who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
}
# The locale a window language writes numbers and dates in, where it is not the language's first
# one: Arabic as pan-Arab newsrooms write it (Modern Standard Arabic, Western digits, "1,616"),
# the digits its %n counts and typed dates have too, rather than Egypt's (QLocale("ar"), "١٬٦١٦").
WINDOW_LOCALES = {"ar": "ar_001"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate reads)
    """Mark ``text`` for translation in ``context`` where it is defined (a table of menu
    entries), to be translated where it is shown: ``QCoreApplication.translate(context, text)``.
    PySide6's own marker is typed as returning ``object``; this one keeps the ``str``."""
    return text


def shipped_languages() -> list[str]:
    """The languages the window has translations for (from the .qm files in the package)."""
    folder = resource("i18n", "window")
    if not folder.is_dir():
        return []
    found = {
        item.name.removesuffix(".qm").rpartition("_")[2]
        for item in folder.iterdir()
        if item.name.endswith(".qm")
    }
    return sorted(found)


def chosen_language(preference: str, ui_languages: Iterable[str], shipped: Sequence[str]) -> str:
    """The window's language: the writer's ``preference`` if it is one of ours; else the first
    of the system's ``ui_languages`` ("de-DE", "fr_CA", "en-GB") that is English or shipped; else
    English. A language the system names after an unknown one still counts (LANGUAGE=eo:de)."""
    if preference == SOURCE_LANGUAGE or preference in shipped:
        return preference
    for tag in ui_languages:
        base = tag.replace("_", "-").split("-")[0].lower()
        if base == SOURCE_LANGUAGE or base in shipped:
            return base
    return SOURCE_LANGUAGE


def window_language(settings: Settings) -> str:
    """The language this start's window speaks (the preference, else the system's)."""
    return chosen_language(
        settings.text(SETTING), QLocale.system().uiLanguages(), shipped_languages()
    )


def set_window_language(settings: Settings, language: str) -> None:
    """Remember the writer's choice ("" : the system's language) for the next start."""
    settings.set_value(SETTING, language if language in LANGUAGE_NAMES else "")


def window_language_code() -> str:
    """The language the running window speaks ("de"), English before one is installed."""
    app = QCoreApplication.instance()
    language = app.property(INSTALLED) if app is not None else None
    return language if isinstance(language, str) and language else SOURCE_LANGUAGE


def install_window_language(settings: Settings) -> str:
    """Install the window's language (window_language) into the running application, the first
    time only: the window of a later open_window in the same process (tests) speaks the same."""
    app = QCoreApplication.instance()
    if app is None:
        return SOURCE_LANGUAGE
    language = app.property(INSTALLED)
    if isinstance(language, str) and language:
        return language
    language = window_language(settings)
    install_translations(app, language)
    system = QLocale.system()
    if system.language() != QLocale(language).language():
        # the calendar's month names, numbers' separators: in the window's language too (a
        # German window on a system whose locale is C or English)
        QLocale.setDefault(QLocale(WINDOW_LOCALES.get(language, language)))
    elif system.toString(1616.5) != QLocale(system.name()).toString(1616.5):
        # LANGUAGE=de on an English system: Qt names the locale after LANGUAGE (de_DE) but
        # formats numbers by LC_NUMERIC/LANG ("1,616 Wörter"); the window's language's own
        # numbers ("1.616 Wörter"), its country kept (de_CH: "1’616")
        QLocale.setDefault(QLocale(_own_locale(system.name(), language)))

    app.setProperty(INSTALLED, language)
    return language


def _own_locale(name: str, language: str) -> str:
    """The system locale's ``name`` for a window in ``language``, unless it is only the country
    Qt guessed from LANGUAGE alone (LANGUAGE=ar on an English system: ar_EG): then the window
    language's own (WINDOW_LOCALES)."""
    return WINDOW_LOCALES.get(language, name) if name == QLocale(language).name() else name


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ``language``'s translations into ``app`` and return them (parented to ``app``, so
    they live as long as it does; remove_translations takes them out). English has only its
    plural forms ("1 slide", "2 slides")."""
    installed = []
    folder = resource("i18n", "window")
    for item in sorted(folder.iterdir(), key=lambda item: item.name) if folder.is_dir() else []:
        if item.name.endswith(f"_{language}.qm"):
            with as_file(item) as path:
                installed.append(_install(app, str(path)))
    if language != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        installed.append(_install(app, f"{qt_folder}/qtbase_{language}.qm"))
    return [translator for translator in installed if translator is not None]


def remove_translations(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    """Take installed translations out again (the tests switch languages in one process)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def _install(app: QCoreApplication, path: str) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(path):
        return None  # a damaged file: that area stays English rather than the start failing
    app.installTranslator(translator)
    return translator
