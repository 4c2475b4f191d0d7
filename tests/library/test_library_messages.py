"""Library findings kept in the index (findings_cache.py) come back as translatable messages:
the Problems panel's "Across the library" group reads them from there."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from libraryfactory import MakeArticle
from slidewright.i18n import Message, translated
from slidewright.library import findings_cache
from slidewright.library.indexer import update_index
from slidewright.library.rules import LibraryRules
from slidewright.library.store import LibraryStore

TODAY = datetime.date(2026, 12, 7)
GERMAN = {
    ("LibraryRules", "this photo is also used in {uses}: within {days} days of this article"): (
        "dieses Foto wird auch in {uses} verwendet: innerhalb von {days} Tagen um diesen Artikel"
    ),
    ("LibraryRules", "{where}, dated {date}"): "{where}, datiert {date}",
    ("LibraryRules", "{article} (slide {slide})"): "{article} (Folie {slide})",
}


def test_kept_findings_are_the_same_english_and_still_translatable(
    library: Path, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_article("monday", "2026-09-07", [(1, "Staff", {})])
    make_article("thursday", "2026-09-10", [(1, "Staff", {})])
    with LibraryStore(library) as store:
        update_index(store)
        computed = findings_cache.library_findings(store.db, LibraryRules(), today=TODAY)
        monkeypatch.setattr(findings_cache, "check_library", None)  # the rules do not run again
        kept = findings_cache.library_findings(
            store.db, LibraryRules(), today=TODAY
        )  # read from the index
    [note] = [f for f in kept if f.article == "monday"]
    assert kept == computed
    assert note.message == (
        "this photo is also used in thursday (slide 1), dated 2026-09-10: "
        "within 7 days of this article"
    )
    assert isinstance(note.message, Message)
    german = translated(note.message, lambda context, text: GERMAN.get((context, text), text))
    assert german == (
        "dieses Foto wird auch in thursday (Folie 1), datiert 2026-09-10 verwendet: "
        "innerhalb von 7 Tagen um diesen Artikel"
    )
