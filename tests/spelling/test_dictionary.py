"""The dictionary: Enchant with the writer's own words, and a clear 'off' without one."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.spelling.dictionary import (
    SpellDictionary,
    enchant_tag,
    open_dictionary,
    system_language,
)


@pytest.fixture
def english(tmp_path: Path) -> SpellDictionary:
    pytest.importorskip("enchant", reason="pyenchant or libenchant-2 is not installed")
    found = open_dictionary("en-US", tmp_path / "words.txt")
    if not found.available:
        pytest.skip(f"no en_US dictionary ({found.problem}): install hunspell-en-us")
    return found


def test_misspellings_are_found_and_suggestions_offered(english: SpellDictionary) -> None:
    assert english.check("harbor") and english.check("Harbor")
    assert not english.check("harbr")
    assert "harbor" in english.suggest("harbr")
    assert english.check("don’t")  # the typographer's apostrophe is not a misspelling


def test_added_words_are_remembered_in_the_personal_list(
    english: SpellDictionary, tmp_path: Path
) -> None:
    assert not english.check("Slidewright")
    english.add("Slidewright")
    assert english.check("Slidewright")
    assert (tmp_path / "words.txt").read_text(encoding="utf-8") == "Slidewright\n"
    again = open_dictionary("en-US", tmp_path / "words.txt")
    assert again.check("Slidewright")


def test_a_language_without_a_dictionary_checks_nothing_and_says_why(tmp_path: Path) -> None:
    missing = open_dictionary("xx-YY", tmp_path / "words.txt")
    assert not missing.available and "xx-YY" in missing.problem or "Enchant" in missing.problem
    assert missing.check("qwzx") and missing.suggest("qwzx") == []


def test_language_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    assert enchant_tag("en-gb") == "en_GB" and enchant_tag("de") == "de"
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert system_language() == "fr-CA"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert system_language()  # something usable, never "C"


def test_without_enchant_nothing_is_checked_and_the_reason_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "enchant", None)  # "import enchant" now fails
    missing = open_dictionary("en-US", tmp_path / "words.txt")
    assert not missing.available and "Enchant is not installed" in missing.problem
    assert missing.check("qwzx")


def test_a_bare_language_is_checked_in_its_main_region_without_a_note(tmp_path: Path) -> None:
    """``lang: de`` is German as written in Germany, not whichever dialect sorts first (de-BE),
    and it is no reason to tell the writer a dictionary is missing; a region that is missing is."""
    pytest.importorskip("enchant", reason="pyenchant or libenchant-2 is not installed")
    german = open_dictionary("de", tmp_path / "words.txt")
    if not german.available:
        pytest.skip(f"no German dictionary ({german.problem}): install hunspell-de-de")
    assert german.note == ""
    assert german.check("Straße") and not german.check("Strasse")  # German German, not Swiss
    austrian = open_dictionary("de-AT", tmp_path / "words.txt")
    assert "de-AT" in austrian.note and "de-DE" in austrian.note
