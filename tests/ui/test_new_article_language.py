"""A new article's language, when the writer has set no spelling language: a writer who chose a
German window on an English desktop writes German (the new article said en-US, and its words
were checked against the English dictionary)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from slidewright.fileformat.bundle import load_article
from slidewright.ui.session.preferences import KEYS, Preferences
from slidewright.ui.session.settings import Settings
from slidewright.ui.translation import set_window_language
from slidewright.ui.window.main_window import MainWindow


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Set the desktop's locale as a login session does."""

    def set_to(locale: str) -> None:
        for name in ("LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", locale)

    return set_to


@pytest.mark.parametrize(
    ("system", "window", "expected"),
    [
        ("en_US.UTF-8", "de", "de-DE"),  # the writer chose German: German
        ("en_US.UTF-8", "fr", "fr-FR"),
        ("en_GB.UTF-8", "es", "es-ES"),
        ("en_US.UTF-8", "ar", "ar"),  # Arabic: no one country
        ("de_AT.UTF-8", "de", "de-AT"),  # the window speaks the desktop's language: its country
        ("en_US.UTF-8", "", "en-US"),  # nothing chosen: the desktop's
        ("pl_PL.UTF-8", "", "pl-PL"),  # a desktop language the window does not speak
    ],
)
def test_a_new_article_is_in_the_language_the_writer_chose(
    desktop: Any, settings: Settings, system: str, window: str, expected: str
) -> None:
    desktop(system)
    set_window_language(settings, window)
    preferences = Preferences.load(settings)
    assert preferences.article_language() == expected
    assert preferences.new_article("Harbour walks").lang == expected


def test_the_spelling_preference_still_wins(desktop: Any, settings: Settings) -> None:
    desktop("en_US.UTF-8")
    set_window_language(settings, "de")
    settings.set_value(KEYS["spelling_language"], "en-GB")
    assert Preferences.load(settings).article_language() == "en-GB"


def test_new_article_in_the_window_saves_the_chosen_language(
    desktop: Any, settings: Settings, window: MainWindow, tmp_path: Path
) -> None:
    desktop("en_US.UTF-8")
    set_window_language(settings, "fr")
    folder = tmp_path / "promenades"
    assert window.session.new_article(folder)
    assert window.doc is not None and window.doc.article.lang == "fr-FR"
    assert load_article(folder / "index.md").lang == "fr-FR"  # what the file says


def test_preferences_names_the_language_used_when_none_is_set(
    qtbot: Any, desktop: Any, settings: Settings
) -> None:
    from slidewright.ui.dialogs.preferences import PreferencesDialog

    desktop("en_US.UTF-8")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.itemText(0) == "System language (en-US)"
    set_window_language(settings, "de")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.itemText(0) == "The window's language (de-DE)"
