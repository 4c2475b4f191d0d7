"""Deeply nested HTML (issue 18): a hostile page, or thousands of tags left open, imports within
bounded time and memory, or ends with the one-line error; never a traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.cli import main
from slidewright.importers.htmltree import MAX_DEPTH, parse_html


def _write(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><h1>Deep</h1>{body}</body></html>", encoding="utf-8")
    return page


# CPU seconds an import may take: 1.5 s here for the largest page; a quadratic walk of 100,000
# nested elements takes minutes, so a limit ten times the figure still catches it on a slower
# machine (5 s, three times the figure, was within reach of one)
LIMIT = 15


def _import(page: Path, out: Path) -> tuple[int, float]:
    started = time.process_time()  # CPU time: a busy machine slows the wall clock, not the work
    code = main(["import", str(page), "-o", str(out)])
    return code, time.process_time() - started


def test_a_page_of_100000_nested_divs_imports_promptly_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = 100_000
    page = _write(tmp_path, "<h2>Down</h2><p>Before.</p>" + "<div>" * n + "x" + "</div>" * n)
    code, seconds = _import(page, tmp_path / "out")
    out, err = capsys.readouterr()
    assert code == 0 and err == "" and seconds < LIMIT
    assert f"HTML nesting below {MAX_DEPTH} levels" in out
    article = load_article(tmp_path / "out")
    assert [s.heading for s in article.slides] == ["Down"]
    assert article.slides[0].body == "Before.\n"


def test_nested_divs_without_headings_end_with_the_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = 100_000
    page = _write(tmp_path, "<div>" * n + "<p>x</p>" + "</div>" * n)
    code, seconds = _import(page, tmp_path / "out")
    err = capsys.readouterr().err
    assert code == 2 and seconds < LIMIT
    assert err.strip().count("\n") == 0 and "no slide headings" in err
    assert "Traceback" not in err and not (tmp_path / "out" / "index.md").exists()


def test_5000_nested_bold_tags_in_a_paragraph_are_one_bold_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = 5000
    page = _write(
        tmp_path, "<h2>Loud</h2><p>" + "<b>" * n + "x" + "</b>" * n + " tail</p><p>Next.</p>"
    )
    code, seconds = _import(page, tmp_path / "out")
    assert code == 0 and seconds < LIMIT
    assert load_article(tmp_path / "out").slides[0].body == "**x** tail\n\nNext.\n"


def test_tags_left_open_by_the_thousand_keep_the_tree_bounded() -> None:
    root = parse_html("<p>" + "<b><i><span>" * 30_000 + "x")
    deepest = max(len(list(e.ancestors())) for e in root.iter())
    assert deepest <= MAX_DEPTH
    assert root.text() == "x"


def test_unclosed_paragraphs_stay_separate_paragraphs(tmp_path: Path) -> None:
    page = _write(tmp_path, "<h2>Many</h2>" + "".join(f"<p>Para {i}." for i in range(600)))
    code, _ = _import(page, tmp_path / "out")
    assert code == 0
    body = load_article(tmp_path / "out").slides[0].body
    assert body.split("\n\n")[0] == "Para 0." and body.strip().endswith("Para 599.")
    assert body.count("\n\n") == 599
