"""The feed is well-formed XML whatever the article says (issue 17: control characters in a
title or credit made the feed unreadable)."""

from __future__ import annotations

from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET

from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.exporters.rss import build_feed
from slidewright.model import Article, Slide

MEDIA = "{http://search.yahoo.com/mrss/}"
HOSTILE = "Bell\x07 \x00null \x1b[31mred\x1b[0m \x0bvt \x85nel \ufffe ]]> </title><x> & \ud800"
CLEAN = "Bell null [31mred[0m vt nel  ]]> </title><x> & "


def test_hostile_text_in_every_field_still_parses() -> None:
    slide = Slide(
        heading=HOSTILE,
        image="images/a\x01.jpg",
        alt=HOSTILE,
        credit=HOSTILE,
        license=HOSTILE,
        license_url="https://example.org/\x02l",
        body=HOSTILE,
    )
    article = Article(
        title=HOSTILE, description=HOSTILE, author=HOSTILE, categories=[HOSTILE], slides=[slide]
    )
    feed = SafeET.fromstring(build_feed(article, "https://example.org/\x03"))
    assert feed.find("channel/title").text == CLEAN
    content = feed.find(f"channel/item/{MEDIA}content")
    assert content.get("url") == "https://example.org/images/a.jpg"
    assert content.find(f"{MEDIA}credit").text == CLEAN
    assert content.find(f"{MEDIA}license").get("href") == "https://example.org/l"


def test_cli_feed_of_an_article_with_control_characters_is_well_formed(
    sample_bundle: Path, tmp_path: Path
) -> None:
    article = load_article(sample_bundle)
    article.title = "Harbour\x1b]0;pwned\x07 Towns\x0c"
    article.slides[1].credit = "Marta\x00 Lind\x1b[2J"
    save_article(article, sample_bundle)
    feed = tmp_path / "feed.xml"
    online = ["--base-url", "https://coast.example.com/harbour-towns/"]
    assert main(["export", str(sample_bundle), "--to", "rss", "-o", str(feed), *online]) == 0
    root = SafeET.parse(feed).getroot()
    assert root.find("channel/title").text == "Harbour]0;pwned Towns"
    credits = [c.text for c in root.iter(f"{MEDIA}credit")]
    assert "Marta Lind[2J" in credits


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x1f", "\x7f", "\x9b", "\ufffe", "\uffff"])
def test_each_forbidden_character_is_dropped(char: str) -> None:
    feed = SafeET.fromstring(build_feed(Article(title=f"a{char}b")))
    assert feed.find("channel/title").text == "ab"


def test_script_addresses_never_reach_the_feed() -> None:
    slides = [
        Slide(heading="a", image="javascript:alert(1)"),
        Slide(heading="b", image="images/b.jpg", license="CC BY", license_url="javascript:x()"),
    ]
    feed = SafeET.fromstring(build_feed(Article(title="t", slides=slides), "https://e.org/"))
    contents = list(feed.iter(f"{MEDIA}content"))
    assert [c.get("url") for c in contents] == ["https://e.org/images/b.jpg"]
    assert contents[0].find(f"{MEDIA}license").get("href") is None
