"""The window in the writer's language, as a writer sees it.

A pseudo-translation wraps every string the sources mark for translation in ⟦…⟧; the real window
started with it, every menu, the dialogs writers use and the Problems and Notes panels opened,
any visible English left outside the markers is a string that never went through translation.
Then the window started as a German or French writer starts it (LANGUAGE=de, LANGUAGE=fr) in a
process of its own shows its menus and Preferences in that language.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from language_start import start_in_language
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QWidget,
)
from uihelpers import started
from visibletexts import (
    CLOSE,
    IMPORTED,
    OPEN,
    article_content,
    everything_in,
    owner_area,
    pseudo_qm,
    sources_by_area,
    tools,
    untranslated,
)

from slidewright.ui.problems.finding_text import row_text
from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow


@pytest.fixture
def pseudo(tmp_path: Path, settings: Settings) -> Iterator[None]:
    """The pseudo-translation installed over whatever the session has (removed afterwards)."""
    from slidewright.ui.translation import install_window_language

    install_window_language(settings)  # the session's own, first: the pseudo one is asked first
    translator = QTranslator()
    assert translator.load(str(pseudo_qm(tmp_path)))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def open_dialogs(
    window: MainWindow, settings: Settings, library: Path, qtbot: Any
) -> list[QWidget]:
    """The dialogs a writer uses, made as the window makes them (shown, never run modally)."""
    from slidewright.importers.common import ImportSummary
    from slidewright.ui.dialogs.export_dialog import ExportDialog
    from slidewright.ui.dialogs.import_dialog import show_import_summary
    from slidewright.ui.dialogs.link_dialog import LinkDialog
    from slidewright.ui.dialogs.preferences import PreferencesDialog
    from slidewright.ui.dialogs.publish_dialog import PublishDialog
    from slidewright.ui.library.dialog import LibraryDialog
    from slidewright.ui.window import help as help_menu

    doc = window.doc
    assert doc is not None
    summary = ImportSummary(
        doc.bundle / "page.html", doc.bundle, 3, 2, "Travel", [IMPORTED[0]],
        guessed=[IMPORTED[1]], agency_spellings=["AFP"], missing_images=1,
    )  # fmt: skip
    dialogs: list[QWidget] = [
        PreferencesDialog(settings, window),
        ExportDialog(window, doc, "article", 2, settings),
        PublishDialog(window, doc, window.problems.findings, window.session.prompts),
        LinkDialog(window, "the harbour", "https://example.com", True),
        show_import_summary(window, doc, summary),
        help_menu.show_about(window),
        help_menu.show_shortcuts(
            window, help_menu.shortcut_rows(window.actions_by_name, window.parts.desk.extra)
        ),
    ]
    history = window.parts.record.show_history()
    assert history is not None
    dialogs.append(history)
    window.actions_by_name["replace"].trigger()  # the find and replace bar
    notes = window.parts.record.toggle_action()
    if not notes.isChecked():
        notes.trigger()  # the Notes panel, shown

    window.actions_by_name["open_library"].trigger()
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, LibraryDialog)]
    assert opened, "File ▸ Open Library… showed no library"
    qtbot.waitUntil(lambda: opened[0].refreshed is not None, timeout=60_000)
    return dialogs + opened


def test_every_visible_string_goes_through_translation(
    pseudo: None,
    settings: Settings,
    sample_bundle: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = started(qtbot, settings, plan_start(sample_bundle, False, settings), _forget)
    assert window.menuBar().actions()[0].text() == f"{OPEN}&File{CLOSE}"  # the pseudo is in use
    qtbot.waitUntil(lambda: window.preview.ready and window.problems.ready, timeout=60_000)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(sample_bundle.parent))
    dialogs = open_dialogs(window, settings, sample_bundle.parent, qtbot)
    # what the rules say (rules area: credit rules, their words), as the Problems panel says it,
    # is checked as theirs, not as the text of the window's dialog that quotes it
    said_by_rules = sorted({row_text(f) for f in window.problems.findings}, key=len, reverse=True)
    content = article_content(sample_bundle)
    sources = sources_by_area()
    found: dict[str, set[str]] = {}
    for said in said_by_rules:
        if left := untranslated(said, content):
            found.setdefault("rules", set()).add(f"{said!r}  ({left})")
    try:
        for top in [window, *dialogs]:
            for text, thing in everything_in(top):
                if text and (left := untranslated(text, said_by_rules + content)):
                    area = owner_area(text, thing, sources)
                    found.setdefault(area, set()).add(f"{text!r}  ({left})")
    finally:
        for dialog in dialogs:
            dialog.close()
            dialog.deleteLater()
    report = "\n".join(
        f"{area}: {len(texts)} string(s) not through translation:\n  " + "\n  ".join(sorted(texts))
        for area, texts in sorted(found.items())
    )
    enforced = [area for area in found if area not in tools.AREAS or shipped_area(area)]
    assert not enforced, report
    if found:  # areas whose translations are not merged yet: said, not hidden
        pytest.xfail(f"areas without shipped translations yet:\n{report}")


def shipped_area(area: str) -> bool:
    return tools.ts_file(area, "de").exists()


def _forget(win: MainWindow) -> None:
    if win.doc is not None:
        win.doc.undo_stack.setClean()


# -- LANGUAGE=de, LANGUAGE=fr: the window a German or French writer starts -----------------------
SHOWS = textwrap.dedent(
    """
    import json, sys
    from slidewright.ui.app import create_application, open_window, plan
    from slidewright.ui.start_plan import StartPlan
    start, settings = plan(None, False, sys.argv[1])
    app = create_application()
    window = open_window(settings, StartPlan(None, "article"))  # as `slidewright` starts
    from slidewright.ui.dialogs.preferences import PreferencesDialog
    from slidewright.ui.window.help import shortcut_rows
    from slidewright.ui.dialogs.credentials_prefs import CredentialsSection
    from PySide6.QtWidgets import QLabel
    dialog = PreferencesDialog(settings, window)
    shown = {
        "menus": [action.text() for action in window.menuBar().actions()],
        "file": [action.text() for action in window.menuBar().actions()[0].menu().actions()],
        "welcome": [button.text() for button in window.welcome.findChildren(QPushButton)],
        "preferences": dialog.windowTitle(),
        "labels": [label.text() for label in dialog.findChildren(QLabel)],
        "buttons": [button.text() for button in dialog.buttons.buttons()],
        "keys": shortcut_rows(window.actions_by_name, window.parts.desk.extra),
        "disclosure": [  # Preferences ▸ Content Credentials ▸ AI disclosure: what it offers
            (field := dialog.findChild(CredentialsSection).disclosure).text(),
            field.placeholderText(),
        ],
    }
    print(json.dumps(shown))
    """
).replace(
    "from PySide6.QtWidgets import QLabel", "from PySide6.QtWidgets import QLabel, QPushButton"
)


def shown_in(language: str, tmp_path: Path) -> dict[str, Any]:
    shown: dict[str, Any] = json.loads(start_in_language(SHOWS, language, tmp_path, timeout=180))
    return shown


@pytest.mark.parametrize(
    ("language", "menus", "words", "key"),
    [
        (
            "de",
            ["&Datei", "&Bearbeiten", "F&ormat", "&Folie", "&Ansicht", "&Hilfe"],
            {"Speichern &unter…", "Einstellungen", "Abbrechen", "Sprache des &Fensters"},
            ["Folie", "Nächste Folie", "Strg+Bild abwärts"],
        ),
        (
            "fr",
            ["&Fichier", "&Édition", "F&ormat", "&Diapositive", "&Affichage", "A&ide"],
            {"Enregistrer &sous…", "Préférences", "Annuler", "Langue de la &fenêtre"},
            ["Diapositive", "Diapositive suivante", "Ctrl+Page suiv"],
        ),
        (
            "eo",  # a language Slidewright does not speak: English
            ["&File", "&Edit", "F&ormat", "&Slide", "&View", "&Help"],
            {"Save &As…", "Preferences", "Cancel", "Language of the &window"},
            ["Slide", "Next Slide", "Ctrl+PgDown"],
        ),
    ],
)
def test_the_window_speaks_the_writers_language(
    language: str, menus: list[str], words: set[str], key: list[str], tmp_path: Path
) -> None:
    shown = shown_in(language, tmp_path)
    assert shown["menus"] == menus
    everything = {shown["preferences"], *shown["file"], *shown["labels"], *shown["buttons"]}
    assert words <= everything, words - everything
    assert key in shown["keys"]  # Help ▸ Keyboard Shortcuts, keys as that keyboard names them
    # the AI disclosure the fix adds when none is set, offered in the window's language
    assert shown["disclosure"] == ["", DISCLOSURE.get(language, "Generated with AI.")]


DISCLOSURE = {"de": "Mit KI erzeugt.", "fr": "Image générée par IA."}


def test_an_arabic_window_offers_an_arabic_ai_disclosure(tmp_path: Path) -> None:
    """Preferences ▸ AI disclosure in an Arabic window: the Arabic sentence the fix would add,
    not the English one an Arabic caption would otherwise get."""
    shown = shown_in("ar", tmp_path)
    assert shown["disclosure"] == ["", "صورة مولّدة بالذكاء الاصطناعي."]


def test_the_preferences_choice_comes_before_the_system_language(tmp_path: Path) -> None:
    """Preferences ▸ Language of the window: Français, on a German system, from the next start."""
    from PySide6.QtCore import QSettings

    from slidewright.ui.translation import set_window_language

    ini = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    set_window_language(Settings(ini), "fr")
    ini.sync()
    shown = shown_in("de", tmp_path)
    assert shown["menus"][0] == "&Fichier"
    assert "Nouvel article…" in shown["welcome"]


def test_preferences_offer_each_window_language_by_its_own_name(
    window: MainWindow, settings: Settings
) -> None:
    """Edit ▸ Preferences ▸ Language of the window: the choice is kept for the next start."""
    from slidewright.ui.dialogs.preferences import PreferencesDialog
    from slidewright.ui.translation import SETTING, window_language

    dialog = PreferencesDialog(settings, window)
    box = dialog.window_language
    assert [box.itemText(i) for i in range(box.count())] == [
        "Automatic (system language)", "English", "Deutsch", "Français", "Español", "العربية",
    ]  # fmt: skip
    assert box.currentIndex() == 0  # nothing chosen yet: the system's language
    box.setCurrentIndex(box.findText("Deutsch"))
    dialog.accept()
    assert settings.text(SETTING) == "de"
    assert window_language(settings) == "de"  # what the next start installs
    again = PreferencesDialog(settings, window)
    assert again.window_language.currentText() == "Deutsch"
    again.window_language.setCurrentIndex(0)
    again.accept()
    assert settings.text(SETTING) == ""
