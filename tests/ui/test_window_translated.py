"""The window in the writer's language, as a writer sees it.

A pseudo-translation wraps every string the sources mark for translation in ⟦…⟧; the real window
started with it, every menu, the dialogs writers use and the Problems and Notes panels opened,
any visible English left outside the markers is a string that never went through translation.
Then the window started as a German or French writer starts it (LANGUAGE=de, LANGUAGE=fr) in a
process of its own shows its menus and Preferences in that language.
"""

from __future__ import annotations

import dataclasses
import html
import json
import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeView,
    QWidget,
)
from uihelpers import started

from slidewright.exporters import EXPORTERS
from slidewright.fileformat.bundle import parse_article
from slidewright.ui.session.preferences import AI_DISCLOSURE
from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from test_translations import load_translations  # noqa: E402

tools = load_translations()
OPEN, CLOSE = "⟦", "⟧"
# Never translated (I18N-CONTRACT.md): the app's name, formats, and the keys of shortcuts
NAMES = {
    "Slidewright", "HTML", "Hugo", "Jekyll", "WordPress", "PDF", "RSS", "Markdown", "C2PA",
    "IPTC", "Qt", "PySide", "Ctrl", "Shift", "Alt", "Meta", "Del", "Delete", "Esc", "Enter",
    "Tab", "Backspace", "Return", "Ins", "Home", "End", "PgUp", "PgDown", "Up", "Down", "Left",
    "Right", "Space", "English", "Deutsch", "Français",
}  # fmt: skip
LANGUAGE_TAG = re.compile(r"\b[a-z]{2,3}(-[A-Z]{2})?\b")  # the spelling languages: en-US, de
PATH = re.compile(r"\S*[/\\]\S*|\S+\.(md|jpe?g|png|webp|gif|html|xml|pdf|txt)\b")


def pseudo_qm(folder: Path) -> Path:
    """Every string of every area's sources, "translated" as itself inside ⟦…⟧."""
    compiled = folder / "pseudo.qm"
    sources = folder / "pseudo_de.ts"
    tools.extract([file for area in tools.AREAS for file in tools.area_files(area)], sources)

    tree = ElementTree.parse(sources)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        marked = f"{OPEN}{message.findtext('source')}{CLOSE}"
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = marked
        if not forms:
            translation.text = marked
    tree.write(sources, encoding="utf-8", xml_declaration=True)
    tools.lrelease(sources, compiled)
    return compiled


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


def sources_by_area() -> dict[str, str]:
    return {
        area: "\n".join(file.read_text(encoding="utf-8") for file in tools.area_files(area))
        for area in tools.AREAS
    }


def owner_area(text: str, thing: QObject, sources: dict[str, str]) -> str:
    """The area whose code holds ``text`` as one whole literal, preferring the area of the
    nearest Slidewright class that shows it (the widget or an ancestor), which is also the
    answer when no source holds it whole (a sentence built from parts, a core field's label)."""
    owner = widget_area(thing)
    lines = [line for line in text.splitlines() if len(line) > 3] or [text]
    holding = [
        area
        for area, code in sources.items()
        if any(f'"{line}"' in code or f"'{line}'" in code for line in lines)
    ]
    return owner if owner in holding or not holding else holding[0]


def widget_area(thing: QObject) -> str:
    package = Path(tools.PACKAGE)
    node: QObject | None = thing
    while node is not None:
        module = type(node).__module__
        if module.startswith("slidewright."):
            file = package.parent / (module.replace(".", "/") + ".py")
            for area in tools.AREAS:
                if file in tools.area_files(area):
                    return str(area)
            return f"core ({module})"
        node = node.parent()
    return "window"


