"""Reading an article's title for lists, without loading the article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from slidewright.fileformat.peek import MAX_PEEK, peek_title


def bundle_with(tmp_path: Path, text: str) -> Path:
    (tmp_path / "index.md").write_text(text, encoding="utf-8")
    return tmp_path


def test_title_is_read_from_the_front_matter(tmp_path: Path) -> None:
    text = '---\nauthor: Ana\ntitle: "Ten Walks: the Coast"\n---\nbody\n'
    assert peek_title(bundle_with(tmp_path, text)) == "Ten Walks: the Coast"


def test_a_title_in_the_body_is_not_the_articles(tmp_path: Path) -> None:
    assert peek_title(bundle_with(tmp_path, "---\nauthor: Ana\n---\ntitle: not this\n")) == ""
    assert peek_title(bundle_with(tmp_path, "title: no front matter\n")) == ""


def test_no_file_a_folder_or_a_pipe_give_no_title_and_never_block(tmp_path: Path) -> None:
    assert peek_title(tmp_path / "missing") == ""
    (tmp_path / "index.md").mkdir()
    assert peek_title(tmp_path) == ""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    piped = tmp_path / "piped"
    piped.mkdir()
    os.mkfifo(piped / "index.md")
    assert peek_title(piped) == ""  # opening a pipe would wait for a writer forever


def test_only_the_head_of_a_huge_file_is_read(tmp_path: Path) -> None:
    padding = "x: " + "y" * MAX_PEEK + "\n"
    assert peek_title(bundle_with(tmp_path, "---\n" + padding + "title: Late\n---\n")) == ""
