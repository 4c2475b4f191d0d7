"""Pages in the article's language (issue 31): every catalogue has every word, a regional tag
reads its language's catalogue, the direction follows the language, dates are written as the
language writes them, and a French, German or Arabic page (single file, slideshow, every paged
page, the Hugo page, the WordPress post's byline) holds none of the page's own English words."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from pagelanguages import language_article
from pagewords import english_words, page_words
from slidewright import load_article
from slidewright.cli import main
from slidewright.render import render_page
from slidewright.render.messages import (
    catalogue,
    catalogue_languages,
    direction,
    long_date,
    messages_for,
)

ISSUE_LANGUAGES = {"en", "fr", "de", "es", "it", "pt", "nl", "pl", "ar", "he"}
_FIELD = re.compile(r"\{([a-z_]+)\}")


def _text(html: str) -> str:
    """The page's text as one line would read it (a <time> inside a sentence stays in it)."""
    return re.sub(r"<[^>]+>", "", html)


def test_every_catalogue_has_every_key_with_the_same_fields() -> None:
    assert ISSUE_LANGUAGES <= set(catalogue_languages())
    english = catalogue("en")
    for lang in catalogue_languages():
        words = catalogue(lang)
        assert set(words) == set(english), (lang, set(english) ^ set(words))
        for key, text in words.items():
            assert text.strip(), (lang, key)
            assert sorted(_FIELD.findall(text)) == sorted(_FIELD.findall(english[key])), (lang, key)
        if lang != "en":  # translated, not copied: at most a few words are the same
            same = [k for k in english if words[k] == english[k]]
            assert len(same) <= 2, (lang, same)


def test_a_region_reads_its_language_and_the_direction_follows_it() -> None:
    assert messages_for("pt-BR").lang == "pt" and messages_for("pt-BR").next == "Próxima"
    assert messages_for("fr_CA").home == "Accueil"
    assert messages_for("fa").lang == "en" and messages_for("fa").dir == "rtl"  # English words
    assert messages_for("zz").home == "Home" and messages_for("zz").dir == "ltr"
    for tag in ("ar", "he-IL", "fa-IR", "ur", "ps", "yi", "ckb", "dv", "sd", "ug", "az-Arab"):
        assert direction(tag) == "rtl", tag
    for tag in ("en", "fr", "de-CH", "pl", "ku-Latn", "tr"):
        assert direction(tag) == "ltr", tag


def test_dates_are_written_as_the_language_writes_them() -> None:
    written = {tag: messages_for(tag).date("2026-03-05") for tag in ("en", "fr", "de", "pl", "ar")}
    assert written == {
        "en": "March 5, 2026",
        "fr": "5 mars 2026",
        "de": "5. März 2026",
        "pl": "5 marca 2026",
        "ar": "5 مارس 2026",
    }
    assert messages_for("fr").date("not a date") == "not a date"


@pytest.mark.parametrize("tag", ["en", "en-US", "en_US", "EN-us", "en-GB", "en-AU"])
def test_english_dates_written_without_babel_are_the_ones_babel_writes(tag: str) -> None:
    """English (US) long dates skip loading Babel (a faster export and first preview); every
    month, a one-digit and a two-digit day, still read exactly as CLDR writes them."""
    from babel.dates import format_date

    locale = tag.replace("-", "_")
    locale = locale[:2].lower() + locale[2:].upper()
    for day in (date(2026, month, d) for month in range(1, 13) for d in (1, 28)):
        assert long_date(day, tag) == format_date(day, format="long", locale=locale), (tag, day)


