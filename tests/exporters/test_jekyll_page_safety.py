"""A Jekyll export publishes no script from the article: Jekyll's kramdown keeps raw HTML and
javascript: links that Hugo drops, its layout prints read-more URLs as given, and it runs Liquid
in the page text (found while fixing issue 17)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from sitebuild import build_jekyll
from slidewright import load_article, save_article
from slidewright.exporters import export
from slidewright.model import ReadMore, ReadMoreItem

LIQUID = "{{ site.time }} {% include_relative index.md %}"


@pytest.fixture
def hostile(sample_bundle: Path) -> Path:
    article = load_article(sample_bundle)
    article.intro = f"Hello <script>alert(1)</script> [go](javascript:alert(2)) {LIQUID}"
    article.slides[0].body = f"<img src=x onerror=alert(3)> [x](javascript:alert(4)) {LIQUID}\n"
    article.read_more = ReadMore(
        heading="More", items=[ReadMoreItem(title="Next", url="javascript:alert(5)")]
    )
    save_article(article, sample_bundle)
    return sample_bundle


def test_the_jekyll_page_carries_sanitised_html_and_turns_liquid_off(
    hostile: Path, tmp_path: Path
) -> None:
    export(hostile, "jekyll", tmp_path / "site")
    text = (tmp_path / "site" / "harbour-towns" / "index.html").read_text(encoding="utf-8")
    assert "render_with_liquid: false" in text
    assert text.count("<script") == text.count('<script type="application/ld+json">') == 1
    assert "onerror" not in text
    assert "url: ''" in text  # the read-more javascript: link is gone
    assert "{{" not in text and "{%" not in text


@pytest.mark.skipif(shutil.which("jekyll") is None, reason="jekyll is not installed")
def test_the_built_jekyll_page_has_no_script_from_the_article(
    hostile: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    export(hostile, "jekyll", site)
    page = build_jekyll(site, "harbour-towns/index.html")
    assert "<script>alert" not in page and "onerror" not in page
    assert 'href="javascript' not in page  # the Markdown links are left as plain text
    assert "[x](javascript:alert(4))" in page
    assert "Hello" in page and "&#123;&#123; site.time &#125;&#125;" in page  # shown, not run
    assert page.count('class="sw-slide"') == 9


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
