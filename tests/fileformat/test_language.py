"""The article's ``lang``: read, kept, written, refused when it is not text, and on the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.errors import FormatError
from slidewright.model import Article, Slide
from slidewright.render import render_page

FRONT = "---\ntitle: Fish markets\nlang: {lang}\nslides:\n- heading: Dawn\n---\n"


def write(folder: Path, lang: str) -> Path:
    folder.mkdir()
    (folder / "index.md").write_text(FRONT.format(lang=lang), encoding="utf-8")
    return folder


def test_lang_is_read_written_back_and_names_the_page_language(tmp_path: Path) -> None:
    bundle = write(tmp_path / "a", "en-GB")
    article = load_article(bundle)
    assert article.lang == "en-GB" and "lang" not in article.extra
    assert '<html lang="en-GB" dir="ltr">' in render_page(article)
    article.lang = "fr"
    save_article(article, bundle)
    assert "lang: fr\n" in (bundle / "index.md").read_text(encoding="utf-8")
    assert load_article(bundle).lang == "fr"


def test_an_article_without_lang_writes_none_and_the_page_says_en(tmp_path: Path) -> None:
    article = Article(title="T", slides=[Slide(heading="h")])
    save_article(article, tmp_path)
    assert "lang" not in (tmp_path / "index.md").read_text(encoding="utf-8")
    assert '<html lang="en" dir="ltr">' in render_page(article)


def test_a_lang_that_is_not_a_language_tag_never_reaches_the_page() -> None:
    article = Article(title="T", lang='en" onload="alert(1)', slides=[Slide(heading="h")])
    assert '<html lang="en" dir="ltr">' in render_page(article)


def test_a_lang_that_is_not_text_is_a_located_error(tmp_path: Path) -> None:
    bundle = write(tmp_path / "b", "[en, fr]")
    with pytest.raises(FormatError) as raised:
        load_article(bundle)
    assert raised.value.line == 3 and "lang" in str(raised.value)
