from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from xss_payloads import SCRIPT_PAYLOADS

from slidewright import load_article
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide
from slidewright.render import RenderContext, render_page, render_slide
from slidewright.render.markdown import markdown_to_html


class Elements(HTMLParser):
    """Every start tag with its attributes, for asserting on structure rather than strings."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def test_page_has_the_seed_articles_structure(sample_bundle: Path) -> None:
    article = load_article(sample_bundle)
    page = Elements(render_page(article))
    crumbs = render_page(article).split('<nav class="sw-breadcrumb"')[1].split("</nav>")[0]
    assert [c for c in ("Home", "Travel", "Slideshow", article.title) if c in crumbs] == [
        "Home",
        "Travel",
        "Slideshow",
        article.title,
    ]
    assert len(page.all("h1")) == 1
    sections = page.all("section")
    assert [s["id"] for s in sections] == [f"slide-{n}" for n in range(1, 10)]
    assert len(page.all("figure")) == 9 and len(page.all("figcaption")) == 9
    assert page.all("html")[0]["lang"] == "en-GB"  # the article's own language
    assert "Credit: Marta Lind/Shutterstock" in "".join(page.text)
    assert page.all("footer")  # the read-more block


def test_credit_label_comes_from_the_article() -> None:
    article = Article(title="T", credit_label="Photo", slides=[Slide(heading="H", credit="Ana")])
    assert "Photo: <bdi>Ana</bdi>" in render_slide(article, 0, RenderContext())
    article.credit_label = ""
    assert ">Ana<" in render_slide(article, 0, RenderContext())


def test_headings_inside_a_body_sit_below_the_slide_heading() -> None:
    html = markdown_to_html("# Big\n\n## Smaller\n\ntext")
    assert "<h3>Big</h3>" in html and "<h4>Smaller</h4>" in html


def test_slideshow_mode_marks_the_body() -> None:
    html = render_page(
        Article(title="T", slides=[Slide(heading="A")]), RenderContext(mode="slideshow")
    )
    assert 'class="mode-slideshow' in html


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError):
        RenderContext(mode="carousel")


def xss_article(payload: str) -> Article:
    return Article(
        title=payload,
        description=payload,
        categories=[payload],
        author=payload,
        intro=payload,
        slides=[
            Slide(
                heading=payload,
                image=payload,
                alt=payload,
                credit=payload,
                caption=payload,
                body=payload,
                license=payload,
                source_url=payload,
                license_url=payload,
            )
        ],
        read_more=ReadMore(
            heading=payload,
            items=[ReadMoreItem(title=payload, url=payload, image=payload, credit=payload)],
        ),
    )


@pytest.mark.parametrize("payload", SCRIPT_PAYLOADS)
@pytest.mark.parametrize("mode", ["article", "slideshow"])
def test_no_payload_survives_as_markup(payload: str, mode: str) -> None:
    from slidewright.exporters.headmeta import page_meta
    from slidewright.exporters.published import PublishedImage

    article = xss_article(payload)
    shown = PublishedImage("https://example.org/a/x.jpg", 10, 10)  # what an export passes
    images = [(slide, shown, payload) for slide in article.slides]
    meta = page_meta(article, "https://example.org/a/", images)  # the published <head> too
    page = Elements(render_page(article, RenderContext(mode=mode), meta=meta))
    scripts = page.all("script")
    assert [s.get("type") for s in scripts] == ["application/ld+json", None]  # only ours
    for tag, attrs in page.tags:
        if tag == "link" and attrs.get("rel") == "canonical":  # ours, from the exporter
            assert attrs.get("href") == "https://example.org/a/"
            continue
        assert tag not in {
            "iframe",
            "object",
            "embed",
            "form",
            "base",
            "svg",
            "math",
            "video",
            "link",
        }
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs
        for name in ("href", "src", "action", "data"):
            value = (attrs.get(name) or "").replace("\x00", "").strip().lower()
            assert not value.startswith(("javascript", "data:text", "vbscript")), (tag, attrs)
    metas = [m for m in page.all("meta") if m.get("http-equiv") == "refresh"]
    assert metas == []
    assert len(page.all("style")) == 1
