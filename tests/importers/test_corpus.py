"""Every page of the pasted-page corpus (tests/importers/corpus/) imports as its expected file says.

Each page is a slideshow article as a browser copies it (numbered or bare breadcrumbs, bylines,
credit lines in many label styles, CRLF, non-breaking spaces, smart quotes, site chrome); the
``.expected.json`` beside it says what a writer should get. Saved CMS pages (``.html``) sit beside
them. Each is imported twice: through ``slidewright import`` (the bundle it writes is read back)
and through the importer's function (``parse_text``, or ``parse_source`` for a saved page)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from slidewright import load_article
from slidewright.cli import main
from slidewright.importers import parse_source
from slidewright.importers.text import parse_text
from slidewright.model import Article

sys.path.insert(0, str(Path(__file__).parent))
from fieldchecks import field_checks  # noqa: E402

CORPUS = Path(__file__).parent / "corpus"
PAGES = sorted([*CORPUS.glob("*.txt"), *CORPUS.glob("*.html")])


def _paragraphs(text: str) -> int:
    return len([p for p in text.split("\n\n") if p.strip()])


def assert_imported_as(article: Article, expected: dict[str, Any]) -> None:
    assert article.title == expected["title"]
    assert article.categories == ([expected["category"]] if expected["category"] else [])
    assert article.author == expected.get("author", "")
    assert article.date == expected.get("date", "")
    if "lang" in expected:  # a page in another language than English says which (its byline)
        assert article.lang == expected["lang"]
    assert _paragraphs(article.intro) == expected["intro_paragraphs"], article.intro
    assert article.intro.startswith(expected["intro_starts"])
    assert [s.heading for s in article.slides] == expected["headings"]
    assert [s.credit for s in article.slides] == expected["credits"]
    if "captions" in expected:
        assert [s.caption for s in article.slides] == expected["captions"]
    if "alts" in expected:
        assert [s.alt for s in article.slides] == expected["alts"]
    assert [_paragraphs(s.body) for s in article.slides] == expected["paragraphs"]
    if "read_more" in expected:
        assert article.read_more is not None
        assert article.read_more.heading == expected["read_more"]
        if "read_more_items" in expected:
            assert [i.title for i in article.read_more.items] == expected["read_more_items"]
    else:
        assert article.read_more is None


def test_the_corpus_has_at_least_fifty_shapes() -> None:
    assert len([p for p in PAGES if p.suffix == ".txt"]) >= 50
    assert all(page.with_suffix(".expected.json").is_file() for page in PAGES)
    raw = [page.read_bytes() for page in PAGES if page.suffix == ".txt"]
    assert any(b"\r\n" in data for data in raw)
    assert any("\u00a0".encode() in data for data in raw)
    assert any("“".encode() in data for data in raw)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_corpus_page_imports_through_the_cli(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert main(["import", str(page), "-o", str(tmp_path / "bundle")]) == 0
    summary = capsys.readouterr().out
    assert_imported_as(load_article(tmp_path / "bundle"), expected)
    assert f"imported {len(expected['headings'])} slides" in summary
    dropped = next((line for line in summary.splitlines() if line.startswith("dropped:")), "")
    for kind in expected.get("dropped_kinds", []):
        assert kind in dropped
    assert "guessed (check these):" in summary


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_corpus_page_imports_through_the_function(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    if page.suffix == ".html":
        article = parse_source(page).article
    else:
        text = page.read_bytes().decode("utf-8")  # as pasted: CRLF and all
        article = parse_text(text, page.name).article
    assert_imported_as(article, expected)


def test_training_score() -> None:
    """The corpus the sequence reader's weights were set on, scored as the held-out pages are
    (tests/importers/test_heldout.py), printed beside it: every check passes."""
    passed = total = 0
    for page in PAGES:
        expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
        if page.suffix == ".html":
            article = parse_source(page).article
        else:
            article = parse_text(page.read_bytes().decode("utf-8"), page.name).article
        checks = field_checks(article, expected)
        passed, total = passed + sum(ok for _, ok in checks), total + len(checks)
    print(f"\ntraining import score: {passed}/{total} field checks ({passed / total:.1%})")
    assert passed == total
