"""Generated site configuration keeps the title a title (issue 17: a newline in the title broke
hugo.toml, which was written by string formatting)."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
import yaml

from sitebuild import build_hugo, build_jekyll
from slidewright import load_article, save_article
from slidewright.exporters import export

TITLE = "Ferries \"at dawn\"\nline two \\ ''' = [x] # not a comment\tand a tab"


@pytest.fixture
def hostile_title(sample_bundle: Path) -> Path:
    article = load_article(sample_bundle)
    article.title = TITLE
    save_article(article, sample_bundle)
    return sample_bundle


def test_hugo_config_round_trips_a_hostile_title(hostile_title: Path, tmp_path: Path) -> None:
    export(hostile_title, "hugo", tmp_path / "site")
    config = tomllib.loads((tmp_path / "site" / "hugo.toml").read_text(encoding="utf-8"))
    assert (config["baseURL"], config["title"]) == ("/", TITLE)
    assert "languageCode" not in config  # renamed in Hugo 0.158; the page says its language


def test_jekyll_config_round_trips_a_hostile_title(hostile_title: Path, tmp_path: Path) -> None:
    export(hostile_title, "jekyll", tmp_path / "site")
    config = yaml.safe_load((tmp_path / "site" / "_config.yml").read_text(encoding="utf-8"))
    assert config["title"] == TITLE


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_hugo_builds_a_site_whose_title_has_quotes_and_a_newline(
    hostile_title: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    export(hostile_title, "hugo", site)
    page = build_hugo(site, "harbour-towns/index.html")
    assert "Ferries &#34;at dawn&#34;" in page or "Ferries &quot;at dawn&quot;" in page


@pytest.mark.skipif(shutil.which("jekyll") is None, reason="jekyll is not installed")
def test_jekyll_builds_a_site_whose_title_has_quotes_and_a_newline(
    hostile_title: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    export(hostile_title, "jekyll", site)
    page = build_jekyll(site, "harbour-towns/index.html")
    shown = page.replace("&quot;", "&#34;")  # Liquid's escape and Jinja's: the same text
    assert '<h1 class="sw-title">Ferries &#34;at dawn&#34;\nline two' in shown  # as the preview


def _dated(bundle: Path, date: str) -> Path:
    article = load_article(bundle)
    article.date = date
    save_article(article, bundle)
    return bundle


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_a_future_dated_article_is_built_knowingly(sample_bundle: Path, tmp_path: Path) -> None:
    """Hugo builds no page for a future date ("Pages 0"): a new site's config says buildFuture
    and the export says why; a site's own config is left alone, and the export says what to do."""
    from slidewright.exporters import ExportOptions

    _dated(sample_bundle, "2099-05-01")
    warnings: list[str] = []
    export(sample_bundle, "hugo", tmp_path / "new", ExportOptions(warn=warnings.append))
    assert tomllib.loads((tmp_path / "new" / "hugo.toml").read_text())["buildFuture"] is True
    assert any("dated 2099-05-01, in the future" in w and "buildFuture" in w for w in warnings)
    assert "Nine Harbour Towns" in build_hugo(tmp_path / "new")

    own = tmp_path / "own"
    own.mkdir()
    (own / "hugo.toml").write_text('title = "Harbour News"\ntheme = ["slidewright"]\n')
    warnings.clear()
    export(sample_bundle, "hugo", own, ExportOptions(warn=warnings.append, force=True))
    assert (own / "hugo.toml").read_text() == 'title = "Harbour News"\ntheme = ["slidewright"]\n'
    (future,) = [w for w in warnings if "future" in w]
    assert "Set buildFuture = true in hugo.toml" in future
    assert not any("theme" in w for w in warnings)  # it names the theme


def test_a_past_article_sets_no_build_future_and_a_site_without_the_theme_is_told(
    sample_bundle: Path, tmp_path: Path
) -> None:
    from slidewright.exporters import ExportOptions

    _dated(sample_bundle, "2020-01-01")
    export(sample_bundle, "hugo", tmp_path / "new")
    assert "buildFuture" not in tomllib.loads((tmp_path / "new" / "hugo.toml").read_text())
    own = tmp_path / "own"
    own.mkdir()
    (own / "config.yaml").write_text("title: Harbour News\ntheme: ananke\n")
    warnings: list[str] = []
    export(sample_bundle, "hugo", own, ExportOptions(warn=warnings.append, force=True))
    assert any("does not name the theme 'slidewright'" in w for w in warnings)
    assert not any("future" in w for w in warnings)
