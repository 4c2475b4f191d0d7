"""What an export refuses under --strict, and what it never publishes (issue 10, point 6): a
missing image is a warning naming file and line, never the authoring placeholder; an article
the credit checker finds errors in is refused with --strict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from publishing_article import BASE
from slidewright import load_article, save_article
from slidewright.cli import main

FORMATS = ["html", "html-folder", "hugo", "jekyll", "rss"]


def _export(bundle: Path, to: str, out: Path, *extra: str) -> int:
    return main(["export", str(bundle), "--to", to, "-o", str(out), "--base-url", BASE, *extra])


def _published_text(out: Path) -> str:
    files = [out] if out.is_file() else [p for p in out.rglob("*") if p.suffix in (".html", ".md")]
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


@pytest.fixture
def missing_image(credited_bundle: Path) -> Path:
    (credited_bundle / "images" / "bar.png").unlink()
    return credited_bundle


@pytest.mark.parametrize("to", FORMATS)
def test_a_missing_image_is_a_warning_never_a_placeholder(
    missing_image: Path, tmp_path: Path, capsys: Any, to: str
) -> None:
    out = tmp_path / "out"
    assert _export(missing_image, to, out) == 0
    err = capsys.readouterr().err
    if to != "rss":  # the feed still names the image's address; its page does not show it
        assert f"{missing_image / 'index.md'}:" in err and "'images/bar.png' not found" in err
        assert "Image not found" not in _published_text(out)
        assert 'bar.png"' not in _published_text(out)  # in no src, href or JSON-LD


@pytest.mark.parametrize("to", ["html", "html-folder", "hugo", "jekyll"])
def test_strict_refuses_a_missing_image_and_writes_nothing(
    missing_image: Path, tmp_path: Path, capsys: Any, to: str
) -> None:
    out = tmp_path / "out"
    assert _export(missing_image, to, out, "--strict") == 2
    err = capsys.readouterr().err
    assert "--strict" in err and "images/bar.png" in err
    written = [p for p in out.rglob("*") if p.is_file()] if out.is_dir() else []
    assert not out.is_file() and not any(p.name.startswith("index") for p in written)


@pytest.mark.parametrize("to", FORMATS)
def test_strict_refuses_an_article_with_credit_errors(
    credited_bundle: Path, tmp_path: Path, capsys: Any, to: str
) -> None:
    article = load_article(credited_bundle)
    article.slides[1].credit = ""  # credit-missing is an error
    save_article(article, credited_bundle)
    out = tmp_path / "out"
    assert _export(credited_bundle, to, out, "--strict") == 2
    err = capsys.readouterr().err
    assert "the credit check has 1 error (slide 2: error credit-missing" in err
    assert not out.exists()
    assert _export(credited_bundle, to, out) == 0  # without --strict it is published


@pytest.mark.parametrize("to", ["hugo", "jekyll"])
def test_a_body_image_outside_the_article_is_not_read_or_published(
    credited_bundle: Path, tmp_path: Path, to: str
) -> None:
    import os

    (tmp_path / "outside.jpg").write_bytes((credited_bundle / "images" / "pier.jpg").read_bytes())
    os.mkfifo(tmp_path / "pipe.jpg")  # reading it would wait forever
    article = load_article(credited_bundle)
    article.slides[0].body = "![a](../../../outside.jpg) ![b](../../../pipe.jpg)"
    save_article(article, credited_bundle)
    out = tmp_path / "site"
    assert _export(credited_bundle, to, out) == 0
    page = _published_text(out)
    assert 'src="../' not in page and "pipe.jpg" not in page.split("\n---\n", 1)[-1]
