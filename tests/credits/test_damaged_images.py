"""A picture whose header reads but whose file is cut off, or whose content is not what its name
says (an SVG with a script saved as ``photo.jpg``), is an error of ``check`` naming the slide and
the file, before any export leaves it out."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from imagefactory import make_image, picture
from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.credits import check_article
from slidewright.model import Article, Slide

SCRIPTED_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">'
    b"<script>alert(document.cookie)</script><rect width='800' height='600'/></svg>"
)


def cut_jpeg(file: Path) -> Path:
    """A real photo cut in the middle of its scan data (its header and XMP are whole)."""
    make_image(file, (1200, 900), xmp={"credit": "Jane Doe"})
    data = file.read_bytes()
    file.write_bytes(data[: len(data) // 2])
    return file


def _bundle(tmp_path: Path, names: list[str]) -> Path:
    bundle = tmp_path / "walks"
    (bundle / "images").mkdir(parents=True)
    slides = [
        Slide(heading=f"Slide {n}", image=f"images/{name}", alt="The harbour", credit="Jane Doe")
        for n, name in enumerate(names, 1)
    ]
    save_article(Article(title="Walks", slides=slides), bundle)
    return bundle


def _damaged(bundle: Path) -> dict[int, str]:
    findings = check_article(load_article(bundle), bundle)
    return {
        f.slide: f.message for f in findings if f.rule == "image-damaged" and f.slide is not None
    }


def test_a_cut_off_jpeg_and_an_svg_named_jpg_are_errors_naming_the_file(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, ["whole.jpg", "cut.jpg", "photo.jpg"])
    make_image(bundle / "images" / "whole.jpg", (1200, 900))
    cut_jpeg(bundle / "images" / "cut.jpg")
    (bundle / "images" / "photo.jpg").write_bytes(SCRIPTED_SVG)
    found = _damaged(bundle)
    assert set(found) == {1, 2}  # 0-based: the whole photo is fine
    assert found[1].startswith("images/cut.jpg ") and "ends in the middle" in found[1]
    assert found[2].startswith("images/photo.jpg ") and "SVG drawing" in found[2]
    assert "not the JPEG picture its name says" in found[2]


def test_a_png_named_jpg_is_not_what_its_name_says_and_an_mpo_jpeg_is(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, ["png.jpg", "camera.jpg"])
    out = io.BytesIO()
    picture((1000, 800), 2).save(out, "PNG")
    (bundle / "images" / "png.jpg").write_bytes(out.getvalue())
    first, second = picture((1000, 800), 3), picture((1000, 800), 4)
    first.save(bundle / "images" / "camera.jpg", "MPO", save_all=True, append_images=[second])
    with Image.open(bundle / "images" / "camera.jpg") as opened:
        assert opened.format == "MPO"  # a camera's JPEG with a second picture in it
    found = _damaged(bundle)
    assert list(found) == [0]
    assert "a PNG file, not the JPEG picture its name says" in found[0]


def test_the_rule_is_listed_documented_and_can_be_disabled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = _bundle(tmp_path, ["cut.jpg"])
    cut_jpeg(bundle / "images" / "cut.jpg")
    assert main(["check", str(bundle)]) == 1
    out = capsys.readouterr().out
    assert "slide 1: error image-damaged: images/cut.jpg" in out
    assert main(["check", str(bundle), "--disable", "image-damaged"]) == 0
    assert "image-damaged" not in capsys.readouterr().out
    docs = Path(__file__).parents[2] / "docs" / "credit-rules.md"
    assert "`image-damaged`" in docs.read_text(encoding="utf-8")


@pytest.mark.timeout(30)
def test_hostile_bytes_under_a_photo_name_give_a_finding_and_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ["zeros.jpg", "garbage.png", "header.jpg"]
    bundle = _bundle(tmp_path, names)
    (bundle / "images" / "zeros.jpg").write_bytes(b"\xff\xd8\xff" + bytes(5000))
    (bundle / "images" / "garbage.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    make_image(bundle / "images" / "header.jpg", (1000, 800))
    data = (bundle / "images" / "header.jpg").read_bytes()
    start = data.index(b"\xff\xda")  # the scan: everything after it replaced by noise
    (bundle / "images" / "header.jpg").write_bytes(data[: start + 20] + b"\xff\x00" * 400)
    main(["check", str(bundle)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    for n in (1, 2, 3):
        assert f"slide {n}: error image-" in captured.out
