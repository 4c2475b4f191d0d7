"""The library: every article under a folder, indexed so the rights of each picture can be
checked across articles (issue 28).

The articles and their pictures stay the source of truth. The index is an SQLite database under
the user's cache folder (``store.py``), filled by ``indexer.py`` (stat first, digest to confirm,
worker processes for the pictures) and read by the library rules (``rules.py``), the
``slidewright audit`` command (``audit.py``) and the window's File ▸ Open Library…. Deleting the
index loses nothing: the next run builds it again. No Qt here.
"""

from __future__ import annotations

from slidewright.library.indexer import IndexResult, update_index
from slidewright.library.rules import LibraryFinding, LibraryRules, check_library
from slidewright.library.store import LibraryStore, index_file_for

__all__ = [
    "IndexResult",
    "LibraryFinding",
    "LibraryRules",
    "LibraryStore",
    "check_library",
    "index_file_for",
    "update_index",
]
