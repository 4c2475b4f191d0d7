"""Credits travel with the images (issue 10, point 3): every exported image file carries its
slide's credit, creator, copyright, licence address and alt text as IPTC/XMP, keeps the
original's own rights metadata, and the writer's originals are never touched."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.credits.checker import check_article
from slidewright.credits.metadata import read_metadata
from slidewright.exporters import ExportOptions, export

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (folder / "images").iterdir()
    }


def test_exported_images_carry_the_slide_credits(credited_bundle: Path, tmp_path: Path) -> None:
    before = _digests(credited_bundle)
    out = tmp_path / "out"
    export(credited_bundle, "html-folder", out)
    assert _digests(credited_bundle) == before  # the originals are untouched
    pier = read_metadata(out / "assets" / "pier.jpg")
    assert pier.credit == pier.iim_credit == "Marta Lind/Shutterstock"
    assert pier.creators == ("Marta Lind",)
    assert pier.rights == "© 2026 Marta Lind, all rights reserved"
    assert pier.web_statement == "https://www.shutterstock.com/license"
    assert pier.usage_terms == "Standard licence"
    assert pier.alt_text == "A long stone pier running out into a flat grey sea"
    assert pier.source == "Shutterstock" and pier.instructions == "No archive use"  # kept
    bar = read_metadata(out / "assets" / "bar.png")
    assert bar.credit == "Ines Moura" and bar.rights == "© Ines Moura"
    assert bar.web_statement == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert bar.alt_text == "Wet sand with ripples leading to a small island"


@pytest.mark.parametrize("to", ["html-folder", "hugo", "jekyll"])
def test_the_credit_checker_finds_nothing_missing_in_the_exported_images(
    credited_bundle: Path, tmp_path: Path, to: str
) -> None:
    article = load_article(credited_bundle)
    assert check_article(article, credited_bundle) == []  # a clean article to begin with
    out = tmp_path / "out"
    index = export(credited_bundle, to, out)
    folder = out / "assets" if to == "html-folder" else index.parent / "images"
    published = dataclasses.replace(article)
    published.slides = [
        dataclasses.replace(s, image=f"images/{Path(s.image).name}") for s in article.slides
    ]
    if to == "html-folder":  # check the assets as an article bundle of their own
        shutil.copytree(folder, tmp_path / "check" / "images")
        folder = tmp_path / "check" / "images"
    assert check_article(published, folder.parent) == []
    for slide in article.slides:
        meta = read_metadata(folder / Path(slide.image).name)
        assert (meta.credit, meta.creators, meta.alt_text) == (
            slide.credit,
            (slide.creator,),
            slide.alt,
        )


def test_a_failed_credit_write_is_a_warning_and_strict_refuses(
    credited_bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slidewright.exporters import imagerights

    monkeypatch.setattr(imagerights, "exiftool", lambda: None)
    warnings: list[str] = []
    export(credited_bundle, "html-folder", tmp_path / "a", ExportOptions(warn=warnings.append))
    assert any("ExifTool is not installed" in w for w in warnings)
    from slidewright.errors import SlidewrightError

    with pytest.raises(SlidewrightError, match="ExifTool is not installed"):
        export(credited_bundle, "html-folder", tmp_path / "b", ExportOptions(strict=True))


def test_inlined_images_carry_credits_even_when_scaled_down(
    credited_bundle: Path, tmp_path: Path
) -> None:
    """The single file re-encodes an image wider than 1,600 px; the copy keeps the original's
    rights metadata and gains the slide's."""
    import base64
    import re

    from imagefactory import make_image

    make_image(
        credited_bundle / "images" / "pier.jpg",
        size=(2400, 1600),
        seed=3,
        xmp={"rights": "© 2026 Marta Lind, all rights reserved", "source": "Shutterstock"},
    )
    out = tmp_path / "page.html"
    export(credited_bundle, "html", out)
    uris = re.findall(r'<img src="data:image/[a-z]+;base64,([^"]+)"', out.read_text("utf-8"))
    assert len(uris) == 2
    for n, (uri, slide) in enumerate(zip(uris, load_article(credited_bundle).slides, strict=True)):
        copy = tmp_path / f"inlined-{n}{Path(slide.image).suffix}"
        copy.write_bytes(base64.b64decode(uri))
        meta = read_metadata(copy)
        assert (meta.credit, meta.alt_text, meta.web_statement) == (
            slide.credit, slide.alt, slide.license_url,
        )  # fmt: skip
    pier = read_metadata(tmp_path / "inlined-0.jpg")
    assert pier.width == 1600  # scaled down for mailing…
    assert pier.rights == "© 2026 Marta Lind, all rights reserved"  # …its rights kept
    assert pier.source == "Shutterstock"
