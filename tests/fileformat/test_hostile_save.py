"""Nothing is lost on save: every article of the hostile corpus that loads is saved, and reads
back as the same article (what the writer had is what the file now holds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_corpus import CASES, Case, build_case

from slidewright import load_article, save_article
from slidewright.fileformat import loses_on_save

CLEAN = [case for case in CASES if case.expect == "clean"]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", CLEAN, ids=[case.name for case in CLEAN])
def test_a_hostile_article_that_loads_saves_and_reads_back_the_same(
    tmp_path: Path, case: Case
) -> None:
    bundle = build_case(case, tmp_path)
    if (bundle / "index.md").stat().st_size > 2_000_000:
        pytest.skip("the large cases are timed in test_hostile.py; this is about the text")
    article = load_article(bundle)
    notes = loses_on_save(bundle)
    save_article(article, bundle)
    assert load_article(bundle) == article, notes
    assert loses_on_save(bundle) == []  # saved once, the file is what saving writes
