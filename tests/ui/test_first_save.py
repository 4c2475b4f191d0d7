"""Before the first save of a hand-written index.md that a save cannot keep as written, the writer
is told what changes and a copy of the original is kept beside it (issue 18)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.model import Article
from slidewright.ui.session.first_save import ORIGINAL_COPY
from slidewright.ui.window.main_window import MainWindow

HAND_WRITTEN = b"""\
---
title: Harbour Towns
tags: [coast, # TODO: one more?
  harbours]
slides:
- heading: Fog
  image: ''
  alt: ''
  credit: ''
  body: |
    Grey hills.
---
Intro.
"""


@pytest.fixture
def hand_written(tmp_path: Path) -> Path:
    bundle = tmp_path / "harbours"
    bundle.mkdir()
    (bundle / "index.md").write_bytes(HAND_WRITTEN)
    return bundle


def _answer(window: MainWindow, answer: bool) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def yes_no(title: str, text: str, default_yes: bool = False) -> bool:
        asked.append((title, text))
        return answer

    window.session.prompts.yes_no = yes_no  # type: ignore[method-assign]
    return asked


def test_the_first_save_says_what_changes_and_keeps_the_original_beside(
    window: MainWindow, hand_written: Path
) -> None:
    assert window.session.open_path(hand_written)
    asked = _answer(window, True)
    assert window.session.save()
    assert len(asked) == 1
    title, text = asked[0]
    assert "line 3: tags: [coast, # TODO: one more?" in text
    assert ORIGINAL_COPY in text and "Hugo and Jekyll do not publish" in text
    assert (hand_written / ORIGINAL_COPY).read_bytes() == HAND_WRITTEN
    assert (hand_written / "index.md").read_bytes() != HAND_WRITTEN
    assert load_article(hand_written) == _load_bytes(HAND_WRITTEN, hand_written.parent)
    assert ORIGINAL_COPY in window.statusBar().currentMessage()


def _load_bytes(data: bytes, where: Path) -> Article:
    other = where / "again"
    other.mkdir()
    (other / "index.md").write_bytes(data)
    return load_article(other)


def test_no_leaves_the_file_untouched_and_says_nothing_was_saved(
    window: MainWindow, hand_written: Path
) -> None:
    assert window.session.open_path(hand_written)
    asked = _answer(window, False)
    assert not window.session.save()
    assert len(asked) == 1
    assert (hand_written / "index.md").read_bytes() == HAND_WRITTEN
    assert sorted(p.name for p in hand_written.iterdir()) == ["index.md"]
    assert "Not saved" in window.statusBar().currentMessage()


def test_the_second_save_does_not_ask_again(window: MainWindow, hand_written: Path) -> None:
    assert window.session.open_path(hand_written)
    asked = _answer(window, True)
    assert window.session.save()
    assert window.session.save()
    assert len(asked) == 1
    assert [p.name for p in hand_written.glob(".index.md*orig")] == [ORIGINAL_COPY]


def test_a_file_rewritten_by_another_program_is_asked_about_again(
    window: MainWindow, hand_written: Path
) -> None:
    assert window.session.open_path(hand_written)
    asked = _answer(window, True)
    assert window.session.save()
    (hand_written / "index.md").write_bytes(HAND_WRITTEN)  # another editor writes it again
    window.session.reload()
    assert window.session.save()
    assert len(asked) == 2
    assert (hand_written / ".index.md.2.orig").read_bytes() == HAND_WRITTEN


def test_an_earlier_copy_is_never_replaced(window: MainWindow, hand_written: Path) -> None:
    (hand_written / ORIGINAL_COPY).write_bytes(b"an earlier copy")
    assert window.session.open_path(hand_written)
    asked = _answer(window, True)
    assert window.session.save()
    assert ".index.md.2.orig" in asked[0][1]
    assert (hand_written / ORIGINAL_COPY).read_bytes() == b"an earlier copy"
    assert (hand_written / ".index.md.2.orig").read_bytes() == HAND_WRITTEN


def test_the_sample_article_never_asks(sample_window: MainWindow, sample_bundle: Path) -> None:
    before = (sample_bundle / "index.md").read_bytes()
    asked = _answer(sample_window, False)
    assert sample_window.session.save()
    assert asked == []
    assert (sample_bundle / "index.md").read_bytes() == before
    assert not list(sample_bundle.glob(".index.md*"))


def test_an_article_the_app_created_never_asks(window: MainWindow, tmp_path: Path) -> None:
    asked = _answer(window, False)
    assert window.session.new_article(tmp_path / "fresh")
    assert window.session.save()
    assert asked == []


SITES = {
    "hugo": ("hugo.toml", 'baseURL = "https://example.org/"\n', "content/harbours", ["hugo"]),
    "jekyll": ("_config.yml", "title: t\n", "harbours", ["jekyll", "build"]),
}


@pytest.mark.parametrize("generator", sorted(SITES))
def test_hugo_and_jekyll_do_not_publish_the_copy(tmp_path: Path, generator: str) -> None:
    if shutil.which(generator) is None:
        pytest.skip(f"{generator} is not installed")
    config, settings, folder, command = SITES[generator]
    site = tmp_path / "site"
    (site / folder).mkdir(parents=True)
    (site / config).write_text(settings, encoding="utf-8")
    (site / folder / "index.md").write_bytes(HAND_WRITTEN)
    (site / folder / ORIGINAL_COPY).write_bytes(HAND_WRITTEN)
    out = tmp_path / "out"
    subprocess.run(
        [*command, "--quiet", "-s", str(site), "-d", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert not [p for p in out.rglob("*") if "orig" in p.name]
