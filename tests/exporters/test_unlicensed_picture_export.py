"""A picture whose licence does not cover the article's date is never published unawares: an
export without --strict names it (index.md line, slide, image, why), one warning per picture;
--strict still refuses the article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from publishing_article import BASE
from slidewright import load_article, save_article
from slidewright.cli import main


def _export(bundle: Path, out: Path, *extra: str) -> int:
    return main(["export", str(bundle), "--to", "html", "-o", str(out), "--base-url", BASE, *extra])


def _licence_outside_the_article(bundle: Path) -> None:
    article = load_article(bundle)  # dated 2026-11-20
    article.slides[0].license_end = "2026-06-01"  # ended before
    article.slides[1].license_start = "2026-12-01"  # starts after, and after its end:
    article.slides[1].license_end = "2026-11-30"  # one picture, one warning
    save_article(article, bundle)


def test_an_export_names_each_picture_its_licence_does_not_cover(
    credited_bundle: Path, tmp_path: Path, capsys: Any
) -> None:
    _licence_outside_the_article(credited_bundle)
    assert _export(credited_bundle, tmp_path / "b.html") == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "licence" in line]
    assert len(lines) == 2, err
    first, second = lines
    assert first.startswith(f"slidewright: warning: {credited_bundle / 'index.md'}:")
    assert "slide 1, image 'images/pier.jpg'" in first
    assert "The licence ended on 2026-06-01" in first
    assert "slide 2, image 'images/bar.png'" in second
    assert "starts on 2026-12-01" in second or "2026-12-01" in second


def test_a_covered_picture_is_not_named(credited_bundle: Path, tmp_path: Path, capsys: Any) -> None:
    article = load_article(credited_bundle)
    article.slides[0].license_end = "2026-11-20"  # the article's day is still covered
    save_article(article, credited_bundle)
    assert _export(credited_bundle, tmp_path / "b.html") == 0
    assert "licence" not in capsys.readouterr().err.lower()


def test_strict_still_refuses(credited_bundle: Path, tmp_path: Path, capsys: Any) -> None:
    _licence_outside_the_article(credited_bundle)
    assert _export(credited_bundle, tmp_path / "b.html", "--strict") == 2
    assert "license-ended-before-article" in capsys.readouterr().err
    assert not (tmp_path / "b.html").exists()
