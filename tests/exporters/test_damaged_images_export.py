"""Every export leaves out a picture that is cut off or is not what its name says, the way the
single HTML file does, and says so in a writer's sentence (the line of the article, the file,
what is wrong, that it was left out), never with ExifTool's own error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from imagefactory import make_image
from slidewright import save_article
from slidewright.cli import main
from slidewright.model import Article, Slide

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs ExifTool")

SCRIPTED_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">'
    b"<script>alert(document.cookie)</script><rect width='800' height='600'/></svg>"
)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "walks"
    images = folder / "images"
    make_image(images / "whole.jpg", (1200, 900), xmp={"credit": "Jane Doe"})
    make_image(images / "cut.jpg", (1200, 900), seed=2, xmp={"credit": "Jane Doe"})
    data = (images / "cut.jpg").read_bytes()
    (images / "cut.jpg").write_bytes(data[: len(data) // 2])  # cut in its scan data
    (images / "photo.jpg").write_bytes(SCRIPTED_SVG)
    slides = [
        Slide(heading=name, image=f"images/{name}.jpg", alt="The harbour", credit="Jane Doe")
        for name in ("whole", "cut", "photo")
    ]
    save_article(Article(title="Walks", slides=slides), folder)
    return folder


def _published(output: Path) -> set[str]:
    return {p.name for p in output.rglob("*") if p.suffix in (".jpg", ".webp", ".svg")}


@pytest.mark.parametrize("to", ["html", "html-folder", "hugo", "jekyll"])
def test_cut_and_disguised_pictures_are_left_out_with_a_writers_sentence(
    bundle: Path, tmp_path: Path, to: str, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / ("page.html" if to == "html" else "site")
    assert main(["export", str(bundle), "--to", to, "-o", str(output)]) == 0
    err = capsys.readouterr().err
    assert "Error:" not in err and "credits not written" not in err
    assert "metadata could not be cleaned" not in err  # the whole photo's credits were written
    lines = [line for line in err.splitlines() if "left out" in line]
    index = bundle / "index.md"
    (cut,) = [line for line in lines if "'images/cut.jpg'" in line]
    assert str(index) in cut and "ends in the middle of the picture" in cut
    (svg,) = [line for line in lines if "'images/photo.jpg'" in line]
    assert "SVG drawing" in svg and "not the JPEG picture its name says" in svg
    if to == "html":
        page = output.read_text(encoding="utf-8")
        assert page.count("data:image/jpeg;base64,") == 1 and "<script>alert" not in page
    else:
        published = _published(output)
        assert any(name.startswith("whole") for name in published)
        assert not any(name.startswith(("cut", "photo")) for name in published), published


def test_what_exiftool_refuses_is_said_with_the_originals_name_and_why(tmp_path: Path) -> None:
    from slidewright.exporters.imagerights import credit_all

    original = tmp_path / "walks" / "images" / "photo.jpg"
    original.parent.mkdir(parents=True)
    original.write_bytes(SCRIPTED_SVG)
    copy = tmp_path / "scratch" / "0.jpg"  # an export's own copy, a name the writer never saw
    copy.parent.mkdir()
    copy.write_bytes(SCRIPTED_SVG)
    said: list[str] = []
    credit_all([(copy, Slide(credit="Jane Doe"), original)], said.append)
    (message,) = said
    assert message.startswith(f"{original}: its credits could not be written: ")
    assert "not the JPG picture its name says" in message
    assert "Error:" not in message and "0.jpg" not in message


def test_the_feed_gives_no_address_to_a_picture_the_site_leaves_out(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.xml"
    command = ["export", str(bundle), "--to", "rss", "-o", str(feed),
               "--base-url", "https://example.com/walks/"]  # fmt: skip
    assert main(command) == 0
    xml = feed.read_text(encoding="utf-8")
    assert "images/whole.jpg" in xml
    assert "cut.jpg" not in xml and "photo.jpg" not in xml
    err = capsys.readouterr().err
    assert "image 'images/cut.jpg' left out: the file ends in the middle" in err
    assert "image 'images/photo.jpg' left out: it is an SVG drawing" in err
