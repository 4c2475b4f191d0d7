"""The dictionary a spell check asks: Enchant (Hunspell's word lists) plus the writer's own words.

Enchant is optional at run time: without the library or without a dictionary for the article's
language, :func:`open_dictionary` returns a dictionary that accepts every word and says why in
``problem``, so the window can tell the writer once and carry on.

Verdicts are cached by word: while a writer types, the same few hundred words are asked about again
and again (every keystroke re-checks the line it is in), and Enchant's call costs more than a look-up.
"""

from __future__ import annotations

import locale
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.spelling.packages import dictionary_packages

CACHE_LIMIT = (
    50_000  # words remembered before the cache starts again (an article has a few thousand)
)
SUGGESTIONS = 7
DEFAULT_LANGUAGE = "en-US"


def system_language() -> str:
    """The desktop's language as a BCP 47 tag ("en-US"), from the locale; English if none."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        tag = _tag(value)
        if tag:
            return tag
    try:
        tag = _tag(locale.getlocale()[0] or "")
    except ValueError:
        tag = ""
    return tag or DEFAULT_LANGUAGE


def _tag(value: str) -> str:
    """``en_GB.UTF-8`` -> ``en-GB``; "" for C/POSIX or nothing."""
    name = value.split(".")[0].split("@")[0]
    if not name or name in ("C", "POSIX"):
        return ""
    return name.replace("_", "-")


def enchant_tag(language: str) -> str:
    """Enchant names dictionaries ``en_US``; the article says ``en-US`` (as HTML's lang does)."""
    parts = language.strip().replace("-", "_").split("_")
    if len(parts) >= 2:
        return f"{parts[0].lower()}_{parts[1].upper()}"
    return parts[0].lower()


class SpellDictionary:
    """Checks words against one language's dictionary and the writer's personal word list."""

    def __init__(
        self,
        language: str,
        checker: Any | None,
        personal: Path | None,
        problem: str = "",
        extra_words: Iterable[str] = (),
        note: str = "",
    ) -> None:
        self.language = language
        self._checker = checker  # an enchant.Dict, or None: every word is accepted
        self.personal = personal
        self.problem = problem  # why there is no checking ("" when there is)
        self.note = note  # checked, but not quite as asked (another country's dictionary)
        self._accepted = set(_read_words(personal)) | set(extra_words)
        self._verdicts: dict[str, bool] = {}

    @property
    def available(self) -> bool:
        return self._checker is not None

    def check(self, word: str) -> bool:
        """True when ``word`` is spelled right (always, without a dictionary)."""
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = self._ask(word)
            if len(self._verdicts) >= CACHE_LIMIT:
                self._verdicts.clear()
            self._verdicts[word] = verdict
        return verdict

    def _ask(self, word: str) -> bool:
        plain = word.replace("’", "'")
        if self._checker is None or {word, plain, plain.lower()} & self._accepted:
            return True
        try:
            return bool(self._checker.check(plain))
        except (
            Exception
        ):  # Enchant refuses some inputs (e.g. lone combining marks): not a misspelling
            return True

    def suggest(self, word: str) -> list[str]:
        """A few spellings the writer may have meant, best first."""
        if self._checker is None:
            return []
        curly = "’" in word
        try:
            found = [str(s) for s in self._checker.suggest(word.replace("’", "'"))]
        except Exception:
            return []
        return [s.replace("'", "’") if curly else s for s in found[:SUGGESTIONS]]

    def add(self, word: str) -> None:
        """Accept ``word`` from now on, and remember it in the personal word list."""
        self._accepted.add(word)
        self._verdicts.pop(word, None)
        if self.personal is None or word in _read_words(self.personal):
            return
        self.personal.parent.mkdir(parents=True, exist_ok=True)
        with self.personal.open("a", encoding="utf-8") as file:
            file.write(word + "\n")

    def accept(self, words: Iterable[str]) -> None:
        """Accept these words for this run only (agency names from the preferences)."""
        self._accepted.update(words)
        self._verdicts.clear()


def _read_words(path: Path | None) -> list[str]:
    if path is None or not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8", errors="replace")[:2_000_000]
    except OSError:
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


_LOADED: dict[str, Any] = {}  # Enchant dictionaries by tag: loading one takes ~0.1 s
_LOADING = threading.Lock()  # dictionaries are opened on loader threads


def _loaded(enchant: Any, tag: str) -> Any:
    """One Enchant dictionary per language for the process (the writer's own words are kept by
    each SpellDictionary, never added to it, so sharing it shares nothing else)."""
    with _LOADING:
        found = _LOADED.get(tag)
        if found is None:
            found = _LOADED[tag] = enchant.Dict(tag)
        return found


def _likely(base: str) -> str:
    """The region a language is most likely written in, as an Enchant tag ("de" -> "de_DE"),
    from CLDR's likely subtags (Babel); the bare language where CLDR does not say."""
    from babel.core import get_global  # only when a dictionary is missing: Babel loads its data

    likely = str(get_global("likely_subtags").get(base, ""))
    parts = likely.split("_")
    return f"{base}_{parts[-1]}" if len(parts) > 1 and parts[-1].isupper() else base


def _nearest(base: str, installed: Iterable[str]) -> list[str]:
    """The installed dictionaries of ``base``'s language, its main region's first (so "de" is
    checked in German German, not in whichever dialect sorts first)."""
    near = sorted(name for name in installed if name.split("_")[0] == base)
    likely = _likely(base) if near else base
    return sorted(near, key=lambda name: name != likely)


def _none_for(language: str, tag: str) -> str:
    """Why spelling is off for ``language``, naming the package that would turn it on."""
    packages = dictionary_packages(tag)
    if not packages:
        off = QT_TRANSLATE_NOOP(
            "SpellDictionary",
            "spell checking is off: no dictionary for {language} "
            "(install a Hunspell dictionary for it from your system's packages)",
        )
        return off.format(language=language)
    off = QT_TRANSLATE_NOOP(
        "SpellDictionary",
        "spell checking is off: no dictionary for {language} "
        "(on Debian or Ubuntu, install {packages})",
    )
    return off.format(language=language, packages=packages)


def open_dictionary(
    language: str, personal: Path | None = None, extra_words: Iterable[str] = ()
) -> SpellDictionary:
    """The dictionary for ``language`` ("en-US"), or one that checks nothing and says why."""
    try:
        import enchant  # type: ignore[import-untyped]  # pyenchant ships no type hints
    except ImportError as error:  # pyenchant missing, or libenchant-2 not installed
        off = QT_TRANSLATE_NOOP(
            "SpellDictionary", "spell checking is off: Enchant is not installed ({error})"
        )
        return SpellDictionary(language, None, personal, off.format(error=str(error)))
    tag = enchant_tag(language)
    try:
        if not enchant.dict_exists(tag):
            base = tag.split("_")[0]
            near = _nearest(base, enchant.list_languages())
            if not near:
                return SpellDictionary(language, None, personal, _none_for(language, tag))
            # a bare language ("de") is its main region's ("de_DE"): nothing to tell the writer
            regional = "_" in tag
            instead = QT_TRANSLATE_NOOP(
                "SpellDictionary", "no dictionary for {language}: spelling is checked in {near}"
            )
            note: str = (
                instead.format(language=language, near=near[0].replace("_", "-"))
                if regional or near[0] != _likely(base)
                else ""
            )
            tag = near[0]
        else:
            note = ""
        checker = _loaded(enchant, tag)
    except Exception as error:  # Enchant's errors are its own Error or OSError from the library
        off = QT_TRANSLATE_NOOP("SpellDictionary", "spell checking is off: {error}")
        return SpellDictionary(language, None, personal, off.format(error=str(error)))
    return SpellDictionary(language, checker, personal, "", extra_words, note)