def texts_of(widget: QWidget) -> Iterator[tuple[str, QObject]]:
    """Every text ``widget`` shows or offers: titles, labels, buttons, tabs, headers, items,
    placeholders, tooltips and its actions' texts."""
    yield widget.toolTip(), widget
    if widget.isWindow() or isinstance(widget, QDockWidget | QToolBar):
        yield widget.windowTitle(), widget
    if isinstance(widget, QLabel):
        yield html.unescape(re.sub(r"<[^>]+>", " ", widget.text())), widget
    if isinstance(widget, QAbstractButton):
        box = widget.parentWidget()
        standard = isinstance(box, QDialogButtonBox) and box.standardButton(widget) != (
            QDialogButtonBox.StandardButton.NoButton
        )
        if not standard:  # OK, Cancel, Close: Qt's own words, translated by qtbase_<lang>.qm
            yield widget.text(), widget
    if isinstance(widget, QGroupBox):
        yield widget.title(), widget
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield widget.tabText(index), widget
            yield widget.tabToolTip(index), widget
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield widget.placeholderText(), widget
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index), widget
    if isinstance(widget, QTableView | QTreeView):  # their column headers
        model = widget.model()
        if model is not None:
            for column in range(model.columnCount(QModelIndex())):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or ""), widget
    for action in widget.actions():
        yield from action_texts(action)


def action_texts(action: QAction) -> Iterator[tuple[str, QObject]]:
    yield action.text(), action
    yield action.toolTip(), action
    menu = action.menu()
    if isinstance(menu, QMenu):
        menu.aboutToShow.emit()  # Open Recent fills itself as it opens
        for entry in menu.actions():
            yield from action_texts(entry)


def everything_in(top: QWidget) -> Iterator[tuple[str, QObject]]:
    for widget in [top, *top.findChildren(QWidget)]:
        yield from texts_of(widget)


def untranslated(text: str, content: list[str]) -> str:
    """What is left of ``text`` once its translated parts, the article's own words, file paths,
    language tags and names that stay as they are have been taken out ("" : nothing English)."""
    while True:  # innermost first: a translation may hold another ("⟦Slide ⟦3 words⟧⟧")
        shorter = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
        if shorter == text:
            break
        text = shorter
    for piece in content:  # whole words only ("Mar", the month, is not the start of "Markdown")
        text = re.sub(rf"(?<!\w){re.escape(piece)}(?!\w)", " ", text)
    text = LANGUAGE_TAG.sub(" ", PATH.sub(" ", text.replace("&", "")))
    words = [word for word in re.findall(r"[^\W\d_]{2,}", text) if word not in NAMES]
    return " ".join(words)


def article_content(bundle: Path) -> list[str]:
    """The open article's own texts (shown in its fields, the list and the window's title)."""
    article = parse_article((bundle / "index.md").read_text(encoding="utf-8"))
    pieces = [bundle.name, *strings_in(dataclasses.asdict(article)), *QT_LOCALE_WORDS()]
    pieces += [AI_DISCLOSURE, *EXPORTERS]  # the words a fix writes into captions; format ids
    pieces += IMPORTED  # the import summary's lines taken from the imported page
    return sorted((p for p in pieces if len(p) > 2), key=len, reverse=True)


def QT_LOCALE_WORDS() -> list[str]:  # noqa: N802
    """Month and day names: the calendar shows them from the QLocale, not from a translation
    (ui/translation.py sets the locale to the window's language)."""
    locale = QLocale()
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    return [
        name
        for kind in formats
        for name in [locale.monthName(m, kind) for m in range(1, 13)]
        + [locale.standaloneMonthName(m, kind) for m in range(1, 13)]
        + [locale.dayName(d, kind) for d in range(1, 8)]
    ]


IMPORTED = ["a share bar", "Credit: AFP", "AFP"]


def strings_in(value: object) -> Iterator[str]:
    """Every text of an article's fields (slides, read-more links, credits) and their lines."""
    if isinstance(value, str):
        yield value
        yield from value.splitlines()
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_in(item)


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
    window.parts.record.toggle_action().setChecked(True)  # the Notes panel
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
    # what the rules say (rules area: credit rules, their words) is checked as theirs, not as the
    # text of the window's dialog that quotes it
    said_by_rules = sorted({f.as_text() for f in window.problems.findings}, key=len, reverse=True)
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
    }
    print(json.dumps(shown))
    """
).replace(
    "from PySide6.QtWidgets import QLabel", "from PySide6.QtWidgets import QLabel, QPushButton"
)


def shown_in(language: str, tmp_path: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "LANGUAGE": language,
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", SHOWS, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    shown: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
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
        "Automatic (system language)", "English", "Deutsch", "Français",
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
