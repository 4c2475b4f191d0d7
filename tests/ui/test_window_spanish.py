"""The window a Spanish-speaking newsroom starts: ``LANGUAGE=es slidewright --sample``.

As for German and French (test_window_translated.py), the real window is started in a process of
its own, the way ``slidewright`` starts it, so that the loader itself picks Spanish from the
system's language and installs every ``*_es.qm`` and Qt's ``qtbase_es.qm``. What a writer reads
there is read back: the menu bar and each menu, Help ▸ Keyboard Shortcuts, Preferences, and the
Problems panel's finding on the sample's misspelled agency with its fix.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

import pytest
from language_start import start_in_language

from slidewright.ui.translation import chosen_language, shipped_languages

SHOWS = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QLabel
    from slidewright.ui.app import create_application, open_window, plan
    start, settings = plan(None, True, sys.argv[1])  # `slidewright --sample`
    app = create_application()
    window = open_window(settings, start)
    def ready():
        return window.completed and window.preview.ready and window.problems.ready
    while not ready():  # the window's second step, the check: the subprocess's timeout bounds it
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    from slidewright.ui.dialogs.preferences import PreferencesDialog
    from slidewright.ui.problems.panel import FindingRole
    from slidewright.ui.window.help import shortcut_rows

    panel = window.problems
    rows = {}
    for g in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(g)
        for i in range(group.childCount()):
            item = group.child(i)
            finding = item.data(0, FindingRole)
            rows[f"{finding.rule}@{finding.slide}"] = item
    spelling = rows["credit-agency-spelling@1"]
    panel.tree.setCurrentItem(spelling)
    dialog = PreferencesDialog(settings, window)
    box = dialog.window_language
    shown = {
        "menus": [action.text() for action in window.menuBar().actions()],
        "entries": {
            action.text(): [
                entry.text() for entry in action.menu().actions() if not entry.isSeparator()
            ]
            for action in window.menuBar().actions()
        },
        "keys": shortcut_rows(window.actions_by_name, window.parts.desk.extra),
        "preferences": dialog.windowTitle(),
        "labels": [label.text() for label in dialog.findChildren(QLabel)],
        "buttons": [button.text() for button in dialog.buttons.buttons()],
        "languages": [box.itemText(i) for i in range(box.count())],
        "problems": panel.windowTitle(),
        "summary": panel.summary.text(),
        "group": panel.tree.topLevelItem(1).text(0),
        "row": spelling.text(0),
        "rule": spelling.text(1),
        "detail": panel.detail.text(),
        "fix": panel.fix_button.text(),
    }
    print(json.dumps(shown))
    """
)


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What the window started with LANGUAGE=es shows (one start for the tests below)."""
    home = tmp_path_factory.mktemp("spanish")
    said: dict[str, Any] = json.loads(start_in_language(SHOWS, "es", home))
    return said


def test_the_menus_speak_spanish(shown: dict[str, Any]) -> None:
    assert shown["menus"] == ["&Archivo", "&Editar", "F&ormato", "&Diapositiva", "&Ver", "A&yuda"]
    entries = shown["entries"]
    assert entries["&Archivo"][:3] == ["&Nuevo artículo…", "&Abrir…", "Abrir &reciente"]
    assert {"&Guardar", "Guardar &como…", "E&xportar…", "&Publicar…", "&Salir"} <= set(
        entries["&Archivo"]
    )
    assert "Cor&tar\tControl+X" in entries["&Editar"]  # the key as the keyboard names it
    assert "Pre&ferencias…" in entries["&Editar"]
    assert entries["&Diapositiva"][0] == "&Nueva diapositiva"
    assert entries["F&ormato"] == ["&Negrita", "&Cursiva", "&Enlace…", "&Quitar formato"]
    assert entries["A&yuda"] == ["&Atajos de teclado", "Acerca &de Slidewright"]
    # Help ▸ Keyboard Shortcuts: the keys as a Spanish keyboard names them (Qt's qtbase_es)
    assert ["Diapositiva", "Diapositiva siguiente", "Control+Av Pág"] in shown["keys"]


def test_each_menu_reaches_each_entry_by_its_own_letter(shown: dict[str, Any]) -> None:
    """Alt+letter in a Spanish menu opens one entry: no letter twice in the menu bar, nor in
    any menu as the window builds it (with the panels' toggles in View and Open Recent)."""
    groups = [shown["menus"], *shown["entries"].values()]
    clashes = []
    for texts in groups:
        letters = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
        clashes += [letter for letter in set(letters) if letters.count(letter) > 1]
    assert not clashes, clashes


def test_preferences_speak_spanish_and_offer_espanol(shown: dict[str, Any]) -> None:
    assert shown["preferences"] == "Preferencias"
    assert {"Idioma de la &ventana", "&Autor predeterminado"} <= set(shown["labels"])
    assert "Cancelar" in shown["buttons"]  # Qt's own button, from qtbase_es.qm
    assert shown["languages"] == [
        "Automático (idioma del sistema)", "English", "Deutsch", "Français", "Español", "العربية",
    ]  # fmt: skip


def test_the_problems_panel_says_the_findings_in_spanish(shown: dict[str, Any]) -> None:
    """The sample's "DepositPhotos": the finding, its fix and the counts in Spanish, the
    writer's credit and the rule id as written."""
    assert shown["problems"] == "Problemas (21)"
    assert shown["summary"] == "1 error, 12 advertencias, 8 notas"
    assert shown["group"] == "Diapositiva 2: A Market on the Quay"
    assert shown["row"] == "advertencia: «DepositPhotos» → «Depositphotos»"
    assert shown["rule"] == "credit-agency-spelling"
    assert shown["detail"].endswith("Corrección: Usar la grafía de la casa «Depositphotos».")
    assert shown["fix"] == "Aplicar corrección"


def test_a_spanish_system_gets_the_spanish_window() -> None:
    """The package ships Spanish, so LANGUAGE=es, es_MX or es-419 all pick it."""
    assert "es" in shipped_languages()
    for system in (["es"], ["es_MX"], ["es-419", "en"], ["eo", "es-ES"]):
        assert chosen_language("", system, shipped_languages()) == "es", system
