"""A Jekyll export publishes no script from the article: Jekyll's kramdown keeps raw HTML and
javascript: links that Hugo drops, its layout prints read-more URLs as given, and it runs Liquid
in the page text (found while fixing issue 17)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from sitebuild import build_hugo, build_jekyll
from slidewright import load_article, save_article
from slidewright.exporters import export
from slidewright.model import ReadMore, ReadMoreItem

LIQUID = "{{ site.time }} {% include_relative index.md %}"


@pytest.fixture
def hostile(sample_bundle: Path) -> Path:
    article = load_article(sample_bundle)
    article.intro = f"Hello <script>alert(1)</script> [go](javascript:alert(2)) {LIQUID}"
    article.slides[0].body = (
        "<img src=x onerror=alert(3)> [x](javascript:alert(4)) "
        f"[y](JaVa&#115;cript:alert(6)) {LIQUID}\n"
    )
    article.read_more = ReadMore(
        heading="More", items=[ReadMoreItem(title="Next", url="javascript:alert(5)")]
    )
    save_article(article, sample_bundle)
    return sample_bundle


def test_the_jekyll_page_carries_sanitised_html_and_turns_liquid_off(
    hostile: Path, tmp_path: Path
) -> None:
    export(hostile, "jekyll", tmp_path / "site")
    text = (tmp_path / "site" / "harbour-towns" / "index.md").read_text(encoding="utf-8")
    assert "render_with_liquid: false" in text
    assert "url: ''" in text  # the read-more javascript: link is gone
    assert "{{" not in text and "{%" not in text  # no Liquid, even where Jekyll ignores the key
    config = (tmp_path / "site" / "_config.yml").read_text(encoding="utf-8")
    assert "render_with_liquid: false" in config  # a bundle copied in by hand is not run either


@pytest.mark.skipif(shutil.which("jekyll") is None, reason="jekyll is not installed")
def test_the_built_jekyll_page_has_no_script_from_the_article(
    hostile: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    export(hostile, "jekyll", site)
    page = build_jekyll(site, "harbour-towns/index.html")
    assert "<script>alert" not in page and "onerror" not in page
    assert "javascript" not in page  # the Markdown links lose their address
    assert "<a>x</a>" in page and "&lt;script>alert(1)&lt;/script>" in page  # shown as text
    assert "Hello" in page and page.count("{{ site.time }} {% include_relative") == 2  # not run
    assert page.count('class="sw-slide"') == 9


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_the_built_hugo_page_has_no_script_from_the_article(hostile: Path, tmp_path: Path) -> None:
    """Goldmark drops raw HTML and lower-case javascript: links; the theme drops the rest."""
    site = tmp_path / "site"
    export(hostile, "hugo", site)
    page = build_hugo(site, "harbour-towns/index.html")
    assert "onerror" not in page and "javascript" not in page.lower()
    assert "<a>x</a> <a>y</a>" in page
    assert page.count("{{ site.time }} {% include_relative") == 2  # shown, not run


@pytest.mark.parametrize("to", ["hugo", "jekyll"])
def test_an_article_cannot_choose_where_the_site_publishes_it(
    sample_bundle: Path, tmp_path: Path, to: str
) -> None:
    article = load_article(sample_bundle)
    article.extra.update(url="/", aliases=["/login/"], permalink="/index.html", draft=False)
    article.layout = "../../../etc/passwd"
    save_article(article, sample_bundle)
    site = tmp_path / "site"
    index = export(sample_bundle, to, site)
    placed = load_article(index)
    assert placed.extra.get("draft") is False  # other keys of the writer's stay
    assert not {"url", "aliases", "permalink"} & set(placed.extra)
    assert placed.layout == "slideshow"


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_hugo_builds_no_redirect_or_home_page_from_the_article(
    sample_bundle: Path, tmp_path: Path
) -> None:
    article = load_article(sample_bundle)
    article.extra.update(url="/", aliases=["/login/"])
    save_article(article, sample_bundle)
    site = tmp_path / "site"
    export(sample_bundle, "hugo", site)
    result = subprocess.run(
        ["hugo", "--quiet", "-s", str(site)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert (site / "public" / "harbour-towns" / "index.html").is_file()
    assert not (site / "public" / "login").exists()
