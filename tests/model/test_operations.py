from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from slidewright.model import Article, Slide
from slidewright.model.operations import (
    add_slide,
    apply_order,
    article_words,
    duplicate_slide,
    inverse_order,
    move_slides,
    reading_minutes,
    remove_slides,
    restore_slides,
    set_slide_field,
)


def numbered(count: int) -> Article:
    return Article(title="T", slides=[Slide(heading=f"S{i}") for i in range(count)])


def headings(article: Article) -> list[str]:
    return [slide.heading for slide in article.slides]


def test_add_duplicate_and_remove_then_restore() -> None:
    article = numbered(3)
    assert add_slide(article, 1) == 1
    assert headings(article) == ["S0", "", "S1", "S2"]
    copy_at = duplicate_slide(article, 2)
    assert copy_at == 3 and headings(article) == ["S0", "", "S1", "S1", "S2"]
    article.slides[3].heading = "changed"
    assert article.slides[2].heading == "S1"  # a duplicate is a copy, not the same slide
    removed = remove_slides(article, [4, 0])
    assert headings(article) == ["", "S1", "changed"]
    restore_slides(article, removed)
    assert headings(article) == ["S0", "", "S1", "changed", "S2"]


def test_move_selection_down_keeps_its_order() -> None:
    article = numbered(5)
    move_slides(article, [0, 2], 4)
    assert headings(article) == ["S1", "S3", "S0", "S2", "S4"]


@given(
    st.integers(1, 8).flatmap(
        lambda n: st.tuples(
            st.just(n), st.sets(st.integers(0, n - 1), min_size=1), st.integers(0, n)
        )
    )
)
def test_every_move_can_be_undone(case: tuple[int, set[int], int]) -> None:
    count, picked, destination = case
    article = numbered(count)
    order = move_slides(article, picked, destination)
    apply_order(article, inverse_order(order))
    assert headings(article) == [f"S{i}" for i in range(count)]


def test_set_field_normalises_line_ends_and_returns_old_value() -> None:
    article = numbered(1)
    assert set_slide_field(article, 0, "body", "a\r\nb") == ""
    assert article.slides[0].body == "a\nb"


def test_word_count_and_reading_time() -> None:
    article = Article(
        title="Two words",
        intro="Three more words",
        slides=[Slide(heading="One", body="word " * 455)],
    )
    assert article_words(article) == 461
    assert reading_minutes(461) == 2
    assert reading_minutes(0) == 0


def test_a_link_counts_its_words_not_its_address() -> None:
    from slidewright.model.operations import count_words

    plain = "Visit the kiosk by the pier."
    linked = 'Visit the [kiosk](https://example.com/kiosk-hours "Hours") by the **pier**.'
    assert count_words(plain) == count_words(linked) == 6
    assert count_words("See [the map][map] - now.\n\n[map]: https://example.org/map") == 4
    assert count_words("An ![old quay](images/quay.jpg) photo") == 4
