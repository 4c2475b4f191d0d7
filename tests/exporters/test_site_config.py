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
