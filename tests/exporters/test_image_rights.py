"""Credits travel with the images (issue 10, point 3): every exported image file carries its
slide's credit, creator, copyright, licence address and alt text as IPTC/XMP, keeps the
original's own rights fields (and nothing else of its metadata: tests/exporters/
test_picture_privacy.py), and the writer's originals are never touched."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.credits.checker import check_article
from slidewright.credits.context import CheckOptions
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
    piers = sorted((out / "assets").glob("pier-*"))  # every rendition: JPEG and WebP widths
    assert {p.suffix for p in piers} == {".jpg", ".webp"}
    for file in piers:
        pier = read_metadata(file)
        assert pier.credit == "Marta Lind/Shutterstock", file.name
        assert pier.creators == ("Marta Lind",), file.name
        assert pier.rights == "© 2026 Marta Lind, all rights reserved", file.name
        assert pier.web_statement == "https://www.shutterstock.com/license", file.name
        assert pier.usage_terms == "Standard licence", file.name
        assert pier.alt_text == "A long stone pier running out into a flat grey sea", file.name
        assert pier.source == "Shutterstock", file.name  # the original's own, kept
        # the supplier's special instructions were for the newsroom, not for readers
        assert pier.instructions == "", file.name
        if file.suffix == ".jpg":  # IIM where JPEG holds it
            assert pier.iim_credit == "Marta Lind/Shutterstock"
    bars = sorted((out / "assets").glob("bar-*"))
    assert bars
    for file in bars:
        bar = read_metadata(file)
        assert bar.credit == "Ines Moura" and bar.rights == "© Ines Moura", file.name
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
    check = tmp_path / "check" / "images"  # every published picture file, as a bundle's
    check.mkdir(parents=True)
    for slide in article.slides:
        stem = Path(slide.image).stem
        files = sorted(folder.glob(f"{stem}.*")) + sorted(folder.glob(f"{stem}-*w.*"))
        assert len(files) >= 2, files  # renditions (and, in a site, the original)
        for n, file in enumerate(files):
            meta = read_metadata(file)
            assert (meta.credit, meta.creators, meta.alt_text) == (
                slide.credit,
                (slide.creator,),
                slide.alt,
            ), file.name
            shutil.copy(file, check / f"{stem}-{n}{file.suffix}")
            one = dataclasses.replace(article)
            one.slides = [dataclasses.replace(slide, image=f"images/{stem}-{n}{file.suffix}")]
            # the checker, too (small renditions for phones are meant to be under the house
            # minimum for a picture's source, so that rule is left out here)
            found = check_article(one, check.parent, options=CheckOptions(min_side=1))
            assert found == [], file.name


def test_a_failed_credit_write_is_a_warning_and_strict_refuses(
    credited_bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slidewright.exporters import imagerights

    monkeypatch.setattr(imagerights, "exiftool", lambda: None)
    # a cold cache: from a warm one the renditions come cleaned and credited, with no ExifTool
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
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
    assert pier.width == 1040  # scaled down for the page's column…
    assert pier.rights == "© 2026 Marta Lind, all rights reserved"  # …its rights kept
    assert pier.source == "Shutterstock"


def _byline_picture(bundle: Path, credit: str) -> None:
    import imagefactory
    from slidewright import save_article

    imagefactory.make_image(
        bundle / "images" / "pier.jpg",
        size=(1200, 800),
        seed=3,
        xmp={"credit": "Getty Images", "creator": "Mia Wong"},
        iptc={"credit": "Getty Images", "byline": "Mia Wong"},
    )
    article = load_article(bundle)
    article.slides[0].credit, article.slides[0].creator = credit, ""
    save_article(article, bundle)


@pytest.mark.parametrize(
    ("credit", "creators"),
    [
        # the credit names another person: the picture does not say Mia Wong made it beside it
        ("Tom Hale/Getty Images", ()),
        ("Mia Wong/Getty Images", ("Mia Wong",)),  # the credit names the file's creator
        ("Getty Images", ("Mia Wong",)),  # the credit names no person
    ],
)
def test_a_published_picture_does_not_contradict_its_credit(
    credited_bundle: Path, tmp_path: Path, credit: str, creators: tuple[str, ...]
) -> None:
    _byline_picture(credited_bundle, credit)
    out = tmp_path / "out"
    export(credited_bundle, "html-folder", out, ExportOptions(warn=lambda _: None))
    piers = sorted((out / "assets").glob("pier-*.jpg"))
    assert piers
    for file in piers:
        pier = read_metadata(file)
        assert pier.credit == credit and pier.iim_credit == credit, file.name
        assert pier.creators == creators, file.name
        # dc:creator, IPTC By-line and EXIF Artist alike
        named = {(where, text) for where, kind, text in pier.named if kind == "creator"}
        where = {"XMP dc:creator", "IPTC By-line", "EXIF Artist"}
        assert named == {(w, c) for w in where for c in creators}, file.name
