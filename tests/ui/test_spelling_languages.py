"""Spelling follows the article's language beyond English: the writer types the article's ``lang``
and the body is checked with that language's dictionary (Debian's hunspell-fr, -de-de, -es, -ar,
-he, named in packaging/debian-packages.txt), right-to-left scripts included.

Each sentence is written for this test and holds exactly one misspelled word; the others are
ordinary words of the language, with its accents, umlauts, ß, or Arabic and Hebrew letters, which
must not be underlined."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from spellhelpers import tools, underlined

from slidewright.spelling import open_dictionary
from slidewright.ui.window.main_window import MainWindow

# (article lang, Debian package, sentence, the one misspelled word in it)
SENTENCES = [
    ("fr", "hunspell-fr", "Le photographe attendait près du port. La fotograpie", "fotograpie"),
    ("de", "hunspell-de-de", "Die Straße am Hafen war früh belebt. Das Hafenbekken", "Hafenbekken"),
    ("es", "hunspell-es", "La fotografía muestra el puerto al amanecer con barcoss", "barcoss"),
    ("ar", "hunspell-ar", "صورة الميناء في الصباح مدينةةة", "مدينةةة"),
    ("he", "hunspell-he", "תמונה של הנמל בבוקר עירררר", "עירררר"),
]


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` a character at a time, as a keyboard layout for the language sends it (QTest's
    keyClicks only knows Latin keys): one key press carrying the character, then its release."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _set_language(qtbot: Any, window: MainWindow, lang: str) -> None:
    """Type ``lang`` into the Article tab's language field, as the writer does."""
    window.tabs.setCurrentIndex(1)
    field = window.article_editor.fields["lang"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, lang)
    assert window.doc is not None and window.doc.article.lang == lang
    qtbot.waitUntil(lambda: tools(window).spelling.language == lang, timeout=60000)
    window.tabs.setCurrentIndex(0)


def test_the_body_is_checked_in_the_language_the_article_says(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    qtbot.waitUntil(lambda: tools(window).spelling.ready, timeout=60000)
    checked = []
    body = window.slide_editor.body
    for lang, _package, sentence, wrong in SENTENCES:
        if not open_dictionary(lang).available:
            continue  # reported below: the test must check at least one other language
        _set_language(qtbot, window, lang)
        assert not tools(window).spelling.dictionary.note, tools(window).spelling.dictionary.note
        body.setFocus()
        body.clear()
        _type(body, sentence)
        assert window.doc is not None and window.doc.article.slides[0].body == sentence
        qtbot.waitUntil(lambda w=wrong: underlined(body, window) == [w], timeout=60000)
        checked.append(lang)
    if not checked:
        missing = " ".join(package for _, package, _, _ in SENTENCES)
        pytest.skip(f"no dictionary for these languages: install {missing}")
