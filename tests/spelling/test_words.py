"""Which words of a line get spell-checked: prose yes, Markdown's machinery no."""

from __future__ import annotations

from slidewright.spelling.words import checkable_words


def words(line: str, markdown: bool = True, in_fence: bool = False) -> list[str]:
    spans, _ = checkable_words(line, markdown, in_fence)
    return [line[start:end] for start, end in spans]


def test_prose_words_keep_their_apostrophes_and_split_at_hyphens_and_digits() -> None:
    assert words("The harbour’s wall, don't sea-side 3rd") == [
        "The", "harbour’s", "wall", "don't", "sea", "side", "rd",
    ]  # fmt: skip


def test_code_addresses_images_and_tags_are_not_checked_but_link_text_is() -> None:
    line = "See `pip instal` and [the qay](https://exmple.org/qay) ![a bot](bot.jpg) <span> www.hrbr.com"
    assert words(line) == ["See", "and", "the", "qay"]


def test_a_fenced_block_is_skipped_until_it_closes() -> None:
    spans, open_after = checkable_words("```python", True, False)
    assert spans == [] and open_after
    assert words("prnt(x)", in_fence=True) == []
    spans, open_after = checkable_words("```", True, True)
    assert spans == [] and not open_after


def test_plain_fields_skip_only_addresses() -> None:
    assert words("Photo: `x` https://a.example/b", markdown=False) == ["Photo", "x"]


def test_absurdly_long_words_are_not_checked() -> None:
    assert words("a" * 500) == []
