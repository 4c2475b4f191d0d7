"""Rendering one text takes bounded time: too long or too deeply nested HTML becomes a notice
(100k nested <div>s once took 40 s in the sanitiser, on the UI thread)."""

from __future__ import annotations

import time

import pytest

from slidewright.render.markdown import (
    MAX_BRACKETS,
    MAX_HTML_DEPTH,
    MAX_QUOTE_DEPTH,
    MAX_TEXT_CHARS,
    html_depth,
    markdown_to_html,
)

HOSTILE = {
    "nested-divs": "<div>" * 100_000,
    "nested-formatting": "<i><p>" * 50_000,
    "unclosed-select": "<select>" + "<option>" * 60_000,
    "brackets": "[" * 200_000,
    "links": "[a](b) " * 60_000,
    "emphasis": "*a **b " * 60_000,
    "quotes": ">" * 1000 + " x\n" + "> a\n" * 60_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_any_text_renders_in_bounded_time(name: str) -> None:
    text = HOSTILE[name][: MAX_TEXT_CHARS - 1]  # just under the length limit: the real work
    start = time.process_time()  # CPU time: a busy machine slows the wall clock, not the work
    markdown_to_html(text)
    elapsed = time.process_time() - start
    print(f"{name}: {elapsed:.2f} s of CPU")
    assert elapsed < 5


def test_deep_html_is_a_visible_notice_and_safe() -> None:
    html = markdown_to_html("<div>" * 9_000 + "<script>alert(1)</script>")
    assert "nested more than 200 tags deep" in html
    assert "<script" not in html and "<div" not in html


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * (MAX_BRACKETS + 1), "[ brackets"),
        (">" * (MAX_QUOTE_DEPTH + 1) + " x", "nests quotes"),
        ("> " * (MAX_QUOTE_DEPTH + 1) + "x", "nests quotes"),
    ],
)
def test_texts_the_parser_is_quadratic_on_are_a_notice(text: str, words: str) -> None:
    assert words in markdown_to_html(text)
    assert "sw-notice" not in markdown_to_html(">" * MAX_QUOTE_DEPTH + " x\n\n[a](b) " * 100)


def test_long_text_is_a_visible_notice() -> None:
    html = markdown_to_html("word " * (MAX_TEXT_CHARS // 4))
    assert f"up to {MAX_TEXT_CHARS:,} characters" in html


def test_ordinary_nesting_still_renders() -> None:
    text = "<b>" * 20 + "deep" + "</b>" * 20 + "\n\n> quote\n>> deeper\n\n- a\n  - b\n"
    html = markdown_to_html(text)
    assert "sw-notice" not in html and "<blockquote>" in html and "deep" in html
    assert html_depth("<p>" + "<br>" * 500 + "<img src=x/></p>") == 1
    assert html_depth("<div>" * (MAX_HTML_DEPTH + 1)) == MAX_HTML_DEPTH + 1
