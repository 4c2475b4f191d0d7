"""The post's block content and the recorded state, without a site: what WordPress would be sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.errors import FormatError
from slidewright.fileformat import load_article, save_article
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide
from slidewright.publish.content import ContentBuilder, Uploaded
from slidewright.publish.state import PublishState, read_state, record_state


def article(**fields: object) -> Article:
    slides = [
        Slide(heading="Fog & <Light>", image="images/fog.jpg", alt='A "grey" bay', credit="Ana/AP"),
        Slide(
            heading="Market",
            image="https://cdn.example.com/m.jpg",
            caption="Thursday",
            body="Cash.",
        ),
    ]
    return Article(title="T", intro="Hello.", slides=slides, **fields)  # type: ignore[arg-type]


MEDIA = {"images/fog.jpg": Uploaded(17, "https://site.example/wp-content/uploads/fog.jpg")}


def test_text_is_escaped_and_the_credit_carries_its_label() -> None:
    content = ContentBuilder(article(credit_label="Photo"), MEDIA).build()
    assert '<span dir="auto" class="sw-number">1.</span> Fog &amp; &lt;Light&gt;</h2>' in content
    assert (
        '<img class="wp-image-17" src="https://site.example/wp-content/uploads/fog.jpg"' in content
    )
    assert 'alt="A &#34;grey&#34; bay"' in content
    assert '<!-- wp:image {"id":17,"sizeSlug":"full","linkDestination":"none",' in content
    assert '<span class="sw-credit">Photo: <span dir="auto">Ana/AP</span></span>' in content
    assert '<span class="sw-caption" dir="auto">Thursday</span>' in content
    assert "<bdi" not in content  # WordPress lets every author publish span dir, not bdi
    assert 'src="https://cdn.example.com/m.jpg"' in content  # a remote image is linked as written


def test_body_markdown_goes_through_the_sanitiser() -> None:
    hostile = article()
    hostile.slides[1].body = (
        "Hi <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>\n\n"
        "![local](images/fog.jpg) ![elsewhere](images/not-uploaded.jpg)\n\n- one\n- two"
    )
    content = ContentBuilder(hostile, MEDIA).build()
    for bad in ("<script", 'href="javascript', "onerror", "not-uploaded"):
        assert bad not in content
    assert '<img src="https://site.example/wp-content/uploads/fog.jpg" alt="local">' in content
    assert "<!-- wp:list -->\n<ul>\n<li>one</li>" in content


def test_the_intro_comes_first_and_read_more_last() -> None:
    with_more = article(
        read_more=ReadMore(
            "More coast", [ReadMoreItem("Ferries", "https://x.example/f", credit="Ana")]
        )
    )
    content = ContentBuilder(with_more, MEDIA).build(byline="Noor Haddad")
    first = content.index(">1.</span> Fog")
    assert content.index("By Noor Haddad") < content.index("<p>Hello.</p>") < first
    assert content.rindex("<h2>More coast</h2>") > content.index(">2.</span> Market</h2>")
    assert (  # as the preview's read-more (readmore.html.j2): the link kept from the referrer
        '<a href="https://x.example/f" rel="noopener noreferrer">Ferries</a>'
        '<small class="sw-credit">Credit: <span dir="auto">Ana</span></small>'
    ) in content


def test_paged_content_breaks_between_slides_only() -> None:
    content = ContentBuilder(article(), MEDIA).build(paged=True)
    assert content.count("<!--nextpage-->") == 1
    first, second = content.split("<!--nextpage-->")
    assert "<p>Hello.</p>" in first and ">2.</span> Market</h2>" in second


def test_the_state_survives_a_save_and_a_hand_edit_elsewhere(tmp_path: Path) -> None:
    bundle = tmp_path / "a"
    save_article(article(), bundle)
    index = bundle / "index.md"
    index.write_text(index.read_text().replace("title: T\n", "title: T  # keep me\n"))
    record_state(bundle, PublishState("https://site.example", 42, {"ab" * 32: 17}))

    loaded = load_article(bundle)
    save_article(loaded, bundle)

    assert read_state(load_article(bundle)) == PublishState(
        "https://site.example", 42, {"ab" * 32: 17}
    )
    assert "title: T  # keep me\n" in index.read_text()


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("forty", "must be a mapping"),
        ({"site": "https://x", "post": "forty"}, "wordpress.post must be a post number"),
        ({"site": "https://x", "media": {"ab": -3}}, "wordpress.media must map"),
    ],
)
def test_a_hand_broken_state_is_refused_naming_the_key(value: object, says: str) -> None:
    broken = article()
    broken.extra["wordpress"] = value
    with pytest.raises(FormatError, match=says):
        read_state(broken, Path("a/index.md"))


def test_a_paragraph_running_the_other_way_keeps_its_direction_in_the_post() -> None:
    """As the preview shows it (each paragraph takes its direction from its own letters): an
    Arabic quotation in an English article is a right-to-left paragraph block, an English one in
    an Arabic article a left-to-right one; paragraphs running the page's way are left as they are."""
    arabic = "\u0645\u064a\u0646\u0627\u0621 \u0627\u0644\u0635\u064a\u062f"
    english = article()
    english.slides[1].body = f"English first.\n\n\u00ab{arabic}\u00bb, she said.\n\n(42)"
    content = ContentBuilder(english, MEDIA).build()
    assert f'<!-- wp:paragraph {{"direction":"rtl"}} -->\n<p dir="rtl">\u00ab{arabic}' in content
    assert "<!-- wp:paragraph -->\n<p>English first.</p>" in content
    assert "<!-- wp:paragraph -->\n<p>(42)</p>" in content  # no letters: the page's way
    in_arabic = article(lang="ar")
    in_arabic.slides[1].body = f"{arabic}\n\nHarbour at dawn."
    content = ContentBuilder(in_arabic, MEDIA).build()
    assert '<!-- wp:paragraph {"direction":"ltr"} -->\n<p dir="ltr">Harbour at dawn.</p>' in content
    assert f"<!-- wp:paragraph -->\n<p>{arabic}</p>" in content
