"""``slidewright audit`` says of a slide's picture what ``slidewright check`` says: a path out of
the article's folder (a link out of it, a device, an absolute path, a ``javascript:`` address),
and a file cut off or not what its name says, are picture-unreadable findings naming the slide."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from libraryfactory import MakeArticle
from slidewright.cli import main
from slidewright.library.indexer import update_index
from slidewright.library.rules import check_library
from slidewright.library.store import LibraryStore

SCRIPTED_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">'
    b"<script>alert(document.cookie)</script><rect width='800' height='600'/></svg>"
)


def _set_images(bundle: Path, paths: dict[int, str]) -> None:
    """Point slide n (0-based) of the article at ``paths[n]``, as a writer would type it."""
    index = bundle / "index.md"
    _, front, body = index.read_text(encoding="utf-8").split("---\n", 2)
    data = yaml.safe_load(front)
    for n, path in paths.items():
        data["slides"][n]["image"] = path
    index.write_text("---\n" + yaml.safe_dump(data) + "---\n" + body, encoding="utf-8")


@pytest.fixture
def odd_paths(library: Path, make_article: MakeArticle) -> Path:
    bundle = make_article("odd", "2026-01-01", [(n, "Staff", {}) for n in range(1, 8)])
    images = bundle / "images"
    (images / "p1.jpg").unlink()
    (images / "p1.jpg").symlink_to("/etc/hostname")  # a link leading out of the bundle
    (images / "p2.jpg").unlink()
    (images / "p2.jpg").symlink_to("/dev/zero")  # a device, through a link
    data = (images / "p5.jpg").read_bytes()
    (images / "p5.jpg").write_bytes(data[: len(data) // 2])  # cut in its scan data
    (images / "p6.jpg").write_bytes(SCRIPTED_SVG)  # an SVG with a script, named as a photo
    _set_images(bundle, {3: "javascript:alert(1)", 4: "/etc/hostname"})
    return bundle


def test_audit_reports_every_picture_check_reports(library: Path, odd_paths: Path) -> None:
    with LibraryStore(library) as store:
        update_index(store)
        findings = check_library(store.db)
    said = {f.slide: f.message for f in findings if f.rule == "picture-unreadable"}
    assert set(said) == {2, 3, 4, 5, 6, 7}  # 1-based: slide 1's photo is fine
    for slide in (2, 3, 4, 5):
        assert "outside the article folder" in said[slide]
    assert said[4].startswith("javascript:alert(1) ")
    assert "ends in the middle of the picture" in said[6]
    assert "SVG drawing" in said[7] and "not the JPEG picture its name says" in said[7]


def test_the_audit_command_prints_them(
    library: Path, odd_paths: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["audit", str(library)])
    out = capsys.readouterr().out
    assert "odd, slide 3: warning: images/p2.jpg is outside the article folder" in out
    assert "[picture-unreadable]" in out and "Traceback" not in out


def test_a_missing_picture_is_reported_too(library: Path, make_article: MakeArticle) -> None:
    bundle = make_article("gone", "2026-01-01", [(1, "Staff", {}), (2, "Staff", {})])
    os.unlink(bundle / "images" / "p1.jpg")
    with LibraryStore(library) as store:
        update_index(store)
        findings = check_library(store.db)
    (finding,) = [f for f in findings if f.rule == "picture-unreadable"]
    assert finding.slide == 2 and "no picture file in the article folder" in finding.message
