"""The library: every article under a folder, indexed so the rights of each picture can be
checked across articles (issue 28).

The articles and their pictures stay the source of truth. The index is an SQLite database under
the user's cache folder (``store.py``), filled by ``indexer.py`` (stat first, digest to confirm,
worker processes for the pictures) and read by the library rules (``rules.py``), the
``slidewright audit`` command (``audit.py``) and the window's File ▸ Open Library…. Deleting the
index loses nothing: the next run builds it again. No Qt here.

The package imports nothing on its own: ``slidewright --help`` builds the ``audit`` parser from
``command.py`` without loading the indexer, SQLite or Pillow.
"""
