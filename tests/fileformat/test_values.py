"""Every malformed value is a FormatError with file and line; YAML 1.2 meanings; real duplicates
only."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.errors import FormatError

# name, lines after "title: T", words in the message, line of the problem
BAD_VALUES = [
    ("impossible-date", "date: 2026-02-30", "February 2026 has 28 days", 3),
    ("impossible-time", "date: 2026-11-20T25:00:00Z", "not a time of day", 3),
    ("spelled-date", "date: Nov 20, 2026", "write 2026-11-20", 3),
    ("bad-int-tag", "weight: !!int abc", "not a whole number", 3),
    ("bad-float-tag", "weight: !!float abc", "not a number", 3),
    ("bad-bool-tag", "draft: !!bool maybe", "not true or false", 3),
    ("bad-timestamp-tag", "lastmod: !!timestamp 2026-02-30", "28 days", 3),
    ("binary-tag", "blob: !!binary '%%%'", "tag !!binary is not allowed", 3),
    ("python-tag", "x: !!python/object/apply:os.system [ls]", "!!python/object", 3),
    ("huge-int", "weight: " + "9" * 5000, "5,000 digits", 3),
    ("huge-int-tag", "weight: !!int " + "9" * 5000, "5,000 digits", 3),
    ("self-alias", "x: &a [*a]", "anchors (&name) and aliases", 3),
    ("alias-bomb", "a: &a [lol, lol]\nb: &b [*a, *a]", "anchors (&name) and aliases", 3),
    ("deep-nesting", "x: " + "[" * 100 + "]" * 100, "nested more than 64 levels", 3),
    ("same-key-once-built", "true: a\nTrue: b", "'True' is the same key as 'true' on line 3", 4),
    ("list-as-key", "? [a]\n: b", "a key must be text", 3),
]


@pytest.mark.parametrize(
    ("name", "lines", "words", "line"), BAD_VALUES, ids=[b[0] for b in BAD_VALUES]
)
def test_bad_value_is_a_located_format_error_in_the_cli_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: str, words: str, line: int
) -> None:
    (tmp_path / "index.md").write_text(f"---\ntitle: T\n{lines}\n---\n", encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        load_article(tmp_path)
    assert words in caught.value.message
    assert caught.value.line == line and caught.value.column is not None
    for command in (
        ["check", str(tmp_path)],
        ["export", str(tmp_path), "-o", str(tmp_path.parent / "o.html")],
    ):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert f"index.md:{line}:" in err and "Traceback" not in err


def test_different_keys_that_look_alike_are_not_duplicates(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text(
        "---\ntitle: T\n1: number key\n'1': text key\non: text in YAML 1.2\n'<<': {a: 1}\n---\n",
        encoding="utf-8",
    )
    article = load_article(tmp_path)
    assert article.extra == {
        1: "number key",
        "1": "text key",
        "on": "text in YAML 1.2",
        "<<": {"a": 1},
    }


def test_yaml_1_2_meanings_no_sexagesimal_no_yes_no_no_timestamp_rewriting(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text(
        "---\ntitle: no\ndate: 2026-11-20T10:00:00Z\npublish_time: 12:30\ncountry: NO\n"
        "octal: 0o17\nold_octal: 017\n---\n",
        encoding="utf-8",
    )
    article = load_article(tmp_path)
    assert article.title == "no"
    assert article.date == "2026-11-20T10:00:00Z"
    assert article.extra == {"publish_time": "12:30", "country": "NO", "octal": 15, "old_octal": 17}
    save_article(article, tmp_path)
    text = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert "date: 2026-11-20T10:00:00Z\n" in text
    assert load_article(tmp_path) == article


def test_a_sites_dates_stay_dates_in_a_fresh_copy(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text(
        "---\ntitle: T\nlastmod: 2026-11-20\nsitemap: {changed: [2026-11-21T08:00:00Z]}\n"
        "note: '2026-11-22'\n---\n",
        encoding="utf-8",
    )
    article = load_article(tmp_path)
    assert article.extra["lastmod"] == "2026-11-20"  # text as written, read the YAML 1.2 way
    save_article(article, tmp_path / "copy")  # no file to keep spellings from: the plain form
    text = (tmp_path / "copy" / "index.md").read_text(encoding="utf-8")
    assert "lastmod: 2026-11-20\n" in text and "  - 2026-11-21T08:00:00Z\n" in text
    assert load_article(tmp_path / "copy") == article
