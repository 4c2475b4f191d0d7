"""Edit ▸ Preferences…: what a writer sets there is what New Article starts with, and the spelling
follows the language and the agency names chosen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from spellhelpers import tools, underlined, use_english

from slidewright.ui.dialogs.preferences import PreferencesDialog
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.main_window import MainWindow


def fill_preferences(qtbot: Any, author: str, label: str, agencies: str, language: str) -> None:
    """Answer the Preferences dialog that is about to open, as a writer types."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, fill)
            return
        for field, text in ((dialog.author, author), (dialog.credit_label, label)):
            field.selectAll()
            qtbot.keyClicks(field, text)
        dialog.agencies.selectAll()
        qtbot.keyClicks(dialog.agencies, agencies)
        dialog.language.lineEdit().selectAll()
        qtbot.keyClicks(dialog.language.lineEdit(), language)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, fill)


def test_new_article_starts_with_the_preferred_byline_and_credit_label(
    qtbot: Any, window: MainWindow, settings: Settings, tmp_path: Path
) -> None:
    assert window.actions_by_name["preferences"].isEnabled()  # also with no article open
    fill_preferences(qtbot, "Mara Quint", "Photo", "Alamy", "en-US")
    window.actions_by_name["preferences"].trigger()
    assert Preferences.load(settings) == Preferences("Mara Quint", "Photo", ["Alamy"], "en-US")
    assert window.session.new_article(tmp_path / "tide-pools")
    article = window.doc.article
    assert (article.author, article.credit_label, article.lang) == ("Mara Quint", "Photo", "en-US")
    assert window.article_editor.fields["author"].text() == "Mara Quint"


def test_agency_names_are_not_misspellings_once_listed(
    qtbot: Any,
    request: pytest.FixtureRequest,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_english(settings, tmp_path, monkeypatch)
    window: MainWindow = request.getfixturevalue("sample_window")
    qtbot.waitUntil(lambda: tools(window).spelling.ready)
    caption = window.slide_editor.fields["caption"]
    caption.clear()
    qtbot.keyClicks(caption, "Photo by Zuvaryx")
    assert underlined(caption, window) == ["Zuvaryx"]
    fill_preferences(qtbot, "", "Credit", "Zuvaryx Images", "en-US")
    window.actions_by_name["preferences"].trigger()
    qtbot.waitUntil(lambda: underlined(caption, window) == [])


def test_a_language_without_a_dictionary_is_reported(qtbot: Any, sample_window: MainWindow) -> None:
    language = sample_window.article_editor.fields["lang"]  # the sample's en-GB would win
    sample_window.tabs.setCurrentIndex(1)
    language.setFocus()
    language.selectAll()
    qtbot.keyClick(language, Qt.Key.Key_Backspace)
    assert sample_window.doc.article.lang == ""
    fill_preferences(qtbot, "", "Credit", "", "zz-QQ")
    sample_window.actions_by_name["preferences"].trigger()
    bar = sample_window.statusBar()
    qtbot.waitUntil(lambda: "spell checking is off" in bar.currentMessage().lower())


def test_the_publisher_and_the_authors_page_reach_the_export(
    qtbot: Any, sample_window: MainWindow, settings: Settings
) -> None:
    """Typed in Preferences, given by the Export dialog to the export: the page's JSON-LD names
    the publisher with its logo, and the author's page when the byline is the writer's."""
    from slidewright.ui.dialogs.export_dialog import ExportDialog

    dialog = PreferencesDialog(settings)
    for field, text in (
        (dialog.author, "Noor Haddad"), (dialog.author_url, "https://news.example/noor/"),
        (dialog.publisher, "Harbour News"), (dialog.publisher_logo, "https://news.example/l.png"),
    ):  # fmt: skip
        field.selectAll()
        qtbot.keyClicks(field, text)
    dialog.accept()
    export = ExportDialog(sample_window, sample_window.doc, "article", settings=settings)
    _, options, _ = export.chosen()
    assert (options.publisher, options.publisher_logo) == (
        "Harbour News",
        "https://news.example/l.png",
    )
    assert (options.author_name, options.author_url) == (
        "Noor Haddad",
        "https://news.example/noor/",
    )
    export.deleteLater()
    dialog.deleteLater()
