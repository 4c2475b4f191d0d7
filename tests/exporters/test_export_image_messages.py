"""What an export says about a slide image it leaves out: the line of the article that names it
(its own ``image:`` line, not another one that contains the same name), and why: not there, or
there but a FIFO, a folder or a link out of the folder, as ``slidewright check`` says."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from slidewright.cli import main

ARTICLE = """---
title: Harbour walks
slides:
- heading: Old picture
  image: old/missing.jpg
  body: One.
- heading: A pipe
  image: pipe.jpg
  body: Two.
- heading: A folder
  image: 'a folder.jpg'
  body: Three.
- heading: Gone
  image: missing.jpg
  body: Four.
---
"""


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "walks"
    folder.mkdir()
    (folder / "index.md").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(folder / "pipe.jpg")
    (folder / "a folder.jpg").mkdir()
    return folder


@pytest.mark.parametrize("to", ["html", "html-folder", "hugo"])
def test_each_left_out_image_is_named_on_its_own_line_with_why(
    bundle: Path, tmp_path: Path, to: str, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / ("page.html" if to == "html" else "site")
    assert main(["export", str(bundle), "--to", to, "-o", str(output)]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "image '" in line]
    said = {line.split("image ", 1)[1].split("'")[1]: line for line in lines}
    numbers = [int(line.split("index.md:", 1)[1].split(":", 1)[0]) for line in lines]
    assert numbers == sorted(numbers)  # in the article's order
    index = bundle / "index.md"
    assert f"{index}:14:" in said["missing.jpg"]  # not line 5, which names old/missing.jpg
    assert "not found" in said["missing.jpg"]
    assert f"{index}:8:" in said["pipe.jpg"] and "pipe" in said["pipe.jpg"]
    assert "not found" not in said["pipe.jpg"]  # it is there: a FIFO, not a picture
    assert f"{index}:11:" in said["a folder.jpg"] and "folder" in said["a folder.jpg"]


def test_the_feed_gives_no_address_to_an_image_that_is_no_picture_of_the_folder(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The checker's rule in the feed too: a path out of the folder, a FIFO, a folder or a
    missing file is no media:content (it was published as https://…/etc/passwd)."""
    text = (bundle / "index.md").read_text(encoding="utf-8")
    (bundle / "index.md").write_text(
        text.replace("old/missing.jpg", "../../../../etc/passwd"), encoding="utf-8"
    )
    feed = tmp_path / "feed.xml"
    command = ["export", str(bundle), "--to", "rss", "-o", str(feed),
               "--base-url", "https://example.com/walks/"]  # fmt: skip
    assert main(command) == 0
    xml = feed.read_text(encoding="utf-8")
    assert "passwd" not in xml and "pipe.jpg" not in xml and "missing.jpg" not in xml
    assert "a%20folder.jpg" not in xml and "a folder.jpg" not in xml
    said = capsys.readouterr().err
    assert said.count("no media:content") == 4 and f"{bundle / 'index.md'}:5:" in said
