"""Editor's notes travel with the article's file but reach no output: every export format in
every mode it takes, the rendered page, and the Hugo/Jekyll page bundles' front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.exporters import EXPORTERS, ExportOptions, export
from slidewright.exporters.paged import PAGED_FORMATS
from slidewright.fileformat import load_article, save_article
from slidewright.model.notes import Note, Reply
from slidewright.packagedata import copy_sample
from slidewright.render.context import RenderContext
from slidewright.render.page import render_page

WORDS = ("Quokkanote", "Wombatreply", "Platypusarticle")  # found nowhere else


@pytest.fixture
def noted(tmp_path: Path) -> Path:
    bundle = copy_sample(tmp_path / "harbour")
    article = load_article(bundle)
    article.slides[1].notes = [
        Note(text=f"{WORDS[0]}: is this the right pier?", author="Ana", time="2026-12-07T09:00:00+00:00",
             replies=[Reply(author="Ed", time="2026-12-07T10:00:00+00:00", text=WORDS[1])]),
        Note(text="Resolved " + WORDS[0], author="Ana", resolved=True),
    ]  # fmt: skip
    article.notes = [Note(text=WORDS[2], author="Ed")]
    save_article(article, bundle)
    assert all(word in (bundle / "index.md").read_text("utf-8") for word in WORDS)
    return bundle


def _everything_written(folder: Path) -> str:
    files = [folder] if folder.is_file() else [p for p in folder.rglob("*") if p.is_file()]
    return "\n".join(p.read_bytes().decode("utf-8", errors="replace") for p in files)


@pytest.mark.parametrize(
    ("to", "mode"),
    [(to, "article") for to in EXPORTERS]
    + [(to, "paged") for to in PAGED_FORMATS]
    + [("html", "slideshow")],
)
def test_no_export_carries_a_note(noted: Path, tmp_path: Path, to: str, mode: str) -> None:
    out = tmp_path / ("out.html" if to == "html" else "out.xml" if to == "rss" else "out")
    written = export(noted, to, out, ExportOptions(mode=mode, base_url="https://example.com/"))  # type: ignore[arg-type]
    text = _everything_written(out if out.exists() else written)
    heading = load_article(noted).slides[1].heading
    assert heading.split()[0] in text  # the slide itself is published
    for word in WORDS:
        assert word not in text
    if to in ("hugo", "jekyll"):
        assert "\nnotes:" not in text and "  notes:" not in text  # no key a layout could show


def test_the_rendered_page_carries_no_note(noted: Path) -> None:
    article = load_article(noted)
    for mode in ("article", "slideshow"):
        page = render_page(article, RenderContext(mode=mode, target="preview"))  # type: ignore[arg-type]
        assert article.slides[1].heading.split()[0] in page
        assert not any(word in page for word in WORDS)
