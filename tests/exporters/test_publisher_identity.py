"""Who publishes and who wrote it, in the page's JSON-LD (issue 26): the publisher (name, logo)
and the author's page from Preferences, the article's own front matter first; and an image gets
``license`` only when it has a licence."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from slidewright import load_article, save_article
from slidewright.exporters import ExportOptions, export

BASE = "https://news.example/travel/"
IDENTITY = dict(
    publisher="Harbour News", publisher_logo="https://news.example/logo.png",
    author_name="Noor Haddad", author_url="https://news.example/staff/noor/",
)  # fmt: skip


def _json_ld(bundle: Path, out: Path, **options: Any) -> dict[str, Any]:
    export(bundle, "html-folder", out, ExportOptions(base_url=BASE, **options))
    page = (out / "index.html").read_text(encoding="utf-8")
    (data,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    found: dict[str, Any] = json.loads(data)
    return found


def test_preferences_name_the_publisher_and_the_authors_page(
    sample_bundle: Path, tmp_path: Path
) -> None:
    data = _json_ld(sample_bundle, tmp_path / "a", **IDENTITY)
    assert data["publisher"] == {
        "@type": "Organization", "name": "Harbour News",
        "logo": {"@type": "ImageObject", "url": "https://news.example/logo.png"},
    }  # fmt: skip
    assert data["author"] == {
        "@type": "Person",
        "name": "Noor Haddad",
        "url": "https://news.example/staff/noor/",
    }
    assert "publisher" not in load_article(sample_bundle).extra  # the article is not changed

    other = IDENTITY | {"author_name": "Someone Else"}  # not the writer's byline: no page
    assert "url" not in _json_ld(sample_bundle, tmp_path / "b", **other)["author"]
    assert "publisher" not in _json_ld(sample_bundle, tmp_path / "c")  # none set anywhere


def test_the_articles_own_publisher_comes_first(sample_bundle: Path, tmp_path: Path) -> None:
    article = load_article(sample_bundle)
    article.extra.update(publisher="Coast Weekly", author_url="https://coast.example/noor")
    save_article(article, sample_bundle)
    data = _json_ld(sample_bundle, tmp_path / "a", **IDENTITY)
    assert data["publisher"]["name"] == "Coast Weekly" and "logo" not in data["publisher"]
    assert data["author"]["url"] == "https://coast.example/noor"


def test_only_images_with_a_licence_carry_license(sample_bundle: Path, tmp_path: Path) -> None:
    images = _json_ld(sample_bundle, tmp_path / "a")["image"]
    licensed = [i for i, s in enumerate(load_article(sample_bundle).slides) if s.license_url]
    assert licensed == [7]  # the Creative Commons picture
    assert [i for i, image in enumerate(images) if "license" in image] == licensed
