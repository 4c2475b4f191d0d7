"""Media RSS by the spec (issue 10, point 4), read back with feedparser as feed readers do:
one media:content per slide directly in the item, in order, each slide's heading, credit and
body recoverable; guid, dc:creator and atom:link rel="self"; image-less slides reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import feedparser
import pytest
from defusedxml import ElementTree as SafeET

from looks import slides_seen
from publishing_article import BASE
from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.errors import SlidewrightError
from slidewright.exporters import ExportOptions, export
from slidewright.model import Slide
from slidewright.render import RenderContext, render_page

MEDIA = "{http://search.yahoo.com/mrss/}"
PAGE = BASE + "/"


def _feed(bundle: Path, out: Path, warnings: list[str] | None = None) -> Any:
    sink = warnings if warnings is not None else []
    export(bundle, "rss", out, ExportOptions(base_url=BASE, warn=sink.append))
    parsed = feedparser.parse(out.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_every_slide_is_a_media_content_of_the_item_in_order(
    credited_bundle: Path, tmp_path: Path
) -> None:
    parsed = _feed(credited_bundle, tmp_path / "feed.xml")
    (entry,) = parsed.entries
    assert entry.id == PAGE and entry.link == PAGE  # guid: the page's address
    assert entry.author == "Noor Haddad"  # dc:creator
    assert {"rel": "self", "href": PAGE + "feed.xml", "type": "application/rss+xml"} in [
        dict(link) for link in parsed.feed.links
    ]
    assert [c["url"] for c in entry.media_content] == [
        PAGE + "images/pier.jpg", PAGE + "images/bar.png",
    ]  # fmt: skip
    assert [(c["type"], c["width"], c["height"]) for c in entry.media_content] == [
        ("image/jpeg", "1200", "800"), ("image/png", "1000", "750"),
    ]  # fmt: skip
    assert [(c["content"], c["role"]) for c in entry.media_credit] == [
        ("Marta Lind", "photographer"),
        ("Shutterstock", "distributor"),
        ("Ines Moura", "photographer"),
    ]  # fmt: skip  (EBU roles: the person made it, the agency distributes it)


def test_thumbnails_are_small_and_the_feed_says_its_language_and_categories(
    credited_bundle: Path, tmp_path: Path
) -> None:
    parsed = _feed(credited_bundle, tmp_path / "feed.xml")
    (entry,) = parsed.entries
    assert [(t["url"], t["width"], t["height"]) for t in entry.media_thumbnail] == [
        (PAGE + "images/pier-480w.jpg", "480", "320"), (PAGE + "images/bar-480w.png", "480", "360"),
    ]  # fmt: skip
    # ... the renditions a site export publishes beside each picture
    export(credited_bundle, "hugo", tmp_path / "site", ExportOptions(base_url=BASE))
    for name in ("pier-480w.jpg", "bar-480w.png"):
        assert (tmp_path / "site" / "content" / "walks" / "images" / name).is_file()
    from slidewright.exporters.published import language

    assert parsed.feed.language == language(load_article(credited_bundle)) != ""
    assert [t["term"] for t in entry.tags] == ["Travel", "coast", "walks"]
    html = entry.content[0]["value"]
    assert "sw-controls" not in html and "Next" not in html  # no slideshow buttons in a reader
    assert html.count('class="sw-slide"') == 2


def test_each_slides_heading_credit_and_body_can_be_rebuilt(
    credited_bundle: Path, tmp_path: Path
) -> None:
    parsed = _feed(credited_bundle, tmp_path / "feed.xml")
    (entry,) = parsed.entries
    (content,) = entry.content  # content:encoded: the article as the preview shows it
    preview = render_page(load_article(credited_bundle), RenderContext(target="preview"))
    assert slides_seen(content.value) == slides_seen(preview)
    # feedparser keeps one media:title/description per entry, so the nested ones are read
    # with an XML parser: each media:content holds its own slide's.
    item = SafeET.parse(tmp_path / "feed.xml").getroot().find("channel/item")
    assert item.find(f"{MEDIA}group") is None
    contents = item.findall(f"{MEDIA}content")
    assert [c.findtext(f"{MEDIA}title") for c in contents] == [
        "The North Pier", "Sand Bar Crossing",
    ]  # fmt: skip
    first = contents[0].findtext(f"{MEDIA}description")
    assert first.startswith("<p>The pier at 7 a.m. in October</p>")  # caption, then body
    assert "<em>second</em> paragraph" in first
    assert contents[0].findtext(f"{MEDIA}copyright") == "© 2026 Marta Lind, all rights reserved"
    assert contents[1].find(f"{MEDIA}copyright").get("url") == (
        "https://creativecommons.org/licenses/by-sa/4.0/"
    )
    assert item.find(f"{MEDIA}text") is None  # alt text is not a transcript


def test_a_slide_without_an_image_is_reported_not_dropped_silently(
    credited_bundle: Path, tmp_path: Path
) -> None:
    article = load_article(credited_bundle)
    article.slides.insert(1, Slide(heading="Words only", body="Nothing to see."))
    save_article(article, credited_bundle)
    warnings: list[str] = []
    parsed = _feed(credited_bundle, tmp_path / "feed.xml", warnings)
    assert any("slide 2 (Words only) has no image" in w for w in warnings)
    assert len(parsed.entries[0].media_content) == 2
    assert "Words only" in parsed.entries[0].content[0].value  # still in the article's content
    with pytest.raises(SlidewrightError, match="--strict"):
        export(
            credited_bundle, "rss", tmp_path / "b.xml", ExportOptions(base_url=BASE, strict=True)
        )
    assert not (tmp_path / "b.xml").exists()


def test_a_feed_needs_a_base_url(credited_bundle: Path, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "feed.xml"
    assert main(["export", str(credited_bundle), "--to", "rss", "-o", str(out)]) == 2
    assert "--base-url is required" in capsys.readouterr().err
    assert not out.exists()
