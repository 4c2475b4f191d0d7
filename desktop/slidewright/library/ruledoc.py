"""docs/library.md, written from the library rule registry so the page cannot drift from the code.

Regenerate after changing a rule: ``python -m slidewright.library.ruledoc docs/library.md``
(tests/library/test_library_docs.py fails while the page and the registry disagree).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from slidewright.library.rules import LIBRARY_RULES, LibraryRule
from slidewright.ruledoc import rules_page, write_page

PAGE = """\
# The library: picture rights across every article

<!-- Generated from desktop/slidewright/library/ruledoc.py and rules.py by
     `python -m slidewright.library.ruledoc docs/library.md`; edit those, not this page. -->

A *library* is any folder of article bundles: a Hugo `content/` tree, a Jekyll `_posts`, or
`~/Documents/Slidewright`. Every folder under it holding an `index.md` is an article (hidden
folders, folders starting with `_` other than `_posts`, and links to folders are not searched;
an article's own subfolders are not searched for more articles).

```sh
slidewright audit ~/Documents/Slidewright                  # text, one line a finding
slidewright audit content --format json > rights.json      # or csv, or html (thumbnails, links)
slidewright audit content --expiring 60 --disable photo-reused-recently
slidewright audit --list-rules
```

`audit` exits 0 when there are no errors, 1 when there are, 2 when the folder cannot be read. JSON
is `{"articles": N, "pictures": M, "findings": [{"rule", "severity", "article", "slide", "image",
"message"}]}` with `article` (the bundle folder) and `image` (the picture file) relative to the
folder. A progress bar is drawn on stderr when it is a terminal, never into a pipe or a file.

In the window, **File ▸ Open Library…** asks for the folder (the last one is remembered) and lists
its articles (sortable; the search box searches titles, folders and credits with SQLite FTS5,
each word as a word beginning) and its pictures, one row per photo: a thumbnail, where it is used,
its credit variants and the earliest licence end, with the filters *Licence expiring in 30 days
(or ended)*, *Credited differently elsewhere* and *No licence recorded*. Double-click an article,
a picture or one of its uses to open the article at that slide. The index is brought up to date
on a thread of its own when the window opens (worker processes read the pictures), so typing in
the article never waits for it. The Problems panel of an article inside that library shows the
library's findings for it in a group of its own, *Across the library*, as of the last indexing.

## What is stored, and where

The index is one SQLite database per library, in
`$XDG_CACHE_HOME/slidewright/library/` (`~/.cache/slidewright/library/`), named by a digest of the
library folder's real path; the folder is owner-only. Nothing is ever written beside the
articles, so a library on a read-only disk or a colleague's share is indexed the same way.

| Table | One row per | Holds |
| --- | --- | --- |
| `articles` | article | folder (relative), title, date, status (`ok` or `unreadable` with the reason), slide count, and `index.md`'s size, modification time, inode and SHA-256 |
| `pictures` | distinct picture content | SHA-256, a 64-bit difference hash (dHash), the *photo* it belongs to, size in pixels and bytes, format, and from the file: credit, creator, copyright notice, licence link (WebStatement), licence terms (UsageTerms), licence start and end (PLUS `LicenseStartDate`/`LicenseEndDate`, else IIM 2:37 `ExpirationDate` for the end) |
| `usages` | slide | article, slide number, the image path as written and the file it names, its state (`ok`, `missing`, `outside`, `unreadable`…), the file's size/mtime/inode/SHA-256, and from the slide: credit, licence, licence link, creator, `license_start`, `license_end` |
| `article_text` | article | FTS5 text of title, folder and credits |
| `meta` | — | the index's generation, and the findings of the last audit with the day and options they were computed for |

**Same photo.** Two pictures are the same photo when their bytes are equal, or when their
difference hashes differ in at most 4 of 64 bits (a resized or re-encoded copy; another photo
differs in about half). Flat pictures (hash all zeros or all ones) are matched by bytes only.

**Kept up to date.** Each run lists the folder (an article known from last time is confirmed with
one stat of its `index.md`) and stats every picture the index knows. An article is read again when
its `index.md` or one of its pictures has another size, modification time or inode; a picture's
SHA-256 then confirms a real change before it is decoded again. Articles gone from the folder
(deleted, or renamed: a renamed article is a new one) leave the index with their usages, and
pictures no article uses any more go too. With many articles to read, worker processes read them.

**Safe to stop, safe to share.** Articles are written a hundred to a transaction: a run killed at
any moment leaves whole articles, and the next run reads the rest. The database is in WAL mode
with a 30-second busy timeout: two windows and an audit can use one index at once (writers take
turns). An index that is damaged or of another version is renamed `*.broken` and built again.

**Rebuilding.** The index is never the source of truth: delete
`~/.cache/slidewright/library/` (or one `*.sqlite` file in it, with its `-wal` and `-shm`) and the
next audit or Open Library builds it again from the articles.

**Licence dates in the article.** A slide's *Licence and source* section has *Licence from*
(`license_start`) and *Licence until* (`license_end`), written `YYYY-MM-DD` (docs/format.md). The
slide's end date is used before the one in the picture file. `slidewright check` and the Problems
panel read the same dates the same way (`licence_dates.py`), and say before publishing what the
audit would say after: a date that is not one, a licence that ends before the article's date or
starts after it ([credit-rules.md](credit-rules.md#licence-dates)).

## Rules

A finding is an **error** (`audit` exits 1), a **warning** or a **note** (`info` in JSON).

| Rule | Default severity | What it asks |
| --- | --- | --- |
"""


def library_markdown(rules: Iterable[LibraryRule] = LIBRARY_RULES) -> str:
    return rules_page(PAGE, rules)


def main(argv: list[str] | None = None) -> int:
    """Write the page to the path given, or print it."""
    return write_page(library_markdown, argv)


if __name__ == "__main__":
    sys.exit(main())
