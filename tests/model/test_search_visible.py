"""Find matches what the reader sees (never a link's address), covers every text the article
publishes (tags, categories, the read-more block), and Replace keeps the case of what it replaces."""

from __future__ import annotations

from slidewright.model import Article, ReadMore, ReadMoreItem, Slide
from slidewright.model.search import Query, field_values, find_all, keep_case, replace_all

BODY = (
    "Check the [ferry timetable](https://example.org/ferries) first. "
    "![Ferries at dawn](images/ferries.jpg) <https://ferries.example.org> "
    '<a href="https://example.org/ferries">ferries</a> www.ferries.example.org\n\n'
    "[timetable]: https://example.org/ferries-ref\n"
)


def article() -> Article:
    return Article(
        title="Harbour Towns",
        tags=["coast", "harbours"],
        categories=["Travel"],
        intro="See [the harbour](https://example.org/harbour).",
        slides=[Slide(heading="Quay", body=BODY, credit="Ann Lee/Depositphotos")],
        read_more=ReadMore(
            heading="More from the harbour",
            items=[
                ReadMoreItem(
                    title="A Week of Ferries",
                    url="https://example.org/ferries",
                    credit="Bo Li/Depositphotos",
                )
            ],
        ),
    )


def test_link_addresses_image_paths_autolinks_and_tag_attributes_are_not_searched() -> None:
    doc = article()
    body_hits = [m for m in find_all(doc, Query("ferr")) if m.field == "body"]
    # the link's words, the image's alt text and the HTML link's words are read; no address is
    assert len(body_hits) == 3
    found = find_all(doc, Query("ferries"))
    assert [(m.slide, m.field) for m in found] == [
        (None, "read_more_title"),  # the visible title the trial missed
        (0, "body"),  # ![Ferries at dawn]
        (0, "body"),  # <a …>ferries</a>
    ]


def test_tags_categories_and_the_read_more_block_are_searched() -> None:
    doc = article()
    where = [(m.field, m.place.item) for m in find_all(doc, Query("harbour"))]
    assert where == [
        ("title", -1),
        ("tags", -1),
        ("intro", -1),  # the link's words, not its address
        ("read_more_heading", -1),
    ]
    credits = [(m.slide, m.field) for m in find_all(doc, Query("depositphotos"))]
    assert credits == [(None, "read_more_credit"), (0, "credit")]
    assert find_all(doc, Query("coast, harbours")) == []  # never across two tags


def test_replace_all_never_changes_an_address_and_edits_list_items_and_read_more() -> None:
    doc = article()
    values = field_values(doc, replace_all(doc, Query("ferries"), "boats"))
    body = values[(0, "body")]
    assert body.count("example.org/ferries") == BODY.count("example.org/ferries") == 3
    assert "images/ferries.jpg" in body and "<https://ferries.example.org>" in body
    assert "![Boats at dawn]" in body and ">boats</a>" in body
    assert "www.ferries.example.org" in body and "ferries-ref" in body
    read_more = values[(None, "read_more")]
    assert read_more.items[0].title == "A Week of Boats"
    assert read_more.items[0].url == "https://example.org/ferries"
    assert doc.read_more is not None and doc.read_more.items[0].title == "A Week of Ferries"
    values = field_values(doc, replace_all(doc, Query("harbour"), "port"))
    assert values[(None, "tags")] == ["coast", "ports"]
    assert values[(None, "intro")] == "See [the port](https://example.org/harbour)."
    assert values[(None, "read_more")].heading == "More from the port"


def test_replace_keeps_capitals_unless_match_case_is_on() -> None:
    doc = Article(title="Nine Harbour Towns", intro="Harbour towns. HARBOUR LIFE. harbour.")
    values = field_values(doc, replace_all(doc, Query("harbour"), "port"))
    assert values[(None, "title")] == "Nine Port Towns"
    assert values[(None, "intro")] == "Port towns. PORT LIFE. port."
    exact = field_values(doc, replace_all(doc, Query("Harbour", match_case=True), "port"))
    assert exact[(None, "intro")] == "port towns. HARBOUR LIFE. harbour."
    assert keep_case("a", "the") == "the" and keep_case("I", "we") == "We"
    assert keep_case("x-1", "") == ""
