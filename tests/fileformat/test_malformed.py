"""Each malformed article gives its own clear message (file, line, problem) and is never touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.errors import FormatError

GOOD_HEAD = "---\ntitle: T\n"

# name, file bytes, words the message must contain, line (None when no line applies)
CORPUS = [
    ("empty", b"", "is empty", None),
    ("only-spaces", b"  \n\n", "is empty", None),
    ("not-utf8", GOOD_HEAD.encode() + b"author: Andr\xe9\n---\n", "not UTF-8", 3),
    ("png-bytes", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8", 1),
    ("no-front-matter", b"# Just a heading\n\nSome text.\n", "no front matter", 1),
    ("never-closed", b"---\ntitle: T\nslides: []\n", "never closed", 1),
    (
        "bad-yaml-indent",
        b"---\ntitle: T\nslides:\n  - heading: A\n   body: x\n---\n",
        "not indented like the list items around it",
        5,
    ),
    (
        "tab-indent",
        b"---\ntitle: T\nslides:\n\t- heading: A\n---\n",
        "a tab character at line 4, column 1: YAML indents with spaces",
        4,
    ),
    (
        "unclosed-quote",
        b'---\ntitle: "T\nslides: []\n---\n',
        'the text opened with " on line 2 is never closed',
        2,
    ),
    (
        "unclosed-bracket-on-line-7",  # PyYAML gives up on line 8; the mistake is on line 7
        GOOD_HEAD.encode() + b"author: A\nintro: I\ndate: 2026-01-02\ncategory: C\n"
        b"tags: [harbours, ferries\nslides: []\n---\n",
        "the list opened with [ on line 7 is never closed with ]",
        7,
    ),
    (
        "missing-comma-in-list",
        GOOD_HEAD.encode() + b'tags: ["harbours" ferries]\n---\n',
        "needs a comma between its items",
        3,
    ),
    (
        "unclosed-brace",
        GOOD_HEAD.encode() + b"extra: {a: 1\nslides: []\n---\n",
        "the mapping opened with { on line 3 is never closed with }",
        3,
    ),
    (
        "colon-in-value",
        b"---\ntitle: Ferries: a guide\n---\n",
        "put the whole value in quotes",
        2,
    ),
    ("front-matter-is-list", b"---\n- a\n- b\n---\n", "must be a mapping", 2),
    ("front-matter-is-text", b"---\njust words\n---\n", "must be a mapping", 2),
    ("empty-front-matter", b"---\n---\nIntro\n", "front matter is empty", 2),
    ("no-title", b"---\ndescription: D\n---\n", "no title", 2),
    ("title-is-list", b"---\ntitle: [a, b]\n---\n", "title must be text, not a list", 2),
    ("title-is-number", b"---\ntitle: 1984\n---\n", "put it in quotes", 2),
    (
        "slides-is-mapping",
        GOOD_HEAD.encode() + b"slides:\n  heading: A\n---\n",
        "slides must be a list",
        4,
    ),
    ("slides-is-text", GOOD_HEAD.encode() + b"slides: none yet\n---\n", "slides must be a list", 3),
    (
        "slide-is-text",
        GOOD_HEAD.encode() + b"slides:\n- heading: A\n- just text\n---\n",
        "slides[1] must be a slide",
        5,
    ),
    (
        "heading-is-list",
        GOOD_HEAD.encode() + b"slides:\n- heading: A\n- heading: [x]\n---\n",
        "slides[1].heading must be text",
        5,
    ),
    (
        "body-is-mapping",
        GOOD_HEAD.encode() + b"slides:\n- heading: A\n  body:\n    a: b\n---\n",
        "slides[0].body must be text",
        6,
    ),
    (
        "editorial-not-bool",
        GOOD_HEAD.encode() + b"slides:\n- heading: A\n  editorial_only: maybe\n---\n",
        "editorial_only must be true or false",
        5,
    ),
    ("bad-date", GOOD_HEAD.encode() + b"date: last Tuesday\n---\n", "date must be a date", 3),
    (
        "categories-mapping",
        GOOD_HEAD.encode() + b"categories: {a: b}\n---\n",
        "categories must be a list",
        3,
    ),
    (
        "category-number",
        GOOD_HEAD.encode() + b"categories: [Politics, 7]\n---\n",
        "categories[1] must be text",
        3,
    ),
    (
        "read-more-list",
        GOOD_HEAD.encode() + b"read_more: [a]\n---\n",
        "read_more must be a mapping",
        3,
    ),
    (
        "read-more-items-text",
        GOOD_HEAD.encode() + b"read_more:\n  heading: R\n  items: x\n---\n",
        "read_more.items must be a list",
        5,
    ),
    (
        "duplicate-key",
        b"---\ntitle: First\nslides: []\ntitle: Second\n---\n",
        "'title' is given twice",
        4,
    ),
    (
        "duplicate-slide-key",
        GOOD_HEAD.encode() + b"slides:\n- heading: A\n  heading: B\n---\n",
        "'heading' is given twice",
        5,
    ),
    (
        "unknown-escape",
        GOOD_HEAD.encode() + b'intro: "a \\q escape"\n---\n',
        "the escape \\q at line 3",
        3,
    ),
    (
        "lone-surrogate-escape",
        GOOD_HEAD.encode() + b'intro: "\\ud83d\\ude00"\n---\n',
        "the escape \\ud83d at line 3",
        3,
    ),
    (
        "nul-byte",
        GOOD_HEAD.encode() + b"intro: a\x00b\n---\n",
        "control character (U+0000) at line 3, column 9",
        3,
    ),
    ("utf16-bom", "---\ntitle: T\n---\n".encode("utf-16"), "is UTF-16 text", 1),
    ("cr-line-ends", b"---\rtitle: T\rslides: []\r---\r", "carriage return (CR) alone", 1),
    (
        "fence-behind-a-lone-cr",
        GOOD_HEAD.encode() + b"author: A\r\nlang: fr\r---\nIntro\n",
        "the closing --- is on line 4 after a carriage return",
        4,
    ),
    (
        "line-separator-in-plain-value",  # YAML breaks the line there; an editor shows none
        GOOD_HEAD.encode() + "author: Jo\u2028Doe\nlang: fr\n---\n".encode(),
        "line 3 holds a line separator (U+2028), which YAML reads as a line break",
        3,
    ),
    (
        "next-line-character-in-slide",
        GOOD_HEAD.encode() + "slides:\n- heading: A\x85B\n  alt: x\n---\n".encode(),
        "line 4 holds a next-line character (U+0085)",
        4,
    ),
    (
        "key-over-1024-characters",
        GOOD_HEAD.encode() + b"k" * 2000 + b": v\n---\n",
        "the key on line 3 is 2,000 characters long: YAML reads keys of at most 1,024",
        3,
    ),
    (
        "tab-inside-a-slide",
        GOOD_HEAD.encode() + b"slides:\n- heading: H\n\t alt: x\n---\n",
        "a tab character at line 5, column 1",
        5,
    ),
    (
        "empty-slide-item",
        GOOD_HEAD.encode() + b"slides:\n-\n---\n",
        "slides[0] must be a slide with fields like heading, image, credit, body, not an empty",
        4,
    ),
    (
        "updated-february-30",
        GOOD_HEAD.encode() + b"date: 2026-02-01\nupdated: 2026-02-30\n---\n",
        "updated '2026-02-30' is not a date: February 2026 has 28 days",
        4,
    ),
]


@pytest.mark.parametrize(("name", "data", "words", "line"), CORPUS, ids=[c[0] for c in CORPUS])
def test_malformed_file_gives_its_own_message_and_is_not_touched(
    tmp_path: Path, name: str, data: bytes, words: str, line: int | None
) -> None:
    index = tmp_path / "index.md"
    index.write_bytes(data)
    with pytest.raises(FormatError) as caught:
        load_article(tmp_path)
    error = caught.value
    assert words in error.message
    assert error.path == index
    assert str(index) in str(error)
    if line is not None:
        assert error.line == line
    assert index.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.md"]


def test_corpus_messages_are_all_different() -> None:
    assert len(CORPUS) >= 15
    assert len({words for _, _, words, _ in CORPUS}) >= 15


def test_folder_without_index_md_says_so(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no index.md"):
        load_article(tmp_path)


def test_missing_file_says_not_found(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="not found"):
        load_article(tmp_path / "nothing.md")


def test_markdown_file_path_loads_like_its_folder(sample_bundle: Path) -> None:
    assert load_article(sample_bundle / "index.md") == load_article(sample_bundle)
