"""What a published page says about itself: canonical address, Open Graph, Twitter card,
article tags and NewsArticle JSON-LD, all absolute against --base-url (issue 10, points 1-2)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import extruct
import pytest  # a real structured-data extractor, as search engines parse the page

from publishing_article import BASE
from slidewright.cli import main

PAGE = BASE + "/"


class Head(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.links: dict[str, str] = {}
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta" and (key := values.get("property") or values.get("name")):
            self.meta.setdefault(key, []).append(values.get("content", ""))
        if tag == "link":
            self.links[values.get("rel", "")] = values.get("href", "")

    def one(self, key: str) -> str:
        assert len(self.meta.get(key, [])) == 1, (key, self.meta.get(key))
        return self.meta[key][0]


def _export(bundle: Path, out: Path, to: str = "html-folder", *extra: str) -> int:
    return main(["export", str(bundle), "--to", to, "-o", str(out), "--base-url", BASE, *extra])


def news_article(html: str) -> dict[str, Any]:
    found = extruct.extract(html, base_url=PAGE, syntaxes=["json-ld"], uniform=True)["json-ld"]
    assert len(found) == 1
    data: dict[str, Any] = found[0]
    return data


def test_folder_export_gives_absolute_canonical_and_sharing_card(
    credited_bundle: Path, tmp_path: Path
) -> None:
    assert _export(credited_bundle, tmp_path / "out") == 0
    head = Head((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    assert head.links["canonical"] == PAGE  # the slash added: the page's folder
    assert head.one("og:url") == PAGE
    # the largest rendition of the first picture (1,200 px wide: never upscaled), published
    assert head.one("og:image") == PAGE + "assets/pier-1200w.jpg"
    assert (tmp_path / "out" / "assets" / "pier-1200w.jpg").is_file()
    assert head.one("og:image:alt") == "A long stone pier running out into a flat grey sea"
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1200", "800")
    assert head.one("twitter:card") == "summary_large_image"
    assert head.one("twitter:image") == PAGE + "assets/pier-1200w.jpg"
    assert head.one("article:published_time") == "2026-11-20T09:30:00+01:00"
    assert head.one("article:modified_time") == "2026-11-21T08:00:00+01:00"
    assert head.one("article:author") == "Noor Haddad"
    assert head.one("article:section") == "Travel"
    assert head.meta["article:tag"] == ["coast", "walks"]


def test_json_ld_is_a_news_article_with_every_image_credited(
    credited_bundle: Path, tmp_path: Path
) -> None:
    assert _export(credited_bundle, tmp_path / "out") == 0
    data = news_article((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Three Piers at Low Tide"
    assert data["description"] == "Walks that only exist for a few hours a day."
    assert data["author"] == {"@type": "Person", "name": "Noor Haddad"}
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Harbour News",
        "logo": {"@type": "ImageObject", "url": "https://news.example/logo.png"},
    }
    assert data["datePublished"] == "2026-11-20T09:30:00+01:00"
    assert data["dateModified"] == "2026-11-21T08:00:00+01:00"
    assert data["inLanguage"] == "en"
    assert data["keywords"] == ["Travel", "coast", "walks"]
    assert data["url"] == PAGE
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": PAGE}
    pier, bar = data["image"]
    assert pier["@type"] == "ImageObject"
    assert pier["contentUrl"] == PAGE + "assets/pier-1200w.jpg"
    assert (pier["width"], pier["height"]) == (1200, 800)
    assert pier["creditText"] == "Marta Lind/Shutterstock"
    assert pier["creator"] == {"@type": "Person", "name": "Marta Lind"}
    assert pier["copyrightNotice"] == "© 2026 Marta Lind, all rights reserved"  # the file's own
    assert pier["license"] == "https://www.shutterstock.com/license"
    assert pier["acquireLicensePage"] == "https://www.shutterstock.com/image-photo/123"
    assert bar["contentUrl"].startswith(PAGE + "assets/bar-") and bar["contentUrl"].endswith(".png")
    assert (tmp_path / "out" / bar["contentUrl"].removeprefix(PAGE)).is_file()
    assert bar["copyrightNotice"] == "© Ines Moura"  # none in the file: made from the creator
    assert bar["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"


def test_a_date_without_a_time_zone_is_published_with_one(
    credited_bundle: Path, tmp_path: Path
) -> None:
    text = (credited_bundle / "index.md").read_text(encoding="utf-8")
    (credited_bundle / "index.md").write_text(
        text.replace("2026-11-20T09:30:00+01:00", "2026-11-20"), encoding="utf-8"
    )
    assert _export(credited_bundle, tmp_path / "out", "html") == 0
    data = news_article((tmp_path / "out").read_text(encoding="utf-8"))
    assert data["datePublished"] == "2026-11-20T00:00:00+00:00"


def test_single_file_names_no_relative_address(credited_bundle: Path, tmp_path: Path) -> None:
    """Its images are inlined: they have no address of their own to put in a sharing card."""
    out = tmp_path / "page.html"
    assert _export(credited_bundle, out, "html") == 0
    html = out.read_text(encoding="utf-8")
    head = Head(html)
    assert head.links["canonical"] == PAGE
    assert "og:image" not in head.meta and head.one("twitter:card") == "summary"
    data = news_article(html)
    assert all("contentUrl" not in image for image in data["image"])
    assert "images/pier.jpg" not in html


@pytest.mark.parametrize(
    ("base", "why"),
    [
        ("walks/", "not an absolute http(s) address"),
        ("javascript:alert(1)//", "not an absolute http(s) address"),
        ("https://news.example/a b/", "no spaces, control characters"),
        ('https://news.example/"><script>/', "no spaces, control characters"),
        ("https://news.example/a/?page=2", "no ?query or #fragment"),
    ],
)
def test_a_base_url_that_cannot_be_right_is_refused(
    credited_bundle: Path, tmp_path: Path, capsys: Any, base: str, why: str
) -> None:
    out = tmp_path / "out"
    code = main(
        ["export", str(credited_bundle), "--to", "html", "-o", str(out), "--base-url", base]
    )
    assert code == 2
    assert why in capsys.readouterr().err
    assert not out.exists()


def test_without_a_base_url_the_export_says_what_is_missing(
    credited_bundle: Path, tmp_path: Path, capsys: Any
) -> None:
    assert (
        main(["export", str(credited_bundle), "--to", "html-folder", "-o", str(tmp_path / "o")])
        == 0
    )
    assert "no base URL" in capsys.readouterr().err
    head = Head((tmp_path / "o" / "index.html").read_text(encoding="utf-8"))
    assert "canonical" not in head.links and "og:image" not in head.meta
