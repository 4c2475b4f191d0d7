"""Publishing the sample to a real WordPress and reading it back through its REST API."""

from __future__ import annotations

import hashlib
import html
import shutil
from collections.abc import Callable
from pathlib import Path

from markupsafe import escape
from wordpress_server import WordPressServer

from slidewright.fileformat import load_article
from slidewright.publish.pictures import published_pictures
from slidewright.publish.publisher import PublishResult
from slidewright.publish.state import read_state
from slidewright.render.views import credit_line

Publish = Callable[..., PublishResult]  # the publish fixture (conftest.py)


def uploaded_digest(bundle: Path, path: str) -> str:
    """The SHA-256 the publish records for image ``path``: of the cleaned, credited upload."""
    data = published_pictures(load_article(bundle), bundle, [path])[path]
    return hashlib.sha256(data).hexdigest()


def test_publishing_the_sample_sends_every_heading_image_credit_and_term(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    article = load_article(article_copy)
    result = publish()

    post = site.get(f"/wp/v2/posts/{result.post}")
    content = post["content"]["raw"]
    assert post["title"]["raw"] == article.title
    assert post["excerpt"]["raw"] == article.description
    assert post["status"] == "draft"
    assert post["date"].startswith(article.date)
    for number, slide in enumerate(article.slides, start=1):
        heading = (
            f'<span dir="auto" class="sw-number">{number}.</span> {escape(slide.heading)}</h2>'
        )
        assert heading in content  # as the preview's template writes it
        credit = escape(credit_line(article.credit_label, slide.credit))
        plain = content.replace('<span dir="auto">', "").replace("</span>", "")  # isolation
        assert f'<span class="sw-credit">{credit}' in plain
        assert f'alt="{escape(slide.alt)}"' in content
    assert content.index(article.intro.split()[0]) < content.index(">1.</span> ")
    last = f">{len(article.slides)}.</span> "
    assert content.rindex(article.read_more.heading) > content.index(last)
    assert "By Noor Haddad" in content  # not a user of the site: a byline
    assert "<!--nextpage-->" not in content

    state = read_state(load_article(article_copy))
    assert state is not None and state.post == result.post and len(state.media) == 10
    media = {
        m["id"]: m
        for m in site.get("/wp/v2/media", include=",".join(map(str, state.media.values())))
    }
    first = article.slides[0]
    featured = media[post["featured_media"]]
    assert featured["alt_text"] == first.alt
    assert featured["caption"]["raw"] == credit_line(article.credit_label, first.credit)
    assert featured["title"]["raw"] == first.heading
    for slide in article.slides:
        media_id = state.media[uploaded_digest(article_copy, slide.image)]
        assert f'class="wp-image-{media_id}"' in content
        assert media[media_id]["alt_text"] == slide.alt
        assert media[media_id]["caption"]["raw"] == credit_line(article.credit_label, slide.credit)
    assert 'href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license' in content

    categories = [site.get(f"/wp/v2/categories/{c}")["name"] for c in post["categories"]]
    tags = sorted(html.unescape(site.get(f"/wp/v2/tags/{t}")["name"]) for t in post["tags"])
    assert categories == article.categories
    assert tags == sorted(article.tags)


def test_publishing_again_updates_the_same_post_and_uploads_nothing(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    first = publish()
    newest = site.latest_media_id()
    index = article_copy / "index.md"
    index.write_text(index.read_text().replace("title: Nine", "title: Ten"), encoding="utf-8")

    again = publish()

    assert again.post == first.post
    assert again.uploaded == [] and len(again.reused) == 10
    assert site.latest_media_id() == newest
    assert site.get(f"/wp/v2/posts/{first.post}")["title"]["raw"].startswith("Ten Harbour")


def test_a_changed_image_is_the_only_one_uploaded_again(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    publish()
    images = article_copy / "images"
    shutil.copyfile(images / "boats.jpg", images / "market.jpg")  # new bytes for market.jpg

    again = publish()

    # boats.jpg's pixels, but market's slide credits written in: a picture of its own
    assert again.uploaded == ["images/market.jpg"] and len(again.reused) == 9
    third = publish()
    assert third.uploaded == [] and len(third.reused) == 10


def test_paged_publishing_puts_each_slide_on_its_own_page(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    result = publish(paged=True)

    content = site.get(f"/wp/v2/posts/{result.post}")["content"]["raw"]
    pages = content.split("<!--nextpage-->")
    assert len(pages) == len(load_article(article_copy).slides)
    assert all(page.count("<h2") in (1, 2) for page in pages)  # the last also has read-more
    assert '<span dir="auto" class="sw-number">2.</span>' in pages[1]


def test_a_site_without_pretty_permalinks_is_reached_through_rest_route(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    from slidewright.publish.client import WordPressClient

    site.set_pretty_permalinks(False)
    try:
        client = WordPressClient(site.url, site.user, site.app_password)
        assert "?rest_route=%2Fwp%2Fv2%2Fposts" in client.url("/wp/v2/posts")
        result = publish()
    finally:
        site.set_pretty_permalinks(True)
    assert site.get(f"/wp/v2/posts/{result.post}")["id"] == result.post
    assert "/wp-json/wp/v2/posts" in WordPressClient(site.url, "x", "y").url("/wp/v2/posts")


def test_an_author_who_is_a_user_of_the_site_becomes_the_posts_author(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    ines = site.add_user("ines", "Ines Moura")
    index = article_copy / "index.md"
    index.write_text(index.read_text().replace("author: Noor Haddad", "author: Ines Moura"))

    post = site.get(f"/wp/v2/posts/{publish().post}")

    assert post["author"] == ines
    assert "sw-byline" not in post["content"]["raw"]


def test_a_post_can_be_scheduled_for_the_articles_date(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    index = article_copy / "index.md"
    index.write_text(
        index.read_text().replace("date: 2026-11-20", "date: 2099-05-01T09:30:00+02:00")
    )

    post = site.get(f"/wp/v2/posts/{publish(status='future').post}")

    assert post["status"] == "future"
    assert post["date_gmt"] == "2099-05-01T07:30:00"


def test_a_post_or_image_deleted_on_the_site_is_made_again(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    first = publish()
    state = read_state(load_article(article_copy))
    assert state is not None
    fog = state.media[uploaded_digest(article_copy, "images/fog.jpg")]
    site.php(f"wp_delete_post({first.post}, true); wp_delete_attachment({fog}, true);")

    again = publish()

    assert again.post != first.post and "was deleted on the site" in again.describe()
    assert again.uploaded == ["images/fog.jpg"] and len(again.reused) == 9
    assert site.get(f"/wp/v2/posts/{again.post}")["featured_media"] not in (0, fog)


def test_an_image_written_inside_a_body_is_uploaded_and_shown(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    images = article_copy / "images"
    (images / "map.jpg").write_bytes((images / "ferry.jpg").read_bytes() + b"map")
    index = article_copy / "index.md"
    index.write_text(
        index.read_text().replace(
            "    Bring cash and a cool bag.",
            "    ![The quay](images/map.jpg)\n\n    Bring cash and a cool bag.",
        )
    )

    result = publish()

    assert "images/map.jpg" in result.uploaded
    content = site.get(f"/wp/v2/posts/{result.post}")["content"]["raw"]
    assert '/map.jpg" alt="The quay">' in content
