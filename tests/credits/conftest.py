"""Fixtures the credit checker's read-ahead tests share (test_credentials_ahead.py and
test_credentials_guess.py); c2pa is imported only by the tests that ask for them, which skip
without it."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def own_article(tmp_path: Path) -> Path:
    """An article of signed, plain and hostile pictures of the test's own, for a test that
    changes its pictures."""
    from readahead_scripts import make_bundle, make_hostile, pictures

    bundle = make_bundle(tmp_path / "article", pictures())
    make_hostile(bundle / "images")
    return bundle