@pytest.mark.parametrize("lang", ["fr", "de", "ar"])
def test_no_english_word_on_the_page(lang: str, tmp_path: Path) -> None:
    bundle = language_article(lang, tmp_path / "src" / "article")
    article = load_article(bundle)
    msg = messages_for(lang)
    pages = {f"render:{mode}": render_page(article) for mode in ("article",)}
    for to, mode in (("html", "slideshow"), ("html-folder", "paged")):
        out = tmp_path / f"{to}-{mode}"
        assert main(["export", str(bundle), "--to", to, "-o", str(out), "--mode", mode]) == 0
        files = [out] if out.is_file() else sorted(out.rglob("*.html"))
        pages.update({f"{to}:{f.name}:{f.parent.name}": f.read_text("utf-8") for f in files})
    if shutil.which("hugo"):
        from sitebuild import build_hugo

        site = tmp_path / "hugo"
        assert (
            main(["export", str(bundle), "--to", "hugo", "-o", str(site), "--mode", "slideshow"])
            == 0
        )
        pages["hugo"] = build_hugo(site, "article/index.html")
    assert len(pages) >= 5
    for name, html in pages.items():
        assert english_words(html, lang) == [], name
        words = page_words(html)
        assert msg.previous in words and msg.next in words, name  # the page's own words
        assert f'dir="{msg.dir}"' in html, name
    single = pages[next(n for n in pages if n.startswith("html:"))]
    assert msg.date("2026-03-05") in page_words(single)  # "5 mars 2026", not 2026-03-05
    updated = msg.format("updated", date=msg.date("2026-03-06"))  # "Mis à jour le 6 mars 2026"
    assert updated in _text(single) and updated in _text(pages.get("hugo", single))
    assert msg.read_more in page_words(single)  # the read-more block's heading the page gives
    assert msg.home in page_words(single) and msg.end_title in page_words(single)


def test_the_wordpress_byline_is_in_the_article_language(tmp_path: Path) -> None:
    from slidewright.publish.content import ContentBuilder

    article = load_article(language_article("de", tmp_path / "a"))
    content = ContentBuilder(article, {}).build(byline=article.author)
    assert "Von Jonas Keller" in content and "By " not in content


@pytest.mark.parametrize("site", ["hugo", "jekyll"])
def test_a_saved_bundle_is_published_in_its_language(site: str, tmp_path: Path) -> None:
    """A bundle the app saved, copied into a site with the layouts (no export in between): the
    layouts find the catalogue and direction from its `lang` alone."""
    if shutil.which(site) is None:
        pytest.skip(f"{site} is not installed")
    from sitebuild import build_hugo, build_jekyll
    from slidewright.exporters.options import ExportOptions
    from slidewright.exporters.siteconfig import hugo_config, jekyll_config
    from slidewright.exporters.sites import install_theme
    from slidewright.exporters.target import ExportTarget

    folder = tmp_path / site
    install_theme(ExportTarget(folder, folder=True), site)  # type: ignore[arg-type]
    content = folder / "content" if site == "hugo" else folder
    for lang in ("ar", "he", "de"):
        language_article(lang, content / f"saved-{lang}")
    article = load_article(content / "saved-ar")
    if site == "hugo":
        (folder / "hugo.toml").write_bytes(hugo_config(article, ExportOptions()))
    else:
        (folder / "_config.yml").write_bytes(jekyll_config(article, ExportOptions()))
    build = build_hugo if site == "hugo" else build_jekyll
    for lang in ("ar", "he", "de"):
        page = (
            build(folder, f"saved-{lang}/index.html")
            if lang == "ar"
            else (
                (
                    folder
                    / ("public" if site == "hugo" else "_site")
                    / f"saved-{lang}"
                    / "index.html"
                ).read_text("utf-8")
            )
        )
        msg = messages_for(lang)
        assert f'<html lang="{lang}" dir="{msg.dir}">' in page, lang
        assert f'<article class="sw-article" lang="{lang}" dir="{msg.dir}"' in page, lang
        assert english_words(page, lang) == [], lang
        words = page_words(page)
        assert msg.home in words and msg.end_title in words and msg.credit in words, lang


def test_the_feed_and_json_ld_name_the_language_and_its_direction(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    bundle = language_article("he", tmp_path / "src" / "article")
    feed, page = tmp_path / "feed.xml", tmp_path / "page.html"
    base = ["--base-url", "https://news.example/article/"]
    assert main(["export", str(bundle), "--to", "rss", "-o", str(feed), *base]) == 0
    assert main(["export", str(bundle), "--to", "html", "-o", str(page), *base]) == 0
    channel = ET.parse(feed).getroot().find("channel")
    assert channel is not None and channel.findtext("language") == "he"
    encoded = channel.findtext("item/{http://purl.org/rss/1.0/modules/content/}encoded") or ""
    assert '<article class="sw-article" lang="he" dir="rtl"' in encoded  # a reader keeps it
    assert english_words(encoded, "he") == []
    assert '"inLanguage": "he"' in page.read_text("utf-8")
