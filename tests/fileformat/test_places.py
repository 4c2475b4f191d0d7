"""The lines messages name are the lines the writer's editor shows, even after characters YAML
counts as line breaks and an editor does not (U+2028 in a quoted value, which Slidewright's own
saves write as it is)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.errors import FormatError
from slidewright.fileformat.places import load_placed
from slidewright.model import Article, Slide


def editor_line(text: str, words: str) -> int:
    """The 1-based line of ``words`` as an editor counts lines (LF only)."""
    return text[: text.index(words)].count("\n") + 1


def test_values_after_a_quoted_line_separator_are_placed_on_the_editors_line(
    tmp_path: Path,
) -> None:
    text = '---\ntitle: "Boats\u2028at dawn"\nauthor: Jo\nslides:\n- heading: A\n  alt: x\n---\n'
    (tmp_path / "index.md").write_text(text, encoding="utf-8")
    article, places = load_placed(tmp_path)
    assert article.title == "Boats\u2028at dawn"
    assert places.line(None, "author") == editor_line(text, "author:") == 3
    assert places.line(0, "alt") == editor_line(text, "alt:") == 6
    assert places.line(0, "credit") == editor_line(text, "- heading") == 5  # not written: slide


def test_an_error_after_a_separator_slidewright_wrote_names_the_editors_line(
    tmp_path: Path,
) -> None:
    article = Article(
        title="T", slides=[Slide(heading="Harbour\u2029at night"), Slide(heading="B")]
    )
    save_article(article, tmp_path)
    index = tmp_path / "index.md"
    text = index.read_text(encoding="utf-8")
    assert "\u2029" in text  # written as it is, inside quotes
    assert load_article(tmp_path).slides[0].heading == "Harbour\u2029at night"
    text = text.replace("- heading: B\n", "- heading: B\n  heading: C\n")  # a hand edit
    index.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        load_article(tmp_path)
    second = editor_line(text, "  heading: C")
    assert caught.value.line == second
    assert f"also on line {second - 1}" in caught.value.message


def test_a_slide_past_the_end_or_a_missing_field_has_no_line(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text("---\ntitle: T\n---\n", encoding="utf-8")
    _, places = load_placed(tmp_path)
    assert places.line(None, "title") == 2
    assert places.line(None, "lang") is None and places.line(3, "image") is None


def test_comments_after_a_line_separator_are_kept_on_save(tmp_path: Path) -> None:
    """They were put back by YAML's line numbers, one too far after each U+2028, or dropped."""
    text = (
        '---\ntitle: "Boats\u2028at dawn"\n# the author asked for this\nauthor: Jo\n'
        "slides:\n- heading: A  # keep short\n  alt: x\n---\nIntro\n"
    )
    (tmp_path / "index.md").write_text(text, encoding="utf-8")
    article = load_article(tmp_path)
    save_article(article, tmp_path)
    saved = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert "# the author asked for this\nauthor: Jo\n" in saved
    assert "- heading: A  # keep short\n" in saved
    assert 'title: "Boats\u2028at dawn"\n' in saved and load_article(tmp_path) == article
