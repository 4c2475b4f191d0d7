"""Hostile image files give findings, never a hang or a traceback, and the checker and the exports
agree about which paths name a usable image (one rule: fileformat.images.bundle_image)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from imagefactory import make_image, png_header_only
from slidewright import save_article
from slidewright.cli import main
from slidewright.credits import check_article
from slidewright.exporters.images import bundle_file
from slidewright.fileformat.images import ImageProblem, bundle_image
from slidewright.model import Article, Slide


def _article(tmp_path: Path, image: str) -> Path:
    bundle = tmp_path / "a"
    bundle.mkdir(exist_ok=True)
    save_article(
        Article(title="T", slides=[Slide(heading="H", image=image, alt="A", credit="Jane Doe")]),
        bundle,
    )
    return bundle


def _image_findings(bundle: Path) -> list[str]:
    from slidewright import load_article

    findings = check_article(load_article(bundle), bundle)
    return [f"{f.rule}: {f.message}" for f in findings if f.field == "image"]


@pytest.mark.timeout(20)
def test_a_fifo_image_is_unreadable_not_a_hang(tmp_path: Path) -> None:
    bundle = _article(tmp_path, "images/pipe.jpg")
    (bundle / "images").mkdir()
    os.mkfifo(bundle / "images" / "pipe.jpg")
    assert _image_findings(bundle) == [
        "image-unreadable: images/pipe.jpg is not an image that can be opened "
        "(images/pipe.jpg is a pipe (FIFO), not an image file)"
    ]
    assert bundle_file(bundle, "images/pipe.jpg") is None


@pytest.mark.timeout(30)
def test_a_decompression_bomb_is_a_finding_and_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = _article(tmp_path, "huge.png")
    (bundle / "huge.png").write_bytes(png_header_only(30000, 30000))
    (finding,) = _image_findings(bundle)
    assert finding.startswith("image-unreadable") and "30000×30000 px" in finding
    assert "decompression bomb" in finding
    for to in ("html", "html-folder"):
        assert main(["export", str(bundle), "--to", to, "-o", str(tmp_path / f"out-{to}")]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_nul_in_an_image_path_is_a_finding(tmp_path: Path) -> None:
    bundle = _article(tmp_path, "images/a\0b.jpg")
    assert _image_findings(bundle) == [
        "image-missing: images/a\0b.jpg is not in the article folder"
    ]
    assert main(["export", str(bundle), "-o", str(tmp_path / "o.html")]) == 0


def test_check_and_export_agree_about_a_link_leading_out_of_the_bundle(tmp_path: Path) -> None:
    secret = make_image(tmp_path / "outside.jpg", (800, 800))
    bundle = _article(tmp_path, "images/link.jpg")
    (bundle / "images").mkdir()
    (bundle / "images" / "link.jpg").symlink_to(secret)
    assert [f.split(":")[0] for f in _image_findings(bundle)] == ["image-outside-bundle"]
    assert bundle_file(bundle, "images/link.jpg") is None


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (lambda b: None, "missing"),
        (lambda b: (b / "images" / "x.jpg").mkdir(parents=True), "missing"),
        (lambda b: make_image(b / "images" / "x.jpg", (800, 800)), None),
    ],
)
def test_one_rule_for_checker_and_exports(tmp_path: Path, make, kind: str | None) -> None:
    bundle = tmp_path / "b"
    bundle.mkdir()
    make(bundle)
    try:
        found = bundle_image(bundle, "images/x.jpg")
        assert kind is None and bundle_file(bundle, "images/x.jpg") == found
    except ImageProblem as problem:
        assert problem.kind == kind and bundle_file(bundle, "images/x.jpg") is None


def test_check_and_export_agree_about_svg_drawings(tmp_path: Path) -> None:
    bundle = _article(tmp_path, "images/map.svg")
    (bundle / "images").mkdir()
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5"/></svg>'
    (bundle / "images" / "map.svg").write_bytes(svg)
    assert _image_findings(bundle) == []  # the export shows it, so the check accepts it
    (bundle / "images" / "map.svg").write_bytes(b"<svg><unclosed")
    (finding,) = _image_findings(bundle)
    assert finding.startswith("image-unreadable") and "not a readable SVG" in finding


def test_a_windows_style_path_names_the_same_file_for_check_and_export(tmp_path: Path) -> None:
    bundle = _article(tmp_path, "images\\fog.jpg")
    make_image(bundle / "images" / "fog.jpg", (800, 800))
    assert _image_findings(bundle) == []
    assert bundle_file(bundle, "images\\fog.jpg") == (bundle / "images" / "fog.jpg").resolve()


@pytest.mark.timeout(20)
def test_dropping_a_pipe_on_a_slide_is_refused_not_a_hang(tmp_path: Path) -> None:
    from slidewright.fileformat.images import copy_into_bundle

    os.mkfifo(tmp_path / "drop.jpg")
    bundle = tmp_path / "b"
    bundle.mkdir()
    with pytest.raises(ImageProblem, match="pipe"):
        copy_into_bundle(bundle, tmp_path / "drop.jpg", "Harbour")
    photo = make_image(tmp_path / "photo.jpg", (800, 800))
    assert copy_into_bundle(bundle, photo, "Harbour") == "images/harbour.jpg"
    assert copy_into_bundle(bundle, photo, "Harbour") == "images/harbour.jpg"  # same bytes: reused
    (bundle / "images" / "other.jpg").mkdir()
    assert copy_into_bundle(bundle, photo, "Other") == "images/other-2.jpg"
