"""The one rule both ways into an article follow (File ▸ Import… and a page pasted into a new
article): what the page says wins, what it leaves empty stays as the writer's article had it."""

from __future__ import annotations

from pathlib import Path

from slidewright.importers import import_file
from slidewright.importers.common import imported_over
from slidewright.importers.text import parse_text
from slidewright.model import Article, Slide

DUTCH = """Drie molens aan de Zaan

Door Anna Bakker
Gepubliceerd op 4 mrt. 2026

Langs de rivier draaien nog molens.

1. De Kat

Foto: Erik Jansen/ANP

Een verfmolen die nog maalt.

2. De Zoeker

Foto: Hans Koster

Een oliemolen aan de dijk.
"""


def test_the_page_s_language_and_byline_win_and_the_writer_s_defaults_stay() -> None:
    blank = Article(
        title="Molens", author="Desk Writer", credit_label="Photo", lang="en-US", slides=[Slide()]
    )
    imported = parse_text(DUTCH, "pasted").article
    merged = imported_over(blank, imported)
    assert (merged.lang, merged.author, merged.date) == ("nl", "Anna Bakker", "2026-03-04")
    assert merged.title == "Drie molens aan de Zaan" and len(merged.slides) == 2
    assert merged.credit_label == "Photo"  # the page printed no label of its own to keep
    assert blank.lang == "en-US" and blank.slides == [Slide()]  # the blank is left as it was


def test_a_page_that_names_no_language_takes_the_writer_s(tmp_path: Path) -> None:
    english = DUTCH.replace("Door Anna Bakker\nGepubliceerd op 4 mrt. 2026\n", "")
    source = tmp_path / "page.txt"
    source.write_text(english.replace("Foto:", "Photo:"), encoding="utf-8")
    import_file(source, tmp_path / "out", lang="en-CA")
    merged = imported_over(Article(lang="en-CA"), parse_text(english, "pasted").article)
    assert merged.lang == "en-CA"
    assert "lang: en-CA" in (tmp_path / "out" / "index.md").read_text("utf-8")
