"""Find and replace over a whole article, without the window."""

from __future__ import annotations

from slidewright.model import Article, Slide
from slidewright.model.search import (
    Query,
    find_all,
    next_match,
    place_of,
    replace_all,
    replaced,
)


def article() -> Article:
    return Article(
        title="Harbour towns",
        intro="Six harbours on one coast.",
        slides=[
            Slide(
                heading="Sandy Cove", body="The harbour wall. Harbour-side cafés.", alt="A harbour"
            ),
            Slide(heading="Port Isaac", caption="harbourmaster's office", image="harbour.jpg"),
        ],
    )


def test_matches_come_in_reading_order_from_every_text_field_but_not_paths() -> None:
    found = find_all(article(), Query("harbour"))
    where = [(m.slide, m.field) for m in found]
    assert where == [
        (None, "title"),
        (None, "intro"),
        (0, "alt"),  # the catalogue's order: heading, alt, credit, caption, body
        (0, "body"),
        (0, "body"),
        (1, "caption"),
    ]  # slide 2's image file name "harbour.jpg" is not text a writer reads


def test_match_case_and_whole_word_narrow_the_matches() -> None:
    doc = article()
    assert len(find_all(doc, Query("Harbour", match_case=True))) == 2
    whole = find_all(doc, Query("harbour", whole_word=True))
    assert [(m.slide, m.field) for m in whole] == [
        (None, "title"),
        (0, "alt"),
        (0, "body"),
        (0, "body"),
    ]  # not "harbours" or "harbourmaster's"; "Harbour-side" is a word and a half
    first = whole[2]
    assert doc.slides[0].body[first.start : first.end] == "harbour"


def test_next_and_previous_wrap_around_the_article() -> None:
    found = find_all(article(), Query("harbour"))
    assert next_match(found, None) == found[0]
    assert next_match(found, found[-1]) == found[0]
    assert next_match(found, found[0], backwards=True) == found[-1]
    assert next_match(found, found[3], backwards=True) == found[2]
    assert next_match([], None) is None


def test_the_cursor_field_is_a_place_in_the_order() -> None:
    doc = article()
    body = place_of(doc, 0, "body")
    assert body is not None and place_of(doc, None, "intro") is not None
    assert place_of(doc, 0, "image") is None and place_of(doc, 9, "body") is None
    after_body = [m for m in find_all(doc, Query("harbour")) if m.place > body]
    assert [(m.slide, m.field) for m in after_body] == [(1, "caption")]


def test_replace_all_changes_every_field_and_takes_the_replacement_literally() -> None:
    doc = article()
    changes = replace_all(doc, Query("harbour", whole_word=True), r"port \1 $0")
    assert {(p.slide, p.field) for p in changes} == {(-1, "title"), (0, "alt"), (0, "body")}
    body = next(text for p, text in changes.items() if p.field == "body")
    assert body == r"The port \1 $0 wall. Port \1 $0-side cafés."  # the case kept
    assert doc.slides[0].body == "The harbour wall. Harbour-side cafés."  # the caller applies


def test_nothing_to_find_finds_nothing() -> None:
    assert find_all(article(), Query("")) == []
    assert find_all(article(), Query("x" * 5000)) == []
    assert replaced("a.b", Query("."), "!") == ("a!b", 1)  # a dot is a dot, not any character
