"""The shipped translations are complete and what the window loads is what they say.

For each area of the window (packaging/translations.py: AREAS) and each language: every string
the current sources mark for translation has a finished translation in the committed .ts, the
committed .qm gives the same translations as the .ts compiled now, and a translation keeps its
source's placeholders and, in a menu, a mnemonic of its own. Also the language a start picks.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from slidewright.ui.translation import chosen_language

ROOT = Path(__file__).resolve().parent.parent


def load_translations() -> ModuleType:
    """packaging/translations.py (a script, not a package): its AREAS table and its tools."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


tools = load_translations()
CASES = [(area, language) for area in tools.AREAS for language in tools.LANGUAGES]
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")


def shipped(area: str, language: str) -> bool:
    return bool(tools.ts_file(area, language).exists())


@pytest.mark.parametrize(("area", "language"), CASES)
def test_every_string_of_the_sources_has_a_finished_translation(area: str, language: str) -> None:
    problems = tools.missing(area, language)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("area", "language"), CASES)
def test_the_committed_qm_says_what_the_ts_says(area: str, language: str, tmp_path: Path) -> None:
    if not shipped(area, language):
        pytest.skip(f"{area} has no {language} translations (no strings to translate)")
    fresh = tmp_path / "fresh.qm"
    tools.lrelease(tools.ts_file(area, language), fresh)
    committed, compiled = QTranslator(), QTranslator()
    assert committed.load(str(tools.qm_file(area, language))), "the committed .qm does not load"
    assert compiled.load(str(fresh))
    differ = []
    for message in tools.read_ts(tools.ts_file(area, language)):
        for n in (0, 1, 2, 5, 21) if message.numerus else (-1,):
            said = committed.translate(message.context, message.source, None, n)
            meant = compiled.translate(message.context, message.source, None, n)
            if said != meant or not said:
                differ.append(
                    f"[{message.context}] {message.source!r} (n={n}): {said!r} != {meant!r}"
                )
    assert not differ, "run packaging/translations.py compile:\n" + "\n".join(differ)


@pytest.mark.parametrize(("area", "language"), CASES)
def test_translations_keep_placeholders_and_mnemonics(area: str, language: str) -> None:
    if not shipped(area, language):
        pytest.skip(f"{area} has no {language} translations")
    wrong = []
    for message in tools.read_ts(tools.ts_file(area, language)):
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for text in message.translations:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{message.source!r} -> {text!r}: placeholders {wanted}")
            if mnemonics(message.source) and len(mnemonics(text)) != 1:
                wrong.append(f"{message.source!r} -> {text!r}: one & mnemonic wanted")
            if "\t" in message.source and text.split("\t")[1:] != message.source.split("\t")[1:]:
                wrong.append(f"{message.source!r} -> {text!r}: the key after the tab changed")
    assert not wrong, "\n".join(wrong)


def mnemonics(text: str) -> list[str]:
    return re.findall(r"&([^&\s])", text.replace("&&", ""))


@pytest.mark.parametrize("language", tools.TRANSLATED)
def test_each_menu_gives_each_entry_its_own_mnemonic(language: str) -> None:
    """Alt+letter reaches one entry: within a menu (and across the menu bar) no letter twice."""
    from slidewright.ui.window.menus import MENUS

    translator = QTranslator()
    assert translator.load(str(tools.qm_file("window", language)))

    def shown(text: str) -> str:
        return translator.translate("Menus", text) or text

    groups = [[shown(title) for title, _entries in MENUS]] + [
        [shown(entry[1]) for entry in entries if isinstance(entry, tuple)]
        for _title, entries in MENUS
    ]
    clashes = []
    for texts in groups:
        letters = [mnemonics(text)[0].lower() for text in texts if mnemonics(text)]
        clashes += [
            text
            for text in texts
            if mnemonics(text) and letters.count(mnemonics(text)[0].lower()) > 1
        ]
    assert not clashes, clashes


def test_every_window_module_belongs_to_an_area() -> None:
    """A new module under ui/ is translated with some area, never left out of every .ts."""
    package = ROOT / "desktop" / "slidewright"
    covered = {path for area in tools.AREAS for path in tools.area_files(area)}
    left_out = sorted(
        str(path.relative_to(package))
        for path in (package / "ui").rglob("*.py")
        if path not in covered
    )
    assert not left_out, f"add these to an area of packaging/translations.py: {left_out}"


@pytest.mark.parametrize(
    ("preference", "system", "language"),
    [
        ("", ["de-DE", "de"], "de"),  # LANGUAGE=de
        ("", ["fr-CA"], "fr"),
        ("", ["fr_FR"], "fr"),
        ("", ["eo", "de"], "de"),  # LANGUAGE=eo:de: the first language we ship
        ("", ["eo"], "en"),  # an unknown language: English
        ("", ["C"], "en"),
        ("", ["en-GB", "de"], "en"),  # English first wins over a later German
        ("fr", ["de-DE"], "fr"),  # the writer's choice in Preferences comes first
        ("en", ["de-DE"], "en"),
        ("xx", ["de-DE"], "de"),  # a choice we do not ship: the system's
    ],
)
def test_the_window_language_follows_preferences_then_the_system(
    preference: str, system: list[str], language: str
) -> None:
    assert chosen_language(preference, system, ["de", "en", "fr"]) == language


def test_the_qt_tools_are_there() -> None:
    """The checks above run the real lupdate and lrelease of the PySide6 in use."""
    assert shutil.which(tools.tool("pyside6-lupdate"))
    assert shutil.which(tools.tool("pyside6-lrelease"))
