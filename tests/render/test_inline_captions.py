"""Captions are inline Markdown (issue 27): what renders, what stays as typed, and the plain
words every text-only use of a caption takes."""

from __future__ import annotations

import pytest

from slidewright.exporters.jsonld import image_object
from slidewright.exporters.published import PublishedImage
from slidewright.exporters.rss import slide_description
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide
from slidewright.model.search import Query, find_all, replace_all
from slidewright.render import RenderContext, render_slide
from slidewright.render.inline import inline_escape, inline_html, inline_text


@pytest.mark.parametrize(
    ("caption", "shown"),
    [
        ("Low tide at *dawn*", "Low tide at <em>dawn</em>"),
        ("**Low** tide", "<strong>Low</strong> tide"),
        (
            "See [the tables](https://news.example/t)",
            'See <a href="https://news.example/t" rel="noopener noreferrer">the tables</a>',
        ),
        ("Photo_2024_final", "Photo_2024_final"),  # no emphasis inside a word
        ("snake_case_name, 5 * 3", "snake_case_name, 5 * 3"),
        ("# Not a heading", "# Not a heading"),
        ("- not a list", "- not a list"),
        ("<b>raw</b> & more", "&lt;b&gt;raw&lt;/b&gt; &amp; more"),
        ("[bad](javascript:alert(1))", "[bad](javascript:alert(1))"),
        ("![a harbour](images/x.jpg) at noon", "a harbour at noon"),
        ("a literal \\*star\\*", "a literal *star*"),
    ],
)
def test_a_caption_renders_inline_markdown_only(caption: str, shown: str) -> None:
    assert inline_html(caption) == shown


def test_the_slide_and_its_read_more_links_show_their_captions_formatted() -> None:
    article = Article(
        title="T",
        slides=[Slide(heading="H", credit="Ana Ruiz", caption="Boats at **dawn**")],
        read_more=ReadMore(items=[ReadMoreItem(title="More", url="https://n.example/")]),
    )
    assert article.read_more is not None
    article.read_more.items[0].caption = "Updated *every* Monday"
    section = render_slide(article, 0, RenderContext())
    assert '<span class="sw-caption" dir="auto">Boats at <strong>dawn</strong></span>' in section
    assert article.read_more.items[0].extra == {"caption": "Updated *every* Monday"}


def test_text_only_uses_take_the_words_a_reader_sees() -> None:
    slide = Slide(heading="H", caption="Boats at **dawn**, see [tables](https://n.example/t) \\*")
    words = "Boats at dawn, see tables *"
    assert inline_text(slide.caption) == words
    assert image_object(slide, PublishedImage())["caption"] == words
    # the feed's description is HTML: the caption as the page shows it
    assert slide_description(slide).startswith("<p>Boats at <strong>dawn</strong>, see <a ")


def test_find_and_replace_reach_a_captions_link_words_never_its_address() -> None:
    article = Article(
        title="T", slides=[Slide(heading="H", caption="[tides](https://tides.example/)")]
    )
    assert [m.place.field for m in find_all(article, Query("tides"))] == ["caption"]
    changes = replace_all(article, Query("tides"), "ferries")
    assert list(changes.values()) == ["[ferries](https://tides.example/)"]


def test_plain_words_moved_into_a_caption_stay_as_typed() -> None:
    moved = "PARIS *2019* – file_name [draft]"
    assert inline_text(inline_escape(moved)) == moved
    assert inline_escape("file_name") == "file_name"
