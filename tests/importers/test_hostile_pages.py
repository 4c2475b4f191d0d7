"""Files no newsroom publishes, under the 10 MB limit: a page of hundreds of thousands of tags,
one tag with a million attributes, a Markdown file of a million lines, an entity bomb. Each is
refused with one line naming the file and why, and nothing is written; none reaches the memory
and minutes it took before (2.4 million ``<br>``s: 77 s and a gigabyte)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.cli import main
from slidewright.importers import parse_source
from slidewright.importers.common import MAX_LINES, ImportFailed
from slidewright.importers.htmltree import MAX_ELEMENTS, MAX_TAG, PageTooLarge, parse_html


def _refused(page: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["import", str(page), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert err.strip().count("\n") == 0 and str(page) in err
    assert not (out / "index.md").exists()
    return err


def test_a_page_of_more_elements_than_any_article_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "breaks.html"
    page.write_text("<h1>T</h1><h2>A</h2><p>x" + "<br>" * (MAX_ELEMENTS + 1) + "</p>")
    err = _refused(page, tmp_path / "out", capsys)
    assert f"more than {MAX_ELEMENTS:,} HTML elements" in err


def test_the_tree_stops_growing_at_the_limit() -> None:
    with pytest.raises(PageTooLarge):
        parse_html("<i></i>" * (MAX_ELEMENTS + 1))
    assert len(list(parse_html("<i></i>" * (MAX_ELEMENTS - 1)).iter())) == MAX_ELEMENTS


def test_one_tag_with_a_hundred_thousand_attributes_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "attrs.html"
    many = " ".join(f'a{i}=">"' for i in range(100_000))  # quoted ">" does not end the tag
    page.write_text(f"<h1>T</h1><h2>A</h2><p {many}>x</p>")
    err = _refused(page, tmp_path / "out", capsys)
    assert f"one HTML tag is longer than {MAX_TAG // 1024} KB" in err


def test_a_long_srcset_is_still_an_ordinary_tag(tmp_path: Path) -> None:
    widths = " ".join(f"https://cdn.test/p-{w}.jpg {w}w," for w in range(100, 4000, 20))
    page = tmp_path / "page.html"
    page.write_text(f"<h1>T</h1><h2>Pier</h2><img srcset='{widths}' alt='Pier'><p>Text.</p>")
    assert [s.alt for s in parse_source(page).article.slides] == ["Pier"]


def test_markdown_of_more_lines_than_any_article_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "long.md"
    page.write_text("# Long\n\n## One\n\n" + "word\n" * (MAX_LINES + 1))
    with pytest.raises(ImportFailed, match=f"the limit is {MAX_LINES:,}"):
        parse_source(page)


def test_an_entity_bomb_stays_the_words_it_is_written_as(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    page = tmp_path / "laughs.html"
    page.write_text(f"<!DOCTYPE x [{laughs}]><h1>T</h1><h2>Laughs</h2><p>&l9; and &amp;</p>")
    assert main(["import", str(page), "-o", str(tmp_path / "out")]) == 0
    assert load_article(tmp_path / "out").slides[0].body == "&l9; and &\n"


def test_a_markdown_line_of_brackets_is_not_read_inline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """200,000 "[" on one line took markdown-it 20 s to read inline; the importer only needs the
    headings from the whole file, and reads inline only the short lines a picture is on."""
    from markdown_it.parser_inline import ParserInline

    read: list[int] = []
    parse = ParserInline.parse

    def counting(self: ParserInline, src: str, *args: object) -> object:
        read.append(len(src))
        return parse(self, src, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ParserInline, "parse", counting)
    page = tmp_path / "brackets.md"
    page.write_text("# Brackets\n\n## One\n\n![Pier](pier.jpg)\n\n" + "[" * 200_000 + "\n")
    slide = parse_source(page).article.slides[0]
    assert slide.heading == "One" and slide.body.startswith("[[[")
    assert read and max(read) < 1_000
