"""Spell checking as a writer meets it: red underlines while typing, suggestions and Add to
Dictionary on right-click, with the real en_US dictionary (skipped where it is not installed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from spellhelpers import choose, menu_texts, right_click_word, tools, underlined, use_english
from uihelpers import run_js

from slidewright.ui.session.preferences import KEYS
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.main_window import MainWindow


@pytest.fixture
def english_window(
    request: pytest.FixtureRequest,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    use_english(settings, tmp_path, monkeypatch)
    window: MainWindow = request.getfixturevalue("sample_window")
    qtbot = request.getfixturevalue("qtbot")
    qtbot.waitUntil(lambda: tools(window).spelling.ready)  # loaded on its own thread
    return window


def test_a_misspelled_word_typed_in_the_body_is_underlined_but_code_and_links_are_not(
    qtbot: Any, english_window: MainWindow
) -> None:
    body = english_window.slide_editor.body
    body.clear()
    qtbot.keyClicks(body, "The harbr wall, `pirnt` and [a quay](https://exmple.org) ")
    assert underlined(body, english_window) == ["harbr"]
    qtbot.keyClicks(body, "recieve **wrnog**")
    assert underlined(body, english_window) == ["harbr", "recieve", "wrnog"]
    bold = body.document().firstBlock().layout().formats()
    assert any(f.format.fontWeight() > 400 and f.format.underlineStyle() for f in bold)


def test_a_suggestion_from_the_right_click_menu_replaces_the_word_as_one_undo_step(
    qtbot: Any, english_window: MainWindow
) -> None:
    body = english_window.slide_editor.body
    body.setFocus()
    body.clear()
    qtbot.keyClicks(body, "We walked to the harbr at dawn.")
    menu = right_click_word(body, "harbr")
    # the sample is British English (lang: en-GB), so its dictionary suggests the British word
    assert "harbour" in menu_texts(menu) and "Add “harbr” to Dictionary" in menu_texts(menu)
    assert "Copy" in " ".join(menu_texts(menu))  # Qt's own entries stay below
    choose(menu, "harbour")
    assert english_window.doc.article.slides[0].body == "We walked to the harbour at dawn."
    assert underlined(body, english_window) == []
    english_window.actions_by_name["undo"].trigger()
    assert english_window.doc.article.slides[0].body == "We walked to the harbr at dawn."


def test_add_to_dictionary_from_a_heading_is_remembered_for_the_next_run(
    qtbot: Any, english_window: MainWindow, tmp_path: Path
) -> None:
    heading = english_window.slide_editor.fields["heading"]
    heading.clear()
    qtbot.keyClicks(heading, "Evening at Porthgwarra")
    qtbot.waitUntil(lambda: underlined(heading, english_window) == ["Porthgwarra"])
    choose(right_click_word(heading, "Porthgwarra"), "Add “Porthgwarra” to Dictionary")
    assert underlined(heading, english_window) == []
    assert (tmp_path / "personal-words.txt").read_text(encoding="utf-8") == "Porthgwarra\n"
    assert english_window.doc.article.slides[0].heading == "Evening at Porthgwarra"


def test_a_heading_suggestion_goes_through_the_undo_history(
    qtbot: Any, english_window: MainWindow
) -> None:
    heading = english_window.slide_editor.fields["heading"]
    heading.clear()
    qtbot.keyClicks(heading, "Mornnig tide")
    choose(right_click_word(heading, "Mornnig"), "Morning")
    assert english_window.doc.article.slides[0].heading == "Morning tide"
    english_window.actions_by_name["undo"].trigger()
    assert english_window.doc.article.slides[0].heading == "Mornnig tide"


def test_title_description_and_intro_are_checked_too(
    qtbot: Any, english_window: MainWindow
) -> None:
    editor = english_window.article_editor
    english_window.tabs.setCurrentIndex(1)
    for field in (editor.fields["title"], editor.description, editor.intro):
        field.clear()
        qtbot.keyClicks(field, "Seaside tonwns")
    assert underlined(editor.fields["title"], english_window) == ["tonwns"]
    assert underlined(editor.description, english_window) == ["tonwns"]
    assert underlined(editor.intro, english_window) == ["tonwns"]


def test_without_a_dictionary_the_window_says_so_once_and_typing_works(
    qtbot: Any, request: pytest.FixtureRequest, settings: Settings, sample_bundle: Path
) -> None:
    settings.set_value(KEYS["spelling_language"], "xx-YY")
    index = sample_bundle / "index.md"  # an article in a language with no dictionary here
    index.write_text(index.read_text().replace("lang: en-GB", "lang: xx-YY"))
    window: MainWindow = request.getfixturevalue("sample_window")
    qtbot.waitUntil(lambda: "spell checking is off" in window.statusBar().currentMessage().lower())
    window.statusBar().clearMessage()
    body = window.slide_editor.body
    qtbot.keyClicks(body, " qwzrt")
    assert window.doc.article.slides[0].body.startswith(" qwzrt")
    assert underlined(body, window) == []
    window.doc.undo_stack.setClean()
    window.session.close_article()
    assert window.session.open_path(sample_bundle)
    assert window.statusBar().currentMessage() == ""  # said once, not every time


def test_the_article_language_typed_in_the_article_tab_sets_the_dictionary_and_the_page(
    qtbot: Any, english_window: MainWindow
) -> None:
    window = english_window
    window.tabs.setCurrentIndex(1)
    language = window.article_editor.fields["lang"]
    assert language.text() == "en-GB"  # the sample's own: it wins over the preferences'
    assert tools(window).spelling.language == "en-GB"
    language.setFocus()  # the writer empties it: the preferences' (or the system's) language
    language.selectAll()
    qtbot.keyClick(language, Qt.Key.Key_Backspace)
    assert window.doc.article.lang == ""
    qtbot.waitUntil(lambda: tools(window).spelling.language == "en-US")
    qtbot.keyClicks(language, "en-GB")
    assert window.doc.article.lang == "en-GB"
    qtbot.waitUntil(lambda: tools(window).spelling.language == "en-GB")
    if not tools(window).spelling.dictionary.note:  # a British dictionary is installed here
        assert tools(window).spelling.dictionary.check("harbour")
    else:
        assert "en-GB" in window.statusBar().currentMessage()
    script = "JSON.stringify(document.documentElement.lang)"
    qtbot.waitUntil(lambda: run_js(qtbot, window, script) == '"en-GB"')
    window.actions_by_name["undo"].trigger()
    assert window.doc.article.lang == ""
    qtbot.waitUntil(lambda: tools(window).spelling.language == "en-US")
    window.actions_by_name["undo"].trigger()
    assert window.doc.article.lang == "en-GB"


def test_a_language_corrected_takes_back_its_no_dictionary_line_and_nothing_else(
    qtbot: Any, english_window: MainWindow
) -> None:
    """"Spell checking is off: no dictionary for zz" is wrong once the writer has finished
    typing the language: the line goes when a dictionary opens; another line stays."""
    window = english_window
    bar = window.statusBar()
    window.tabs.setCurrentIndex(1)
    language = window.article_editor.fields["lang"]
    language.setFocus()
    language.selectAll()
    qtbot.keyClicks(language, "zz")
    qtbot.waitUntil(lambda: "spell checking is off" in bar.currentMessage().lower())
    language.selectAll()
    qtbot.keyClicks(language, "en-US")
    qtbot.waitUntil(lambda: tools(window).spelling.language == "en-US")
    assert "spell checking is off" not in bar.currentMessage().lower()

    language.selectAll()  # the writer's own line, shown after the spelling's, is left alone
    qtbot.keyClicks(language, "zz-QQ")
    qtbot.waitUntil(lambda: "spell checking is off" in bar.currentMessage().lower())
    bar.showMessage("Saved")
    language.selectAll()
    qtbot.keyClicks(language, "en-GB")
    qtbot.waitUntil(lambda: tools(window).spelling.language == "en-GB")
    assert bar.currentMessage() == "Saved"
